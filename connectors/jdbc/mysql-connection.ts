import mysql from 'mysql2';
import { RowKind, SeaTunnelRow } from '../../core/types/row';
import { type ConnectOptions, type JdbcConnection, readFields } from './jdbc-connection';
import type { JdbcTarget } from './jdbc-url';
import { type MysqlField, mysqlColumn } from './mysql-columns';

/**
 * Connects with `mysql2` (MySQL and MariaDB). Numbers, decimals, dates and JSON come back as text so the
 * column readers keep them exact; the session runs in UTC so TIMESTAMP columns read as UTC wall-clock time.
 */
export async function openMysqlConnection(target: JdbcTarget, options: ConnectOptions): Promise<JdbcConnection> {
  const props = options.properties;
  const conn = mysql.createConnection({
    host: target.host,
    port: target.port,
    database: target.dbName || undefined,
    user: options.user ?? props.user,
    password: options.password ?? props.password,
    connectTimeout: options.connectTimeoutMs,
    charset: 'utf8mb4_unicode_ci',
    supportBigNumbers: true,
    bigNumberStrings: true,
    decimalNumbers: false,
    dateStrings: true,
    jsonStrings: true,
    timezone: 'Z',
    rowsAsArray: true,
  });
  // mysql2's destroy() only half-closes: a server still streaming a result into a paused socket would
  // keep it open, so the socket itself is destroyed.
  const kill = () => {
    conn.destroy();
    (conn as unknown as { stream?: { destroy(): void } }).stream?.destroy();
  };
  let lost: Error | undefined;
  conn.on('error', (e: Error) => {
    lost = e;
  });
  const run = (sql: string, params: readonly unknown[] = []) =>
    new Promise<{ rows: unknown; fields: MysqlField[] | undefined }>((resolve, reject) => {
      if (lost) return reject(lost);
      conn.query({ sql, values: params as unknown[], rowsAsArray: true }, (err, rows, fields) => {
        if (err) reject(err);
        else resolve({ rows, fields: fields as MysqlField[] | undefined });
      });
    });
  try {
    await new Promise<void>((resolve, reject) => conn.connect((err) => (err ? reject(err) : resolve())));
    await run("SET time_zone = '+00:00'");
  } catch (e) {
    kill();
    throw e;
  }

  return {
    target,
    describe(sql) {
      // A prepared statement tells the result columns, with their tables and NOT NULL flags, unexecuted.
      return new Promise((resolve, reject) => {
        if (lost) return reject(lost);
        conn.prepare(sql, (err, stmt) => {
          if (err) return reject(err);
          const columns = ((stmt as unknown as { columns?: MysqlField[] }).columns ?? []).map(mysqlColumn);
          stmt.close();
          resolve(columns);
        });
      });
    },
    async query(sql, params = []) {
      const r = await run(sql, params);
      return r.rows as unknown[][];
    },
    async *stream(sql, params, columns, fetchSize, tableId) {
      if (lost) throw lost;
      // The binary protocol of a prepared statement carries FLOAT as 4 bytes: the text protocol prints only
      // 6 digits of it. The stream pauses the socket when its buffer is full, so rows come no faster than taken.
      const query = conn.execute({ sql, values: params as unknown[], rowsAsArray: true });
      const rows = query.stream({ highWaterMark: fetchSize });
      let batch: SeaTunnelRow[] = [];
      let complete = false;
      try {
        for await (const raw of rows as AsyncIterable<unknown[]>) {
          batch.push(new SeaTunnelRow(readFields(raw, columns), RowKind.INSERT, tableId));
          if (batch.length >= fetchSize) {
            yield batch;
            batch = [];
          }
        }
        complete = true;
        if (batch.length) yield batch;
      } finally {
        // A result abandoned half-read leaves the protocol mid-stream: the connection cannot be reused.
        if (!complete) {
          lost = lost ?? new Error('connection closed after an unfinished read');
          kill();
        }
      }
    },
    async execute(sql, params = []) {
      const r = await run(sql, params);
      return (r.rows as { affectedRows?: number }).affectedRows ?? 0;
    },
    async begin() {
      await run('START TRANSACTION');
    },
    async commit() {
      await run('COMMIT');
    },
    async rollback() {
      await run('ROLLBACK');
    },
    close() {
      return new Promise<void>((resolve) => {
        if (lost) {
          kill();
          return resolve();
        }
        conn.end(() => resolve());
      });
    },
  };
}
