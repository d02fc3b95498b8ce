import { suite } from 'uvu';
import * as assert from 'uvu/assert';
import { Types, rowType } from '../../../core/types/data-type';
import { compileQuery } from '../../../transforms/sql/compile-query';
import { thrown } from '../transform-harness';

const s = suite('compile-query');
const input = rowType(['id', 'name', 'price'], [Types.INT, Types.STRING, Types.DOUBLE]);

s('output columns: * expands in input order, aliases name items, unaliased items take their text or column name', () => {
  const q = compileQuery("select *, id as id_, price * 2, t.name, upper(name) from t where id > 0", input);
  assert.equal(q.columns.map((c) => [c.name, c.type.kind, c.sourceColumn ?? null]), [
    ['id', 'INT', 'id'], ['name', 'STRING', 'name'], ['price', 'DOUBLE', 'price'], ['id_', 'INT', 'id'], ['price * 2', 'DOUBLE', null], ['name', 'STRING', 'name'], ['upper(name)', 'STRING', null],
  ]);
  assert.is(q.fromName, 't');
  assert.equal(q.project([1, 'a', 2.5]), [1, 'a', 2.5, 1, 5, 'a', 'A']);
  assert.is(q.project([0, 'a', 2.5]), null);
});

s('run-time failures name the failing item or the WHERE clause', () => {
  const q = compileQuery("select id, cast(name as int) as n from t where price / id > 1", input);
  assert.match(thrown(() => q.project([1, 'x', 5]))?.message ?? '', /evaluating 'CAST\(name AS int\)' \(column 'n'\) failed: Cannot cast 'x' to INT/);
  const w = compileQuery("select id from t where cast(name as date) > current_date", input);
  assert.match(thrown(() => w.project([1, 'x', 5]))?.message ?? '', /evaluating WHERE CAST\(name AS date\) > current_date failed/);
});

s('errors in the query are COMMON-05 SeatideErrors with the position', () => {
  const e = thrown(() => compileQuery('select id from t where nope = 1', input)) as Error & { code?: string };
  assert.is(e.code, 'COMMON-05');
  assert.match(e.message, /SQL type check failed at line 1, column 24: can't find field \[nope\]/);
});

s('a million-row projection stays fast (closures, no per-row parsing)', () => {
  const q = compileQuery("select id + 1 as a, upper(name) as b, price * 1.1 as c from t where id % 2 = 0 and name like 'n%'", input);
  const rows = Array.from({ length: 1_000_000 }, (_, i) => [i, `n${i}`, i / 3]);
  const t0 = process.hrtime.bigint();
  let kept = 0;
  for (const r of rows) if (q.project(r)) kept++;
  const ms = Number(process.hrtime.bigint() - t0) / 1e6;
  assert.is(kept, 500_000);
  assert.ok(ms < 5000, `${ms} ms`);
});

s.run();
