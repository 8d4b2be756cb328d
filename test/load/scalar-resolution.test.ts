import fc from 'fast-check';
import jsyaml from 'js-yaml';
import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { YAML_CORE_SCHEMA } from '../../generator/load/yaml-core-schema.ts';
import { propertyRuns } from '../e2e/property/helpers/property-runs.ts';

/**
 * The loader reads documents with js-yaml (fast) and locates problems with
 * `yaml` (positions): both must read every plain scalar as the same value, or
 * a catalog would say one thing and its error messages point at another.
 */

/** What js-yaml reads `v: <scalar>` as, with the loader's schema. */
function fast(scalar: string): unknown {
  return (jsyaml.load(`v: ${scalar}`, { schema: YAML_CORE_SCHEMA }) as { v: unknown }).v;
}

/** What `yaml` (YAML 1.2 core schema) reads it as. */
function located(scalar: string): unknown {
  return (parse(`v: ${scalar}`) as { v: unknown }).v;
}

describe('plain scalars read alike by both parsers (YAML 1.2 core schema)', () => {
  it.each([
    { scalar: '0b11', want: '0b11' },
    { scalar: '-0x1', want: '-0x1' },
    { scalar: '+0o7', want: '+0o7' },
    { scalar: '0x1F', want: 31 },
    { scalar: '0o17', want: 15 },
    { scalar: '007', want: 7 },
    { scalar: '-.5', want: -0.5 },
    { scalar: '1_000', want: '1_000' },
    { scalar: '1e3', want: 1000 },
    { scalar: '.inf', want: Infinity },
    { scalar: '-.Inf', want: -Infinity },
    { scalar: 'yes', want: 'yes' },
    { scalar: 'True', want: true },
    { scalar: '~', want: null },
    { scalar: '', want: null },
    { scalar: 'NULL', want: null },
    { scalar: '2001-12-14', want: '2001-12-14' },
  ])('`$scalar` is $want', ({ scalar, want }) => {
    expect(fast(scalar)).toEqual(want);
    expect(located(scalar)).toEqual(want);
  });

  it('agree on any number-like plain scalar (property)', () => {
    const piece = fc.constantFrom('0', '1', '7', '9', 'a', 'F', 'b', 'o', 'x', 'e', 'E', '.', '-', '+', '_', 'inf', 'nan', 'Inf', 'NaN', 'true', 'null', '~');
    const scalar = fc
      .array(piece, { minLength: 1, maxLength: 6 })
      .map((parts) => parts.join(''))
      // Only what stays one plain scalar: no indicator at the start that makes it something else.
      .filter((s) => !/^[-?:,[\]{}#&*!|>'"%@`~]/.test(s) || /^-[0-9.]/.test(s) || s === '~');
    let cases = 0;
    fc.assert(
      fc.property(scalar, (s) => {
        cases++;
        const a = fast(s);
        const b = located(s);
        expect(Number.isNaN(a) && Number.isNaN(b) ? 'NaN' : a, s).toEqual(Number.isNaN(b) ? 'NaN' : b);
      }),
      { numRuns: propertyRuns(2000) },
    );
    console.log(`[property] plain scalars read alike: ${cases} cases passed`);
  });
});
