import { suite } from 'uvu';
import * as assert from 'uvu/assert';
import { SeatideError } from '../../../core/errors';
import { typeToString } from '../../../core/types/data-type';
import { Decimal } from '../../../core/types/decimal';
import { jdbcSource } from '../../../connectors/jdbc/jdbc-source';
import { closedPort, createSource, mysqlUrl, pgUrl, readBatches, readRows, subtask, withMysql, withMysqlDatabase, withPg, withPgDatabase } from '../../support/services';

const s = suite('jdbc-source');

const PG = { driver: 'org.postgresql.Driver', user: 'postgres' };
const MARIADB = { driver: 'org.mariadb.jdbc.Driver', user: 'root' };

const fails = (p: Promise<unknown>): Promise<SeatideError> =>
  p.then(
    () => assert.unreachable('expected a failure') as never,
    (e: unknown) => {
      assert.instance(e, SeatideError);
      return e as SeatideError;
    },
  );

s('25,000 rows read in 4 parallel partitions: every row once, each reader its own ranges', async () => {
  await withPgDatabase(async (db) => {
    await withPg((c) => c.query("CREATE TABLE big AS SELECT i::bigint AS id, 'row ' || i AS v FROM generate_series(1, 25000) i; INSERT INTO big VALUES (NULL, 'no id')"), db);
    const source = await createSource(jdbcSource, { ...PG, url: pgUrl(db), query: 'SELECT * FROM big', partition_column: 'id', partition_num: 8, fetch_size: 1000 });
    const perReader = await readBatches(source, 4);
    const all = perReader.flat(2);
    assert.is(all.length, 25001);
    assert.is(new Set(all.map((r) => String(r.fields[0]))).size, 25001);
    for (const batches of perReader) {
      assert.ok(batches.length > 0, 'every reader got splits');
      assert.ok(batches.every((b) => b.length <= 1000), 'batches follow fetch_size');
    }
    // 8 ranges of ~3125 ids over 4 readers: reader i holds ranges i and i + 4.
    const ids0 = perReader[0].flat().map((r) => r.fields[0]).filter((v) => v !== null) as bigint[];
    assert.ok(ids0.every((id) => (id >= 1n && id <= 3125n) || (id >= 12501n && id <= 15625n)), 'reader 0 read ranges 0 and 4');
    assert.ok(perReader[0].flat().some((r) => r.fields[0] === null), 'NULL ids go with the first range');
  });
});

s('MariaDB rows split by explicit bounds: outside rows are not read, a fractional column splits without gaps', async () => {
  await withMysqlDatabase(async (db) => {
    await withMysql(async (c) => {
      await c.query(`CREATE TABLE ${db}.m (k DECIMAL(10, 2) PRIMARY KEY, v VARCHAR(10))`);
      const values = Array.from({ length: 2000 }, (_, i) => `(${(i / 4).toFixed(2)}, 'v${i}')`).join(',');
      await c.query(`INSERT INTO ${db}.m VALUES ${values}`);
    });
    const source = await createSource(jdbcSource, {
      ...MARIADB, url: mysqlUrl(db), table_path: `${db}.m`, partition_column: 'k', partition_lower_bound: '10.25', partition_upper_bound: 400.5, partition_num: 7,
    });
    const rows = await readRows(source, 3);
    const keys = rows.map((r) => (r.fields[0] as Decimal).toString()).sort((a, b) => Number(a) - Number(b));
    // 10.25 .. 400.50 in steps of 0.25
    assert.is(keys.length, (400.5 - 10.25) / 0.25 + 1);
    assert.is(keys[0], '10.25');
    assert.is(keys[keys.length - 1], '400.50');
    assert.is(new Set(keys).size, keys.length);
  });
});

s('where_condition filters a table_path read; the table path and primary key name the produced table', async () => {
  await withPgDatabase(async (db) => {
    await withPg((c) => c.query('CREATE SCHEMA s1; CREATE TABLE s1.t (id int PRIMARY KEY, v text NOT NULL); INSERT INTO s1.t SELECT i, i::text FROM generate_series(1, 50) i'), db);
    const source = await createSource(jdbcSource, { ...PG, url: pgUrl(db), table_path: `${db}.s1.t`, where_condition: 'where id > 40' });
    const t = source.tables[0];
    assert.is(t.tablePath.toString(), `${db}.s1.t`);
    assert.equal(t.schema.primaryKey?.columnNames, ['id']);
    assert.equal(t.schema.columns.map((c) => [c.name, typeToString(c.type), c.nullable]), [['id', 'INT', false], ['v', 'STRING', false]]);
    const rows = await readRows(source, 2);
    assert.equal(rows.map((r) => r.fields[0]).sort((a, b) => Number(a) - Number(b)), [41, 42, 43, 44, 45, 46, 47, 48, 49, 50]);
    assert.ok(rows.every((r) => r.tableId === `${db}.s1.t`));
  });
});

s('a query over one table is named after that table; an expression query gets default.default.default', async () => {
  await withMysqlDatabase(async (db) => {
    await withMysql((c) => c.query(`CREATE TABLE ${db}.q (a INT)`));
    const named = await createSource(jdbcSource, { ...MARIADB, url: mysqlUrl(db), query: 'SELECT a FROM q' });
    assert.is(named.tables[0].tablePath.toString(), `${db}.q`);
    const expr = await createSource(jdbcSource, { ...MARIADB, url: mysqlUrl(db), query: 'SELECT 1 + 1 AS two' });
    assert.is(expr.tables[0].tablePath.toString(), 'default.default.default');
    const rows = await readRows(expr);
    assert.equal(rows.map((r) => r.fields), [[2]]);
  });
});

s('reads stream: the first batches of an endless result arrive and the reader stops when closed', async () => {
  const pg = await createSource(jdbcSource, { ...PG, url: pgUrl(), query: 'SELECT generate_series(1, 1000000000000) AS i', fetch_size: 500 });
  const my = await createSource(jdbcSource, { ...MARIADB, url: mysqlUrl(), query: 'SELECT seq FROM seq_1_to_1000000000000', fetch_size: 500 });
  for (const source of [pg, my]) {
    const started = Date.now();
    const reader = await source.createReader(subtask());
    let n = 0;
    for await (const batch of reader.read()) {
      assert.is(batch.length, 500);
      if (++n === 3) break;
    }
    await reader.close?.();
    assert.ok(Date.now() - started < 5000, `took ${Date.now() - started} ms`);
  }
});

s('a restored reader skips the splits it finished', async () => {
  await withPgDatabase(async (db) => {
    await withPg((c) => c.query('CREATE TABLE t AS SELECT i AS id FROM generate_series(1, 100) i'), db);
    const source = await createSource(jdbcSource, { ...PG, url: pgUrl(db), query: 'SELECT * FROM t', partition_column: 'id', partition_num: 4 });
    const first = await source.createReader(subtask(0, 1));
    const seen: number[] = [];
    let state: unknown;
    for await (const b of first.read()) {
      seen.push(...b.map((r) => r.fields[0] as number));
      state = first.snapshotState?.();
      if (seen.length >= 25) break;
    }
    await first.close?.();
    assert.equal(state, { finishedSplits: [] }, 'the first split is not finished while it is still being read');
    const again = await source.createReader(subtask(0, 1, new AbortController().signal, { finishedSplits: [0, 1] }));
    const rest: number[] = [];
    for await (const b of again.read()) rest.push(...b.map((r) => r.fields[0] as number));
    await again.close?.();
    assert.equal(rest.sort((a, b) => a - b), Array.from({ length: 50 }, (_, i) => i + 51));
  });
});

s('a missing table fails with SOURCE-01 naming the plugin, the server and the database error', async () => {
  const e = await fails(createSource(jdbcSource, { ...PG, url: pgUrl(), password: 'Unused-Secret', table_path: 'public.no_such_table_here' }));
  assert.is(e.code, 'SOURCE-01');
  assert.match(e.message, 'Jdbc source at postgresql://127.0.0.1:5432/test');
  assert.match(e.message, /relation "public.no_such_table_here" does not exist/);
  assert.not.match(e.message, 'Unused-Secret');
});

s('a refused connection fails with SOURCE-02 naming host:port and the cause, never the password', async () => {
  const port = await closedPort();
  const e = await fails(createSource(jdbcSource, { ...MARIADB, url: mysqlUrl('test', port), password: 'Very-Secret-1', query: 'SELECT 1' }));
  assert.is(e.code, 'SOURCE-02');
  assert.match(e.message, `Jdbc source at mysql://127.0.0.1:${port}/test`);
  assert.match(e.message, /ECONNREFUSED/);
  assert.not.match(`${e.message} ${(e.cause as Error).message}`, 'Very-Secret-1');
});

s('a password in the url never reaches a message', async () => {
  const port = await closedPort();
  const e = await fails(createSource(jdbcSource, { ...PG, url: `${pgUrl('test', port)}?user=postgres&password=InUrlSecret9`, query: 'SELECT 1' }));
  assert.is(e.code, 'SOURCE-02');
  assert.not.match(e.message, 'InUrlSecret9');
});

s('neither query nor table_path, a non-numeric partition column, a bad driver: API-02 errors', async () => {
  const none = await fails(createSource(jdbcSource, { ...PG, url: pgUrl() }));
  assert.is(none.code, 'API-02');
  assert.match(none.message, 'Either table_path or query must be specified');
  const source = await createSource(jdbcSource, { ...PG, url: pgUrl(), query: "SELECT 'a' AS s", partition_column: 's', partition_num: 2 });
  const e = await fails(readRows(source));
  assert.match(e.message, "partition_column 's' is STRING");
  const driver = await fails(createSource(jdbcSource, { url: pgUrl(), driver: 'com.mysql.cj.jdbc.Driver', query: 'SELECT 1' }));
  assert.match(driver.message, "driver 'com.mysql.cj.jdbc.Driver' does not match the postgresql url");
  assert.instance(Decimal.parse('1'), Decimal);
});

s.run();
