import type { DataType, RowType } from './data-type';
import { Decimal } from './decimal';
import { SeaTunnelRow } from './row';
import { LocalDate, LocalDateTime, LocalTime } from './temporal';

/**
 * SeaTunnel's row byte estimate (SeaTunnelRow.getBytesSize), which feeds the bytes metrics and
 * `read_limit.bytes_per_second`: string = length, boolean/tinyint 1, smallint 2, int/float 4, bigint/double 8,
 * decimal 36, date 24, time 12, timestamp 48, bytes = length, null 0, containers summed (array elements that
 * are null count 0). With `rowType` the declared types decide; without it the values' own shapes do (a
 * 32-bit whole number counts as an int, any other number as a double).
 */
export function estimateRowSize(row: SeaTunnelRow, rowType?: RowType): number {
  const fields = row.fields;
  let size = 0;
  if (rowType) {
    const types = rowType.types;
    for (let i = 0; i < fields.length && i < types.length; i++) size += estimateValueSize(fields[i], types[i]);
  } else {
    for (let i = 0; i < fields.length; i++) size += untypedSize(fields[i]);
  }
  return size;
}

/** The byte estimate of one value of `type`. */
export function estimateValueSize(v: unknown, type: DataType): number {
  if (v === null || v === undefined) return 0;
  switch (type.kind) {
    case 'STRING':
      return typeof v === 'string' ? v.length : untypedSize(v);
    case 'BOOLEAN':
    case 'TINYINT':
      return 1;
    case 'SMALLINT':
      return 2;
    case 'INT':
    case 'FLOAT':
      return 4;
    case 'BIGINT':
    case 'DOUBLE':
      return 8;
    case 'DECIMAL':
      return 36;
    case 'NULL':
      return 0;
    case 'DATE':
      return 24;
    case 'TIME':
      return 12;
    case 'TIMESTAMP':
      return 48;
    case 'SPARSE_FLOAT_VECTOR':
      return v instanceof Map ? v.size * 8 : 0;
    case 'ARRAY': {
      if (!Array.isArray(v)) return untypedSize(v);
      let s = 0;
      for (let i = 0; i < v.length; i++) s += estimateValueSize(v[i], type.element);
      return s;
    }
    case 'MAP': {
      if (!(v instanceof Map)) return untypedSize(v);
      let s = 0;
      for (const [k, x] of v) s += estimateValueSize(k, type.key) + estimateValueSize(x, type.value);
      return s;
    }
    case 'ROW':
      return v instanceof SeaTunnelRow ? estimateRowSize(v, type) : untypedSize(v);
    default:
      // BYTES and the packed vectors
      return v instanceof Uint8Array ? v.length : untypedSize(v);
  }
}

function untypedSize(v: unknown): number {
  switch (typeof v) {
    case 'string':
      return v.length;
    case 'number':
      return (v | 0) === v ? 4 : 8;
    case 'boolean':
      return 1;
    case 'bigint':
      return 8;
    case 'object':
      break;
    default:
      return 0;
  }
  if (v === null) return 0;
  if (v instanceof Uint8Array) return v.length;
  if (v instanceof Decimal) return 36;
  if (v instanceof LocalDateTime) return 48;
  if (v instanceof LocalDate) return 24;
  if (v instanceof LocalTime) return 12;
  if (v instanceof SeaTunnelRow) return estimateRowSize(v);
  if (Array.isArray(v)) {
    let s = 0;
    for (let i = 0; i < v.length; i++) s += untypedSize(v[i]);
    return s;
  }
  if (v instanceof Map) {
    let s = 0;
    for (const [k, x] of v) s += untypedSize(k) + untypedSize(x);
    return s;
  }
  return 0;
}
