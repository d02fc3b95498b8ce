import { syntaxError, type SourcePosition } from './hocon-syntax-error';
import type { Token } from './hocon-tokenizer';

/**
 * SeaTunnel patches Typesafe Config so that paths split on `->` instead of `.`: `row.num` is one key and
 * `a->b` is the path a, b. The split happens inside each unquoted token only, never across tokens and never
 * inside quotes, exactly as the patched PathParser does.
 */
export const PATH_SEPARATOR = '->';

/** The text a simple token contributes to a key or a concatenation (numbers keep their source spelling). */
export function tokenText(t: Token): string {
  switch (t.kind) {
    case 'boolean': return t.bool ? 'true' : 'false';
    case 'null': return 'null';
    default: return t.text;
  }
}

/** Builds a path from the tokens of a key or of a `${...}` expression. */
export function pathFromTokens(tokens: readonly Token[], at: SourcePosition): string[] {
  if (tokens.length === 0) throw syntaxError(at, 'expected a key or path, found nothing');
  const parts: string[] = [''];
  const mayBeEmpty: boolean[] = [false];
  for (const t of tokens) {
    if (t.kind === 'string') {
      parts[parts.length - 1] += t.text;
      if (parts[parts.length - 1] === '') mayBeEmpty[parts.length - 1] = true;
    } else if (t.kind === 'unquoted' || t.kind === 'number' || t.kind === 'boolean' || t.kind === 'null') {
      const segments = tokenText(t).split(PATH_SEPARATOR);
      parts[parts.length - 1] += segments[0];
      for (let i = 1; i < segments.length; i++) {
        parts.push(segments[i]);
        mayBeEmpty.push(false);
      }
    } else {
      throw syntaxError({ ...at, line: t.line, column: t.column }, `${describeToken(t)} is not allowed in a key or path (quote it if it belongs to the key)`);
    }
  }
  parts.forEach((p, i) => {
    if (p === '' && !mayBeEmpty[i]) {
      throw syntaxError(at, `path '${tokens.map(tokenText).join('')}' has a leading, trailing or doubled '${PATH_SEPARATOR}' (quote "" for an empty key)`);
    }
  });
  return parts;
}

/** How a token reads in an error message. */
export function describeToken(t: Token): string {
  switch (t.kind) {
    case 'eof': return 'end of input';
    case 'newline': return 'end of line';
    case 'string': return `string ${JSON.stringify(t.text)}`;
    case 'unquoted': return t.text.trim() === '' ? 'whitespace' : `'${t.text}'`;
    case 'substitution': return `substitution ${t.text}`;
    case 'number': return `number ${t.text}`;
    default: return `'${tokenText(t)}'`;
  }
}
