import { suite } from 'uvu';
import * as assert from 'uvu/assert';
import { TablePath, catalogTable, column, tableSchema } from '../../../core/catalog/catalog-table';
import { SeatideError } from '../../../core/errors';
import { Types, arrayType, decimalType, mapType, rowType } from '../../../core/types/data-type';
import { jdbcSink } from '../../../connectors/jdbc/jdbc-sink';
import { createSink, mysqlUrl, pgUrl, suffix, withMysql, withMysqlDatabase, withPg, withPgDatabase } from '../../support/services';

const s = suite('jdbc-save-mode');

const everyType = catalogTable(
  new TablePath('src', undefined, 'every'),
  tableSchema(
    [
      column('id', Types.BIGINT, { nullable: false }),
      column('c_string', Types.STRING),
      column('c_sized', Types.STRING, { columnLength: 40 }),
      column('c_boolean', Types.BOOLEAN),
      column('c_tinyint', Types.TINYINT),
      column('c_smallint', Types.SMALLINT),
      column('c_int', Types.INT, { nullable: false }),
      column('c_float', Types.FLOAT),
      column('c_double', Types.DOUBLE),
      column('c_decimal', decimalType(30, 8)),
      column('c_bytes', Types.BYTES),
      column('c_date', Types.DATE),
      column('c_time', Types.TIME),
      column('c_timestamp', Types.TIMESTAMP),
      column('c_array', arrayType(Types.INT)),
      column('c_map', mapType(Types.STRING, Types.INT)),
      column('c_row', rowType(['a'], [Types.INT])),
    ],
    { name: 'pk', columnNames: ['id'] },
  ),
);

const PG_TYPES = [
  'id bigint NO', 'c_string text YES', 'c_sized character varying YES', 'c_boolean boolean YES', 'c_tinyint smallint YES', 'c_smallint smallint YES',
  'c_int integer NO', 'c_float real YES', 'c_double double precision YES', 'c_decimal numeric YES', 'c_bytes bytea YES', 'c_date date YES',
  'c_time time without time zone YES', 'c_timestamp timestamp without time zone YES', 'c_array ARRAY YES', 'c_map jsonb YES', 'c_row jsonb YES',
];
const MYSQL_TYPES = [
  'id bigint NO', 'c_string longtext YES', 'c_sized varchar YES', 'c_boolean tinyint YES', 'c_tinyint tinyint YES', 'c_smallint smallint YES',
  'c_int int NO', 'c_float float YES', 'c_double double YES', 'c_decimal decimal YES', 'c_bytes longblob YES', 'c_date date YES',
  'c_time time YES', 'c_timestamp datetime YES', 'c_array longtext YES', 'c_map longtext YES', 'c_row longtext YES',
];

const pgSink = (db: string, extra: Record<string, unknown> = {}) =>
  createSink(jdbcSink, { url: pgUrl(db), driver: 'org.postgresql.Driver', user: 'postgres', generate_sink_sql: true, database: db, table: 'public.every', ...extra }, [everyType]);

const pgColumns = async (db: string, table = 'every') =>
  (await withPg((c) => c.query('SELECT column_name, data_type, is_nullable FROM information_schema.columns WHERE table_name = $1 ORDER BY ordinal_position', [table]), db)).rows.map(
    (r) => `${r.column_name} ${r.data_type} ${r.is_nullable}`,
  );

const fails = (p: Promise<unknown>): Promise<SeatideError> =>
  p.then(
    () => assert.unreachable('expected a failure') as never,
    (e: unknown) => e as SeatideError,
  );

s('CREATE_SCHEMA_WHEN_NOT_EXIST creates the PostgreSQL table with mapped column types and the key', async () => {
  await withPgDatabase(async (db) => {
    await pgSink(db);
    assert.equal(await pgColumns(db), PG_TYPES);
    const detail = await withPg((c) => c.query("SELECT numeric_precision, numeric_scale FROM information_schema.columns WHERE table_name = 'every' AND column_name = 'c_decimal'"), db);
    assert.equal(detail.rows[0], { numeric_precision: 30, numeric_scale: 8 });
    const pk = await withPg((c) => c.query("SELECT a.attname FROM pg_index i JOIN pg_attribute a ON a.attrelid = i.indrelid AND a.attnum = ANY(i.indkey) WHERE i.indrelid = 'every'::regclass AND i.indisprimary"), db);
    assert.equal(pk.rows, [{ attname: 'id' }]);
  });
});

s('CREATE_SCHEMA_WHEN_NOT_EXIST creates the MariaDB database and table with mapped types', async () => {
  const db = `seatide_${suffix()}`;
  try {
    await createSink(jdbcSink, { url: mysqlUrl(), driver: 'com.mysql.cj.jdbc.Driver', user: 'root', generate_sink_sql: true, database: db, table: 'every' }, [everyType]);
    const [rows] = await withMysql((c) => c.query('SELECT column_name AS n, data_type AS t, is_nullable AS x FROM information_schema.columns WHERE table_schema = ? ORDER BY ordinal_position', [db]));
    assert.equal((rows as { n: string; t: string; x: string }[]).map((r) => `${r.n} ${r.t} ${r.x}`), MYSQL_TYPES);
  } finally {
    await withMysql((c) => c.query(`DROP DATABASE IF EXISTS ${db}`));
  }
});

s('a PostgreSQL database named by `database` is created when missing', async () => {
  const db = `seatide_${suffix()}`;
  try {
    await createSink(jdbcSink, { url: pgUrl(), driver: 'org.postgresql.Driver', user: 'postgres', generate_sink_sql: true, database: db, table: 'every' }, [everyType]);
    assert.equal(await pgColumns(db), PG_TYPES);
  } finally {
    await withPg((c) => c.query(`DROP DATABASE IF EXISTS ${db} WITH (FORCE)`));
  }
});

s('DROP_DATA empties the table, APPEND_DATA keeps it, CUSTOM_PROCESSING runs custom_sql', async () => {
  await withPgDatabase(async (db) => {
    await pgSink(db);
    const fill = () => withPg((c) => c.query('INSERT INTO every (id, c_int) SELECT i, i FROM generate_series(1, 10) i'), db);
    const count = async () => Number((await withPg((c) => c.query('SELECT count(*) AS n FROM every'), db)).rows[0].n);
    await fill();
    await pgSink(db, { data_save_mode: 'APPEND_DATA' });
    assert.is(await count(), 10);
    await pgSink(db, { data_save_mode: 'CUSTOM_PROCESSING', custom_sql: 'DELETE FROM every WHERE id > 4' });
    assert.is(await count(), 4);
    await pgSink(db, { data_save_mode: 'DROP_DATA' });
    assert.is(await count(), 0);
  });
});

s('ERROR_WHEN_DATA_EXISTS refuses a table with rows (API-10) and accepts an empty one', async () => {
  await withMysqlDatabase(async (db) => {
    const options = { url: mysqlUrl(db), driver: 'org.mariadb.jdbc.Driver', user: 'root', generate_sink_sql: true, database: db, table: 'every', data_save_mode: 'ERROR_WHEN_DATA_EXISTS' };
    await createSink(jdbcSink, options, [everyType]);
    await withMysql((c) => c.query(`INSERT INTO ${db}.every (id, c_int) VALUES (1, 1)`));
    const e = await fails(createSink(jdbcSink, options, [everyType]));
    assert.is(e.code, 'API-10');
    assert.match(e.message, `table '${db}.every' already has data`);
  });
});

s('ERROR_WHEN_SCHEMA_NOT_EXIST refuses a missing table (API-11); RECREATE_SCHEMA drops and creates', async () => {
  await withPgDatabase(async (db) => {
    const e = await fails(pgSink(db, { schema_save_mode: 'ERROR_WHEN_SCHEMA_NOT_EXIST' }));
    assert.is(e.code, 'API-11');
    assert.match(e.message, "table 'public.every' does not exist");
    await withPg((c) => c.query('CREATE TABLE every (old_column int); INSERT INTO every VALUES (1)'), db);
    await pgSink(db, { schema_save_mode: 'ERROR_WHEN_SCHEMA_NOT_EXIST' });
    await pgSink(db, { schema_save_mode: 'RECREATE_SCHEMA' });
    assert.equal(await pgColumns(db), PG_TYPES);
  });
});

s('IGNORE touches nothing; field_ide names created tables and columns in upper case', async () => {
  await withPgDatabase(async (db) => {
    await pgSink(db, { schema_save_mode: 'IGNORE' });
    assert.equal(await pgColumns(db), []);
    await pgSink(db, { table: 'public.upper_me', field_ide: 'UPPERCASE' });
    const cols = await pgColumns(db, 'UPPER_ME');
    assert.is(cols[0], 'ID bigint NO');
    assert.is(cols.length, PG_TYPES.length);
  });
});

s.run();
