import { suite } from 'uvu';
import * as assert from 'uvu/assert';
import { Types } from '../../../core/types/data-type';
import { bareQuery, readFields } from '../../../connectors/jdbc/jdbc-connection';

const s = suite('jdbc-connection');

const columns = [
  { name: 'n', type: Types.INT, nullable: true, read: (v: unknown) => Number(v) },
  { name: 'd', type: Types.DATE, nullable: true, read: () => { throw new RangeError('not a date'); } },
];

s('readFields converts values, keeps nulls and names the column of a value that does not fit', () => {
  assert.equal(readFields(['4', null], columns), [4, null]);
  assert.throws(() => readFields(['1', 'yesterday'], columns), /column 'd': cannot read "yesterday" as DATE: not a date/);
});

s('bareQuery drops trailing semicolons and space', () => {
  assert.is(bareQuery('  SELECT 1 ;; \n'), 'SELECT 1');
});

s.run();
