import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { suite } from 'uvu';
import * as assert from 'uvu/assert';
import { Types } from '../../../core/types/data-type';
import { RowKind, SeaTunnelRow } from '../../../core/types/row';
import type { JdbcConnection } from '../../../connectors/jdbc/jdbc-connection';
import { TableWriter } from '../../../connectors/jdbc/jdbc-table-writer';
import { parseJdbcUrl } from '../../../connectors/jdbc/jdbc-url';
import { openSqliteConnection } from '../../../connectors/jdbc/sqlite-connection';
import { sqliteDialect } from '../../../connectors/jdbc/sqlite-dialect';

const s = suite('jdbc-table-writer');

async function withSqlite(fn: (conn: JdbcConnection, statements: string[]) => Promise<void>): Promise<void> {
  const dir = mkdtempSync(join(tmpdir(), 'seatide-tw-'));
  const conn = await openSqliteConnection(parseJdbcUrl(`jdbc:sqlite:${join(dir, 't.db')}`, 'org.sqlite.JDBC'), { properties: {}, connectTimeoutMs: 1000 });
  const statements: string[] = [];
  const execute = conn.execute.bind(conn);
  const recording: JdbcConnection = { ...conn, execute: (sql, params) => (statements.push(sql), execute(sql, params)) };
  try {
    await fn(recording, statements);
  } finally {
    await conn.close();
    rmSync(dir, { recursive: true, force: true });
  }
}

const row = (kind: RowKind, id: number, v: string | null) => new SeaTunnelRow([id, v], kind);
const plan = { name: 'main.t', tableSql: '"t"', columns: ['id', 'v'], types: [Types.INT, Types.STRING], keys: [0], upsert: true, batchSize: 1000 };

s('a batch is reduced to the last change per key: one DELETE and one upsert statement', async () => {
  await withSqlite(async (conn, statements) => {
    await conn.execute('CREATE TABLE t (id INT PRIMARY KEY, v TEXT)');
    await conn.execute("INSERT INTO t VALUES (1, 'old1'), (2, 'old2'), (3, 'old3')");
    statements.length = 0;
    const w = new TableWriter(sqliteDialect, plan);
    await w.write(conn, [
      row(RowKind.UPDATE_BEFORE, 1, 'old1'), row(RowKind.UPDATE_AFTER, 1, 'new1'),
      row(RowKind.DELETE, 2, null),
      row(RowKind.INSERT, 4, 'x'), row(RowKind.DELETE, 4, null), row(RowKind.INSERT, 4, 'again'),
      row(RowKind.INSERT, 3, 'first'), row(RowKind.UPDATE_AFTER, 3, 'last'),
    ]);
    assert.equal(statements.map((x) => x.split(' ')[0]), ['DELETE', 'INSERT']);
    assert.equal(await conn.query('SELECT id, v FROM t ORDER BY id'), [[1n, 'new1'], [3n, 'last'], [4n, 'again']]);
  });
});

s('statements are split by batch_size and by the parameter limit', async () => {
  await withSqlite(async (conn, statements) => {
    const wide = Array.from({ length: 400 }, (_, i) => `c${i}`);
    await conn.execute(`CREATE TABLE w (${wide.map((c) => `${c} INT`).join(', ')})`);
    const w = new TableWriter(sqliteDialect, { name: 'w', tableSql: '"w"', columns: wide, types: wide.map(() => Types.INT), keys: [], upsert: false, batchSize: 1000 });
    statements.length = 0;
    await w.write(conn, Array.from({ length: 200 }, (_, r) => new SeaTunnelRow(wide.map((_c, i) => r * 1000 + i))));
    // 32766 parameters / 400 columns = 81 rows a statement
    assert.equal(statements.length, 3);
    assert.equal(await conn.query('SELECT count(*), sum(c399) FROM w'), [[200n, BigInt(200 * 399 + 1000 * (199 * 200) / 2)]]);
    const narrow = new TableWriter(sqliteDialect, { ...plan, tableSql: '"n"', keys: [], upsert: false, batchSize: 7 });
    await conn.execute('CREATE TABLE n (id INT, v TEXT)');
    statements.length = 0;
    await narrow.write(conn, Array.from({ length: 20 }, (_, i) => row(RowKind.INSERT, i, null)));
    assert.is(statements.length, 3);
  });
});

s('without keys DELETE rows are refused, UPDATE_BEFORE skipped; an explicit query runs per row', async () => {
  await withSqlite(async (conn) => {
    await conn.execute('CREATE TABLE t (id INT, v TEXT)');
    const plain = new TableWriter(sqliteDialect, { ...plan, keys: [], upsert: false });
    await plain.write(conn, [row(RowKind.INSERT, 1, 'a'), row(RowKind.UPDATE_BEFORE, 1, 'a'), row(RowKind.UPDATE_AFTER, 1, 'b')]);
    assert.equal(await conn.query('SELECT v FROM t'), [['a'], ['b']]);
    const err = await plain.write(conn, [row(RowKind.DELETE, 1, null)]).then(() => undefined, (e: Error) => e);
    assert.match(String(err?.message), "table 'main.t' cannot apply a DELETE row without primary_keys");
    const custom = new TableWriter(sqliteDialect, { ...plan, keys: [], upsert: false, query: "INSERT INTO t (v, id) SELECT ? || '!', ?" });
    await custom.write(conn, [new SeaTunnelRow(['z', 9])]);
    assert.equal(await conn.query('SELECT id, v FROM t WHERE id = 9'), [[9n, 'z!']]);
  });
});

s.run();
