import { type CatalogTable, type Column, column as makeColumn } from '../../core/catalog/catalog-table';
import { ErrorCodes, SeatideError } from '../../core/errors';
import { OptionRule } from '../../core/options/option-rule';
import type { ReadonlyConfig } from '../../core/options/readonly-config';
import type { Sink, SinkFactory, SinkFactoryContext, SinkWriter, SubtaskContext } from '../../core/plugin/contracts';
import { dialectFor } from './dialect-for';
import type { JdbcConnection } from './jdbc-connection';
import * as O from './jdbc-options';
import { applySaveMode } from './jdbc-save-mode';
import { type JdbcCommitInfo, JdbcSinkWriter, type JdbcWritePlan } from './jdbc-sink-writer';
import { TableWriter } from './jdbc-table-writer';
import { type JdbcTarget, parseJdbcUrl } from './jdbc-url';
import { type OpenOptions, openConnection } from './open-connection';
import { type SqlDialect, type TableRef, numberPlaceholders } from './sql-dialect';

/**
 * Jdbc sink: writes to PostgreSQL, MySQL/MariaDB or SQLite, either with the user's `query` (run per row
 * with the row's fields as parameters) or with statements generated for `database` + `table`
 * (`generate_sink_sql`): multi-row INSERTs, upserts on `primary_keys` (or the input's primary key) and
 * deletes by key for DELETE rows. Save modes prepare the table before any writer starts. Rows become
 * visible when the sink commits (per checkpoint and at the end of the job); SQLite commits every batch.
 */
export const jdbcSink = {
  kind: 'sink',
  guarantee: { level: 'exactly-once', note: 'rows are written in one transaction per checkpoint and committed with it (PostgreSQL, MySQL, MariaDB); SQLite commits per batch, which is exactly-once only with primary_keys and enable_upsert; a node that dies in the moment between storing a checkpoint and committing repeats that interval (harmless with upserts)' },
  identifier: 'Jdbc',
  description: 'Writes rows to PostgreSQL, MySQL/MariaDB or SQLite: generated upserts/deletes or a custom query',
  optionRule: OptionRule.builder()
    .required(O.URL, O.DRIVER)
    .optional(O.SCHEMA_SAVE_MODE, O.CREATE_INDEX, O.USER, O.PASSWORD, O.CONNECTION_CHECK_TIMEOUT_SEC, O.BATCH_SIZE, O.AUTO_COMMIT)
    .optional(O.SUPPORT_UPSERT_BY_QUERY_PRIMARY_KEY_EXIST, O.PRIMARY_KEYS, O.COMPATIBLE_MODE, O.ENABLE_UPSERT, O.FIELD_IDE, O.PROPERTIES, O.TABLE)
    .conditional(O.IS_EXACTLY_ONCE, true, O.XA_DATA_SOURCE_CLASS_NAME, O.MAX_COMMIT_ATTEMPTS, O.TRANSACTION_TIMEOUT_SEC)
    .conditional(O.IS_EXACTLY_ONCE, false, O.MAX_RETRIES)
    .conditional(O.GENERATE_SINK_SQL, true, O.DATABASE)
    .conditional(O.GENERATE_SINK_SQL, false, O.QUERY)
    .conditional(O.DATA_SAVE_MODE, 'CUSTOM_PROCESSING', O.CUSTOM_SQL)
    .build(),

  async create(ctx: SinkFactoryContext): Promise<Sink> {
    const options = ctx.options;
    const url = parseJdbcUrl(options.get(O.URL)!, options.get(O.DRIVER)!);
    const d = dialectFor(url.database);
    const generate = options.get(O.GENERATE_SINK_SQL);
    const database = options.get(O.DATABASE);
    // PostgreSQL writes within one database: `database` picks it, as SeaTunnel's catalog connects to it.
    const target: JdbcTarget =
      generate && database && url.database === 'postgresql' && database !== url.dbName
        ? { ...url, dbName: database, display: `postgresql://${url.host}:${url.port}/${database}` }
        : url;
    const open: OpenOptions = {
      role: 'sink',
      code: ErrorCodes.SINK_CONNECT,
      user: options.get(O.USER),
      password: options.get(O.PASSWORD),
      properties: { ...url.params, ...(options.get(O.PROPERTIES) ?? {}) },
      connectTimeoutMs: options.get(O.CONNECTION_CHECK_TIMEOUT_SEC) * 1000,
      retries: options.get(O.MAX_RETRIES),
      logger: ctx.logger,
    };
    const tables = new Map<string, TableWriter>();
    if (!generate) {
      const sql = numberPlaceholders(options.get(O.QUERY)!, d);
      for (const input of ctx.inputTables) {
        tables.set(input.tablePath.toString(), new TableWriter(d, {
          name: input.tablePath.toString(), tableSql: '', columns: input.schema.columns.map((c) => c.name),
          types: input.schema.columns.map((c) => c.type), keys: [], upsert: false, query: sql, batchSize: options.get(O.BATCH_SIZE),
        }));
      }
    } else {
      const conn = await connectCreatingDatabase(url, target, open, options);
      try {
        for (const input of ctx.inputTables) {
          const t = resolveTable(input, options, d, target);
          // A resumed job's table holds its earlier rows: save modes (DROP_DATA, ERROR_WHEN_DATA_EXISTS) must not see them.
          if (!ctx.job.resumed) {
            await applySaveMode(conn, d, {
              ref: t.ref, name: t.name, columns: t.columns, keys: options.get(O.CREATE_INDEX) ? t.keys : [],
              schemaMode: options.get(O.SCHEMA_SAVE_MODE), dataMode: options.get(O.DATA_SAVE_MODE), customSql: options.get(O.CUSTOM_SQL),
            }, ctx.logger, open.password);
          }
          tables.set(input.tablePath.toString(), new TableWriter(d, {
            name: t.name, tableSql: d.tableSql(t.ref), columns: t.columns.map((c) => c.name), types: t.columns.map((c) => c.type),
            keys: t.keys.map((k) => t.columns.findIndex((c) => c.name === k)), upsert: options.get(O.ENABLE_UPSERT), batchSize: options.get(O.BATCH_SIZE),
          }));
        }
      } finally {
        await conn.close();
      }
    }
    const plan: JdbcWritePlan = { target, open, tables, transactionPerCheckpoint: url.database !== 'sqlite' };
    return new JdbcSink(plan);
  },
} satisfies SinkFactory;

/** Holds the writers' prepared transactions between prepareCommit and commit. */
class JdbcSink implements Sink {
  private readonly pending = new Map<string, JdbcSinkWriter>();

  constructor(private readonly plan: JdbcWritePlan) {}

  createWriter(sub: SubtaskContext): SinkWriter {
    return new JdbcSinkWriter(this.plan, sub, this.pending);
  }

  async commit(infos: readonly unknown[]): Promise<void> {
    for (const info of infos) {
      // A token no longer pending was committed already (by a later write, or an earlier commit).
      await this.pending.get((info as JdbcCommitInfo).token)?.commitPrepared();
    }
  }

  async abort(): Promise<void> {
    for (const w of [...this.pending.values()]) await w.abort();
  }

  /**
   * A transaction prepared by a node that stopped was rolled back by the database with its connection, or
   * committed just before the stop: either way it cannot be committed now, so the job resumes from the
   * checkpoint before and reads those rows again (with upserts the outcome is the same either way).
   */
  recover(pending: readonly unknown[] | undefined): void {
    if (pending && pending.length > 0) {
      throw new SeatideError(ErrorCodes.CHECKPOINT_PREPARED_LOST, `Jdbc sink ${this.plan.target.display}: the transaction prepared by the checkpoint ended with the node that prepared it`);
    }
  }

  async close(): Promise<void> {
    await this.abort();
  }
}

interface ResolvedTable {
  readonly ref: TableRef;
  readonly name: string;
  readonly columns: readonly Column[];
  readonly keys: readonly string[];
}

/** The sink table of one input table: name (placeholders, field_ide), columns and key columns. */
function resolveTable(input: CatalogTable, options: ReadonlyConfig, d: SqlDialect, target: JdbcTarget): ResolvedTable {
  const ide = options.get(O.FIELD_IDE);
  const cased = (s: string) => (ide === 'UPPERCASE' ? s.toUpperCase() : ide === 'LOWERCASE' ? s.toLowerCase() : s);
  const path = input.tablePath;
  const fill = (s: string) =>
    s.replace(/\$\{table_name\}/g, path.tableName).replace(/\$\{schema_name\}/g, path.schemaName ?? '').replace(/\$\{database_name\}/g, path.databaseName ?? '');
  const parts = fill(options.get(O.TABLE) ?? path.tableName).split('.');
  const table = cased(parts[parts.length - 1]);
  const ref: TableRef =
    d.database === 'postgresql'
      ? { schema: parts.length > 1 ? parts[parts.length - 2] : 'public', table }
      : d.database === 'mysql'
        ? { database: parts.length > 1 ? parts[parts.length - 2] : fill(options.get(O.DATABASE) ?? target.dbName), table }
        : { table };
  const columns = input.schema.columns.map((c) =>
    makeColumn(cased(c.name), c.type, { nullable: c.nullable, columnLength: c.columnLength, columnScale: c.columnScale, comment: c.comment }),
  );
  const keys = (options.get(O.PRIMARY_KEYS) ?? input.schema.primaryKey?.columnNames ?? []).map(cased);
  const names = new Set(columns.map((c) => c.name));
  const missing = keys.filter((k) => !names.has(k));
  if (missing.length) {
    throw new SeatideError(ErrorCodes.OPTION_VALIDATE, `sink 'Jdbc': primary_keys ${missing.map((k) => `'${k}'`).join(', ')} not found in the input columns of '${path}'`, {
      details: { plugin: 'Jdbc', option: 'primary_keys' },
    });
  }
  const name = [ref.database ?? ref.schema, ref.table].filter(Boolean).join('.');
  return { ref, name, columns, keys };
}

/** Connects to the sink database; a PostgreSQL database that does not exist is created when the schema save mode creates tables. */
async function connectCreatingDatabase(url: JdbcTarget, target: JdbcTarget, open: OpenOptions, options: ReadonlyConfig): Promise<JdbcConnection> {
  try {
    return await openConnection(target, open);
  } catch (e) {
    const creates = ['CREATE_SCHEMA_WHEN_NOT_EXIST', 'RECREATE_SCHEMA'].includes(options.get(O.SCHEMA_SAVE_MODE));
    if (target === url || !creates || !/database ".*" does not exist/.test((e as Error).message)) throw e;
    const admin = await openConnection(url, open);
    try {
      await admin.execute(`CREATE DATABASE ${dialectFor('postgresql').quote(target.dbName)}`);
    } finally {
      await admin.close();
    }
    return openConnection(target, open);
  }
}
