/**
 * A permissive JSON reader, as the json-smart parser under Jayway JsonPath reads text: standard JSON, plus
 * unquoted keys and values (`{data: {name: this is a string}}`), single-quoted strings, and trailing commas.
 * Unquoted values are trimmed and read as true/false/null or a number when they look like one. Objects come
 * back as prototype-less records, integers beyond 2^53 as bigint. Throws SyntaxError with the offset.
 */
export type JsonValue = null | boolean | number | bigint | string | JsonValue[] | { [key: string]: JsonValue };

export function parseLenientJson(text: string): JsonValue {
  const r = new Reader(text);
  r.skipBlank();
  const v = r.value(false);
  r.skipBlank();
  if (r.i < text.length) r.fail('unexpected text after the value');
  return v;
}

class Reader {
  i = 0;

  constructor(private readonly s: string) {}

  fail(why: string): never {
    throw new SyntaxError(`Invalid JSON at position ${this.i}: ${why}`);
  }

  skipBlank(): void {
    while (this.i < this.s.length && /\s/.test(this.s[this.i])) this.i++;
  }

  value(inContainer: boolean): JsonValue {
    const c = this.s[this.i];
    if (c === '{') return this.object();
    if (c === '[') return this.array();
    if (c === '"' || c === "'") return this.quoted(c);
    if (c === undefined) return this.fail('unexpected end of text');
    return this.bare(inContainer ? ',}]' : '');
  }

  private object(): JsonValue {
    const out: { [key: string]: JsonValue } = Object.create(null);
    this.i++;
    for (;;) {
      this.skipBlank();
      if (this.s[this.i] === '}') {
        this.i++;
        return out;
      }
      const c = this.s[this.i];
      const key = c === '"' || c === "'" ? this.quoted(c) : String(this.bare(':', true));
      this.skipBlank();
      if (this.s[this.i] !== ':') this.fail(`expected ':' after key '${key}'`);
      this.i++;
      this.skipBlank();
      out[key] = this.value(true);
      this.skipBlank();
      if (this.s[this.i] === ',') this.i++;
      else if (this.s[this.i] !== '}') this.fail("expected ',' or '}'");
    }
  }

  private array(): JsonValue {
    const out: JsonValue[] = [];
    this.i++;
    for (;;) {
      this.skipBlank();
      if (this.s[this.i] === ']') {
        this.i++;
        return out;
      }
      out.push(this.value(true));
      this.skipBlank();
      if (this.s[this.i] === ',') this.i++;
      else if (this.s[this.i] !== ']') this.fail("expected ',' or ']'");
    }
  }

  private quoted(q: string): string {
    let out = '';
    this.i++;
    while (this.i < this.s.length) {
      const c = this.s[this.i++];
      if (c === q) return out;
      if (c !== '\\') {
        out += c;
        continue;
      }
      const e = this.s[this.i++];
      const simple: Record<string, string> = { b: '\b', f: '\f', n: '\n', r: '\r', t: '\t' };
      if (e === 'u') {
        const hex = this.s.slice(this.i, this.i + 4);
        if (!/^[0-9a-fA-F]{4}$/.test(hex)) this.fail(`bad unicode escape \\u${hex}`);
        out += String.fromCharCode(Number.parseInt(hex, 16));
        this.i += 4;
      } else {
        out += simple[e] ?? e;
      }
    }
    return this.fail('unterminated string');
  }

  /** An unquoted token up to a stop character; keys stay text, values may be literals or numbers. */
  private bare(stops: string, isKey = false): JsonValue {
    const start = this.i;
    while (this.i < this.s.length && !stops.includes(this.s[this.i]) && (stops !== '' || !/\s/.test(this.s[this.i]))) this.i++;
    const token = this.s.slice(start, this.i).trim();
    if (token === '') this.fail('expected a value');
    if (isKey) return token;
    if (token === 'true') return true;
    if (token === 'false') return false;
    if (token === 'null') return null;
    if (/^-?\d+$/.test(token)) {
      const n = Number(token);
      return Number.isSafeInteger(n) ? n : BigInt(token);
    }
    if (/^-?(\d+\.?\d*|\.\d+)([eE][+-]?\d+)?$/.test(token)) return Number(token);
    return token;
  }
}
