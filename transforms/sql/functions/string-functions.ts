import { Types } from '../../../core/types/data-type';
import type { LocalDate, LocalDateTime, LocalTime } from '../../../core/types/temporal';
import { dateTimePattern } from '../datetime-pattern';
import { javaString } from '../java-text';
import { SqlRuntimeError } from '../sql-error';
import { type Evaluator, type SqlFunction, expectArgs, isTemporal, nullSafe, simple } from '../sql-function';
import { doubleToInt, toDouble } from '../values';

/** String functions (H2 semantics, as SeaTunnel's StringFunction implements them). */

const int = (v: unknown): number => doubleToInt(toDouble(v as number));
const utf8Length = (s: string): number => Buffer.byteLength(s, 'utf8');

export const stringFunctions: readonly SqlFunction[] = [
  simple(['ASCII'], ['string'], Types.INT, (s: string) => (s.length === 0 ? null : s.charCodeAt(0))),
  simple(['BIT_LENGTH'], ['string'], Types.BIGINT, (s: string) => BigInt(utf8Length(s) * 8)),
  simple(['CHAR_LENGTH', 'LENGTH'], ['string'], Types.BIGINT, (s: string) => BigInt(s.length)),
  simple(['OCTET_LENGTH'], ['string'], Types.BIGINT, (s: string) => BigInt(utf8Length(s))),
  simple(['CHAR', 'CHR'], ['numeric'], Types.STRING, (n: number) => String.fromCharCode(int(n) & 0xffff)),
  concat(),
  concatWs(),
  simple(['HEXTORAW'], ['string'], Types.STRING, hexToRaw),
  simple(['RAWTOHEX'], ['any'], Types.STRING, rawToHex),
  insert(),
  simple(['LOWER', 'LCASE'], ['string'], Types.STRING, (s: string) => s.toLowerCase()),
  simple(['UPPER', 'UCASE'], ['string'], Types.STRING, (s: string) => s.toUpperCase()),
  simple(['LEFT'], ['string', 'numeric'], Types.STRING, (s: string, n: number) => s.substring(0, Math.min(Math.max(int(n), 0), s.length))),
  simple(['RIGHT'], ['string', 'numeric'], Types.STRING, (s: string, n: number) => s.substring(s.length - Math.min(Math.max(int(n), 0), s.length))),
  locate(['LOCATE', 'POSITION'], false),
  locate(['INSTR'], true),
  pad('LPAD', false),
  pad('RPAD', true),
  trim('LTRIM', true, false),
  trim('RTRIM', false, true),
  trim('TRIM', true, true),
  simple(['REPEAT'], ['string', 'numeric'], Types.STRING, (s: string, n: number) => (int(n) <= 0 ? '' : s.repeat(int(n)))),
  replace(),
  simple(['SOUNDEX'], ['string'], Types.STRING, soundex),
  simple(['SPACE'], ['numeric'], Types.STRING, (n: number) => ' '.repeat(Math.max(0, int(n)))),
  substring(),
  toChar(),
  translate(),
];

/** CONCAT skips nulls and prints other values as Java does (a DOUBLE 1 is "1.0"). */
function concat(): SqlFunction {
  return {
    names: ['CONCAT'], minArgs: 1, maxArgs: Infinity,
    type: () => Types.STRING,
    compile: (args) => {
      const parts = args.map((a) => ({ eval: a.eval, type: a.type }));
      return (f) => {
        let out = '';
        for (const p of parts) {
          const v = p.eval(f);
          if (v !== null && v !== undefined) out += typeof v === 'string' ? v : javaString(v, p.type);
        }
        return out;
      };
    },
  };
}

function concatWs(): SqlFunction {
  return {
    names: ['CONCAT_WS'], minArgs: 2, maxArgs: Infinity,
    type: (args, name) => {
      expectArgs(name, args.slice(0, 1), ['string']);
      return Types.STRING;
    },
    compile: ([sep, ...rest]) => (f) => {
      const separator = sep.eval(f) as string | null;
      let out = '';
      let first = true;
      for (const p of rest) {
        const v = p.eval(f);
        if (v === null || v === undefined) continue;
        if (separator !== null && !first) out += separator;
        first = false;
        out += javaString(v, p.type);
      }
      return out;
    },
  };
}

function hexToRaw(s: string): string {
  if (s.length % 4 !== 0) throw new SqlRuntimeError(`Unsupported arg for function: HEXTORAW: length ${s.length} is not a multiple of 4`);
  let out = '';
  for (let i = 0; i < s.length; i += 4) {
    const code = Number.parseInt(s.slice(i, i + 4), 16);
    if (!/^[0-9a-fA-F]{4}$/.test(s.slice(i, i + 4))) throw new SqlRuntimeError(`HEXTORAW: For input string: "${s.slice(i, i + 4)}"`);
    out += String.fromCharCode(code);
  }
  return out;
}

function rawToHex(v: unknown): string {
  if (v instanceof Uint8Array) return Buffer.from(v).toString('hex');
  const s = javaString(v);
  let out = '';
  for (let i = 0; i < s.length; i++) out += s.charCodeAt(i).toString(16).padStart(4, '0');
  return out;
}

/** INSERT(s, start, length, s2): a null s or s2 returns the other one. */
function insert(): SqlFunction {
  return {
    names: ['INSERT'], minArgs: 4, maxArgs: 4,
    type: (args, name) => {
      expectArgs(name, args, ['string', 'numeric', 'numeric', 'string']);
      return Types.STRING;
    },
    compile: ([a, b, c, d]) => (f) => {
      const s1 = a.eval(f) as string | null;
      const s2 = d.eval(f) as string | null;
      const startValue = b.eval(f);
      const lengthValue = c.eval(f);
      if (startValue === null || lengthValue === null) throw new SqlRuntimeError('INSERT(): start and length must not be null');
      if (s1 === null) return s2;
      if (s2 === null) return s1;
      const start = int(startValue) - 1;
      let length = int(lengthValue);
      if (start < 0 || length <= 0 || s2.length === 0 || start > s1.length) return s1;
      if (start + length > s1.length) length = s1.length - start;
      return s1.substring(0, start) + s2 + s1.substring(start + length);
    },
  };
}

/** LOCATE(search, s[, start]) / POSITION(search, s) / INSTR(s, search[, start]); a null string gives 0. */
function locate(names: string[], stringFirst: boolean): SqlFunction {
  return {
    names, minArgs: 2, maxArgs: 3,
    type: (args, name) => {
      expectArgs(name, args, ['string', 'string', 'numeric']);
      return Types.INT;
    },
    compile: (args, _t, name) => {
      const [a, b, c] = args;
      const withStart = c !== undefined && name.toUpperCase() !== 'POSITION';
      return (f) => {
        const s = (stringFirst ? a : b).eval(f) as string | null;
        if (s === null) return 0;
        const found = (stringFirst ? b : a).eval(f);
        if (found === null) return 0;
        const search = javaString(found);
        const start = withStart ? int(c.eval(f)) : 1;
        if (start < 0) return s.lastIndexOf(search, s.length + start) + 1;
        return s.indexOf(search, start === 0 ? 0 : start - 1) + 1;
      };
    },
  };
}

function pad(name: string, right: boolean): SqlFunction {
  return {
    names: [name], minArgs: 2, maxArgs: 3,
    type: (args, n) => {
      expectArgs(n, args, ['string', 'numeric', 'string']);
      return Types.STRING;
    },
    compile: ([a, b, c]) => (f) => {
      const s = a.eval(f) as string | null;
      if (s === null) return null;
      const n = Math.max(0, int(b.eval(f)));
      if (n <= s.length) return s.substring(0, n);
      const padding = c ? (c.eval(f) as string | null) : null;
      const fill = (padding === null || padding === '' ? ' ' : padding[0]).repeat(n - s.length);
      return right ? s + fill : fill + s;
    },
  };
}

/** Trims one character (a blank by default), not a set of characters. */
function trim(name: string, leading: boolean, trailing: boolean): SqlFunction {
  return {
    names: [name], minArgs: 1, maxArgs: 2,
    type: (args, n) => {
      expectArgs(n, args, ['string', 'string']);
      return Types.STRING;
    },
    compile: ([a, b]) => (f) => {
      const s = a.eval(f) as string | null;
      if (s === null) return null;
      const sp = b ? (b.eval(f) as string | null) : null;
      const ch = sp === null || sp === '' ? ' ' : sp[0];
      let begin = 0;
      let end = s.length;
      if (leading) while (begin < end && s[begin] === ch) begin++;
      if (trailing) while (end > begin && s[end - 1] === ch) end--;
      return s.substring(begin, end);
    },
  };
}

/** REPLACE(s, from[, to]): literal replace-all; a missing or null `to` removes. */
function replace(): SqlFunction {
  return {
    names: ['REPLACE'], minArgs: 2, maxArgs: 3,
    type: (args, name) => {
      expectArgs(name, args, ['string']);
      return Types.STRING;
    },
    compile: ([a, b, c]) => (f) => {
      const s = a.eval(f) as string | null;
      if (s === null) return null;
      const from = b.eval(f);
      const to = c ? c.eval(f) : null;
      if (from === null || from === '') return s;
      return s.split(javaString(from)).join(to === null ? '' : javaString(to));
    },
  };
}

const SOUNDEX_INDEX = '71237128722455712623718272\0\0\0\0\0\x0071237128722455712623718272';

function soundex(s: string): string {
  const out = ['0', '0', '0', '0'];
  let last = '0';
  for (let i = 0, j = 0; i < s.length && j < 4; i++) {
    const c = s.charCodeAt(i);
    if (c < 65 || c > 122) continue;
    const digit = SOUNDEX_INDEX[c - 65];
    if (digit === '\0') continue;
    if (j === 0) {
      out[j++] = String.fromCharCode(c & 0xdf);
      last = digit;
    } else if (digit <= '6') {
      if (digit !== last) out[j++] = last = digit;
    } else if (digit === '7') {
      last = digit;
    }
  }
  return out.join('');
}

/** SUBSTRING(s, start[, length]) with H2's rules: start 0 is 1, negative counts from the end, empty → null. */
function substring(): SqlFunction {
  return {
    names: ['SUBSTRING', 'SUBSTR'], minArgs: 2, maxArgs: 3,
    type: (args, name) => {
      expectArgs(name, args, ['string', 'numeric', 'numeric']);
      return Types.STRING;
    },
    compile: ([a, b, c]) => (f) => {
      const s = a.eval(f) as string | null;
      if (s === null) return null;
      const sl = s.length;
      let start = int(b.eval(f));
      const len = c ? c.eval(f) : null;
      if (start === 0) start = 1;
      else if (start < 0) start = sl + start + 1;
      let end = len === null ? Math.max(sl + 1, start) : start + int(len);
      start = Math.max(start, 1);
      end = Math.min(end, sl + 1);
      return start > sl || end <= start ? null : s.substring(start - 1, end - 1);
    },
  };
}

/** TO_CHAR(x[, format]): dates and times through the format, everything else as Java prints it. */
function toChar(): SqlFunction {
  return {
    names: ['TO_CHAR'], minArgs: 1, maxArgs: 2,
    type: (args, name) => {
      expectArgs(name, args, ['any', 'string']);
      return Types.STRING;
    },
    compile: ([a, b]) => {
      if (isTemporal(a.type) && b) {
        return nullSafe([a, b], (v, fmt: string) => formatWith(fmt, v));
      }
      return nullSafe([a], (v) => javaString(v, a.type));
    },
  };
}

function formatWith(fmt: string, v: LocalDate | LocalTime | LocalDateTime): string {
  try {
    return dateTimePattern(fmt).format(v);
  } catch (e) {
    throw new SqlRuntimeError((e as Error).message);
  }
}

function translate(): SqlFunction {
  return {
    names: ['TRANSLATE'], minArgs: 3, maxArgs: 3,
    type: (args, name) => {
      expectArgs(name, args, ['string']);
      return Types.STRING;
    },
    compile: ([a, b, c]): Evaluator => (f) => {
      const s = a.eval(f) as string | null;
      if (s === null) return null;
      const find = b.eval(f) as string | null;
      if (find === null) throw new SqlRuntimeError('TRANSLATE(): the characters to find must not be null');
      const to = (c.eval(f) as string | null) ?? '';
      let out = '';
      for (const ch of s) {
        const k = find.indexOf(ch);
        out += k < 0 ? ch : k < to.length ? to[k] : ch;
      }
      return out;
    },
  };
}
