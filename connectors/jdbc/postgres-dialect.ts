import type { Column } from '../../core/catalog/catalog-table';
import type { DataType } from '../../core/types/data-type';
import type { Decimal } from '../../core/types/decimal';
import { type SqlDialect, type TableRef, asString, commonWriter, doubleQuote as quote, jsonText, limitSql, onConflictUpsert } from './sql-dialect';

/** PostgreSQL's column type of a SeaTunnel type (SeaTunnel's PostgresTypeConverter, reversed). */
function pgType(type: DataType, column?: Column): string {
  switch (type.kind) {
    case 'STRING': {
      const n = column?.columnLength ?? 0;
      return n > 0 && n <= 10_485_760 ? `VARCHAR(${n})` : 'TEXT';
    }
    case 'BOOLEAN': return 'BOOLEAN';
    case 'TINYINT':
    case 'SMALLINT': return 'SMALLINT';
    case 'INT': return 'INTEGER';
    case 'BIGINT': return 'BIGINT';
    case 'FLOAT': return 'REAL';
    case 'DOUBLE': return 'DOUBLE PRECISION';
    case 'DECIMAL': return type.precision > 0 && type.precision <= 1000 ? `NUMERIC(${type.precision}, ${type.scale})` : 'NUMERIC';
    case 'BYTES':
    case 'FLOAT_VECTOR':
    case 'FLOAT16_VECTOR':
    case 'BFLOAT16_VECTOR':
    case 'BINARY_VECTOR': return 'BYTEA';
    case 'DATE': return 'DATE';
    case 'TIME': return 'TIME(6)';
    case 'TIMESTAMP': return 'TIMESTAMP(6)';
    case 'NULL': return 'TEXT';
    case 'ARRAY': {
      const element = type.element.kind;
      if (element === 'ARRAY' || element === 'MAP' || element === 'ROW') return 'JSONB';
      return `${pgType(type.element)}[]`;
    }
    case 'MAP':
    case 'ROW':
    case 'SPARSE_FLOAT_VECTOR': return 'JSONB';
  }
}

function pgWriter(type: DataType): (v: unknown) => unknown {
  switch (type.kind) {
    case 'BIGINT':
    case 'DECIMAL':
    case 'DATE':
    case 'TIME':
    case 'TIMESTAMP': return asString;
    case 'ARRAY': {
      const kind = type.element.kind;
      if (kind === 'ARRAY' || kind === 'MAP' || kind === 'ROW') return jsonText(type);
      const element = pgWriter(type.element);
      // pg turns a JS array into an array literal, quoting each element it is given as text.
      return (v) => (v as unknown[]).map((x) => (x === null || x === undefined ? null : element(x)));
    }
    default: return commonWriter(type);
  }
}

export const postgresDialect: SqlDialect = {
  database: 'postgresql',
  quote,
  tableSql: (ref: TableRef) => (ref.schema ? `${quote(ref.schema)}.${quote(ref.table)}` : quote(ref.table)),
  param: (i) => `$${i + 1}`,
  maxParams: 65_535,
  upsertSuffix: onConflictUpsert(quote, 'EXCLUDED'),
  columnType: (column) => pgType(column.type, column),
  writer: pgWriter,
  boundParam: (d: Decimal) => d.toString(),
  tableExists: (ref) => ({
    sql: 'SELECT 1 FROM information_schema.tables WHERE table_schema = $1 AND table_name = $2',
    params: [ref.schema ?? 'public', ref.table],
  }),
  primaryKey: (ref) => ({
    sql:
      'SELECT a.attname FROM pg_index i JOIN pg_attribute a ON a.attrelid = i.indrelid AND a.attnum = ANY(i.indkey) ' +
      'WHERE i.indrelid = $1::regclass AND i.indisprimary ORDER BY array_position(i.indkey, a.attnum)',
    params: [`${quote(ref.schema ?? 'public')}.${quote(ref.table)}`],
  }),
  createNamespace: (ref) => (ref.schema ? `CREATE SCHEMA IF NOT EXISTS ${quote(ref.schema)}` : undefined),
  tableOptions: '',
  truncate: (ref) => `TRUNCATE TABLE ${ref.schema ? `${quote(ref.schema)}.` : ''}${quote(ref.table)}`,
  limit: limitSql,
};
