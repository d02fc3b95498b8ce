import type { DataType } from '../../core/types/data-type';
import { Decimal } from '../../core/types/decimal';
import { javaDoubleToString, javaFloatToString } from '../../core/types/format-value';
import { SeaTunnelRow } from '../../core/types/row';
import { LocalDate, LocalDateTime, LocalTime } from '../../core/types/temporal';
import { isoDateTime, isoTime } from '../file/formats/temporal-pattern';

/**
 * JSON text of a value as SeaTunnel's JSON format writes it (RowToJsonConverters + Jackson): numbers exact
 * (bigint and decimal digits unquoted, floats and doubles as Java prints them), bytes as base64, dates and
 * times in ISO form, maps as objects keyed by the printed key, rows as objects by field name.
 */
export function jsonText(value: unknown, type?: DataType): string {
  if (value === null || value === undefined) return 'null';
  switch (type?.kind) {
    case 'NULL':
      return 'null';
    case 'FLOAT':
      return typeof value === 'number' ? number(value, javaFloatToString) : jsonText(value);
    case 'DOUBLE':
      return typeof value === 'number' ? number(value, javaDoubleToString) : jsonText(value);
    case 'ARRAY':
      if (Array.isArray(value)) return `[${value.map((v) => jsonText(v, type.element)).join(',')}]`;
      break;
    case 'MAP':
      if (value instanceof Map) {
        const parts: string[] = [];
        for (const [k, v] of value) parts.push(`${JSON.stringify(keyText(k, type.key))}:${jsonText(v, type.value)}`);
        return `{${parts.join(',')}}`;
      }
      break;
    case 'ROW':
      if (value instanceof SeaTunnelRow) {
        const parts = type.names.map((n, i) => `${JSON.stringify(n)}:${jsonText(value.fields[i], type.types[i])}`);
        return `{${parts.join(',')}}`;
      }
      break;
    default:
      break;
  }
  if (typeof value === 'string') return JSON.stringify(value);
  if (typeof value === 'boolean' || typeof value === 'bigint') return String(value);
  if (typeof value === 'number') return Number.isInteger(value) ? String(value) : number(value, javaDoubleToString);
  if (value instanceof Decimal) return value.toString();
  if (value instanceof LocalDate) return `"${value.toString()}"`;
  if (value instanceof LocalTime) return `"${isoTime(value)}"`;
  if (value instanceof LocalDateTime) return `"${isoDateTime(value)}"`;
  if (value instanceof Uint8Array) return `"${Buffer.from(value.buffer, value.byteOffset, value.byteLength).toString('base64')}"`;
  if (Array.isArray(value)) return `[${value.map((v) => jsonText(v)).join(',')}]`;
  if (value instanceof Map) {
    const parts: string[] = [];
    for (const [k, v] of value) parts.push(`${JSON.stringify(keyText(k))}:${jsonText(v)}`);
    return `{${parts.join(',')}}`;
  }
  if (value instanceof SeaTunnelRow) return `[${value.fields.map((v) => jsonText(v)).join(',')}]`;
  return JSON.stringify(String(value));
}

// Jackson quotes NaN and the infinities (QUOTE_NON_NUMERIC_NUMBERS).
function number(n: number, print: (n: number) => string): string {
  return Number.isFinite(n) ? print(n) : `"${print(n)}"`;
}

/** A map key as a JSON object key: text keys as they are, others as their JSON text. */
function keyText(key: unknown, type?: DataType): string {
  if (typeof key === 'string') return key;
  const t = jsonText(key, type);
  return t.startsWith('"') ? (JSON.parse(t) as string) : t;
}
