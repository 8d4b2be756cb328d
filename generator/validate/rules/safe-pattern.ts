/**
 * Why a `text` shape's pattern cannot be used, or undefined when it can. The
 * pattern is compiled into every generated parser and run on response bodies
 * from the network, so besides compiling (with the `u` flag) it must name a
 * `code` or `message` group and must not be able to backtrack
 * catastrophically: no back-references, and no quantified group that itself
 * holds a quantifier (`(a+)+`, `(\d*)*`, `(x|y+){2,}`). The check is
 * conservative: it refuses some safe patterns, never an unsafe one of those
 * forms. Parsers also cap the text they match (see the core's `MAX_TEXT_BODY`).
 */
export function patternProblem(pattern: string): string | undefined {
  try {
    new RegExp(pattern, 'u');
  } catch (error) {
    return `the pattern does not compile as a JavaScript regular expression (flag u): ${(error as Error).message}`;
  }
  if (!/\(\?<(?:code|message)>/.test(pattern)) return 'the pattern needs a named group `(?<code>...)` or `(?<message>...)`: it is what the parser reads';
  if (/\\[1-9]|\\k</.test(pattern)) return 'the pattern must not use back-references: a parser runs it on bodies from the network';
  if (hasNestedQuantifier(pattern)) return 'the pattern has a quantified group holding a quantifier (like `(a+)+`), which can take exponential time on a hostile body; write it without nesting';
  return undefined;
}

/** Whether a group that contains a quantifier is itself followed by a quantifier. */
function hasNestedQuantifier(pattern: string): boolean {
  const open: boolean[] = []; // per open group: does it contain a quantifier?
  let inClass = false;
  for (let i = 0; i < pattern.length; i++) {
    const ch = pattern[i];
    if (ch === '\\') {
      i++;
      continue;
    }
    if (inClass) {
      if (ch === ']') inClass = false;
      continue;
    }
    if (ch === '[') inClass = true;
    else if (ch === '(') open.push(false);
    else if (ch === ')') {
      const quantifiedInside = open.pop() ?? false;
      const next = pattern[i + 1];
      const quantifiedAfter = next === '*' || next === '+' || next === '?' || next === '{';
      if (quantifiedInside && quantifiedAfter && next !== '?') return true;
      if (quantifiedInside || quantifiedAfter) markQuantified(open);
    } else if (ch === '*' || ch === '+' || ch === '{' || (ch === '?' && pattern[i - 1] !== '(')) markQuantified(open);
  }
  return false;
}

function markQuantified(open: boolean[]): void {
  if (open.length > 0) open[open.length - 1] = true;
}
