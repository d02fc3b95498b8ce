import type { Column } from '../../core/catalog/catalog-table';
import type { DataType } from '../../core/types/data-type';
import type { Decimal } from '../../core/types/decimal';
import type { LocalDateTime, LocalTime } from '../../core/types/temporal';
import { type SqlDialect, type TableRef, asString, commonWriter, limitSql, timeText, timestampText } from './sql-dialect';

const quote = (id: string): string => `\`${id.replace(/`/g, '``')}\``;

/** Longest VARCHAR used for key columns: 768 utf8mb4 characters fill InnoDB's 3072-byte index limit. */
const MAX_KEY_CHARS = 768;

/** MySQL's column type of a SeaTunnel type (SeaTunnel's MySqlTypeConverter, reversed). */
function mysqlType(type: DataType, column: Column | undefined, isKey: boolean): string {
  switch (type.kind) {
    case 'STRING': {
      const n = column?.columnLength ?? 0;
      if (isKey) return `VARCHAR(${n > 0 ? Math.min(n, MAX_KEY_CHARS) : 255})`;
      if (n > 0 && n <= 255) return `VARCHAR(${n})`;
      if (n > 0 && n <= 16_383) return 'TEXT';
      if (n > 0 && n <= 4_194_303) return 'MEDIUMTEXT';
      return 'LONGTEXT';
    }
    case 'BOOLEAN': return 'BOOLEAN';
    case 'TINYINT': return 'TINYINT';
    case 'SMALLINT': return 'SMALLINT';
    case 'INT': return 'INT';
    case 'BIGINT': return 'BIGINT';
    case 'FLOAT': return 'FLOAT';
    case 'DOUBLE': return 'DOUBLE';
    case 'DECIMAL': {
      // MySQL stops at DECIMAL(65, 30); wider decimals keep as many digits as it can hold.
      const scale = Math.min(type.scale, 30);
      const precision = Math.min(Math.max(type.precision, scale, 1), 65);
      return `DECIMAL(${precision}, ${scale})`;
    }
    case 'BYTES':
    case 'FLOAT_VECTOR':
    case 'FLOAT16_VECTOR':
    case 'BFLOAT16_VECTOR':
    case 'BINARY_VECTOR': return isKey ? 'VARBINARY(255)' : 'LONGBLOB';
    case 'DATE': return 'DATE';
    case 'TIME': return 'TIME(6)';
    case 'TIMESTAMP': return 'DATETIME(6)';
    case 'NULL': return 'LONGTEXT';
    case 'ARRAY':
    case 'MAP':
    case 'ROW':
    case 'SPARSE_FLOAT_VECTOR': return 'JSON';
  }
}

function mysqlWriter(type: DataType): (v: unknown) => unknown {
  switch (type.kind) {
    case 'BOOLEAN': return (v) => (v ? 1 : 0);
    case 'BIGINT':
    case 'DECIMAL':
    case 'DATE': return asString;
    case 'TIME': return (v) => timeText(v as LocalTime);
    case 'TIMESTAMP': return (v) => timestampText(v as LocalDateTime);
    default: return commonWriter(type);
  }
}

export const mysqlDialect: SqlDialect = {
  database: 'mysql',
  quote,
  tableSql: (ref: TableRef) => (ref.database ? `${quote(ref.database)}.${quote(ref.table)}` : quote(ref.table)),
  param: () => '?',
  // Values are interpolated by the client, so only the packet size limits a statement.
  maxParams: 1_000_000,
  upsertSuffix: (columns, keys) => {
    const keySet = new Set(keys);
    const rest = columns.filter((c) => !keySet.has(c));
    const set = (rest.length ? rest : keys).map((c) => `${quote(c)} = VALUES(${quote(c)})`);
    return ` ON DUPLICATE KEY UPDATE ${set.join(', ')}`;
  },
  columnType: (column, isKey) => mysqlType(column.type, column, isKey),
  writer: mysqlWriter,
  boundParam: (d: Decimal) => d.toString(),
  tableExists: (ref) => ({
    sql: 'SELECT 1 FROM information_schema.tables WHERE table_schema = COALESCE(?, DATABASE()) AND table_name = ?',
    params: [ref.database ?? null, ref.table],
  }),
  primaryKey: (ref) => ({
    sql:
      'SELECT column_name FROM information_schema.key_column_usage WHERE table_schema = COALESCE(?, DATABASE()) ' +
      "AND table_name = ? AND constraint_name = 'PRIMARY' ORDER BY ordinal_position",
    params: [ref.database ?? null, ref.table],
  }),
  createNamespace: (ref) => (ref.database ? `CREATE DATABASE IF NOT EXISTS ${quote(ref.database)} DEFAULT CHARACTER SET utf8mb4` : undefined),
  tableOptions: ' DEFAULT CHARSET = utf8mb4',
  truncate: (ref) => `TRUNCATE TABLE ${ref.database ? `${quote(ref.database)}.` : ''}${quote(ref.table)}`,
  limit: limitSql,
};
