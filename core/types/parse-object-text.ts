import type { ConfigObject } from '../options/readonly-config';

/**
 * Parses the small HOCON/JSON objects that appear inside type declarations, e.g. the row in
 * `map<string, {c_int = int\nc_string = string}>` or `{"c_int":"int"}`. Supports quoted and unquoted keys
 * (dots stay part of the key, as in SeaTunnel's config dialect), `=`/`:` or a directly following object,
 * members separated by commas or newlines, `#` and `//` comments, nested objects and lists. An unquoted value
 * runs to the next separator outside `<>`, `()` and `{}`, so `map<string, int>` and `decimal(10, 2)` need
 * no quotes. Throws an Error naming the position on malformed text.
 */
export function parseObjectText(text: string): ConfigObject {
  const p = new Parser(text);
  p.skip(true);
  const obj = p.object();
  p.skip(true);
  if (!p.done()) p.fail('unexpected text after the object');
  return obj;
}

const NUMBER = /^-?(?:0|[1-9]\d*)(?:\.\d+)?(?:[eE][+-]?\d+)?$/;
const KEY_END = new Set([' ', '\t', '\r', '\n', '=', ':', '{', '}', ',', '[', ']', '"', '#']);

class Parser {
  private i = 0;

  constructor(private readonly s: string) {}

  done(): boolean {
    return this.i >= this.s.length;
  }

  fail(what: string): never {
    throw new Error(`${what} at offset ${this.i} of '${this.s}'`);
  }

  /** Skips blanks and comments; newlines too when `newlines`. */
  skip(newlines: boolean): void {
    while (this.i < this.s.length) {
      const c = this.s[this.i];
      if (c === ' ' || c === '\t' || c === '\r') this.i++;
      else if (c === '\n' && newlines) this.i++;
      else if (c === '#' || (c === '/' && this.s[this.i + 1] === '/')) {
        while (this.i < this.s.length && this.s[this.i] !== '\n') this.i++;
      } else break;
    }
  }

  object(): ConfigObject {
    if (this.s[this.i] !== '{') this.fail("expecting '{'");
    this.i++;
    const out: ConfigObject = {};
    for (;;) {
      this.skip(true);
      if (this.s[this.i] === ',') this.fail('unexpected comma');
      if (this.s[this.i] === '}') {
        this.i++;
        return out;
      }
      if (this.done()) this.fail("expecting '}'");
      const key = this.s[this.i] === '"' ? this.quoted() : this.unquotedKey();
      this.skip(false);
      const c = this.s[this.i];
      if (c === '=' || c === ':') {
        this.i++;
        this.skip(true);
      } else if (c !== '{') this.fail(`expecting '=' or ':' after key '${key}'`);
      const value = this.value();
      const prev = out[key];
      out[key] = isObject(prev) && isObject(value) ? merge(prev, value) : value;
      this.separator('}');
    }
  }

  private list(): unknown[] {
    this.i++;
    const out: unknown[] = [];
    for (;;) {
      this.skip(true);
      if (this.s[this.i] === ']') {
        this.i++;
        return out;
      }
      if (this.done()) this.fail("expecting ']'");
      out.push(this.value());
      this.separator(']');
    }
  }

  /** After a member: a comma, a newline, or the closing bracket. */
  private separator(close: string): void {
    this.skip(false);
    const c = this.s[this.i];
    if (c === ',') {
      this.i++;
      return;
    }
    if (c === '\n' || c === close || c === undefined) return;
    this.fail(`expecting ',' or '${close}'`);
  }

  private value(): unknown {
    const c = this.s[this.i];
    if (c === '{') return this.object();
    if (c === '[') return this.list();
    if (c === '"') return this.quoted();
    return this.unquotedValue();
  }

  private quoted(): string {
    const start = this.i;
    this.i++;
    while (this.i < this.s.length && this.s[this.i] !== '"') this.i += this.s[this.i] === '\\' ? 2 : 1;
    if (this.done()) this.fail('unterminated string');
    this.i++;
    try {
      return JSON.parse(this.s.slice(start, this.i)) as string;
    } catch {
      return this.fail('bad escape in string');
    }
  }

  private unquotedKey(): string {
    const start = this.i;
    while (this.i < this.s.length && !KEY_END.has(this.s[this.i]) && !this.s.startsWith('//', this.i)) this.i++;
    if (this.i === start) this.fail('expecting a key');
    return this.s.slice(start, this.i);
  }

  private unquotedValue(): unknown {
    const start = this.i;
    let depth = 0;
    while (this.i < this.s.length) {
      const c = this.s[this.i];
      if (c === '"' && depth > 0) {
        this.quoted();
        continue;
      }
      if (c === '<' || c === '(' || c === '{') depth++;
      else if ((c === '>' || c === ')' || c === '}') && depth > 0) depth--;
      else if (depth === 0 && (c === ',' || c === '\n' || c === '}' || c === ']' || c === '#' || this.s.startsWith('//', this.i))) break;
      this.i++;
    }
    const raw = this.s.slice(start, this.i).trim();
    if (raw === '') this.fail('expecting a value');
    if (raw === 'true' || raw === 'false') return raw === 'true';
    if (raw === 'null') return null;
    if (NUMBER.test(raw)) return Number(raw);
    return raw;
  }
}

const isObject = (v: unknown): v is ConfigObject => typeof v === 'object' && v !== null && !Array.isArray(v);

function merge(a: ConfigObject, b: ConfigObject): ConfigObject {
  const out: ConfigObject = { ...a };
  for (const [k, v] of Object.entries(b)) {
    const prev = out[k];
    out[k] = isObject(prev) && isObject(v) ? merge(prev, v) : v;
  }
  return out;
}
