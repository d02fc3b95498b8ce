import { parseNumber } from './hocon-number';
import { pathFromTokens } from './hocon-path';
import { syntaxError } from './hocon-syntax-error';

export type TokenKind =
  | 'eof' | 'newline' | 'comma' | 'colon' | 'equals' | 'plusEquals'
  | 'openCurly' | 'closeCurly' | 'openSquare' | 'closeSquare'
  | 'string' | 'unquoted' | 'number' | 'boolean' | 'null' | 'substitution';

export interface Token {
  readonly kind: TokenKind;
  readonly line: number;
  readonly column: number;
  /** string: the decoded value; unquoted: the text; number: the source spelling; punctuation: itself. */
  readonly text: string;
  readonly number?: number | bigint;
  readonly bool?: boolean;
  /** substitution: `${?x}` */
  readonly optional?: boolean;
  /** substitution: the parsed `->` path */
  readonly path?: readonly string[];
}

export type Syntax = 'conf' | 'json';

/** A value token (or unquoted text or a substitution) may join its neighbours into a concatenation. */
export const isSimple = (t: Token): boolean =>
  t.kind === 'string' || t.kind === 'unquoted' || t.kind === 'number' || t.kind === 'boolean' || t.kind === 'null' || t.kind === 'substitution';

/** Unquoted text that is only the whitespace between two simple values (unquoted text never holds other whitespace). */
export const isWhitespaceText = (t: Token): boolean => t.kind === 'unquoted' && isWhitespace(t.text.charCodeAt(0));

/** Characters that end unquoted text (Typesafe's `notInUnquotedText`). */
const RESERVED = charTable('$"{}[]:=,+#`^?!@*&\\');
const NUMBER_CHARS = charTable('0123456789eE+-.');

/** ASCII membership table: `table[c] === 1` (code points above 127 read undefined). */
function charTable(chars: string): Uint8Array {
  const t = new Uint8Array(128);
  for (let i = 0; i < chars.length; i++) t[chars.charCodeAt(i)] = 1;
  return t;
}

/** Java's Character.isWhitespace plus the no-break spaces and BOM that Typesafe adds. */
export function isWhitespace(c: number): boolean {
  if (c === 0x20 || c === 0x0a) return true;
  if (c <= 0x20) return (c >= 0x09 && c <= 0x0d) || (c >= 0x1c && c <= 0x1f);
  return c === 0xa0 || c === 0x1680 || (c >= 0x2000 && c <= 0x200a) || c === 0x2028 || c === 0x2029
    || c === 0x202f || c === 0x205f || c === 0x3000 || c === 0xfeff;
}

/**
 * Splits config text into tokens the way Typesafe Config's tokenizer does: comments and whitespace
 * are dropped, except that whitespace between two simple values becomes unquoted text (so `a = x  y`
 * is the string "x  y"). One pass of character scanning, linear in the text.
 */
export function tokenize(text: string, file: string, syntax: Syntax): Token[] {
  return new Tokenizer(text, file, syntax).run();
}

class Tokenizer {
  private i = 0;
  private line = 1;
  private lineStart = 0;
  private readonly tokens: Token[] = [];
  private readonly allowComments: boolean;

  constructor(private readonly s: string, private readonly file: string, syntax: Syntax) {
    this.allowComments = syntax === 'conf';
  }

  run(): Token[] {
    let lastSimple = false;
    for (;;) {
      const wsStart = this.i;
      const wsLine = this.line;
      const wsCol = this.column();
      while (this.i < this.s.length && this.s.charCodeAt(this.i) !== 0x0a && isWhitespace(this.s.charCodeAt(this.i))) this.i++;
      const ws = wsStart === this.i ? '' : this.s.slice(wsStart, this.i);
      const t = this.next();
      if (t === null) continue; // a comment
      const simple = isSimple(t);
      if (ws && simple && lastSimple) this.tokens.push({ kind: 'unquoted', line: wsLine, column: wsCol, text: ws });
      lastSimple = simple;
      this.tokens.push(t);
      if (t.kind === 'eof') return this.tokens;
    }
  }

  private column(): number {
    return this.i - this.lineStart + 1;
  }

  private at(line = this.line, column = this.column()) {
    return { file: this.file, line, column };
  }

  private tok(kind: TokenKind, text: string, line: number, column: number, extra?: Partial<Token>): Token {
    // one object shape for every token keeps property access monomorphic on large files
    return {
      kind, line, column, text,
      number: extra?.number, bool: extra?.bool, optional: extra?.optional, path: extra?.path,
    };
  }

  private startsComment(): boolean {
    if (!this.allowComments) return false;
    const c = this.s.charCodeAt(this.i);
    return c === 0x23 /* # */ || (c === 0x2f /* / */ && this.s.charCodeAt(this.i + 1) === 0x2f);
  }

  /** The next token, or null after skipping a comment (the newline after it is its own token). */
  private next(): Token | null {
    const line = this.line;
    const col = this.column();
    if (this.i >= this.s.length) return this.tok('eof', '', line, col);
    const c = this.s.charCodeAt(this.i);
    if (c === 0x0a) {
      this.i++;
      this.line++;
      this.lineStart = this.i;
      return this.tok('newline', '\n', line, col);
    }
    if (this.startsComment()) {
      while (this.i < this.s.length && this.s.charCodeAt(this.i) !== 0x0a) this.i++;
      return null;
    }
    const ch = this.s[this.i];
    switch (ch) {
      case '"': return this.quoted(line, col);
      case '$': return this.substitution(line, col);
      case ':': this.i++; return this.tok('colon', ':', line, col);
      case ',': this.i++; return this.tok('comma', ',', line, col);
      case '=': this.i++; return this.tok('equals', '=', line, col);
      case '{': this.i++; return this.tok('openCurly', '{', line, col);
      case '}': this.i++; return this.tok('closeCurly', '}', line, col);
      case '[': this.i++; return this.tok('openSquare', '[', line, col);
      case ']': this.i++; return this.tok('closeSquare', ']', line, col);
      case '+':
        if (this.s[this.i + 1] !== '=') throw syntaxError(this.at(), `'+' must be followed by '=' (quote the value if '+' belongs to it)`);
        this.i += 2;
        return this.tok('plusEquals', '+=', line, col);
      default:
    }
    if ((c >= 0x30 && c <= 0x39) || c === 0x2d /* - */) return this.numberOrText(line, col);
    if (RESERVED[c] === 1) throw syntaxError(this.at(), `reserved character '${ch}' is not allowed outside quotes`);
    return this.unquoted(line, col);
  }

  private unquoted(line: number, col: number): Token {
    const start = this.i;
    while (this.i < this.s.length) {
      const c = this.s.charCodeAt(this.i);
      if (RESERVED[c] === 1 || isWhitespace(c) || this.startsComment()) break;
      this.i++;
      // Typesafe stops as soon as the text reads true/null/false, so `trueish` is `true` + `ish`.
      const len = this.i - start;
      if (len === 4 || len === 5) {
        const w = this.s.slice(start, this.i);
        if (w === 'true' || w === 'false') return this.tok('boolean', w, line, col, { bool: w === 'true' });
        if (w === 'null') return this.tok('null', w, line, col);
      }
    }
    return this.tok('unquoted', this.s.slice(start, this.i), line, col);
  }

  private numberOrText(line: number, col: number): Token {
    const start = this.i++;
    while (this.i < this.s.length && NUMBER_CHARS[this.s.charCodeAt(this.i)] === 1) this.i++;
    const text = this.s.slice(start, this.i);
    const value = parseNumber(text);
    if (value !== undefined) return this.tok('number', text, line, col, { number: value });
    // Not a number after all (`1.2.3`, `2024-01-01`): unquoted text, unless it holds a reserved character.
    if (text.includes('+')) throw syntaxError(this.at(line, col), `reserved character '+' is not allowed outside quotes in '${text}'`);
    return this.tok('unquoted', text, line, col);
  }

  private quoted(line: number, col: number): Token {
    this.i++;
    let out = '';
    let chunk = this.i;
    for (;;) {
      if (this.i >= this.s.length) throw syntaxError(this.at(line, col), 'end of input inside a quoted string');
      const c = this.s.charCodeAt(this.i);
      if (c === 0x22) break;
      if (c === 0x5c) {
        out += this.s.slice(chunk, this.i) + this.escape();
        chunk = this.i;
      } else if (c < 0x20) {
        throw syntaxError(this.at(), `control character U+${c.toString(16).padStart(4, '0')} in a quoted string (use a backslash escape, or """ for multi-line text)`);
      } else {
        this.i++;
      }
    }
    out += this.s.slice(chunk, this.i);
    this.i++;
    if (out === '' && this.s[this.i] === '"') {
      this.i++;
      return this.tok('string', this.tripleQuoted(line, col), line, col);
    }
    return this.tok('string', out, line, col);
  }

  /** The body of `"""..."""`: raw text up to the last three of a run of quotes. */
  private tripleQuoted(line: number, col: number): string {
    const start = this.i;
    for (;;) {
      if (this.i >= this.s.length) throw syntaxError(this.at(line, col), 'end of input inside a """ string');
      const c = this.s.charCodeAt(this.i);
      if (c === 0x22 && this.s.startsWith('"""', this.i)) {
        let end = this.i + 3;
        while (this.s.charCodeAt(end) === 0x22) end++;
        this.i = end;
        return this.s.slice(start, end - 3);
      }
      this.i++;
      if (c === 0x0a) {
        this.line++;
        this.lineStart = this.i;
      }
    }
  }

  private escape(): string {
    const at = this.at();
    const e = this.s[this.i + 1];
    this.i += 2;
    switch (e) {
      case '"': return '"';
      case '\\': return '\\';
      case '/': return '/';
      case 'b': return '\b';
      case 'f': return '\f';
      case 'n': return '\n';
      case 'r': return '\r';
      case 't': return '\t';
      case 'u': {
        const hex = this.s.slice(this.i, this.i + 4);
        if (hex.length < 4 || !/^[0-9a-fA-F]{4}$/.test(hex)) throw syntaxError(at, `malformed \\u escape '\\u${hex}' (expected 4 hex digits)`);
        this.i += 4;
        return String.fromCharCode(parseInt(hex, 16));
      }
      case undefined: throw syntaxError(at, 'end of input after a backslash in a quoted string');
      default: throw syntaxError(at, `invalid escape '\\${e}' in a quoted string (write \\\\ for a backslash)`);
    }
  }

  private substitution(line: number, col: number): Token {
    const start = this.i;
    if (this.s[this.i + 1] !== '{') throw syntaxError(this.at(), `'$' must be followed by '{' (quote the value if '$' belongs to it)`);
    this.i += 2;
    const optional = this.s[this.i] === '?';
    if (optional) this.i++;
    const inner: Token[] = [];
    let lastSimple = false;
    for (;;) {
      const wsLine = this.line;
      const wsCol = this.column();
      const wsStart = this.i;
      while (this.i < this.s.length && this.s.charCodeAt(this.i) !== 0x0a && isWhitespace(this.s.charCodeAt(this.i))) this.i++;
      const ws = this.s.slice(wsStart, this.i);
      const t = this.next();
      if (t === null) continue;
      if (t.kind === 'closeCurly') break;
      if (t.kind === 'eof') throw syntaxError(this.at(line, col), "substitution '${' is not closed with '}'");
      const simple = isSimple(t);
      if (ws && simple && lastSimple) inner.push(this.tok('unquoted', ws, wsLine, wsCol));
      lastSimple = simple;
      inner.push(t);
    }
    const text = this.s.slice(start, this.i);
    const path = pathFromTokens(inner, this.at(line, col));
    return this.tok('substitution', text, line, col, { optional, path });
  }
}
