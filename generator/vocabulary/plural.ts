/** `3 entries`, `1 entry`: a count with its noun, for summaries. */
export function plural(n: number, one: string, many = `${one}s`): string {
  return `${n} ${n === 1 ? one : many}`;
}
