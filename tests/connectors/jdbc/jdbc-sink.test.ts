import { suite } from 'uvu';
import * as assert from 'uvu/assert';
import type { CatalogTable } from '../../../core/catalog/catalog-table';
import { SeatideError } from '../../../core/errors';
import type { Source } from '../../../core/plugin/contracts';
import { sameType, typeToString } from '../../../core/types/data-type';
import type { SeaTunnelRow } from '../../../core/types/row';
import { valuesEqual } from '../../../core/types/values-equal';
import { jdbcSink } from '../../../connectors/jdbc/jdbc-sink';
import { jdbcSource } from '../../../connectors/jdbc/jdbc-source';
import {
  chunks,
  closedPort,
  createSink,
  createSource,
  mysqlUrl,
  pgUrl,
  readBatches,
  readRows,
  withMysql,
  withMysqlDatabase,
  withPg,
  withPgDatabase,
  writeAll,
} from '../../support/services';

const s = suite('jdbc-sink');

const PG_DRIVER = 'org.postgresql.Driver';
const MARIADB_DRIVER = 'org.mariadb.jdbc.Driver';

/** Every source batch through a fresh sink (as one job would), then commit. */
async function copy(source: Source, sinkOptions: Record<string, unknown>, parallelism = 1): Promise<void> {
  const batches = (await readBatches(source, parallelism)).flat();
  const sink = await createSink(jdbcSink, sinkOptions, source.tables as CatalogTable[]);
  await writeAll(sink, batches);
}

const byId = (a: SeaTunnelRow, b: SeaTunnelRow) => (BigInt(a.fields[0] as bigint) < BigInt(b.fields[0] as bigint) ? -1 : 1);

const ROUND_TRIP_TABLE = `
  CREATE TABLE src (
    id bigint PRIMARY KEY,
    c_smallint smallint, c_int integer, c_bigint bigint, c_real real, c_double double precision,
    c_numeric numeric(38, 10), c_numeric_free numeric, c_bool boolean,
    c_text text, c_varchar varchar(100), c_char char(8),
    c_date date, c_time time(6), c_timestamp timestamp(6), c_timestamptz timestamptz,
    c_bytea bytea, c_json jsonb, c_uuid uuid
  )`;

const EDGE_ROWS = `
  INSERT INTO src VALUES
  (1, NULL, NULL, NULL, NULL, NULL, NULL, NULL, NULL, NULL, NULL, NULL, NULL, NULL, NULL, NULL, NULL, NULL, NULL),
  (2, -32768, -2147483648, -9223372036854775808, -3.4028235e38, -1.7976931348623157e308,
      -9999999999999999999999999999.9999999999, -123456789012345678.123456789012345678, false,
      '', '', '', '0001-01-01', '00:00:00', '0001-01-01 00:00:00.000001', '1970-01-01 00:00:00+00',
      '\\x', '{}', '00000000-0000-0000-0000-000000000000');
  INSERT INTO src VALUES (3, 32767, 2147483647, 9223372036854775807, 3.4028235e38, 1.7976931348623157e308,
      9999999999999999999999999999.9999999999, 0.000000000000000001, true,
      E'h\\u00e9llo w\\u00f6rld \\U0001F600 \\u4e2d\\u6587 \\u05e2\\u05d1\\u05e8\\u05d9\\u05ea \\t\\n "dq" ''sq'' \\\\ back',
      repeat(E'\\U0001F680', 100), 'ab', '9999-12-31', '23:59:59.999999', '9999-12-31 23:59:59.999999',
      '2038-01-19 03:14:08.5+05:30', (SELECT decode(string_agg(lpad(to_hex(b), 2, '0'), ''), 'hex') FROM generate_series(0, 255) AS b),
      '{"k": [1, 2.5, "x\\u00fc"], "nested": {"a": null}}', 'a0eebc99-9c0b-4ef8-bb6d-6bb9bd380a11')`;

// Deterministic varied rows: every value is exact in every database on the way (reals are multiples of 1/8).
const GENERATED_ROWS = `
  INSERT INTO src SELECT i,
    (i % 65536) - 32768, (i * 7919) % 2147483647 - 1073741823, i * 1000000007::bigint * 1000003 - 4611686018427387904,
    (i % 4096)::real / 8, i * 1.1::double precision / 3, (i * 12345.6789012345)::numeric(38, 10), (i::numeric / 7)::numeric(30, 12),
    i % 3 = 0, md5(i::text) || ' ' || chr(256 + i % 5000) || chr(128512 + i % 80), left(md5((i * 3)::text), i % 33),
    chr(65 + i % 26), DATE '2000-01-01' + i, TIME '00:00:00' + (i * 1.000001) * INTERVAL '1 second',
    TIMESTAMP '1999-12-31 23:59:59' + i * INTERVAL '1 hour 1.000001 second', TIMESTAMPTZ '2020-02-29 12:00:00+00' + i * INTERVAL '1 minute',
    decode(md5(i::text), 'hex'), jsonb_build_object('i', i, 's', md5(i::text)), md5(i::text)::uuid
  FROM generate_series(10, 2009) AS i`;

s('PostgreSQL -> MariaDB -> PostgreSQL keeps every column type and value, row by row', async () => {
  await withPgDatabase(async (pgDb) => {
    await withMysqlDatabase(async (myDb) => {
      await withPg(async (c) => {
        await c.query(ROUND_TRIP_TABLE);
        await c.query(EDGE_ROWS);
        await c.query(GENERATED_ROWS);
      }, pgDb);
      const pgSource = () => createSource(jdbcSource, { url: pgUrl(pgDb), driver: PG_DRIVER, user: 'postgres', table_path: `${pgDb}.public.src` });

      await copy(await pgSource(), { url: mysqlUrl(myDb), driver: MARIADB_DRIVER, user: 'root', generate_sink_sql: true, database: myDb, table: 'mid', batch_size: 300 }, 2);
      const mid = await createSource(jdbcSource, { url: mysqlUrl(myDb), driver: MARIADB_DRIVER, user: 'root', table_path: `${myDb}.mid` });
      assert.equal(mid.tables[0].schema.primaryKey?.columnNames, ['id'], 'the key travels with the created table');
      await copy(mid, { url: pgUrl(pgDb), driver: PG_DRIVER, user: 'postgres', generate_sink_sql: true, database: pgDb, table: 'public.back' }, 3);

      const original = await pgSource();
      const back = await createSource(jdbcSource, { url: pgUrl(pgDb), driver: PG_DRIVER, user: 'postgres', table_path: `${pgDb}.public.back` });
      const cols = original.tables[0].schema.columns;
      const backCols = back.tables[0].schema.columns;
      assert.equal(backCols.map((c) => c.name), cols.map((c) => c.name));
      for (let i = 0; i < cols.length; i++) {
        assert.ok(sameType(cols[i].type, backCols[i].type), `${cols[i].name}: ${typeToString(cols[i].type)} came back as ${typeToString(backCols[i].type)}`);
      }
      const expected = (await readRows(original)).sort(byId);
      const actual = (await readRows(back, 2)).sort(byId);
      assert.is(expected.length, 2 + 2000 + 1);
      assert.is(actual.length, expected.length);
      for (let r = 0; r < expected.length; r++) {
        for (let i = 0; i < cols.length; i++) {
          const a = actual[r].fields[i];
          const e = expected[r].fields[i];
          if (!valuesEqual(a, e, cols[i].type)) assert.unreachable(`row ${String(e === null ? r : expected[r].fields[0])} column ${cols[i].name}: ${String(a)} != ${String(e)}`);
        }
      }
      // The text column holds what PostgreSQL stored, character for character.
      const text = expected.find((row) => row.fields[0] === 3n)!.fields[9] as string;
      assert.ok(text.includes('😀') && text.includes('中文') && text.includes('עברית') && text.includes("'sq'"));
      assert.is((expected.find((row) => row.fields[0] === 3n)!.fields[16] as Uint8Array).length, 256);
    });
  });
});

s('generate_sink_sql upserts on primary_keys, deletes DELETE rows by key and skips UPDATE_BEFORE', async () => {
  await withPgDatabase(async (db) => {
    await withPg((c) => c.query('CREATE TABLE src (id int PRIMARY KEY, name text, n numeric(10, 2))'), db);
    await withPg((c) => c.query("INSERT INTO src SELECT i, 'v' || i, i / 4.0 FROM generate_series(1, 10) i"), db);
    const source = await createSource(jdbcSource, { url: pgUrl(db), driver: PG_DRIVER, user: 'postgres', query: 'SELECT * FROM src' });
    const rows = await readRows(source);
    await withMysqlDatabase(async (myDb) => {
      const options = { url: mysqlUrl(myDb), driver: MARIADB_DRIVER, user: 'root', generate_sink_sql: true, database: myDb, table: 'dst', primary_keys: ['id'] };
      await writeAll(await createSink(jdbcSink, options, source.tables), [rows]);
      const changed = rows.slice(0, 4).map((r, i) => r.copy([r.fields[0], `changed${i}`, r.fields[2]]));
      changed[0].kind = 2; // UPDATE_AFTER
      changed[1].kind = 3; // DELETE
      changed[2].kind = 1; // UPDATE_BEFORE: skipped
      changed[3].kind = 0; // INSERT of an existing key: upserted
      const sink = await createSink(jdbcSink, { ...options, batch_size: 2 }, source.tables);
      await writeAll(sink, [changed]);
      const [result] = await withMysql((c) => c.query(`SELECT id, name FROM ${myDb}.dst ORDER BY id`));
      const got = (result as { id: number; name: string }[]).map((r) => `${r.id}:${r.name}`);
      assert.equal(got, ['1:changed0', '3:v3', '4:changed3', '5:v5', '6:v6', '7:v7', '8:v8', '9:v9', '10:v10']);
    });
  });
});

s('an explicit query runs once per row with the fields as parameters', async () => {
  await withPgDatabase(async (db) => {
    await withPg((c) => c.query("CREATE TABLE t (a int, b text, c text DEFAULT 'set by ? in a string')"), db);
    await withPg((c) => c.query("CREATE TABLE src AS SELECT i AS a, 'x' || i AS b FROM generate_series(1, 5) i"), db);
    const source = await createSource(jdbcSource, { url: pgUrl(db), driver: PG_DRIVER, user: 'postgres', table_path: 'src' });
    await copy(source, { url: pgUrl(db), driver: PG_DRIVER, user: 'postgres', query: "INSERT INTO t (a, b, c) VALUES (?, ?, 'literal ?')" });
    const r = await withPg((c) => c.query('SELECT a, b, c FROM t ORDER BY a'), db);
    assert.equal(r.rows.map((x) => `${x.a}|${x.b}|${x.c}`), ['1|x1|literal ?', '2|x2|literal ?', '3|x3|literal ?', '4|x4|literal ?', '5|x5|literal ?']);
  });
});

s('a refused connection fails with SINK-02 naming the plugin, host:port and cause, without the password', async () => {
  const port = await closedPort();
  const table = { tablePath: { toString: () => 't', tableName: 't' } } as unknown as CatalogTable;
  const err = await createSink(jdbcSink, { url: pgUrl('test', port), driver: PG_DRIVER, user: 'postgres', password: 'S3cretPassw0rd', generate_sink_sql: true, database: 'test' }, [table]).then(
    () => undefined,
    (e: unknown) => e,
  );
  assert.instance(err, SeatideError);
  const e = err as SeatideError;
  assert.is(e.code, 'SINK-02');
  assert.match(e.message, 'Jdbc sink');
  assert.match(e.message, `127.0.0.1:${port}`);
  assert.match(e.message, /ECONNREFUSED/);
  assert.not.match(`${e.message} ${String((e.cause as Error)?.message)} ${JSON.stringify(e.context)}`, 'S3cretPassw0rd');
});

s('a wrong MariaDB password fails with SINK-02 and the server reason, never the password', async () => {
  await withMysqlDatabase(async (myDb) => {
    const user = `seatide_u${Date.now() % 100000}`;
    await withMysql(async (c) => {
      await c.query(`CREATE USER '${user}'@'%' IDENTIFIED BY 'RightPassw0rd'`);
      await c.query(`CREATE USER '${user}'@'localhost' IDENTIFIED BY 'RightPassw0rd'`);
    });
    try {
      const source = await createSource(jdbcSource, { url: pgUrl(), driver: PG_DRIVER, user: 'postgres', query: 'SELECT 1 AS id' });
      const err = await copy(source, { url: mysqlUrl(myDb), driver: MARIADB_DRIVER, user, password: 'WrongPassw0rd', query: 'INSERT INTO x VALUES (?)' }).then(
        () => undefined,
        (e: unknown) => e,
      );
      assert.instance(err, SeatideError);
      const e = err as SeatideError;
      assert.is(e.code, 'SINK-02');
      assert.match(e.message, '127.0.0.1:3306');
      assert.match(e.message, /Access denied/);
      assert.not.match(e.message, 'WrongPassw0rd');
    } finally {
      await withMysql(async (c) => {
        await c.query(`DROP USER IF EXISTS '${user}'@'%'`);
        await c.query(`DROP USER IF EXISTS '${user}'@'localhost'`);
      });
    }
  });
});

s('writing into a missing table fails with SINK-01 naming the table error', async () => {
  await withPgDatabase(async (db) => {
    const source = await createSource(jdbcSource, { url: pgUrl(db), driver: PG_DRIVER, user: 'postgres', query: 'SELECT 1 AS id' });
    const err = await copy(source, { url: pgUrl(db), driver: PG_DRIVER, user: 'postgres', password: 'NotUsedPassword', query: 'INSERT INTO no_such_table VALUES (?)' }).then(
      () => undefined,
      (e: unknown) => e,
    );
    assert.instance(err, SeatideError);
    assert.is((err as SeatideError).code, 'SINK-01');
    assert.match((err as SeatideError).message, /relation "no_such_table" does not exist/);
    assert.match((err as SeatideError).message, `127.0.0.1:5432/${db}`);
  });
});

s('the option rule requires query unless generate_sink_sql, and database with it', async () => {
  const err = await createSink(jdbcSink, { url: pgUrl(), driver: PG_DRIVER }, []).then(
    () => undefined,
    (e: unknown) => e,
  );
  assert.is((err as SeatideError).code, 'API-02');
  assert.match((err as SeatideError).message, "options('query') are required because ['generate_sink_sql' == false]");
  const err2 = await createSink(jdbcSink, { url: pgUrl(), driver: PG_DRIVER, generate_sink_sql: true }, []).then(
    () => undefined,
    (e: unknown) => e,
  );
  assert.match((err2 as SeatideError).message, "options('database') are required");
});

s('SQLite tables are written and read back, upserting by key', async () => {
  const { mkdtempSync, rmSync } = await import('node:fs');
  const { tmpdir } = await import('node:os');
  const { join } = await import('node:path');
  const dir = mkdtempSync(join(tmpdir(), 'seatide-sqlite-'));
  try {
    await withPgDatabase(async (db) => {
      await withPg((c) => c.query("CREATE TABLE src (id bigint PRIMARY KEY, d numeric(12, 3), ts timestamp, b bytea, t text); INSERT INTO src SELECT i, i / 8.0, TIMESTAMP '2024-01-01' + i * INTERVAL '1.5 second', '\\x01ff', 'ü' || i FROM generate_series(1, 1000) i"), db);
      const url = `jdbc:sqlite:${join(dir, 'out.db')}`;
      const source = () => createSource(jdbcSource, { url: pgUrl(db), driver: PG_DRIVER, user: 'postgres', table_path: 'public.src' });
      await copy(await source(), { url, driver: 'org.sqlite.JDBC', generate_sink_sql: true, database: 'main', table: 'copy', batch_size: 128 });
      await copy(await source(), { url, driver: 'org.sqlite.JDBC', generate_sink_sql: true, database: 'main', table: 'copy' }); // same keys again: upserts
      const back = await createSource(jdbcSource, { url, driver: 'org.sqlite.JDBC', table_path: 'copy' });
      const expected = (await readRows(await source())).sort(byId);
      const actual = (await readRows(back)).sort(byId);
      assert.is(actual.length, 1000);
      const types = back.tables[0].schema.columns.map((c) => typeToString(c.type));
      assert.equal(types, ['BIGINT', 'Decimal(12, 3)', 'TIMESTAMP', 'BYTES', 'STRING']);
      for (let r = 0; r < expected.length; r++) {
        expected[r].fields.forEach((v, i) => assert.ok(valuesEqual(actual[r].fields[i], v), `row ${r} field ${i}`));
      }
    });
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
});

s('batches of 20,000 rows land in one table with parallel writers', async () => {
  await withPgDatabase(async (db) => {
    await withPg((c) => c.query('CREATE TABLE src AS SELECT i AS id, md5(i::text) AS v FROM generate_series(1, 20000) i'), db);
    const source = await createSource(jdbcSource, { url: pgUrl(db), driver: PG_DRIVER, user: 'postgres', query: 'SELECT * FROM src', fetch_size: 700 });
    const batches = (await readBatches(source)).flat();
    assert.ok(batches.every((b) => b.length <= 700));
    const sink = await createSink(jdbcSink, { url: pgUrl(db), driver: PG_DRIVER, user: 'postgres', generate_sink_sql: true, database: db, table: 'dst' }, source.tables);
    const { subtask } = await import('../../support/services');
    const writers = await Promise.all([0, 1, 2].map((i) => sink.createWriter(subtask(i, 3))));
    await Promise.all(writers.map(async (w, i) => {
      for (const b of chunks(batches, 1).filter((_, j) => j % 3 === i)) await w.write(b[0]);
    }));
    const infos = [];
    for (const w of writers) infos.push(await w.prepareCommit?.(1));
    for (const w of writers) await w.close();
    await sink.commit?.(infos);
    await sink.close?.();
    const r = await withPg((c) => c.query('SELECT count(*)::int AS n, count(DISTINCT id)::int AS d FROM dst'), db);
    assert.equal(r.rows[0], { n: 20000, d: 20000 });
  });
});

s.run();
