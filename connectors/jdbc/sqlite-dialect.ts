import type { DataType } from '../../core/types/data-type';
import type { Decimal } from '../../core/types/decimal';
import type { LocalDateTime, LocalTime } from '../../core/types/temporal';
import { type SqlDialect, type TableRef, asString, commonWriter, doubleQuote as quote, limitSql, onConflictUpsert, timeText, timestampText } from './sql-dialect';

/**
 * SQLite column types. The declared names are the ones the SQLite reader maps back (INT stays INT, BIGINT
 * stays BIGINT), so a table written here reads back with the types it was written with.
 */
function sqliteType(type: DataType): string {
  switch (type.kind) {
    case 'BOOLEAN': return 'BOOLEAN';
    case 'TINYINT': return 'TINYINT';
    case 'SMALLINT': return 'SMALLINT';
    case 'INT': return 'INT';
    case 'BIGINT': return 'BIGINT';
    case 'FLOAT': return 'FLOAT';
    case 'DOUBLE': return 'DOUBLE';
    case 'DECIMAL': return `DECIMAL(${type.precision}, ${type.scale})`;
    case 'BYTES':
    case 'FLOAT_VECTOR':
    case 'FLOAT16_VECTOR':
    case 'BFLOAT16_VECTOR':
    case 'BINARY_VECTOR': return 'BLOB';
    case 'DATE': return 'DATE';
    case 'TIME': return 'TIME';
    case 'TIMESTAMP': return 'TIMESTAMP';
    default: return 'TEXT';
  }
}

function sqliteWriter(type: DataType): (v: unknown) => unknown {
  switch (type.kind) {
    case 'BOOLEAN': return (v) => (v ? 1 : 0);
    case 'DECIMAL':
    case 'DATE': return asString;
    case 'TIME': return (v) => timeText(v as LocalTime);
    case 'TIMESTAMP': return (v) => timestampText(v as LocalDateTime);
    default: return commonWriter(type);
  }
}

export const sqliteDialect: SqlDialect = {
  database: 'sqlite',
  quote,
  tableSql: (ref: TableRef) => quote(ref.table),
  param: () => '?',
  maxParams: 32_766,
  upsertSuffix: onConflictUpsert(quote, 'excluded'),
  columnType: (column) => sqliteType(column.type),
  writer: sqliteWriter,
  // SQLite compares by storage class: a bound must be a number, not text, to compare with a numeric column.
  boundParam: (d: Decimal) => (d.scale === 0 ? d.unscaled : d.toNumber()),
  tableExists: (ref) => ({ sql: "SELECT 1 FROM sqlite_master WHERE type = 'table' AND name = ?", params: [ref.table] }),
  primaryKey: (ref) => ({ sql: 'SELECT name FROM pragma_table_info(?) WHERE pk > 0 ORDER BY pk', params: [ref.table] }),
  createNamespace: () => undefined,
  tableOptions: '',
  truncate: (ref) => `DELETE FROM ${quote(ref.table)}`,
  limit: limitSql,
};
