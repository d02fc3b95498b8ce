import { suite } from 'uvu';
import * as assert from 'uvu/assert';
import { Decimal } from '../../../core/types/decimal';
import { floorOf, partitionSplits } from '../../../connectors/jdbc/jdbc-split';
import { postgresDialect } from '../../../connectors/jdbc/postgres-dialect';
import { sqliteDialect } from '../../../connectors/jdbc/sqlite-dialect';

const s = suite('jdbc-split');
const d = (t: string) => Decimal.parse(t);

s('ranges are half-open, the first from the exact lower bound, the last to the exact upper bound', () => {
  const splits = partitionSplits('SELECT * FROM t', postgresDialect, { column: 'id', lower: d('1'), upper: d('10'), count: 3, includeNulls: false });
  assert.equal(splits.map((x) => x.params), [['1', '5'], ['5', '9'], ['9', '10']]);
  assert.is(splits[0].sql, 'SELECT * FROM (SELECT * FROM t) seatide_split WHERE seatide_split."id" >= $1 AND seatide_split."id" < $2');
  assert.match(splits[2].sql, '"id" <= $2');
});

s('NULLs go to the first split; fewer values than splits give fewer splits', () => {
  const splits = partitionSplits('q', postgresDialect, { column: 'k', lower: d('0'), upper: d('2'), count: 10, includeNulls: true });
  assert.is(splits.length, 3);
  assert.match(splits[0].sql, '(seatide_split."k" IS NULL OR (');
});

s('decimal and negative bounds split on integers; an empty range reads the query once', () => {
  const splits = partitionSplits('q', sqliteDialect, { column: 'k', lower: d('-2.5'), upper: d('3.5'), count: 2, includeNulls: false });
  assert.equal(splits.map((x) => x.params), [[-2.5, 1n], [1n, 3.5]]);
  assert.equal(partitionSplits('q', postgresDialect, { column: 'k', lower: d('5'), upper: d('1'), count: 4, includeNulls: false }), [{ id: 0, sql: 'q', params: [] }]);
  assert.equal([floorOf(d('-2.5')), floorOf(d('2.5')), floorOf(d('-3'))], [-3n, 2n, -3n]);
});

s.run();
