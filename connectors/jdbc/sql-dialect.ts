import type { Column } from '../../core/catalog/catalog-table';
import type { DataType } from '../../core/types/data-type';
import type { Decimal } from '../../core/types/decimal';
import { toJsonValue } from '../../core/types/format-value';
import type { LocalDateTime, LocalTime } from '../../core/types/temporal';
import type { JdbcDatabase } from './jdbc-url';

/** A table in a database: `schema` is PostgreSQL's namespace; `database` is MySQL's. */
export interface TableRef {
  readonly database?: string;
  readonly schema?: string;
  readonly table: string;
}

/** A statement with its parameters. */
export interface Sql {
  readonly sql: string;
  readonly params: readonly unknown[];
}

/**
 * What differs in SQL between the supported databases: quoting, placeholders, upsert syntax, column
 * types for CREATE TABLE, and how runtime values become driver parameters.
 */
export interface SqlDialect {
  readonly database: JdbcDatabase;
  quote(identifier: string): string;
  tableSql(ref: TableRef): string;
  /** The placeholder of the 0-based parameter `i`. */
  param(i: number): string;
  /** Most parameters one statement may carry. */
  readonly maxParams: number;
  /** The clause after `INSERT ... VALUES (..)` that makes it an upsert on `keys`. */
  upsertSuffix(columns: readonly string[], keys: readonly string[]): string;
  /** The column type in CREATE TABLE; key columns may need an indexable type. */
  columnType(column: Column, isKey: boolean): string;
  /** Turns a non-null runtime value of `type` into what the driver binds. */
  writer(type: DataType): (value: unknown) => unknown;
  /** A split bound as a parameter. */
  boundParam(value: Decimal): unknown;
  /** One row when the table exists. */
  tableExists(ref: TableRef): Sql;
  /** Column names of the primary key, in key order. */
  primaryKey(ref: TableRef): Sql;
  /** Creates the schema (PostgreSQL) or database (MySQL) of `ref`, if the database has such a thing. */
  createNamespace(ref: TableRef): string | undefined;
  /** Statements after CREATE TABLE's column list (charset). */
  readonly tableOptions: string;
  truncate(ref: TableRef): string;
  /** `SELECT * FROM (sql) alias` with a row limit. */
  limit(sql: string, n: number): string;
}

/** CREATE TABLE for `columns`, with a primary key on `keys` when there are any. */
export function createTableSql(d: SqlDialect, ref: TableRef, columns: readonly Column[], keys: readonly string[]): string {
  const keySet = new Set(keys);
  const defs = columns.map((c) => `${d.quote(c.name)} ${d.columnType(c, keySet.has(c.name))}${c.nullable && !keySet.has(c.name) ? '' : ' NOT NULL'}`);
  if (keys.length) defs.push(`PRIMARY KEY (${keys.map((k) => d.quote(k)).join(', ')})`);
  return `CREATE TABLE ${d.tableSql(ref)} (\n  ${defs.join(',\n  ')}\n)${d.tableOptions}`;
}

/** Identifier quoting of PostgreSQL and SQLite (standard SQL): double quotes, inner ones doubled. */
export const doubleQuote = (id: string): string => `"${id.replace(/"/g, '""')}"`;

/**
 * The `ON CONFLICT (keys) DO UPDATE SET c = <excluded>.c` upsert of PostgreSQL and SQLite, `DO NOTHING` when
 * every column is a key; `excluded` is the spelling of the pseudo-table in the statement.
 */
export function onConflictUpsert(quote: (id: string) => string, excluded: string): SqlDialect['upsertSuffix'] {
  return (columns, keys) => {
    const keySet = new Set(keys);
    const rest = columns.filter((c) => !keySet.has(c));
    const conflict = ` ON CONFLICT (${keys.map(quote).join(', ')})`;
    return rest.length ? `${conflict} DO UPDATE SET ${rest.map((c) => `${quote(c)} = ${excluded}.${quote(c)}`).join(', ')}` : `${conflict} DO NOTHING`;
  };
}

/** Row limit by wrapping: valid in every supported database. */
export const limitSql = (sql: string, n: number): string => `SELECT * FROM (${sql}) seatide_limit LIMIT ${n}`;

/** Replaces JDBC `?` placeholders (outside quotes and comments) with the dialect's own. */
export function numberPlaceholders(sql: string, d: SqlDialect): string {
  let out = '';
  let n = 0;
  for (let i = 0; i < sql.length; i++) {
    const c = sql[i];
    if (c === "'" || c === '"' || c === '`') {
      const end = sql.indexOf(c, i + 1);
      const stop = end < 0 ? sql.length : end;
      out += sql.slice(i, stop + 1);
      i = stop;
    } else if (c === '-' && sql[i + 1] === '-') {
      const end = sql.indexOf('\n', i);
      const stop = end < 0 ? sql.length : end;
      out += sql.slice(i, stop);
      i = stop - 1;
    } else if (c === '?') {
      out += d.param(n++);
    } else {
      out += c;
    }
  }
  return out;
}

// ---------------------------------------------------------------------------------------------------------
// Value writers shared by the dialects

const pad = (n: number, w = 2): string => String(n).padStart(w, '0');

/** `HH:mm:ss[.fffffffff]` with seconds always present, trailing zeros of the fraction dropped. */
export function timeText(t: LocalTime): string {
  const base = `${pad(t.hour)}:${pad(t.minute)}:${pad(t.second)}`;
  return t.nano ? `${base}.${pad(t.nano, 9).replace(/0+$/, '')}` : base;
}

/** `yyyy-MM-dd HH:mm:ss[.fffffffff]`. */
export const timestampText = (ts: LocalDateTime): string => `${ts.date.toString()} ${timeText(ts.time)}`;

export const bytesParam = (v: unknown): Buffer => {
  const b = v as Uint8Array;
  return Buffer.from(b.buffer, b.byteOffset, b.byteLength);
};

/** JSON text of a map, row or array value (stored in JSON or text columns). */
export const jsonText = (type: DataType) => (v: unknown): string =>
  JSON.stringify(toJsonValue(v, type), (_k, x) => (typeof x === 'bigint' ? x.toString() : x));

export const asString = (v: unknown): string => (typeof v === 'string' ? v : String(v));
export const identity = (v: unknown): unknown => v;

/**
 * The writer of the types every dialect binds alike; a dialect's writer handles its own cases first.
 * Nested values go as JSON text: mysql2 would expand a JS array into a value list and an object into
 * assignments.
 */
export function commonWriter(type: DataType): (v: unknown) => unknown {
  switch (type.kind) {
    case 'BYTES':
    case 'FLOAT_VECTOR':
    case 'FLOAT16_VECTOR':
    case 'BFLOAT16_VECTOR':
    case 'BINARY_VECTOR': return bytesParam;
    case 'STRING': return asString;
    case 'ARRAY':
    case 'MAP':
    case 'ROW':
    case 'SPARSE_FLOAT_VECTOR': return jsonText(type);
    case 'NULL': return () => null;
    default: return identity;
  }
}
