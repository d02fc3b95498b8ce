import type { Column } from '../../core/catalog/catalog-table';
import { ErrorCodes, SeatideError } from '../../core/errors';
import type { Logger } from '../../core/logging/logger';
import { connectorError, sqlPreview } from '../common/connector-error';
import type { JdbcConnection } from './jdbc-connection';
import type { DataSaveMode, SchemaSaveMode } from './jdbc-options';
import { type SqlDialect, type TableRef, createTableSql } from './sql-dialect';

export interface SaveModeRequest {
  readonly ref: TableRef;
  /** `schema.table` for messages. */
  readonly name: string;
  readonly columns: readonly Column[];
  readonly keys: readonly string[];
  readonly schemaMode: SchemaSaveMode;
  readonly dataMode: DataSaveMode;
  readonly customSql?: string;
}

/**
 * Prepares a sink table before any writer starts, as SeaTunnel's SaveModeHandler: the schema mode decides
 * whether the table is created (from the input schema, with the dialect's column types), recreated or must
 * already exist; then the data mode truncates it, runs `custom_sql`, or refuses a table that has rows.
 */
export async function applySaveMode(conn: JdbcConnection, d: SqlDialect, req: SaveModeRequest, logger: Logger, secret?: string): Promise<void> {
  const run = async (sql: string, params: readonly unknown[] = []) => {
    try {
      return await conn.query(sql, params);
    } catch (e) {
      throw connectorError(ErrorCodes.SAVE_MODE, 'Jdbc', 'sink', conn.target.display, `save mode statement '${sqlPreview(sql)}' failed`, e, secret);
    }
  };
  const exists = async () => {
    const q = d.tableExists(req.ref);
    return (await run(q.sql, q.params)).length > 0;
  };
  const create = async () => {
    const ns = d.createNamespace(req.ref);
    if (ns) await run(ns);
    const sql = createTableSql(d, req.ref, req.columns, req.keys);
    logger.info(`Jdbc sink: creating table ${req.name}`, { sql });
    await run(sql);
  };

  let created = false;
  switch (req.schemaMode) {
    case 'RECREATE_SCHEMA':
      if (await exists()) await run(`DROP TABLE ${d.tableSql(req.ref)}`);
      await create();
      created = true;
      break;
    case 'CREATE_SCHEMA_WHEN_NOT_EXIST':
      if (!(await exists())) {
        await create();
        created = true;
      }
      break;
    case 'ERROR_WHEN_SCHEMA_NOT_EXIST':
      if (!(await exists())) {
        throw new SeatideError(ErrorCodes.SINK_TABLE_NOT_EXIST, `Jdbc sink at ${conn.target.display}: table '${req.name}' does not exist (schema_save_mode = ERROR_WHEN_SCHEMA_NOT_EXIST)`, {
          details: { plugin: 'Jdbc', table: req.name },
        });
      }
      break;
    case 'IGNORE':
      break;
  }
  if (created && req.dataMode !== 'CUSTOM_PROCESSING') return; // a new table has no rows to keep or drop

  switch (req.dataMode) {
    case 'DROP_DATA':
      await run(d.truncate(req.ref));
      break;
    case 'CUSTOM_PROCESSING':
      if (req.customSql) await run(req.customSql);
      break;
    case 'ERROR_WHEN_DATA_EXISTS': {
      const rows = await run(`SELECT 1 FROM ${d.tableSql(req.ref)} LIMIT 1`);
      if (rows.length > 0) {
        throw new SeatideError(ErrorCodes.SINK_HAS_DATA, `Jdbc sink at ${conn.target.display}: table '${req.name}' already has data (data_save_mode = ERROR_WHEN_DATA_EXISTS)`, {
          details: { plugin: 'Jdbc', table: req.name },
        });
      }
      break;
    }
    case 'APPEND_DATA':
      break;
  }
}
