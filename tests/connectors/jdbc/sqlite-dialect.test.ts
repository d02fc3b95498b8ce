import { suite } from 'uvu';
import * as assert from 'uvu/assert';
import { column } from '../../../core/catalog/catalog-table';
import { Types, decimalType, mapType } from '../../../core/types/data-type';
import { Decimal } from '../../../core/types/decimal';
import { sqliteDialect as d } from '../../../connectors/jdbc/sqlite-dialect';

const s = suite('sqlite-dialect');

s('types keep their declared names so they read back the same; upsert uses excluded', () => {
  const t = (type: Parameters<typeof column>[1]) => d.columnType(column('c', type), false);
  assert.equal([t(Types.INT), t(Types.BIGINT), t(decimalType(10, 2)), t(Types.TIMESTAMP), t(mapType(Types.STRING, Types.INT)), t(Types.BYTES)], [
    'INT', 'BIGINT', 'DECIMAL(10, 2)', 'TIMESTAMP', 'TEXT', 'BLOB',
  ]);
  assert.is(d.upsertSuffix(['k', 'v'], ['k']), ' ON CONFLICT ("k") DO UPDATE SET "v" = excluded."v"');
});

s('booleans become 0/1 and split bounds numbers, as SQLite compares by storage class', () => {
  assert.equal([d.writer(Types.BOOLEAN)(true), d.writer(Types.BOOLEAN)(false)], [1, 0]);
  assert.equal([d.boundParam(Decimal.parse('42')), d.boundParam(Decimal.parse('4.25'))], [42n, 4.25]);
});

s.run();
