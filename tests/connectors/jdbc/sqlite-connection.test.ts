import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { suite } from 'uvu';
import * as assert from 'uvu/assert';
import { typeToString } from '../../../core/types/data-type';
import { openSqliteConnection, sqliteColumnType } from '../../../connectors/jdbc/sqlite-connection';
import { parseJdbcUrl } from '../../../connectors/jdbc/jdbc-url';

const s = suite('sqlite-connection');

s('declared types map to SeaTunnel types; expressions take the type of their first value', () => {
  const t = (d: string | null, sample?: unknown) => typeToString(sqliteColumnType(d, sample).type);
  assert.equal([t('INTEGER'), t('int'), t('DECIMAL(10, 2)'), t('NUMERIC'), t('varchar(20)'), t('BLOB'), t('DATETIME'), t('DOUBLE PRECISION'), t('BOOLEAN')], [
    'BIGINT', 'INT', 'Decimal(10, 2)', 'Decimal(38, 18)', 'STRING', 'BYTES', 'TIMESTAMP', 'DOUBLE', 'BOOLEAN',
  ]);
  assert.equal([t(null, 5n), t(null, 1.5), t(null, null)], ['BIGINT', 'DOUBLE', 'STRING']);
});

s('a file is described, streamed in chunks and written in transactions; 64-bit integers stay exact', async () => {
  const dir = mkdtempSync(join(tmpdir(), 'seatide-sqlite-'));
  try {
    const target = parseJdbcUrl(`jdbc:sqlite:${join(dir, 'a.db')}`, 'org.sqlite.JDBC');
    const conn = await openSqliteConnection(target, { properties: {}, connectTimeoutMs: 1000 });
    await conn.execute('CREATE TABLE t (id BIGINT NOT NULL, d DECIMAL(30, 10), ts TIMESTAMP)');
    await conn.begin();
    for (let i = 0; i < 25; i++) await conn.execute('INSERT INTO t VALUES (?, ?, ?)', [9007199254740993n + BigInt(i), `${i}.5`, `2024-01-01 00:00:${String(i).padStart(2, '0')}.5`]);
    await conn.commit();
    const cols = await conn.describe('SELECT id, d, ts, id + 1 AS next FROM t;');
    assert.equal(cols.map((c) => [c.name, typeToString(c.type), c.nullable]), [['id', 'BIGINT', false], ['d', 'Decimal(30, 10)', true], ['ts', 'TIMESTAMP', true], ['next', 'BIGINT', true]]);
    const batches = [];
    for await (const b of conn.stream('SELECT id, d, ts, id + 1 FROM t', [], cols, 10, 'main.t')) batches.push(b);
    assert.equal(batches.map((b) => b.length), [10, 10, 5]);
    assert.equal(batches[2][4].fields.map(String), ['9007199254741017', '24.5', '2024-01-01T00:00:24.500', '9007199254741018']);
    await conn.begin();
    await conn.execute('DELETE FROM t');
    await conn.rollback();
    assert.equal(await conn.query('SELECT count(*) FROM t'), [[25n]]);
    await conn.close();
    const missing = await openSqliteConnection(parseJdbcUrl(`jdbc:sqlite:${join(dir, 'none.db')}`, 'org.sqlite.JDBC'), { properties: {}, connectTimeoutMs: 100, mustExist: true }).then(() => undefined, (e: Error) => e);
    assert.match(String(missing?.message), /unable to open|does not exist/);
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
});

s.run();
