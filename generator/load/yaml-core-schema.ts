import jsyaml from 'js-yaml';

/**
 * YAML 1.2's core schema for js-yaml, exactly as the spec (and `yaml`, the
 * parser that locates problems) resolves plain scalars. js-yaml's own
 * CORE_SCHEMA also reads `0b11` and `-0x1` as integers and leaves `-.5` a
 * string, so the two parsers disagreed on what a catalog says: a description
 * `0b11` loaded as the number 3.
 */

// https://yaml.org/spec/1.2.2/#1032-tag-resolution
const NULL = /^(?:~|null|Null|NULL)?$/;
const BOOL = /^(?:true|True|TRUE|false|False|FALSE)$/;
const INT = /^(?:[-+]?[0-9]+|0o[0-7]+|0x[0-9a-fA-F]+)$/;
const FLOAT = /^(?:[-+]?(?:\.[0-9]+|[0-9]+(?:\.[0-9]*)?)(?:[eE][-+]?[0-9]+)?|[-+]?\.(?:inf|Inf|INF)|\.(?:nan|NaN|NAN))$/;

const nil = new jsyaml.Type('tag:yaml.org,2002:null', {
  kind: 'scalar',
  resolve: (data: string | null) => data === null || NULL.test(data),
  construct: () => null,
  predicate: (value: unknown) => value === null,
});

const bool = new jsyaml.Type('tag:yaml.org,2002:bool', {
  kind: 'scalar',
  resolve: (data: string | null) => data !== null && BOOL.test(data),
  construct: (data: string) => data.toLowerCase() === 'true',
  predicate: (value: unknown) => typeof value === 'boolean',
});

const int = new jsyaml.Type('tag:yaml.org,2002:int', {
  kind: 'scalar',
  resolve: (data: string | null) => data !== null && INT.test(data),
  construct: (data: string) => {
    if (data.startsWith('0o')) return parseInt(data.slice(2), 8);
    if (data.startsWith('0x')) return parseInt(data.slice(2), 16);
    return Number(data);
  },
  predicate: (value: unknown) => typeof value === 'number' && Number.isInteger(value),
});

const float = new jsyaml.Type('tag:yaml.org,2002:float', {
  kind: 'scalar',
  resolve: (data: string | null) => data !== null && FLOAT.test(data),
  construct: (data: string) => {
    const special = data.replace(/^[-+]/, '').toLowerCase();
    if (special === '.inf') return data.startsWith('-') ? -Infinity : Infinity;
    if (special === '.nan') return NaN;
    return Number(data);
  },
  predicate: (value: unknown) => typeof value === 'number',
});

/** js-yaml's failsafe schema (strings, maps, sequences) plus null, bool, int and float as YAML 1.2's core schema resolves them. */
export const YAML_CORE_SCHEMA = jsyaml.FAILSAFE_SCHEMA.extend({ implicit: [nil, bool, int, float] });
