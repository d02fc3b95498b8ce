import { suite } from 'uvu';
import * as assert from 'uvu/assert';
import { column } from '../../../core/catalog/catalog-table';
import { Types, arrayType, decimalType, rowType } from '../../../core/types/data-type';
import { Decimal } from '../../../core/types/decimal';
import { LocalDate } from '../../../core/types/temporal';
import { postgresDialect as d } from '../../../connectors/jdbc/postgres-dialect';
import { withPg, withPgDatabase } from '../../support/services';

const s = suite('postgres-dialect');

s('quoting, upsert clauses and column types', () => {
  assert.is(d.tableSql({ schema: 'my"s', table: 'T' }), '"my""s"."T"');
  assert.is(d.upsertSuffix(['id', 'a', 'b'], ['id']), ' ON CONFLICT ("id") DO UPDATE SET "a" = EXCLUDED."a", "b" = EXCLUDED."b"');
  assert.is(d.upsertSuffix(['id'], ['id']), ' ON CONFLICT ("id") DO NOTHING');
  const t = (type: Parameters<typeof column>[1], extra = {}) => d.columnType(column('c', type, extra), false);
  assert.equal([t(Types.STRING), t(Types.STRING, { columnLength: 9 }), t(decimalType(50, 20)), t(arrayType(Types.FLOAT)), t(rowType(['a'], [Types.INT])), t(Types.TINYINT)], [
    'TEXT', 'VARCHAR(9)', 'NUMERIC(50, 20)', 'REAL[]', 'JSONB', 'SMALLINT',
  ]);
});

s('parameters written by the writers are read back by PostgreSQL as the same values', async () => {
  await withPgDatabase(async (db) => {
    await withPg(async (c) => {
      await c.query('CREATE TABLE t (a bigint[], b text[], n numeric(40, 20), d date, r jsonb)');
      const w = (type: Parameters<typeof d.writer>[0], v: unknown) => d.writer(type)(v);
      await c.query('INSERT INTO t VALUES ($1, $2, $3, $4, $5)', [
        w(arrayType(Types.BIGINT), [9223372036854775807n, null]),
        w(arrayType(Types.STRING), ['a,b', 'q"u{o}te', 'NULL']),
        w(decimalType(40, 20), Decimal.parse('-12345678901234567890.12345678901234567890')),
        w(Types.DATE, new LocalDate(2024, 2, 29)),
        w(rowType(['x'], [Types.INT]), { fields: [1] }),
      ]);
      const r = await c.query('SELECT a::text, b, n::text, d::text FROM t');
      assert.equal(r.rows[0], { a: '{9223372036854775807,NULL}', b: ['a,b', 'q"u{o}te', 'NULL'], n: '-12345678901234567890.12345678901234567890', d: '2024-02-29' });
    }, db);
  });
});

s.run();
