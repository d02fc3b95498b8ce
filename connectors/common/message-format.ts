import { parse as parseLossless } from 'lossless-json';
import { type CatalogTable, TablePath, catalogTable, column, rowTypeOf, tableSchema } from '../../core/catalog/catalog-table';
import { catalogTableFromConfig } from '../../core/catalog/schema-from-config';
import { ErrorCodes, SeatideError } from '../../core/errors';
import type { ReadonlyConfig } from '../../core/options/readonly-config';
import { type RowType, Types } from '../../core/types/data-type';
import { convertRow, convertValue } from '../../core/types/convert-value';
import { formatValue } from '../../core/types/format-value';
import { RowKind, SeaTunnelRow } from '../../core/types/row';
import { jsonText } from './json-text';

/**
 * The text and JSON message formats of the message-like connectors (Redis, RabbitMQ, Http), as SeaTunnel's
 * JsonDeserializationSchema / SimpleTextDeserializationSchema and their serializers: a JSON object is one
 * row (fields by name, converted to the schema's types), a JSON array is one row per element; text without
 * a schema is one `content` column, text with a schema is split on `field_delimiter`.
 */
export type MessageFormat = 'json' | 'text';

/** SeaTunnel's table of a schemaless text source: one STRING column `content`. */
export function contentTable(path: TablePath = TablePath.DEFAULT): CatalogTable {
  return catalogTable(path, tableSchema([column('content', Types.STRING, { nullable: false })]));
}

/** The table a message source produces: its `schema` when set (required for json), else `content`. */
export function messageTable(options: ReadonlyConfig, format: MessageFormat, outputName?: string): CatalogTable {
  if (format === 'json' || options.lookup('schema') !== undefined) return catalogTableFromConfig(options, outputName);
  return contentTable(outputName ? TablePath.parse(outputName) : TablePath.DEFAULT);
}

// A run of 16+ digits may not survive a double: such texts are parsed losslessly (bigint, decimal).
const LONG_NUMBER = /\d{16}/;

/** Parses JSON text, keeping numbers a double would round as exact digits. */
export function parseJson(text: string): unknown {
  return LONG_NUMBER.test(text) ? parseLossless(text) : JSON.parse(text);
}

export class MessageDecoder {
  private readonly rowType: RowType;
  private readonly tableId: string;
  private readonly isContent: boolean;

  constructor(
    readonly table: CatalogTable,
    private readonly format: MessageFormat,
    private readonly plugin: string,
    private readonly delimiter = ',',
  ) {
    this.rowType = rowTypeOf(table);
    this.tableId = table.tablePath.toString();
    this.isContent = format === 'text' && table.schema.columns.length === 1 && table.schema.columns[0].type.kind === 'STRING';
  }

  /** Rows of one message, appended to `out`. Throws COMMON-02 naming the plugin for a malformed message. */
  decode(text: string, out: SeaTunnelRow[]): void {
    if (this.format === 'text') {
      const fields = this.isContent ? [text] : splitFields(text, this.delimiter, this.rowType);
      out.push(new SeaTunnelRow(fields, RowKind.INSERT, this.tableId));
      return;
    }
    let parsed: unknown;
    try {
      parsed = parseJson(text);
    } catch (e) {
      throw this.error(text, e);
    }
    this.decodeValue(parsed, out, text);
  }

  /** Rows of an already parsed JSON value (an object, or an array of objects). */
  decodeValue(value: unknown, out: SeaTunnelRow[], source = ''): void {
    const items = Array.isArray(value) ? value : [value];
    for (const item of items) {
      if (item === null || typeof item !== 'object') throw this.error(source || String(item), new Error('expected a JSON object'));
      const row = convertRow(this.unnestText(item as Record<string, unknown>), this.rowType);
      row.tableId = this.tableId;
      out.push(row);
    }
  }

  /**
   * Array, map and row fields given as JSON text (as a Redis hash stores them, all values being strings)
   * are parsed, so they convert like nested JSON.
   */
  private unnestText(item: Record<string, unknown>): Record<string, unknown> {
    if (Array.isArray(item)) return item;
    let out = item;
    const { names, types } = this.rowType;
    for (let i = 0; i < names.length; i++) {
      const v = item[names[i]];
      const k = types[i].kind;
      if (typeof v !== 'string' || (k !== 'ARRAY' && k !== 'MAP' && k !== 'ROW') || !/^\s*[[{]/.test(v)) continue;
      try {
        if (out === item) out = { ...item };
        out[names[i]] = parseJson(v);
      } catch {
        // not JSON after all: let the conversion report it
      }
    }
    return out;
  }

  private error(text: string, cause: unknown): SeatideError {
    const shown = text.length > 200 ? `${text.slice(0, 197)}...` : text;
    return new SeatideError(ErrorCodes.JSON_OPERATION, `${this.plugin} JSON convert/parse '${shown}' operation failed: ${(cause as Error).message}`, {
      cause,
      details: { plugin: this.plugin },
    });
  }
}

function splitFields(text: string, delimiter: string, type: RowType): unknown[] {
  const parts = text.split(delimiter);
  return type.types.map((t, i) => (i < parts.length && parts[i] !== '' ? convertValue(parts[i], t, type.names[i]) : null));
}

/** Turns rows into message text: JSON objects by field name, or text fields joined by the delimiter. */
export class MessageEncoder {
  private readonly rowType: RowType;

  constructor(
    table: CatalogTable,
    private readonly format: MessageFormat,
    private readonly delimiter = ',',
  ) {
    this.rowType = rowTypeOf(table);
  }

  encode(row: SeaTunnelRow): string {
    const { names, types } = this.rowType;
    if (this.format === 'text') {
      if (names.length === 1) return formatValue(row.fields[0], types[0]);
      return row.fields.map((v, i) => (v === null || v === undefined ? '' : formatValue(v, types[i]))).join(this.delimiter);
    }
    return jsonText(row, this.rowType);
  }

  /** The row as field name → text, as SeaTunnel's hash writes (JSON values that are not strings as JSON). */
  fieldTexts(row: SeaTunnelRow): Record<string, string> {
    const out: Record<string, string> = {};
    const { names, types } = this.rowType;
    for (let i = 0; i < names.length; i++) {
      const v = row.fields[i];
      if (v === null || v === undefined) continue;
      out[names[i]] = typeof v === 'string' ? v : jsonText(v, types[i]).replace(/^"(.*)"$/s, (_m, s: string) => JSON.parse(`"${s}"`) as string);
    }
    return out;
  }
}
