// Bracket nesting of a GraphQL document, measured on its text before it is parsed. graphql-js
// parses list and object values, selection sets and arguments by recursion, so a list literal a
// few thousand levels deep, still under the token limit, overflows the stack inside the parser.
// This scan is one pass over the text with a counter: it needs no stack, whatever the input.

const OPEN = new Set(['[', '{', '(']);
const CLOSE = new Set([']', '}', ')']);

/**
 * The deepest nesting of `[`, `{` and `(` in a document, outside strings, block strings and
 * comments (a bracket inside them is text, not structure). Unbalanced text is measured as it
 * comes; the parser reports it afterwards.
 */
export function nestingDepth(source: string): number {
  let depth = 0;
  let deepest = 0;
  let i = 0;
  const n = source.length;
  while (i < n) {
    const c = source[i] as string;
    if (c === '#') {
      // A comment runs to the end of the line.
      while (i < n && source[i] !== '\n' && source[i] !== '\r') i++;
    } else if (c === '"' && source.startsWith('"""', i)) {
      // Block string: only `\"""` escapes; everything else up to the closing `"""` is text.
      i += 3;
      while (i < n && !source.startsWith('"""', i)) i += source.startsWith('\\"""', i) ? 4 : 1;
      i += 3;
    } else if (c === '"') {
      // String: ends at the closing quote or (unterminated, a parse error later) the line end.
      i++;
      while (i < n && source[i] !== '"' && source[i] !== '\n' && source[i] !== '\r') i += source[i] === '\\' ? 2 : 1;
      i++;
    } else {
      if (OPEN.has(c)) {
        depth++;
        if (depth > deepest) deepest = depth;
      } else if (CLOSE.has(c) && depth > 0) {
        depth--;
      }
      i++;
    }
  }
  return deepest;
}
