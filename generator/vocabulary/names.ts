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

/** Enum member name of a category id: `insufficient_balance` → `INSUFFICIENT_BALANCE`. */
export function categoryMember(id: string): string {
  return id.toUpperCase();
}
