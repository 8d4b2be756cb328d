/** `api-v1` → `ApiV1`; `serwersms` → `Serwersms`. */
export function pascalCase(slug: string): string {
  return slug
    .split('-')
    .map((part) => part.charAt(0).toUpperCase() + part.slice(1))
    .join('');
}

/** `ApiV1` → `apiV1`. */
export function camelCase(pascal: string): string {
  return pascal.charAt(0).toLowerCase() + pascal.slice(1);
}

/** `INVALID_KEY` → `invalid-key`, for Markdown anchors. */
export function anchorOf(catalogId: string, key: string): string {
  return `${catalogId}-${key.toLowerCase().replace(/_/g, '-')}`;
}

/**
 * Gives each wanted name a unique one: slugs like `v-1` and `v1` both become
 * `V1`, so later ones get a numeric suffix. Deterministic because callers pass
 * names in sorted order.
 */
export function uniqueNames(wanted: readonly string[]): string[] {
  const taken = new Set<string>();
  return wanted.map((name) => {
    let candidate = name;
    for (let n = 2; taken.has(candidate); n++) candidate = `${name}${n}`;
    taken.add(candidate);
    return candidate;
  });
}
