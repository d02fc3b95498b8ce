import { suite } from 'uvu';
import * as assert from 'uvu/assert';
import { ReadonlyConfig } from '../../../core/options/readonly-config';
import { readFakeTableConfig } from '../../../connectors/fake/fake-config';
import { FakeReader, fakeSplitsFor } from '../../../connectors/fake/fake-reader';
import { subtask } from '../../support/connector-harness';

const s = suite('fake-reader');
const table = (raw: Record<string, unknown>) => readFakeTableConfig(new ReadonlyConfig({ schema: { fields: { id: 'int' } }, ...raw }));

s('splits: ceil(row.num / split.num) rows each, ids round-robin over readers', () => {
  const t = table({ 'row.num': 10, 'split.num': 4 });
  assert.equal(fakeSplitsFor([t], 0, 2), [
    { tableIndex: 0, splitId: 0, rowNum: 3 },
    { tableIndex: 0, splitId: 2, rowNum: 3 },
    { tableIndex: 0, splitId: 4, rowNum: 3 },
    { tableIndex: 0, splitId: 6, rowNum: 1 },
  ]);
  assert.equal(fakeSplitsFor([t], 1, 2).map((x) => x.splitId), [1, 3, 5, 7]);
  // 5 rows over 4 splits needs only 3 splits of 2, 2 and 1.
  assert.equal(fakeSplitsFor([table({ 'row.num': 5, 'split.num': 4 })], 0, 1).map((x) => x.rowNum), [2, 2, 1]);
  assert.equal(fakeSplitsFor([table({ 'row.num': 0 })], 0, 1), []);
});

s('batches of at most 1000 rows', async () => {
  const reader = new FakeReader([table({ 'row.num': 2500 })], subtask(), true);
  const sizes: number[] = [];
  for await (const b of reader.read()) sizes.push(b.length);
  assert.equal(sizes, [1000, 1000, 500]);
});

s('split.read-interval spaces the splits', async () => {
  const reader = new FakeReader([table({ 'row.num': 3, 'split.num': 3, 'split.read-interval': 40 })], subtask(), true);
  const t0 = Date.now();
  let n = 0;
  for await (const b of reader.read()) n += b.length;
  assert.is(n, 3);
  assert.ok(Date.now() - t0 >= 75, `3 splits 40 ms apart took ${Date.now() - t0} ms`);
});

s('snapshotState resumes exactly after the last yielded batch', async () => {
  const t = table({ 'row.num': 2500, 'split.num': 2, rows: undefined });
  const first = new FakeReader([t], subtask(), true);
  const it = first.read()[Symbol.asyncIterator]();
  let seen = (await it.next()).value!.length;
  seen += (await it.next()).value!.length; // 1000 + 250: the first split of 1250 is done
  const state = first.snapshotState();
  assert.equal(state, { split: 0, rows: 1250 });
  await it.return?.();
  const resumed = new FakeReader([t], subtask(0, 1, { restoredState: JSON.parse(JSON.stringify(state)) }), true);
  let rest = 0;
  for await (const b of resumed.read()) rest += b.length;
  assert.is(seen + rest, 2500);
});

s('explicit rows resume mid-list', async () => {
  const t = readFakeTableConfig(new ReadonlyConfig({ schema: { fields: { id: 'int' } }, 'split.num': 1, rows: [{ kind: 'INSERT', fields: [1] }, { kind: 'INSERT', fields: [2] }] }));
  const resumed = new FakeReader([t], subtask(0, 1, { restoredState: { split: 0, rows: 1 } }), true);
  const ids: unknown[] = [];
  for await (const b of resumed.read()) ids.push(...b.map((r) => r.fields[0]));
  assert.equal(ids, [2]);
});

s('an aborted signal stops reading between batches', async () => {
  const ac = new AbortController();
  const reader = new FakeReader([table({ 'row.num': 10_000 })], subtask(0, 1, { signal: ac.signal }), true);
  let n = 0;
  for await (const b of reader.read()) {
    n += b.length;
    ac.abort();
  }
  assert.is(n, 1000);
});

s('generation errors fail the read with SOURCE-01 naming the table', async () => {
  const t = table({ 'date.year.template': [2021], 'date.month.template': [2], 'date.day.template': [30], schema: { table: 'db.t', fields: { d: 'date' } } });
  const reader = new FakeReader([t], subtask(), true);
  let error: Error | undefined;
  try {
    for await (const _ of reader.read()) void _;
  } catch (e) {
    error = e as Error;
  }
  assert.is((error as { code?: string }).code, 'SOURCE-01');
  assert.match(error!.message, "FakeSource table 'db.t': invalid day 30 of 2021-02");
});

s.run();
