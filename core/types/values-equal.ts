import type { DataType } from './data-type';
import { Decimal } from './decimal';
import { SeaTunnelRow } from './row';
import { LocalDate, LocalDateTime, LocalTime } from './temporal';

/**
 * Deep equality of runtime values, as Assert compares them: arrays element-wise, maps by key (whatever
 * the insertion order), rows by position, bytes by content, decimals by numeric value (12.40 = 12.4),
 * dates and times by their fields, bigint and whole numbers across representations, FLOAT as 32-bit floats
 * (3.1 equals Math.fround(3.1)). `type`, when given, steers the nested comparisons.
 */
export function valuesEqual(a: unknown, b: unknown, type?: DataType): boolean {
  if (a === b) return true;
  if (a === null || a === undefined || b === null || b === undefined) return (a ?? null) === (b ?? null);
  switch (type?.kind) {
    case 'FLOAT':
      if (typeof a === 'number' && typeof b === 'number') return Math.fround(a) === Math.fround(b);
      break;
    case 'ARRAY':
      return arraysEqual(a, b, type.element);
    case 'MAP':
      return mapsEqual(a, b, type.key, type.value);
    case 'ROW':
      if (a instanceof SeaTunnelRow && b instanceof SeaTunnelRow) return fieldsEqual(a.fields, b.fields, type.types);
      return false;
    default:
      break;
  }
  return untypedEqual(a, b);
}

/** Row equality: table id, kind and deep field equality. */
export function rowsEqual(a: SeaTunnelRow, b: SeaTunnelRow, types?: readonly DataType[]): boolean {
  return a.tableId === b.tableId && a.kind === b.kind && fieldsEqual(a.fields, b.fields, types);
}

function fieldsEqual(a: readonly unknown[], b: readonly unknown[], types?: readonly DataType[]): boolean {
  if (a.length !== b.length) return false;
  for (let i = 0; i < a.length; i++) if (!valuesEqual(a[i], b[i], types?.[i])) return false;
  return true;
}

function arraysEqual(a: unknown, b: unknown, element?: DataType): boolean {
  if (a instanceof Uint8Array && b instanceof Uint8Array) return bytesEqual(a, b);
  if (!Array.isArray(a) || !Array.isArray(b) || a.length !== b.length) return false;
  for (let i = 0; i < a.length; i++) if (!valuesEqual(a[i], b[i], element)) return false;
  return true;
}

function mapsEqual(a: unknown, b: unknown, keyType?: DataType, valueType?: DataType): boolean {
  if (!(a instanceof Map) || !(b instanceof Map) || a.size !== b.size) return false;
  for (const [k, v] of b) {
    const found = lookup(a, k, keyType);
    if (!found.present || !valuesEqual(found.value, v, valueType)) return false;
  }
  return true;
}

/** Map lookup by value equality: primitives hit directly, object keys (dates, decimals) are searched. */
function lookup(m: Map<unknown, unknown>, key: unknown, keyType?: DataType): { present: boolean; value?: unknown } {
  if (m.has(key)) return { present: true, value: m.get(key) };
  for (const [k, v] of m) if (valuesEqual(k, key, keyType)) return { present: true, value: v };
  return { present: false };
}

function bytesEqual(a: Uint8Array, b: Uint8Array): boolean {
  if (a.length !== b.length) return false;
  for (let i = 0; i < a.length; i++) if (a[i] !== b[i]) return false;
  return true;
}

function untypedEqual(a: unknown, b: unknown): boolean {
  if (typeof a === 'number' || typeof a === 'bigint') {
    if (typeof b === 'number' || typeof b === 'bigint') return a == b; // 5n == 5, NaN != NaN
    if (b instanceof Decimal) return Number.isFinite(Number(a)) && Decimal.from(a).equals(b);
    return false;
  }
  if (a instanceof Decimal) {
    if (b instanceof Decimal) return a.equals(b);
    return (typeof b === 'number' || typeof b === 'bigint') && Number.isFinite(Number(b)) && a.equals(Decimal.from(b));
  }
  if (a instanceof LocalDate || a instanceof LocalTime || a instanceof LocalDateTime) return a.equals(b);
  if (a instanceof Uint8Array) return b instanceof Uint8Array && bytesEqual(a, b);
  if (Array.isArray(a)) return arraysEqual(a, b);
  if (a instanceof Map) return mapsEqual(a, b);
  if (a instanceof SeaTunnelRow) return b instanceof SeaTunnelRow && fieldsEqual(a.fields, b.fields);
  return false;
}
