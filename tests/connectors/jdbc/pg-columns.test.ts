import { suite } from 'uvu';
import * as assert from 'uvu/assert';
import { typeToString } from '../../../core/types/data-type';
import { parsePgArray, parsePgTimestamp, pgColumnType } from '../../../connectors/jdbc/pg-columns';
import { PG, withPg } from '../../support/services';

const s = suite('pg-columns');

s('types follow the OID and modifier: numeric(p,s), unsized numeric, varchar length, arrays', () => {
  const numeric = pgColumnType(1700, ((12 << 16) | 3) + 4);
  assert.is(typeToString(numeric.type), 'Decimal(12, 3)');
  assert.is(typeToString(pgColumnType(1700, -1).type), 'Decimal(38, 18)');
  assert.is(pgColumnType(1043, 54).columnLength, 50);
  assert.is(typeToString(pgColumnType(1016, -1).type), 'ARRAY<BIGINT>');
  assert.is(typeToString(pgColumnType(2950, -1).type), 'STRING', 'uuid and other types read as text');
});

s('array literals: NULL, quotes, escapes and empty arrays', () => {
  assert.equal(parsePgArray('{1,NULL,3}'), ['1', null, '3']);
  assert.equal(parsePgArray('{"a b","NULL","x\\"y","c\\\\d"}'), ['a b', 'NULL', 'x"y', 'c\\d']);
  assert.equal(parsePgArray('{}'), []);
  assert.throws(() => parsePgArray('{{1},{2}}'), /multi-dimensional/);
});

s('server text of every kind reads back exactly', async () => {
  await withPg(async (c) => {
    await c.query("SET TIME ZONE 'UTC'");
    const r = await c.query({
      text: "SELECT 9223372036854775807::int8, 123456789012345678901234567.891::numeric(30,3), '2024-02-29 23:59:59.999999'::timestamp, '2024-02-29 23:59:59+05'::timestamptz, '\\x00ff'::bytea, '{1.5,-2}'::float8[], 'NaN'::real, '12:30:00.25+02'::timetz",
      rowMode: 'array',
      types: { getTypeParser: () => (v: string) => v },
    } as never);
    const [row] = r.rows as string[][];
    const read = (i: number) => pgColumnType(r.fields[i].dataTypeID, r.fields[i].dataTypeModifier).read(row[i]);
    assert.is(read(0), 9223372036854775807n);
    assert.is(String(read(1)), '123456789012345678901234567.891');
    assert.is(String(read(2)), '2024-02-29T23:59:59.999999');
    assert.is(String(read(3)), '2024-02-29T18:59:59');
    assert.equal(Array.from(read(4) as Uint8Array), [0, 255]);
    assert.equal(read(5), [1.5, -2]);
    assert.ok(Number.isNaN(read(6) as number));
    assert.is(String(read(7)), '12:30:00.250');
  }, PG.database);
  assert.throws(() => parsePgTimestamp('infinity'), /not a timestamp/);
});

s.run();
