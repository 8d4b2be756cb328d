import { describe, expect, it } from 'vitest';
import { integerCodeOf, stringCodeOf } from '../../../generated/core/dist/index.js';

/**
 * How the committed core package reads a code off the wire: every provider's
 * lookup goes through these, so a code the catalog can hold must read back,
 * and anything else must read as "no code" rather than as a wrong one.
 */
describe('integerCodeOf (generated/core)', () => {
  it.each([
    { wire: 40, want: 40 },
    { wire: '40', want: 40 },
    { wire: ' 40 ', want: 40 },
    { wire: '-1', want: -1 },
    { wire: Number.MAX_SAFE_INTEGER, want: Number.MAX_SAFE_INTEGER },
    { wire: '9007199254740991', want: Number.MAX_SAFE_INTEGER },
    { wire: '-9007199254740991', want: -Number.MAX_SAFE_INTEGER },
    // Past the safe range a number no longer names one code.
    { wire: '9007199254740993', want: undefined },
    { wire: '12345678901234567', want: undefined },
    { wire: 2 ** 53, want: undefined },
    { wire: 40.5, want: undefined },
    { wire: '4e1', want: undefined },
    { wire: '0x28', want: undefined },
    { wire: '', want: undefined },
    { wire: null, want: undefined },
    { wire: { valueOf: (): number => 40 }, want: undefined },
  ])('$wire → $want', ({ wire, want }) => {
    expect(integerCodeOf(wire)).toBe(want);
  });
});

describe('stringCodeOf (generated/core)', () => {
  it.each([
    { wire: 'E001', want: 'E001' },
    { wire: ' 40', want: ' 40' },
    { wire: 40, want: '40' },
    { wire: Number.NaN, want: undefined },
    { wire: null, want: undefined },
    { wire: ['40'], want: undefined },
  ])('$wire → $want', ({ wire, want }) => {
    expect(stringCodeOf(wire)).toBe(want);
  });
});
