import type { DataType } from '../../core/types/data-type';
import { Decimal } from '../../core/types/decimal';
import { SeaTunnelRow } from '../../core/types/row';
import { LocalDate, LocalDateTime, LocalTime } from '../../core/types/temporal';
import { javaClassName, javaDoubleString } from './java-text';
import { SqlRuntimeError } from './sql-error';

/** Numeric helpers and Java's equals/compare rules, as SeaTunnel's SQL filter applies them to row values. */

export const isNumberValue = (v: unknown): v is number | bigint | Decimal =>
  typeof v === 'number' || typeof v === 'bigint' || v instanceof Decimal;

/** Number.doubleValue() of any numeric value. */
export function toDouble(v: number | bigint | Decimal): number {
  if (typeof v === 'number') return v;
  if (typeof v === 'bigint') return Number(v);
  return v.toNumber();
}

/** BigDecimal.valueOf(x.doubleValue()) for floats (their shortest text), exact for integers and decimals. */
export function toDecimal(v: number | bigint | Decimal): Decimal {
  if (v instanceof Decimal) return v;
  if (typeof v === 'bigint') return new Decimal(v, 0);
  if (Number.isInteger(v) && Math.abs(v) <= Number.MAX_SAFE_INTEGER) return new Decimal(BigInt(v), 0);
  if (!Number.isFinite(v)) throw new SqlRuntimeError(`Infinite or NaN value ${v} has no decimal form`);
  return Decimal.parse(javaDoubleString(v));
}

/** Java's (int) cast of a double: truncation toward zero, saturating at the int range, NaN → 0. */
export function doubleToInt(d: number): number {
  if (Number.isNaN(d)) return 0;
  return Math.max(-2147483648, Math.min(2147483647, Math.trunc(d)));
}

/** Java's (long) cast of a double. */
export function doubleToLong(d: number): bigint {
  if (Number.isNaN(d)) return 0n;
  if (d >= 9223372036854775807) return 9223372036854775807n;
  if (d <= -9223372036854775808) return -9223372036854775808n;
  return BigInt(Math.trunc(d));
}

/** Object.equals as SeaTunnel's `=` uses it: numbers by double value, everything else by Java equality. */
export function sqlEquals(a: unknown, b: unknown): boolean {
  if (a === null || a === undefined || b === null || b === undefined) return false;
  if (isNumberValue(a) && isNumberValue(b)) return typeof a === 'bigint' && typeof b === 'bigint' ? a === b : toDouble(a) === toDouble(b);
  return javaEquals(a, b);
}

/** Java equals of two non-numeric values (numbers of different Java classes are never equal). */
export function javaEquals(a: unknown, b: unknown): boolean {
  if (a === b) return true;
  if (a === null || b === null || a === undefined || b === undefined) return false;
  if (a instanceof LocalDate || a instanceof LocalTime || a instanceof LocalDateTime) return a.equals(b);
  if (a instanceof Decimal) return b instanceof Decimal && a.equalsExact(b);
  if (a instanceof Map) {
    if (!(b instanceof Map) || a.size !== b.size) return false;
    for (const [k, v] of a) {
      const key = [...b.keys()].find((x) => javaEquals(x, k));
      if (key === undefined && !b.has(k)) return false;
      if (!javaEquals(v, b.get(key ?? k))) return false;
    }
    return true;
  }
  if (a instanceof SeaTunnelRow) {
    return b instanceof SeaTunnelRow && a.kind === b.kind && a.tableId === b.tableId && a.fields.length === b.fields.length
      && a.fields.every((v, i) => javaEquals(v, b.fields[i]));
  }
  return false;
}

/**
 * Ordering for `<`, `<=`, `>`, `>=`: numbers by double value, strings, dates, times and timestamps each
 * against their own kind. Anything else throws `Filed types not matched, left is: X, right is: Y` (sic).
 */
export function sqlCompare(a: unknown, b: unknown, at?: DataType, bt?: DataType): number {
  if (isNumberValue(a) && isNumberValue(b)) {
    if (typeof a === 'bigint' && typeof b === 'bigint') return a < b ? -1 : a > b ? 1 : 0;
    const x = toDouble(a);
    const y = toDouble(b);
    return x < y ? -1 : x > y ? 1 : 0;
  }
  if (typeof a === 'string' && typeof b === 'string') return a < b ? -1 : a > b ? 1 : 0;
  if ((a instanceof LocalDateTime && b instanceof LocalDateTime) || (a instanceof LocalDate && b instanceof LocalDate)
    || (a instanceof LocalTime && b instanceof LocalTime)) {
    return Math.sign((a as LocalDate).compareTo(b as LocalDate));
  }
  throw new SqlRuntimeError(`Filed types not matched, left is: ${javaClassName(a, at)}, right is: ${javaClassName(b, bt)}`);
}
