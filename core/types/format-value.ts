import type { DataType } from './data-type';
import { Decimal } from './decimal';
import { SeaTunnelRow } from './row';
import { LocalDate, LocalDateTime, LocalTime } from './temporal';

/**
 * Prints a value as SeaTunnel's Console sink does: arrays and bytes as `[a, b]` (bytes signed, as Java's
 * byte), maps as JSON, rows as `[f1, f2]`, null as `null`, floats and doubles as Java prints them (`1.0`,
 * `1.0E10`), decimals in plain notation, dates and times in Java's ISO style. Without `type` the value's
 * own shape decides (a whole number prints as an integer).
 */
export function formatValue(value: unknown, type?: DataType): string {
  if (value === null || value === undefined) return 'null';
  switch (type?.kind) {
    case 'FLOAT':
      return typeof value === 'number' ? javaFloatToString(value) : String(value);
    case 'DOUBLE':
      return typeof value === 'number' ? javaDoubleToString(value) : String(value);
    case 'ARRAY':
      if (Array.isArray(value)) return `[${value.map((v) => formatValue(v, type.element)).join(', ')}]`;
      break;
    case 'MAP':
      if (value instanceof Map) return JSON.stringify(toJsonValue(value, type));
      break;
    case 'ROW':
      if (value instanceof SeaTunnelRow) return `[${value.fields.map((v, i) => formatValue(v, type.types[i])).join(', ')}]`;
      break;
    default:
      break;
  }
  if (typeof value === 'string') return value;
  if (typeof value === 'number') return Number.isInteger(value) && !Object.is(value, -0) ? String(value) : javaDoubleToString(value);
  if (value instanceof Uint8Array) return `[${Array.from(value, (b) => (b << 24) >> 24).join(', ')}]`;
  if (Array.isArray(value)) return `[${value.map((v) => formatValue(v)).join(', ')}]`;
  if (value instanceof Map) return JSON.stringify(toJsonValue(value));
  if (value instanceof SeaTunnelRow) return `[${value.fields.map((v) => formatValue(v)).join(', ')}]`;
  return String(value);
}

/**
 * A JSON-safe form of any value, for sinks that write JSON: bigint as a number when it is exact in a double,
 * else as a string of its digits; decimals as strings (exact); dates and times as ISO strings; bytes as
 * base64; maps as objects keyed by the printed key; rows as objects by field name (as arrays without a type);
 * floats rounded to their shortest 32-bit form (3.1, not 3.0999999046325684).
 */
export function toJsonValue(value: unknown, type?: DataType): unknown {
  if (value === null || value === undefined) return null;
  if (typeof value === 'bigint') return value >= MIN_SAFE && value <= MAX_SAFE ? Number(value) : value.toString();
  if (typeof value === 'number') {
    if (!Number.isFinite(value)) return javaDoubleToString(value);
    return type?.kind === 'FLOAT' ? Number(javaFloatToString(value)) : value;
  }
  if (typeof value === 'string' || typeof value === 'boolean') return value;
  if (value instanceof Decimal) return value.toString();
  if (value instanceof LocalDate || value instanceof LocalTime || value instanceof LocalDateTime) return value.toString();
  if (value instanceof Uint8Array) return Buffer.from(value.buffer, value.byteOffset, value.byteLength).toString('base64');
  if (Array.isArray(value)) {
    const element = type?.kind === 'ARRAY' ? type.element : undefined;
    return value.map((v) => toJsonValue(v, element));
  }
  if (value instanceof Map) {
    const keyType = type?.kind === 'MAP' ? type.key : undefined;
    const valueType = type?.kind === 'MAP' ? type.value : undefined;
    const out: Record<string, unknown> = {};
    for (const [k, v] of value) out[formatValue(k, keyType)] = toJsonValue(v, valueType);
    return out;
  }
  if (value instanceof SeaTunnelRow) {
    if (type?.kind !== 'ROW') return value.fields.map((v) => toJsonValue(v));
    const out: Record<string, unknown> = {};
    type.names.forEach((name, i) => {
      out[name] = toJsonValue(value.fields[i], type.types[i]);
    });
    return out;
  }
  return String(value);
}

const MAX_SAFE = BigInt(Number.MAX_SAFE_INTEGER);
const MIN_SAFE = -MAX_SAFE;

/** Java's Double.toString: shortest digits; plain with a `.0` between 1e-3 and 1e7, else `d.dddE±n`. */
export function javaDoubleToString(n: number): string {
  if (Number.isNaN(n)) return 'NaN';
  if (n === Infinity) return 'Infinity';
  if (n === -Infinity) return '-Infinity';
  if (n === 0) return Object.is(n, -0) ? '-0.0' : '0.0';
  return javaStyle(n.toExponential());
}

/** Java's Float.toString of a 32-bit float: the shortest digits that read back to the same float. */
export function javaFloatToString(n: number): string {
  if (!Number.isFinite(n) || n === 0) return javaDoubleToString(n);
  const f = Math.fround(n);
  for (let p = 1; p <= 9; p++) {
    const text = f.toExponential(p - 1);
    if (Math.fround(Number(text)) === f) return javaStyle(text);
  }
  return javaStyle(f.toExponential(8));
}

/** Turns JS exponential text (`-1.2345e+3`) into Java's layout. */
function javaStyle(exp: string): string {
  const m = /^(-?)(\d)(?:\.(\d+))?e([+-]\d+)$/.exec(exp);
  if (!m) return exp;
  const [, sign, first, rest = '', e] = m;
  const digits = (first + rest).replace(/0+$/, '') || '0';
  const power = Number(e);
  if (power >= -3 && power < 7) {
    if (power < 0) return `${sign}0.${'0'.repeat(-power - 1)}${digits}`;
    const int = digits.slice(0, power + 1).padEnd(power + 1, '0');
    const frac = digits.slice(power + 1) || '0';
    return `${sign}${int}.${frac}`;
  }
  return `${sign}${digits[0]}.${digits.slice(1) || '0'}E${power}`;
}
