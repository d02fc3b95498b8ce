import { suite } from 'uvu';
import * as assert from 'uvu/assert';
import { rowTypeOf } from '../../../core/catalog/catalog-table';
import { typeToString } from '../../../core/types/data-type';
import { RowKind } from '../../../core/types/row';
import { LocalDate } from '../../../core/types/temporal';
import { fakeSource } from '../../../connectors/fake/fake-source';
import { createSource, readAll, rejection, subtask } from '../../support/connector-harness';

const s = suite('fake-source');
const schema = { fields: { id: 'int', name: 'string' } };

s('contract: identifier, option rule with the template conditions', () => {
  assert.is(fakeSource.identifier, 'FakeSource');
  const keys = fakeSource.optionRule.allOptions.map((o) => o.key);
  for (const k of ['schema', 'tables_configs', 'rows', 'row.num', 'split.num', 'split.read-interval', 'string.template', 'bigint.max', 'vector.dimension']) assert.ok(keys.includes(k), k);
  assert.is(fakeSource.optionRule.requirements.filter((r) => r.type === 'conditional').length, 7);
});

s('row.num rows per parallel reader; tableId is the table path', async () => {
  const src = await createSource(fakeSource, { 'row.num': 10, schema }, { outputName: 'fake' });
  const readers = await readAll(src, 3);
  assert.equal(readers.map((r) => r.length), [10, 10, 10]);
  assert.ok(readers.flat().every((r) => r.tableId === 'fake' && r.kind === RowKind.INSERT && r.fields.length === 2));
  assert.is(src.boundedness, 'BOUNDED');
  assert.is(src.tables[0].tablePath.toString(), 'fake');
});

s('random values: alphabetic strings of string.length, ints within the default range', async () => {
  const src = await createSource(fakeSource, { 'row.num': 200, 'string.length': 7, schema });
  const [rows] = await readAll(src);
  for (const r of rows) {
    assert.match(r.fields[1] as string, /^[A-Za-z]{7}$/);
    assert.ok(Number.isInteger(r.fields[0]) && (r.fields[0] as number) >= 0);
  }
});

s('fake_template: values come from the templates', async () => {
  const src = await createSource(fakeSource, {
    'row.num': 50,
    'string.fake.mode': 'template',
    'string.template': ['tyrantlucifer', 'hailin', 'kris'],
    'int.fake.mode': 'template',
    'int.template': [20, 21, 22],
    'bigint.template': [30, 31],
    'double.template': [44.0, 45.0],
    schema: { fields: { c_string: 'string', c_int: 'int', c_bigint: 'bigint', c_double: 'double' } },
  });
  const [rows] = await readAll(src);
  for (const r of rows) {
    assert.ok(['tyrantlucifer', 'hailin', 'kris'].includes(r.fields[0] as string));
    assert.ok([20, 21, 22].includes(r.fields[1] as number));
    assert.ok([30n, 31n].includes(r.fields[2] as bigint));
    assert.ok([44, 45].includes(r.fields[3] as number));
  }
});

s('TEMPLATE mode without a template fails the option rule', async () => {
  const e = await rejection(createSource(fakeSource, { 'int.fake.mode': 'TEMPLATE', schema }));
  assert.match(e!.message, "There are unconfigured options, the options('int.template') are required because ['int.fake.mode' == TEMPLATE] is true.");
  assert.is((e as { code?: string }).code, 'API-02');
});

s('range options outside their defaults are COMMON-06, negative minimums included', async () => {
  const cases: [Record<string, unknown>, string][] = [
    [{ 'tinyint.min': -1 }, 'tinyint.min should >= 0 and <= 127'],
    [{ 'smallint.max': 40000 }, 'smallint.max should >= 0 and <= 32767'],
    [{ 'int.min': -5 }, 'int.min should >= 0 and <= 2147483647'],
    [{ 'bigint.min': -1 }, 'bigint.min should >= 0 and <= 9223372036854775807'],
    [{ 'float.max': 1e39 }, 'float.max should >= 0.0 and <= 3.4028235E38'],
    [{ 'double.min': -0.5 }, 'double.min should >= 0.0 and <= 1.7976931348623157E308'],
    [{ 'int.min': 9, 'int.max': 3 }, 'int.min (9) should <= int.max (3)'],
  ];
  for (const [opts, msg] of cases) {
    const e = await rejection(createSource(fakeSource, { ...opts, schema }));
    assert.match(e?.message ?? '', msg, msg);
    assert.is((e as { code?: string }).code, 'COMMON-06');
  }
});

s('explicit rows: kinds, positional and by-name fields, once per split', async () => {
  const src = await createSource(fakeSource, {
    schema,
    'row.num': 4,
    'split.num': 2,
    rows: [
      { kind: 'INSERT', fields: [1, 'A'] },
      { kind: 'DELETE', fields: { name: 'B', id: 2 } },
    ],
  });
  const [rows] = await readAll(src);
  assert.is(rows.length, 4);
  assert.equal(rows.map((r) => [r.kind, ...r.fields]), [
    [RowKind.INSERT, 1, 'A'],
    [RowKind.DELETE, 2, 'B'],
    [RowKind.INSERT, 1, 'A'],
    [RowKind.DELETE, 2, 'B'],
  ]);
  assert.is.not(rows[0], rows[2]);
  const none = await readAll(await createSource(fakeSource, { schema, 'row.num': 0, rows: [{ kind: 'INSERT', fields: [1, 'A'] }] }));
  assert.is(none[0].length, 0);
});

s('CURRENT_DATE in rows becomes today', async () => {
  const src = await createSource(fakeSource, { schema: { fields: { d: 'date' } }, rows: [{ kind: 'INSERT', fields: ['CURRENT_DATE'] }] });
  const [[row]] = await readAll(src);
  const now = new Date();
  assert.ok((row.fields[0] as LocalDate).equals(new LocalDate(now.getFullYear(), now.getMonth() + 1, now.getDate())));
});

s('bad rows name the row', async () => {
  assert.match((await rejection(createSource(fakeSource, { schema, rows: [{ fields: [1, 'A'] }] })))!.message, 'rows[0].kind');
  assert.match((await rejection(createSource(fakeSource, { schema, rows: [{ kind: 'INSERT', fields: ['x', 'A'] }] })))!.message, "of field 'id'");
});

s('tables_configs: one table each, unique names', async () => {
  const src = await createSource(fakeSource, {
    tables_configs: [
      { 'row.num': 16, schema: { table: 'test.table1', fields: { c_int: 'int', c_bigint: 'bigint' } } },
      { 'row.num': 17, schema: { table: 'test.table2', fields: { c_string: 'string', c_tinyint: 'tinyint' } } },
    ],
  });
  assert.equal(src.tables.map((t) => t.tablePath.toString()), ['test.table1', 'test.table2']);
  assert.is(typeToString(rowTypeOf(src.tables[1])), 'ROW<c_string STRING,c_tinyint TINYINT>');
  const [rows] = await readAll(src);
  assert.is(rows.filter((r) => r.tableId === 'test.table1').length, 16);
  assert.is(rows.filter((r) => r.tableId === 'test.table2').length, 17);
  const dup = await rejection(createSource(fakeSource, { tables_configs: [{ schema: { table: 't', fields: { a: 'int' } } }, { schema: { table: 't', fields: { b: 'int' } } }] }));
  assert.match(dup!.message, 'table name: [t, t] must be unique');
});

s('missing schema is reported at create', async () => {
  assert.match((await rejection(createSource(fakeSource, { 'row.num': 1 })))!.message, 'Schema config need option [schema]');
});

s('STREAMING: emits its splits, then waits until the job stops', async () => {
  const src = await createSource(fakeSource, { 'row.num': 3, schema }, { jobMode: 'STREAMING' });
  assert.is(src.boundedness, 'UNBOUNDED');
  const ac = new AbortController();
  const reader = await src.createReader(subtask(0, 1, { signal: ac.signal }));
  let rows = 0;
  let ended = false;
  const done = (async () => {
    for await (const b of reader.read()) rows += b.length;
    ended = true;
  })();
  await new Promise((r) => setTimeout(r, 50));
  assert.is(rows, 3);
  assert.is(ended, false);
  ac.abort();
  await done;
  assert.is(ended, true);
});

s('generates a million rows quickly', async () => {
  const src = await createSource(fakeSource, { 'row.num': 1_000_000, schema: { fields: { id: 'bigint', name: 'string', age: 'int', score: 'double' } } });
  const t0 = Date.now();
  const reader = await src.createReader(subtask());
  let n = 0;
  for await (const b of reader.read()) {
    assert.ok(b.length <= 1000);
    n += b.length;
  }
  assert.is(n, 1_000_000);
  assert.ok(Date.now() - t0 < 3000, `took ${Date.now() - t0} ms`);
});

s.run();
