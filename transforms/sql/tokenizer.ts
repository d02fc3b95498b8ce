import { SqlSyntaxError } from './sql-error';

/** A place in the query text, 1-based, for error messages. */
export interface Position {
  readonly line: number;
  readonly column: number;
  /** 0-based character offset, to slice the original text of a node. */
  readonly offset: number;
}

export type TokenKind =
  | 'ident' // bare word: keyword or identifier, decided by the parser
  | 'quoted' // `name` or "name"
  | 'string' // 'text'
  | 'integer'
  | 'decimal'
  | 'op' // punctuation and operators
  | 'eof';

export interface Token {
  readonly kind: TokenKind;
  /** The identifier or operator as written; a string literal's value with quotes removed. */
  readonly text: string;
  /** Upper-cased text of a bare word, for keyword checks. */
  readonly upper: string;
  readonly pos: Position;
  /** Offset just past the token. */
  readonly end: number;
}

const OPERATORS = ['<>', '!=', '<=', '>=', '||', '=', '<', '>', '+', '-', '*', '/', '%', '(', ')', ',', '.', ';'];

const isIdentStart = (c: string): boolean => /[\p{L}_$]/u.test(c);
const isIdentPart = (c: string): boolean => /[\p{L}\p{N}_$]/u.test(c);
const isDigit = (c: string): boolean => c >= '0' && c <= '9';

/**
 * Splits a query into tokens. Comments (`-- ...`, `/* ... *\/`) and whitespace are skipped. String literals
 * use single quotes with '' for a quote and no backslash escapes, so regex patterns such as '\d{4}' arrive
 * unchanged. Throws SqlSyntaxError with the line and column of an unterminated literal or a stray character.
 */
export function tokenize(sql: string): Token[] {
  const tokens: Token[] = [];
  let i = 0;
  let line = 1;
  let lineStart = 0;
  const posAt = (offset: number): Position => ({ line, column: offset - lineStart + 1, offset });
  const newlinesIn = (from: number, to: number): void => {
    for (let k = from; k < to; k++) {
      if (sql[k] === '\n') {
        line++;
        lineStart = k + 1;
      }
    }
  };
  const push = (kind: TokenKind, text: string, start: Position, end: number): void => {
    tokens.push({ kind, text, upper: kind === 'ident' ? text.toUpperCase() : text, pos: start, end });
  };

  while (i < sql.length) {
    const c = sql[i];
    if (c === '\n') {
      i++;
      line++;
      lineStart = i;
      continue;
    }
    if (/\s/.test(c)) {
      i++;
      continue;
    }
    if (c === '-' && sql[i + 1] === '-') {
      while (i < sql.length && sql[i] !== '\n') i++;
      continue;
    }
    if (c === '/' && sql[i + 1] === '*') {
      const close = sql.indexOf('*/', i + 2);
      if (close < 0) throw new SqlSyntaxError('unterminated comment', posAt(i));
      newlinesIn(i, close);
      i = close + 2;
      continue;
    }
    const start = posAt(i);
    if (c === "'") {
      let text = '';
      let k = i + 1;
      for (;;) {
        if (k >= sql.length) throw new SqlSyntaxError('unterminated string literal', start);
        if (sql[k] === "'") {
          if (sql[k + 1] === "'") {
            text += "'";
            k += 2;
            continue;
          }
          break;
        }
        text += sql[k++];
      }
      newlinesIn(i, k);
      i = k + 1;
      push('string', text, start, i);
      continue;
    }
    if (c === '`' || c === '"') {
      const close = sql.indexOf(c, i + 1);
      if (close < 0) throw new SqlSyntaxError(`unterminated quoted identifier ${c}`, start);
      newlinesIn(i, close);
      push('quoted', sql.slice(i + 1, close), start, close + 1);
      i = close + 1;
      continue;
    }
    const last = tokens[tokens.length - 1];
    // `m.3` right after a name is a path to key 3, not the number .3
    const pathDot = c === '.' && last !== undefined && last.end === i && (last.kind === 'ident' || last.kind === 'quoted');
    if (isDigit(c) || (c === '.' && !pathDot && isDigit(sql[i + 1] ?? ''))) {
      const m = /^(\d*\.\d*|\d+)([eE][+-]?\d+)?/.exec(sql.slice(i))!;
      const text = m[0];
      const isDecimal = text.includes('.') || m[2] !== undefined;
      i += text.length;
      if (isIdentStart(sql[i] ?? '')) throw new SqlSyntaxError(`invalid number '${text}${sql[i]}'`, start);
      push(isDecimal ? 'decimal' : 'integer', text, start, i);
      continue;
    }
    if (isIdentStart(c)) {
      let k = i + 1;
      while (k < sql.length && isIdentPart(sql[k])) k++;
      push('ident', sql.slice(i, k), start, k);
      i = k;
      continue;
    }
    const op = OPERATORS.find((o) => sql.startsWith(o, i));
    if (!op) throw new SqlSyntaxError(`unexpected character '${c}'`, start);
    push('op', op, start, i + op.length);
    i += op.length;
  }
  tokens.push({ kind: 'eof', text: '', upper: '', pos: posAt(i), end: i });
  return tokens;
}
