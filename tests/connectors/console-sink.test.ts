import { suite } from 'uvu';
import * as assert from 'uvu/assert';
import { catalogTable, column, TablePath, tableSchema } from '../../core/catalog/catalog-table';
import { Types, arrayType, mapType } from '../../core/types/data-type';
import { RowKind, SeaTunnelRow } from '../../core/types/row';
import { consoleSink, createConsoleSink } from '../../connectors/console-sink';
import { fakeSource } from '../../connectors/fake/fake-source';
import { createSink, runJob, subtask } from '../support/connector-harness';

const s = suite('console-sink');

function collector() {
  const chunks: string[] = [];
  return { chunks, out: { write: (c: string) => (chunks.push(c), true) }, text: () => chunks.join('') };
}

const people = catalogTable(new TablePath(undefined, undefined, 'fake'), tableSchema([column('name', Types.STRING), column('age', Types.INT), column('tags', arrayType(Types.STRING)), column('m', mapType(Types.STRING, Types.INT))]));

s('contract', () => {
  assert.is(consoleSink.identifier, 'Console');
  assert.equal(consoleSink.optionRule.allOptions.map((o) => o.key), ['log.print.data', 'log.print.delay.ms', 'multi_table_sink_replica']);
});

s('prints the row type once per writer and one line per row, a batch in one write', async () => {
  const c = collector();
  const sink = await createSink(createConsoleSink(c.out), {}, [people]);
  const w = await sink.createWriter(subtask(1, 2));
  await w.write([
    new SeaTunnelRow(['A', 1, ['x', 'y'], new Map([['k', 2]])], RowKind.INSERT, 'fake'),
    new SeaTunnelRow([null, 2, null, null], RowKind.DELETE, 'fake'),
  ]);
  await w.write([new SeaTunnelRow(['C', 3, [], new Map()], RowKind.UPDATE_AFTER, 'fake')]);
  await w.close();
  assert.is(c.chunks.length, 3);
  assert.is(
    c.text(),
    'output rowType: name<STRING>, age<INT>, tags<ARRAY<STRING>>, m<Map<STRING, INT>>\n' +
      'subtaskIndex=1  rowIndex=1:  SeaTunnelRow#tableId=fake SeaTunnelRow#kind=INSERT : A, 1, [x, y], {"k":2}\n' +
      'subtaskIndex=1  rowIndex=2:  SeaTunnelRow#tableId=fake SeaTunnelRow#kind=DELETE : null, 2, null, null\n' +
      'subtaskIndex=1  rowIndex=3:  SeaTunnelRow#tableId=fake SeaTunnelRow#kind=UPDATE_AFTER : C, 3, [], {}\n',
  );
});

s('log.print.data = false prints only the row type', async () => {
  const c = collector();
  const sink = await createSink(createConsoleSink(c.out), { 'log.print.data': 'false' }, [people]);
  const w = await sink.createWriter(subtask());
  await w.write([new SeaTunnelRow(['A', 1, [], new Map()], RowKind.INSERT, 'fake')]);
  assert.is(c.text(), 'output rowType: name<STRING>, age<INT>, tags<ARRAY<STRING>>, m<Map<STRING, INT>>\n');
});

s('log.print.delay.ms pauses after each row', async () => {
  const c = collector();
  const sink = await createSink(createConsoleSink(c.out), { 'log.print.delay.ms': 30 }, [people]);
  const w = await sink.createWriter(subtask());
  const t0 = Date.now();
  await w.write([new SeaTunnelRow(['A', 1, [], new Map()], RowKind.INSERT, 'fake'), new SeaTunnelRow(['B', 2, [], new Map()], RowKind.INSERT, 'fake')]);
  assert.ok(Date.now() - t0 >= 55);
  assert.is(c.text().split('\n').filter(Boolean).length, 3);
});

s('waits for drain when the stream is full', async () => {
  let drain: (() => void) | undefined;
  const out = { write: () => false, once: (_e: 'drain', fn: () => void) => { drain = fn; } };
  const sink = await createSink(createConsoleSink(out), {}, [people]);
  const w = await sink.createWriter(subtask());
  let done = false;
  const p = Promise.resolve(w.write([new SeaTunnelRow(['A', 1, [], new Map()], RowKind.INSERT, 'fake')])).then(() => { done = true; });
  await new Promise((r) => setTimeout(r, 10));
  assert.is(done, false);
  drain!();
  await p;
  assert.is(done, true);
});

s('multi-table: row types per table, row index per table (batch_fake_multi_table_to_console)', async () => {
  const c = collector();
  await runJob(
    {
      factory: fakeSource,
      raw: {
        tables_configs: [
          { 'row.num': 2, schema: { table: 'db.t1', fields: { id: 'int' } } },
          { 'row.num': 1, schema: { table: 'db.t2', fields: { name: 'string', price: 'double' } } },
        ],
      },
    },
    { factory: createConsoleSink(c.out), raw: {} },
  );
  const lines = c.text().trim().split('\n');
  assert.equal(lines.slice(0, 2), ['output rowType: id<INT>', 'output rowType: name<STRING>, price<DOUBLE>']);
  assert.is(lines.filter((l) => l.includes('tableId=db.t1')).length, 2);
  assert.match(lines.find((l) => l.includes('tableId=db.t2'))!, /rowIndex=1: {2}SeaTunnelRow#tableId=db.t2 SeaTunnelRow#kind=INSERT : [A-Za-z]{5}, \d/);
  assert.match(lines.find((l) => l.includes('tableId=db.t1') && l.includes('rowIndex=2'))!, /^subtaskIndex=0 {2}rowIndex=2:/);
});

s.run();
