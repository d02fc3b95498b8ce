import { ErrorCodes, SeatideError } from '../errors';
import { preview } from '../options/readonly-config';
import { type DataType, type MapType, type RowType, typeToString } from './data-type';
import { Decimal } from './decimal';
import { parseDateText, parseTimeText, parseTimestampText } from './parse-temporal-text';
import { SeaTunnelRow } from './row';
import { LocalDate, LocalDateTime, LocalTime } from './temporal';

export interface ConvertOptions {
  /**
   * A row field missing from an object or array literal: an error when true (Assert's `equals_to`), null
   * when false (FakeSource `rows`, the default).
   */
  readonly failOnMissingField?: boolean;
}

/**
 * Converts a config literal (from HOCON/JSON: string, number, boolean, null, list, object) into the runtime
 * value of `type`, as SeaTunnel's JSON-to-row converter does for FakeSource `rows` and Assert `equals_to`:
 * numbers from numbers or numeric strings (BIGINT as bigint, FLOAT rounded to 32 bits), DECIMAL exactly,
 * dates/times/timestamps from their text formats, BYTES from base64, lists into arrays, objects into Maps
 * (keys converted with the key type), rows from a list (by position) or an object (by name).
 * Values already in runtime form pass through. Throws COMMON-16 naming `field` when the literal does not fit.
 */
export function convertValue(literal: unknown, type: DataType, field = '', options: ConvertOptions = {}): unknown {
  if (literal === null || literal === undefined || type.kind === 'NULL') return null;
  try {
    return convertNotNull(literal, type, field, options);
  } catch (e) {
    if (e instanceof SeatideError) throw e;
    throw conversionError(literal, type, field, (e as Error).message, e);
  }
}

/** A SeaTunnelRow from a list (positional) or an object (by field name). */
export function convertRow(literal: unknown, type: RowType, field = '', options: ConvertOptions = {}): SeaTunnelRow {
  const row = convertValue(literal, type, field, options);
  if (!(row instanceof SeaTunnelRow)) throw conversionError(literal, type, field, 'a row needs a list or an object');
  return row;
}

// ---------------------------------------------------------------------------------------------------------

const RANGES = {
  TINYINT: [-128, 127],
  SMALLINT: [-32768, 32767],
  INT: [-2147483648, 2147483647],
} as const;
const LONG_MIN = -(2n ** 63n);
const LONG_MAX = 2n ** 63n - 1n;
const INTEGER_TEXT = /^[+-]?\d+$/;
const BASE64 = /^[A-Za-z0-9+/]*={0,2}$/;

function conversionError(literal: unknown, type: DataType, field: string, why: string, cause?: unknown): SeatideError {
  const where = field ? ` of field '${field}'` : '';
  return new SeatideError(ErrorCodes.CONVERT_VALUE, `Cannot convert ${preview(literal)} to ${typeToString(type)}${where}: ${why}`, {
    cause,
    details: { field },
  });
}

/** The text of a scalar literal: strings as is, numbers and booleans printed, lossless numbers by their digits. */
function scalarText(v: unknown): string | undefined {
  if (typeof v === 'string') return v;
  if (typeof v === 'number' || typeof v === 'boolean' || typeof v === 'bigint') return String(v);
  if (isLosslessNumber(v)) return v.value;
  return undefined;
}

function isLosslessNumber(v: unknown): v is { value: string } {
  return typeof v === 'object' && v !== null && (v as { isLosslessNumber?: unknown }).isLosslessNumber === true;
}

function convertNotNull(v: unknown, type: DataType, field: string, options: ConvertOptions): unknown {
  switch (type.kind) {
    case 'STRING':
      if (typeof v === 'string') return v;
      return scalarText(v) ?? JSON.stringify(v, (_k, x) => (typeof x === 'bigint' ? x.toString() : x));
    case 'BOOLEAN': {
      if (typeof v === 'boolean') return v;
      const t = scalarText(v)?.trim().toLowerCase();
      if (t === 'true' || t === 'false') return t === 'true';
      throw conversionError(v, type, field, 'expected true or false');
    }
    case 'TINYINT':
    case 'SMALLINT':
    case 'INT':
      return toInteger(v, type, type.kind, field);
    case 'BIGINT':
      return toLong(v, type, field);
    case 'FLOAT':
      return Math.fround(toDouble(v, type, field));
    case 'DOUBLE':
      return toDouble(v, type, field);
    case 'DECIMAL': {
      if (v instanceof Decimal) return v;
      if (typeof v === 'number') return Decimal.fromNumber(v);
      const t = scalarText(v);
      if (t === undefined || typeof v === 'boolean') throw conversionError(v, type, field, 'expected a number');
      return Decimal.parse(t);
    }
    case 'BYTES':
      return toBytes(v, type, field);
    case 'DATE': {
      if (v instanceof LocalDate) return v;
      const d = temporal(v, parseDateText);
      if (!d) throw conversionError(v, type, field, 'expected a date like yyyy-MM-dd, yyyy/MM/dd, yyyy.MM.dd or yyyyMMdd');
      return d;
    }
    case 'TIME': {
      if (v instanceof LocalTime) return v;
      const t = temporal(v, (s) => parseTimeText(s));
      if (!t) throw conversionError(v, type, field, 'expected a time like HH:mm:ss[.fffffffff]');
      return t;
    }
    case 'TIMESTAMP': {
      if (v instanceof LocalDateTime) return v;
      const ts = temporal(v, parseTimestampText);
      if (!ts) throw conversionError(v, type, field, "expected a timestamp like yyyy-MM-dd HH:mm:ss[.fffffffff] or yyyy-MM-dd'T'HH:mm:ss");
      return ts;
    }
    case 'ARRAY': {
      if (!Array.isArray(v)) throw conversionError(v, type, field, 'expected a list');
      const out = new Array<unknown>(v.length);
      for (let i = 0; i < v.length; i++) out[i] = convertValue(v[i], type.element, field, options);
      return out;
    }
    case 'MAP':
      return toMap(v, type, field, options);
    case 'ROW':
      return toRow(v, type, field, options);
    case 'SPARSE_FLOAT_VECTOR': {
      const entries = v instanceof Map ? [...v.entries()] : isPlainObject(v) ? Object.entries(v) : undefined;
      if (!entries) throw conversionError(v, type, field, 'expected an object of index: value');
      return new Map(entries.map(([k, x]) => [Number(k), Math.fround(Number(x))]));
    }
    case 'FLOAT_VECTOR':
    case 'FLOAT16_VECTOR':
    case 'BFLOAT16_VECTOR':
    case 'BINARY_VECTOR':
      if (Array.isArray(v) && type.kind === 'FLOAT_VECTOR') {
        const bytes = new Uint8Array(v.length * 4);
        const view = new DataView(bytes.buffer);
        v.forEach((x, i) => view.setFloat32(i * 4, Number(x), true));
        return bytes;
      }
      return toBytes(v, type, field);
    default:
      throw conversionError(v, type, field, 'unsupported type');
  }
}

function toInteger(v: unknown, type: DataType, kind: keyof typeof RANGES, field: string): number {
  let n: number;
  if (typeof v === 'number') {
    if (!Number.isInteger(v)) throw conversionError(v, type, field, 'expected an integer');
    n = v;
  } else if (typeof v === 'bigint') {
    n = Number(v);
  } else {
    const t = typeof v === 'boolean' ? undefined : scalarText(v)?.trim();
    if (t === undefined || !INTEGER_TEXT.test(t)) throw conversionError(v, type, field, 'expected an integer');
    n = Number(t);
  }
  const [min, max] = RANGES[kind];
  if (n < min || n > max) throw conversionError(v, type, field, `value out of range [${min}, ${max}]`);
  return n;
}

function toLong(v: unknown, type: DataType, field: string): bigint {
  let n: bigint;
  if (typeof v === 'bigint') n = v;
  else if (typeof v === 'number') {
    if (!Number.isInteger(v)) throw conversionError(v, type, field, 'expected an integer');
    n = BigInt(v);
  } else {
    const t = typeof v === 'boolean' ? undefined : scalarText(v)?.trim();
    if (t === undefined || !INTEGER_TEXT.test(t)) throw conversionError(v, type, field, 'expected an integer');
    n = BigInt(t);
  }
  if (n < LONG_MIN || n > LONG_MAX) throw conversionError(v, type, field, `value out of range [${LONG_MIN}, ${LONG_MAX}]`);
  return n;
}

function toDouble(v: unknown, type: DataType, field: string): number {
  if (typeof v === 'number') return v;
  if (typeof v === 'bigint') return Number(v);
  if (v instanceof Decimal) return v.toNumber();
  const t = typeof v === 'boolean' ? undefined : scalarText(v)?.trim().replace(/[fFdD]$/, '');
  if (t === undefined || t === '') throw conversionError(v, type, field, 'expected a number');
  const n = Number(t);
  if (Number.isNaN(n) && t !== 'NaN') throw conversionError(v, type, field, 'expected a number');
  return n;
}

function toBytes(v: unknown, type: DataType, field: string): Uint8Array {
  if (v instanceof Uint8Array) return v;
  if (typeof v === 'string') {
    const compact = v.replace(/\s+/g, '');
    if (!BASE64.test(compact)) throw conversionError(v, type, field, 'expected a base64 string');
    return new Uint8Array(Buffer.from(compact, 'base64'));
  }
  if (Array.isArray(v) && v.every((b) => Number.isInteger(b) && b >= -128 && b <= 255)) return Uint8Array.from(v as number[], (b) => b & 0xff);
  throw conversionError(v, type, field, 'expected a base64 string');
}

function temporal<T>(v: unknown, parse: (text: string) => T | undefined): T | undefined {
  const t = typeof v === 'boolean' ? undefined : scalarText(v);
  return t === undefined ? undefined : parse(t);
}

function isPlainObject(v: unknown): v is Record<string, unknown> {
  return typeof v === 'object' && v !== null && !Array.isArray(v) && !(v instanceof Map) && !isLosslessNumber(v);
}

function toMap(v: unknown, type: MapType, field: string, options: ConvertOptions): Map<unknown, unknown> {
  const entries = v instanceof Map ? [...v.entries()] : isPlainObject(v) && !(v instanceof SeaTunnelRow) ? Object.entries(v) : undefined;
  if (!entries) throw conversionError(v, type, field, 'expected an object');
  const out = new Map<unknown, unknown>();
  for (const [k, x] of entries) {
    out.set(convertValue(k, type.key, `${field}.key`, options), convertValue(x, type.value, `${field}.value`, options));
  }
  return out;
}

function toRow(v: unknown, type: RowType, field: string, options: ConvertOptions): SeaTunnelRow {
  if (v instanceof SeaTunnelRow) return v;
  const byPosition = Array.isArray(v);
  if (!byPosition && !isPlainObject(v)) throw conversionError(v, type, field, 'expected a list or an object');
  const n = type.names.length;
  const fields = new Array<unknown>(n);
  for (let i = 0; i < n; i++) {
    const name = type.names[i];
    const path = field ? `${field}.${name}` : name;
    const present = byPosition ? i < (v as unknown[]).length : Object.prototype.hasOwnProperty.call(v, name);
    if (!present) {
      if (options.failOnMissingField) throw conversionError(v, type, field, `Could not find field with name ${path} .`);
      fields[i] = null;
      continue;
    }
    const raw = byPosition ? (v as unknown[])[i] : (v as Record<string, unknown>)[name];
    fields[i] = convertValue(raw, type.types[i], path, options);
  }
  return new SeaTunnelRow(fields);
}
