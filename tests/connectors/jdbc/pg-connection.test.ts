import { suite } from 'uvu';
import * as assert from 'uvu/assert';
import { typeToString } from '../../../core/types/data-type';
import { parseJdbcUrl } from '../../../connectors/jdbc/jdbc-url';
import { openPgConnection } from '../../../connectors/jdbc/pg-connection';
import { pgUrl, withPg, withPgDatabase } from '../../support/services';

const s = suite('pg-connection');

s('describe tells types, nullability and the source table without reading rows', async () => {
  await withPgDatabase(async (db) => {
    await withPg((c) => c.query('CREATE SCHEMA app; CREATE TABLE app.t (id int NOT NULL, v varchar(12), n numeric(9, 2))'), db);
    const conn = await openPgConnection(parseJdbcUrl(pgUrl(db), 'org.postgresql.Driver'), { user: 'postgres', properties: {}, connectTimeoutMs: 5000 });
    try {
      const cols = await conn.describe('SELECT id, v, n, n * 2 AS twice FROM app.t;');
      assert.equal(cols.map((c) => [c.name, typeToString(c.type), c.nullable, c.columnLength ?? null]), [
        ['id', 'INT', false, null], ['v', 'STRING', true, 12], ['n', 'Decimal(9, 2)', true, 9], ['twice', 'Decimal(38, 18)', true, null],
      ]);
      assert.equal(cols[0].origin, { database: db, schema: 'app', table: 't' });
      assert.is(cols[3].origin, undefined);
    } finally {
      await conn.close();
    }
  });
});

s('a stream reads in fetch-size chunks; a transaction rolls back; currentSchema sets the search path', async () => {
  await withPgDatabase(async (db) => {
    await withPg((c) => c.query('CREATE SCHEMA app; CREATE TABLE app.t AS SELECT i FROM generate_series(1, 2500) i'), db);
    const conn = await openPgConnection(parseJdbcUrl(`${pgUrl(db)}?currentSchema=app`, 'org.postgresql.Driver'), { user: 'postgres', properties: { currentSchema: 'app' }, connectTimeoutMs: 5000 });
    try {
      const cols = await conn.describe('SELECT i FROM t');
      const sizes: number[] = [];
      for await (const b of conn.stream('SELECT i FROM t WHERE i > $1', [500], cols, 1000, 'x')) sizes.push(b.length);
      assert.equal(sizes, [1000, 1000]);
      await conn.begin();
      assert.is(await conn.execute('DELETE FROM t'), 2500);
      await conn.rollback();
      assert.equal(await conn.query('SELECT count(*)::int FROM t'), [[2500]]);
    } finally {
      await conn.close();
    }
  });
});

s.run();
