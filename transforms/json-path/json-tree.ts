import type { DataType } from '../../core/types/data-type';
import { Decimal } from '../../core/types/decimal';
import { SeaTunnelRow } from '../../core/types/row';
import { javaString } from '../sql/java-text';
import { type JsonValue, parseLenientJson } from './lenient-json';

/**
 * The JSON a field holds: STRING and BYTES are JSON text (read leniently); ARRAY, MAP and ROW values become
 * the JSON SeaTunnel would serialize them to (a row as the list of its fields, map keys as text, decimals as
 * numbers, dates and times as ISO text, bytes as base64).
 */
export function toJsonTree(value: unknown, type: DataType): JsonValue {
  if (type.kind === 'STRING') return parseLenientJson(value as string);
  if (type.kind === 'BYTES') return parseLenientJson(Buffer.from(value as Uint8Array).toString('utf8'));
  return tree(value, type);
}

function tree(v: unknown, type: DataType | undefined): JsonValue {
  if (v === null || v === undefined) return null;
  if (typeof v === 'string' || typeof v === 'boolean' || typeof v === 'bigint') return v;
  if (typeof v === 'number') return type?.kind === 'FLOAT' ? Number(javaString(v, type)) : v;
  if (v instanceof Decimal) return Number(v.toString());
  if (v instanceof Uint8Array) return Buffer.from(v).toString('base64');
  if (Array.isArray(v)) return v.map((x) => tree(x, type?.kind === 'ARRAY' ? type.element : undefined));
  if (v instanceof Map) {
    const out: { [k: string]: JsonValue } = Object.create(null);
    for (const [k, x] of v) out[javaString(k, type?.kind === 'MAP' ? type.key : undefined)] = tree(x, type?.kind === 'MAP' ? type.value : undefined);
    return out;
  }
  if (v instanceof SeaTunnelRow) return v.fields.map((x, i) => tree(x, type?.kind === 'ROW' ? type.types[i] : undefined));
  return String(v);
}
