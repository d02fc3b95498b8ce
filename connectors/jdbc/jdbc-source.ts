import { type CatalogTable, TablePath, catalogTable, column, tableSchema } from '../../core/catalog/catalog-table';
import { ErrorCodes, SeatideError } from '../../core/errors';
import { OptionRule } from '../../core/options/option-rule';
import type { ReadonlyConfig } from '../../core/options/readonly-config';
import type { Source, SourceFactory, SourceFactoryContext, SubtaskContext } from '../../core/plugin/contracts';
import { isNumericKind } from '../../core/types/data-type';
import { Decimal } from '../../core/types/decimal';
import { connectorError, sqlPreview } from '../common/connector-error';
import { dialectFor } from './dialect-for';
import { type JdbcConnection, type ResultColumn, bareQuery } from './jdbc-connection';
import * as O from './jdbc-options';
import { JdbcSourceReader } from './jdbc-source-reader';
import { type JdbcSplit, partitionSplits } from './jdbc-split';
import { type JdbcTarget, parseJdbcUrl } from './jdbc-url';
import { type OpenOptions, openConnection } from './open-connection';
import type { SqlDialect, TableRef } from './sql-dialect';

/** What every reader of one Jdbc source shares. */
export interface JdbcReadPlan {
  readonly target: JdbcTarget;
  readonly open: OpenOptions;
  readonly columns: readonly ResultColumn[];
  readonly tableId: string;
  readonly fetchSize: number;
  /** The splits for a given parallelism, computed once (the bounds may need a query). */
  splits(parallelism: number): Promise<readonly JdbcSplit[]>;
}

/**
 * Jdbc source: reads `query` or `table_path` (plus `where_condition`) from PostgreSQL, MySQL/MariaDB or
 * SQLite. The schema comes from the result columns; with `partition_column` the read is split into
 * numeric ranges spread over the parallel readers; each reader streams `fetch_size` rows at a time.
 */
export const jdbcSource = {
  kind: 'source',
  guarantee: { level: 'at-least-once', note: 'resumes at the split it was reading: rows of that split already read are read again' },
  identifier: 'Jdbc',
  description: 'Reads a query or table from PostgreSQL, MySQL/MariaDB or SQLite, split by partition_column across readers',
  optionRule: OptionRule.builder()
    .required(O.URL, O.DRIVER)
    .optional(O.USER, O.PASSWORD, O.CONNECTION_CHECK_TIMEOUT_SEC, O.FETCH_SIZE, O.PARTITION_COLUMN, O.PARTITION_UPPER_BOUND, O.PARTITION_LOWER_BOUND)
    .optional(O.PARTITION_NUM, O.COMPATIBLE_MODE, O.PROPERTIES, O.QUERY, O.USE_SELECT_COUNT, O.SKIP_ANALYZE, O.TABLE_PATH, O.WHERE_CONDITION)
    .optional(O.SPLIT_SIZE, O.DECIMAL_TYPE_NARROWING)
    .build(),

  async create(ctx: SourceFactoryContext): Promise<Source> {
    const options = ctx.options;
    const query = options.get(O.QUERY);
    const tablePath = options.get(O.TABLE_PATH);
    if (!query && !tablePath) {
      throw new SeatideError(ErrorCodes.OPTION_VALIDATE, "source 'Jdbc': Either table_path or query must be specified in source configuration.", {
        details: { plugin: 'Jdbc', options: ['table_path', 'query'] },
      });
    }
    let target = parseJdbcUrl(options.get(O.URL)!, options.get(O.DRIVER)!);
    const dialect = dialectFor(target.database);
    const ref = tablePath ? tableRefOf(tablePath, dialect, target) : undefined;
    // PostgreSQL cannot read across databases: a table path naming another database connects to it.
    if (ref?.database && target.database === 'postgresql' && ref.database !== target.dbName) {
      target = { ...target, dbName: ref.database, display: `postgresql://${target.host}:${target.port}/${ref.database}` };
    }
    const open = openOptions(options, target, ctx);
    const where = options.get(O.WHERE_CONDITION)?.trim();
    const base = query
      ? where ? `SELECT * FROM (${bareQuery(query)}) seatide_query ${where}` : bareQuery(query)
      : `SELECT * FROM ${dialect.tableSql(ref!)}${where ? ` ${where}` : ''}`;

    const conn = await openConnection(target, open);
    let columns: ResultColumn[];
    let keys: string[] = [];
    try {
      columns = await conn.describe(base).catch((e) => {
        throw readError(target, `cannot read the columns of '${sqlPreview(base)}'`, e, open.password);
      });
      if (ref) keys = await primaryKeyOf(conn, dialect, ref);
    } finally {
      await conn.close();
    }

    const path = ref ? tablePathOf(ref, target) : pathOfColumns(columns);
    const names = new Set(columns.map((c) => c.name));
    const table: CatalogTable = catalogTable(
      path,
      tableSchema(
        columns.map((c) => column(c.name, c.type, { nullable: c.nullable, columnLength: c.columnLength, columnScale: c.columnScale })),
        keys.length && keys.every((k) => names.has(k)) ? { name: `pk_${path.tableName}`, columnNames: keys } : undefined,
      ),
      { catalogName: target.database },
    );
    const partitionColumn = options.get(O.PARTITION_COLUMN) ?? (keys.length === 1 && isNumericKind(columns.find((c) => c.name === keys[0])!.type.kind) ? keys[0] : undefined);
    const splitsFor = memoSplits(target, open, dialect, base, columns, partitionColumn, options, options.has(O.PARTITION_COLUMN));
    const fetch = options.get(O.FETCH_SIZE);
    const plan: JdbcReadPlan = { target, open, columns, tableId: path.toString(), fetchSize: fetch > 0 ? fetch : 1000, splits: splitsFor };
    return {
      tables: [table],
      boundedness: 'BOUNDED',
      createReader: (sub: SubtaskContext) => new JdbcSourceReader(plan, sub),
    };
  },
} satisfies SourceFactory;

function openOptions(options: ReadonlyConfig, target: JdbcTarget, ctx: SourceFactoryContext): OpenOptions {
  return {
    role: 'source',
    code: ErrorCodes.SOURCE_CONNECT,
    user: options.get(O.USER),
    password: options.get(O.PASSWORD),
    properties: { ...target.params, ...(options.get(O.PROPERTIES) ?? {}) },
    connectTimeoutMs: options.get(O.CONNECTION_CHECK_TIMEOUT_SEC) * 1000,
    mustExist: true,
    logger: ctx.logger,
  };
}

const readError = (target: JdbcTarget, doing: string, e: unknown, password?: string) =>
  connectorError(ErrorCodes.SOURCE_READ, 'Jdbc', 'source', target.display, doing, e, password);

/** `table_path` as a table reference: db.schema.table / schema.table / table (PostgreSQL), db.table (MySQL). */
export function tableRefOf(path: string, d: SqlDialect, target: JdbcTarget): TableRef {
  const parts = path.split('.');
  const table = parts[parts.length - 1];
  if (d.database === 'postgresql') {
    if (parts.length >= 3) return { database: parts[parts.length - 3], schema: parts[parts.length - 2], table };
    return { database: target.dbName, schema: parts.length === 2 ? parts[0] : undefined, table };
  }
  if (d.database === 'mysql') return { database: parts.length >= 2 ? parts[parts.length - 2] : target.dbName || undefined, table };
  return { table };
}

function tablePathOf(ref: TableRef, target: JdbcTarget): TablePath {
  if (target.database === 'postgresql') return new TablePath(ref.database, ref.schema ?? 'public', ref.table);
  if (target.database === 'mysql') return new TablePath(ref.database, undefined, ref.table);
  return new TablePath(undefined, undefined, ref.table);
}

/** The path of a query's table: where its first column comes from, else `default.default.default`. */
function pathOfColumns(columns: readonly ResultColumn[]): TablePath {
  const o = columns[0]?.origin;
  return o?.table ? new TablePath(o.database || undefined, o.schema || undefined, o.table) : TablePath.DEFAULT;
}

async function primaryKeyOf(conn: JdbcConnection, d: SqlDialect, ref: TableRef): Promise<string[]> {
  const q = d.primaryKey(ref);
  try {
    return (await conn.query(q.sql, q.params)).map((r) => String(r[0]));
  } catch {
    return []; // a view or a table the catalog cannot describe: read it unsplit
  }
}

function memoSplits(
  target: JdbcTarget,
  open: OpenOptions,
  d: SqlDialect,
  base: string,
  columns: readonly ResultColumn[],
  partitionColumn: string | undefined,
  options: ReadonlyConfig,
  explicit: boolean,
): (parallelism: number) => Promise<readonly JdbcSplit[]> {
  let pending: Promise<readonly JdbcSplit[]> | undefined;
  return (parallelism) => {
    pending ??= (async () => {
      const count = options.get(O.PARTITION_NUM) ?? parallelism;
      if (!partitionColumn || (count <= 1 && !options.has(O.PARTITION_LOWER_BOUND) && !options.has(O.PARTITION_UPPER_BOUND))) {
        return [{ id: 0, sql: base, params: [] }];
      }
      const col = columns.find((c) => c.name === partitionColumn);
      if (!col || !isNumericKind(col.type.kind)) {
        const why = col ? `is ${col.type.kind}; only numeric columns can split a read` : 'is not a column of the query result';
        throw new SeatideError(ErrorCodes.OPTION_VALIDATE, `source 'Jdbc': partition_column '${partitionColumn}' ${why}`, {
          details: { plugin: 'Jdbc', option: 'partition_column' },
        });
      }
      let lower = options.get(O.PARTITION_LOWER_BOUND);
      let upper = options.get(O.PARTITION_UPPER_BOUND);
      if (lower === undefined || upper === undefined) {
        const sql = `SELECT MIN(${d.quote(partitionColumn)}), MAX(${d.quote(partitionColumn)}) FROM (${base}) seatide_bounds`;
        const conn = await openConnection(target, open);
        try {
          const [row] = await conn.query(sql).catch((e) => {
            throw readError(target, `cannot read the bounds of partition_column '${partitionColumn}'`, e, open.password);
          });
          if (row?.[0] === null || row?.[0] === undefined) return [{ id: 0, sql: base, params: [] }];
          lower ??= String(row[0]);
          upper ??= String(row[1]);
        } finally {
          await conn.close();
        }
      }
      return partitionSplits(base, d, {
        column: partitionColumn,
        lower: Decimal.parse(lower),
        upper: Decimal.parse(upper),
        count,
        includeNulls: !explicit || (!options.has(O.PARTITION_LOWER_BOUND) && !options.has(O.PARTITION_UPPER_BOUND)),
      });
    })();
    return pending;
  };
}
