import pg from 'pg';
import Cursor from 'pg-cursor';
import { RowKind, SeaTunnelRow } from '../../core/types/row';
import { type ConnectOptions, type JdbcConnection, type ResultColumn, bareQuery, readFields } from './jdbc-connection';
import type { JdbcTarget } from './jdbc-url';
import { pgColumnType } from './pg-columns';

/** Every value as the server's text: the column readers do the typing, exactly. */
const RAW_TEXT = { getTypeParser: () => (v: string) => v } as unknown as pg.CustomTypesConfig;

/** Connects with `pg`; the session runs in UTC so timestamptz values read as UTC wall-clock times. */
export async function openPgConnection(target: JdbcTarget, options: ConnectOptions): Promise<JdbcConnection> {
  const props = options.properties;
  const client = new pg.Client({
    host: target.host,
    port: target.port,
    database: target.dbName || undefined,
    user: options.user ?? props.user,
    password: options.password ?? props.password,
    connectionTimeoutMillis: options.connectTimeoutMs,
    application_name: props.ApplicationName ?? 'seatide',
    ssl: props.ssl === 'true' || (props.sslmode !== undefined && props.sslmode !== 'disable' && props.sslmode !== 'allow' && props.sslmode !== 'prefer') ? { rejectUnauthorized: false } : undefined,
  });
  // A server that goes away between queries emits 'error' on the client; the next query then fails with
  // the reason, so the event itself only needs a listener to keep the process alive.
  let lost: Error | undefined;
  client.on('error', (e) => {
    lost = e;
  });
  try {
    await client.connect();
    await client.query("SET TIME ZONE 'UTC'");
    if (props.currentSchema) await client.query(`SET search_path TO ${props.currentSchema.split(',').map((s) => pg.escapeIdentifier(s.trim())).join(', ')}`);
  } catch (e) {
    await client.end().catch(() => undefined);
    throw e;
  }
  const ensure = () => {
    if (lost) throw lost;
  };
  return {
    target,
    async describe(sql) {
      ensure();
      const r = await client.query({ text: `SELECT * FROM (${bareQuery(sql)}) seatide_probe LIMIT 0`, rowMode: 'array', types: RAW_TEXT });
      return describeFields(client, r.fields, target.dbName);
    },
    async query(sql, params = []) {
      ensure();
      const r = await client.query({ text: sql, values: params as unknown[], rowMode: 'array' });
      return r.rows as unknown[][];
    },
    async *stream(sql, params, columns, fetchSize, tableId) {
      ensure();
      const cursor = client.query(new Cursor<unknown[]>(sql, params as unknown[], { rowMode: 'array', types: RAW_TEXT }));
      try {
        for (;;) {
          const rows = await cursor.read(fetchSize);
          if (rows.length === 0) return;
          const batch = new Array<SeaTunnelRow>(rows.length);
          for (let i = 0; i < rows.length; i++) batch[i] = new SeaTunnelRow(readFields(rows[i], columns), RowKind.INSERT, tableId);
          yield batch;
        }
      } finally {
        await cursor.close().catch(() => undefined);
      }
    },
    async execute(sql, params = []) {
      ensure();
      const r = await client.query(sql, params as unknown[]);
      return r.rowCount ?? 0;
    },
    async begin() {
      await client.query('BEGIN');
    },
    async commit() {
      await client.query('COMMIT');
    },
    async rollback() {
      await client.query('ROLLBACK');
    },
    async close() {
      await client.end().catch(() => undefined);
    },
  };
}

/** Result columns with their nullability and source table, looked up once in the catalog. */
async function describeFields(client: pg.Client, fields: readonly pg.FieldDef[], dbName: string): Promise<ResultColumn[]> {
  const tables = [...new Set(fields.filter((f) => f.tableID > 0).map((f) => f.tableID))];
  const notNull = new Set<string>();
  const origins = new Map<number, { schema: string; table: string }>();
  if (tables.length) {
    const attrs = await client.query<{ attrelid: number; attnum: number; attnotnull: boolean }>(
      'SELECT attrelid::int AS attrelid, attnum::int AS attnum, attnotnull FROM pg_attribute WHERE attrelid = ANY($1::oid[]) AND attnum > 0',
      [tables],
    );
    for (const a of attrs.rows) if (a.attnotnull) notNull.add(`${a.attrelid}:${a.attnum}`);
    const names = await client.query<{ oid: number; nspname: string; relname: string }>(
      'SELECT c.oid::int AS oid, n.nspname, c.relname FROM pg_class c JOIN pg_namespace n ON n.oid = c.relnamespace WHERE c.oid = ANY($1::oid[])',
      [tables],
    );
    for (const r of names.rows) origins.set(r.oid, { schema: r.nspname, table: r.relname });
  }
  return fields.map((f) => {
    const t = pgColumnType(f.dataTypeID, f.dataTypeModifier);
    const origin = origins.get(f.tableID);
    return {
      name: f.name,
      type: t.type,
      read: t.read as (raw: unknown) => unknown,
      nullable: !notNull.has(`${f.tableID}:${f.columnID}`),
      columnLength: t.columnLength,
      columnScale: t.columnScale,
      origin: origin ? { database: dbName, schema: origin.schema, table: origin.table } : undefined,
    };
  });
}
