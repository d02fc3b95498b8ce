import type { DataType } from '../../../core/types/data-type';
import { Decimal } from '../../../core/types/decimal';
import { javaDoubleToString, javaFloatToString } from '../../../core/types/format-value';
import { parseDateText, parseTimeText, parseTimestampText } from '../../../core/types/parse-temporal-text';
import { SeaTunnelRow } from '../../../core/types/row';
import { LocalDate, LocalDateTime, LocalTime } from '../../../core/types/temporal';
import { formatDate, formatDateTime, formatTime } from './temporal-pattern';

/**
 * Text values as SeaTunnel's text format reads and writes them (TextDeserializationSchema /
 * TextSerializationSchema): one separator per nesting level, `separators[0]` between columns, the next ones
 * between array elements, map entries and keys, and row fields.
 */

export type Splitter = (text: string) => string[];

/** A separator as a splitter: one character splits literally; a longer one is a regex, as Java's String.split. */
export function makeSplitter(separator: string): Splitter {
  if (separator.length <= 1 || !/[\\^$.|?*+()[\]{}]/.test(separator)) return (t) => t.split(separator);
  let re: RegExp;
  try {
    re = new RegExp(separator, 'u');
  } catch {
    return (t) => t.split(separator);
  }
  return (t) => t.split(re);
}

/** Java's split(regex) with limit 0: trailing empty strings are dropped. */
function splitDroppingTrailing(text: string, sep: string): string[] {
  const parts = text.split(sep);
  let n = parts.length;
  while (n > 0 && parts[n - 1] === '') n--;
  return n === parts.length ? parts : parts.slice(0, n);
}

const encoder = new TextEncoder();
const decoder = new TextDecoder('utf-8');
const INT = /^[+-]?\d+$/;
const LIMITS = { TINYINT: 127, SMALLINT: 32767, INT: 2147483647 } as const;
const LONG_MIN = -(2n ** 63n);
const LONG_MAX = 2n ** 63n - 1n;

/** Java's Double.parseDouble / Float.parseFloat: surrounding blanks, a trailing f/d, NaN and Infinity allowed. */
export function parseJavaDouble(text: string): number {
  const t = text.trim().replace(/[fFdD]$/, '');
  const n = Number(t);
  if (t === '' || (Number.isNaN(n) && t !== 'NaN' && t !== '+NaN' && t !== '-NaN')) throw new RangeError(`For input string: "${text}"`);
  return n;
}

function parseInteger(text: string, kind: keyof typeof LIMITS): number {
  if (!INT.test(text)) throw new RangeError(`For input string: "${text}"`);
  const n = Number(text);
  if (n > LIMITS[kind] || n < -LIMITS[kind] - 1) throw new RangeError(`Value out of range. Value:"${text}"`);
  return n;
}

function parseLong(text: string): bigint {
  if (!INT.test(text)) throw new RangeError(`For input string: "${text}"`);
  const n = BigInt(text);
  if (n > LONG_MAX || n < LONG_MIN) throw new RangeError(`For input string: "${text}"`);
  return n;
}

export interface TextReadContext {
  readonly separators: readonly string[];
  /** The level-0 splitter (the configured delimiter, maybe a regex). */
  readonly split: Splitter;
}

/** Parses one text field; blank text is null for every type. Throws naming the field on bad input. */
export function parseTextField(text: string | undefined, type: DataType, level: number, ctx: TextReadContext): unknown {
  if (text === undefined || text.trim() === '') return null;
  switch (type.kind) {
    case 'STRING':
      return text;
    case 'BOOLEAN':
      return text.toLowerCase() === 'true';
    case 'TINYINT':
    case 'SMALLINT':
    case 'INT':
      return parseInteger(text, type.kind);
    case 'BIGINT':
      return parseLong(text);
    case 'FLOAT':
      return Math.fround(parseJavaDouble(text));
    case 'DOUBLE':
      return parseJavaDouble(text);
    case 'DECIMAL':
      return Decimal.parse(text);
    case 'NULL':
      return null;
    case 'BYTES':
      return encoder.encode(text);
    case 'DATE': {
      const d = fastDate(text) ?? parseDateText(text);
      if (!d) throw new RangeError(`Text '${text}' is not a date (yyyy-MM-dd, yyyy/MM/dd, yyyy.MM.dd, yyyyMMdd)`);
      return d;
    }
    case 'TIME': {
      const t = parseTimeText(text);
      if (!t) throw new RangeError(`Text '${text}' is not a time (HH:mm:ss[.fffffffff])`);
      return t;
    }
    case 'TIMESTAMP': {
      const ts = fastTimestamp(text) ?? parseTimestampText(text);
      if (!ts) throw new RangeError(`Text '${text}' is not a timestamp (yyyy-MM-dd HH:mm:ss[.fffffffff], yyyy-MM-ddTHH:mm:ss, ...)`);
      return ts;
    }
    case 'ARRAY':
      return splitDroppingTrailing(text, ctx.separators[level + 1]).map((e) => parseTextField(e, type.element, level + 1, ctx));
    case 'MAP': {
      const out = new Map<unknown, unknown>();
      for (const kv of splitDroppingTrailing(text, ctx.separators[level + 1])) {
        const parts = splitDroppingTrailing(kv, ctx.separators[level + 2]);
        out.set(parseTextField(parts[0], type.key, level + 1, ctx), parts.length < 2 ? null : parseTextField(parts[1], type.value, level + 1, ctx));
      }
      return out;
    }
    case 'ROW': {
      const parts = text.split(ctx.separators[level + 1]);
      const fields = new Array<unknown>(type.types.length);
      for (let i = 0; i < fields.length; i++) fields[i] = parseTextField(parts[i], type.types[i], level + 1, ctx);
      return new SeaTunnelRow(fields);
    }
    default:
      throw new RangeError(`'SeaTunnel' unsupported data type '${type.kind}'`);
  }
}

/** Digits at [from, to) of `t` as a number, or -1 when one is not a digit. */
function digits(t: string, from: number, to: number): number {
  let n = 0;
  for (let i = from; i < to; i++) {
    const d = t.charCodeAt(i) - 48;
    if (d < 0 || d > 9) return -1;
    n = n * 10 + d;
  }
  return n;
}

// The common `yyyy-MM-dd` and `yyyy-MM-dd HH:mm:ss` texts without regexes: they are most of the dates in files.
function fastDate(t: string): LocalDate | undefined {
  if (t.length !== 10 || t[4] !== '-' || t[7] !== '-') return undefined;
  const y = digits(t, 0, 4);
  const m = digits(t, 5, 7);
  const d = digits(t, 8, 10);
  return y < 0 || m < 0 || d < 0 ? undefined : new LocalDate(y, m, d);
}

function fastTimestamp(t: string): LocalDateTime | undefined {
  if (t.length !== 19 || (t[10] !== ' ' && t[10] !== 'T') || t[13] !== ':' || t[16] !== ':') return undefined;
  const date = fastDate(t.slice(0, 10));
  const h = digits(t, 11, 13);
  const mi = digits(t, 14, 16);
  const sec = digits(t, 17, 19);
  return date && h >= 0 && mi >= 0 && sec >= 0 ? new LocalDateTime(date, new LocalTime(h, mi, sec)) : undefined;
}

export interface TextWriteContext {
  readonly separators: readonly string[];
  readonly dateFormat: string;
  readonly datetimeFormat: string;
  readonly timeFormat: string;
  /** What null prints as (empty by default). */
  readonly nullValue: string;
}

/** Prints one value as the text format writes it. */
export function formatTextField(value: unknown, type: DataType, level: number, ctx: TextWriteContext): string {
  if (value === null || value === undefined) return ctx.nullValue;
  switch (type.kind) {
    case 'FLOAT':
      return typeof value === 'number' ? javaFloatToString(value) : String(value);
    case 'DOUBLE':
      return typeof value === 'number' ? javaDoubleToString(value) : String(value);
    case 'STRING':
      return typeof value === 'string' ? value : String(value);
    case 'DATE':
      return formatDate(value as LocalDate, ctx.dateFormat);
    case 'TIME':
      return formatTime(value as LocalTime, ctx.timeFormat);
    case 'TIMESTAMP':
      return formatDateTime(value as LocalDateTime, ctx.datetimeFormat);
    case 'NULL':
      return '';
    case 'BYTES':
      return decoder.decode(value as Uint8Array);
    case 'ARRAY':
      return (value as unknown[]).map((v) => formatTextField(v, type.element, level + 1, ctx)).join(ctx.separators[level + 1]);
    case 'MAP': {
      const parts: string[] = [];
      for (const [k, v] of value as Map<unknown, unknown>) {
        parts.push(`${formatTextField(k, type.key, level + 1, ctx)}${ctx.separators[level + 2]}${formatTextField(v, type.value, level + 1, ctx)}`);
      }
      return parts.join(ctx.separators[level + 1]);
    }
    case 'ROW': {
      const fields = (value as SeaTunnelRow).fields;
      const parts = new Array<string>(fields.length);
      for (let i = 0; i < fields.length; i++) parts[i] = formatTextField(fields[i], type.types[i], level + 1, ctx);
      return parts.join(ctx.separators[level + 1]);
    }
    default:
      return String(value);
  }
}
