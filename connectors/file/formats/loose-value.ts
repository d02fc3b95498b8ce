import type { DataType } from '../../../core/types/data-type';
import { convertValue } from '../../../core/types/convert-value';
import { Decimal } from '../../../core/types/decimal';
import { javaDoubleToString } from '../../../core/types/format-value';
import { SeaTunnelRow } from '../../../core/types/row';
import { LocalDateTime } from '../../../core/types/temporal';
import { parseJsonText } from './json-reader';
import { parseDateTimeWith, parseDateWith, parseTimeWith } from './temporal-pattern';
import { type Splitter, parseJavaDouble } from './text-fields';

/**
 * Converts the loosely typed values of spreadsheet cells and XML attributes/elements (a string, a number,
 * a boolean, or a date-time from a date-formatted cell) to a column type, as SeaTunnel's Excel and XML
 * readers do: numbers go through a double and Java's narrowing casts, dates use the configured patterns,
 * maps and arrays are JSON text, rows are split on `field_delimiter`.
 */
export type LooseValue = string | number | boolean | LocalDateTime;

export interface LooseContext {
  readonly dateFormat: string;
  readonly datetimeFormat: string;
  readonly timeFormat: string;
  readonly splitRow: Splitter;
}

const encoder = new TextEncoder();
const INT_MAX = 2147483647;
const INT_MIN = -2147483648;
const LONG_MAX = 2n ** 63n - 1n;
const LONG_MIN = -(2n ** 63n);

/** Java's (int) cast of a double: NaN is 0, out-of-range values saturate. */
export function javaInt(d: number): number {
  if (Number.isNaN(d)) return 0;
  if (d >= INT_MAX) return INT_MAX;
  if (d <= INT_MIN) return INT_MIN;
  return Math.trunc(d);
}

/** Java's (long) cast of a double. */
export function javaLong(d: number): bigint {
  if (Number.isNaN(d)) return 0n;
  if (d >= 9.223372036854775807e18) return LONG_MAX;
  if (d <= -9.223372036854775808e18) return LONG_MIN;
  return BigInt(Math.trunc(d));
}

const truncate = (d: Decimal): bigint => d.unscaled / 10n ** BigInt(d.scale);

const text = (v: LooseValue): string =>
  typeof v === 'number' ? javaDoubleToString(v) : v instanceof LocalDateTime ? v.toString() : String(v);

const toDouble = (v: LooseValue): number => (typeof v === 'number' ? v : parseJavaDouble(text(v)));

export function convertLoose(v: LooseValue, type: DataType, ctx: LooseContext, field: string): unknown {
  switch (type.kind) {
    case 'STRING':
      return text(v);
    case 'BOOLEAN':
      return typeof v === 'boolean' ? v : text(v).toLowerCase() === 'true';
    case 'TINYINT':
      return (javaInt(toDouble(v)) << 24) >> 24;
    case 'SMALLINT':
      return (javaInt(toDouble(v)) << 16) >> 16;
    case 'INT':
      return javaInt(toDouble(v));
    case 'BIGINT':
      if (typeof v === 'number') return javaLong(v);
      // BigDecimal.longValue(): truncate, then keep the low 64 bits.
      return BigInt.asIntN(64, truncate(Decimal.parse(text(v).trim())));
    case 'FLOAT':
      return Math.fround(toDouble(v));
    case 'DOUBLE':
      return toDouble(v);
    case 'DECIMAL':
      return Decimal.parse(typeof v === 'number' ? javaDoubleToString(v) : text(v).trim());
    case 'NULL':
      return null;
    case 'BYTES':
      return encoder.encode(text(v));
    case 'DATE':
      return v instanceof LocalDateTime ? v.date : parseDateWith(text(v), ctx.dateFormat);
    case 'TIME':
      return v instanceof LocalDateTime ? v.time : parseTimeWith(text(v), ctx.timeFormat);
    case 'TIMESTAMP':
      return v instanceof LocalDateTime ? v : parseDateTimeWith(text(v), ctx.datetimeFormat);
    case 'ROW': {
      const parts = ctx.splitRow(text(v));
      const fields = new Array<unknown>(type.types.length);
      for (let i = 0; i < fields.length; i++) {
        fields[i] = parts[i] === undefined ? null : convertLoose(parts[i], type.types[i], ctx, `${field}.${type.names[i]}`);
      }
      return new SeaTunnelRow(fields);
    }
    case 'MAP':
    case 'ARRAY':
      return convertValue(parseJsonText(text(v)), type, field);
    default:
      throw new RangeError(`'SeaTunnel' unsupported data type '${type.kind}' of '${field}'`);
  }
}
