import { stringify } from 'yaml';

/**
 * YAML text with fixed settings: no line folding (long texts stay on one line,
 * so diffs stay readable) and no anchors for repeated objects (some OpenAPI
 * tools do not resolve aliases).
 */
export function yamlText(value: unknown): string {
  return stringify(value, { lineWidth: 0, aliasDuplicateObjects: false, indent: 2 });
}
