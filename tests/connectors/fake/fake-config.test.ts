import { suite } from 'uvu';
import * as assert from 'uvu/assert';
import { ReadonlyConfig } from '../../../core/options/readonly-config';
import { RowKind } from '../../../core/types/row';
import { LocalDateTime, LocalTime } from '../../../core/types/temporal';
import { readFakeTableConfig } from '../../../connectors/fake/fake-config';
import { thrown } from '../../support/connector-harness';

const s = suite('fake-config');
const read = (raw: Record<string, unknown>, name?: string) => readFakeTableConfig(new ReadonlyConfig(raw, { kind: 'source', identifier: 'FakeSource' }), name);
const schema = { fields: { id: 'bigint', t: 'time', ts: 'timestamp' } };

s('defaults as SeaTunnel sets them', () => {
  const c = read({ schema });
  assert.is(c.rowNum, 5);
  assert.is(c.splitNum, 1);
  assert.is(c.splitReadInterval, 1);
  assert.equal([c.settings.stringLength, c.settings.bytesLength, c.settings.arraySize, c.settings.mapSize], [5, 5, 5, 5]);
  assert.equal(c.settings.tinyint, { min: 0, max: 127 });
  assert.is(c.settings.bigintMax, 9223372036854775807n);
  assert.is(c.settings.stringTemplate, undefined);
  assert.is(c.table.catalogName, 'FakeSource');
  assert.is(c.tableId, 'default.default.default');
  assert.is(read({ schema }, 'fake').tableId, 'fake');
});

s('options read leniently: numbers from strings, nested row { num }', () => {
  const c = read({ schema, row: { num: '7' }, 'split.num': '2', 'string.template': 'a, b', 'bigint.template': [1, 2] });
  assert.is(c.rowNum, 7);
  assert.is(c.splitNum, 2);
  assert.equal(c.settings.stringTemplate, ['a', 'b']);
  assert.equal(c.settings.bigintTemplate, [1n, 2n]);
});

s('rows: kinds by name, CURRENT_TIME and CURRENT_TIMESTAMP replaced, table id set', () => {
  const before = Date.now();
  const c = read({ schema, rows: [{ kind: 'UPDATE_AFTER', fields: [1, 'current_time', 'CURRENT_TIMESTAMP'] }, { kind: 'delete', fields: { id: 2 } }] }, 'fake');
  const [a, b] = c.rows!;
  assert.is(a.kind, RowKind.UPDATE_AFTER);
  assert.is(a.tableId, 'fake');
  assert.ok(a.fields[1] instanceof LocalTime);
  const ts = a.fields[2] as LocalDateTime;
  assert.ok(ts instanceof LocalDateTime);
  assert.ok(Math.abs(ts.toEpochMillis(-new Date().getTimezoneOffset()) - before) < 5000);
  assert.is(b.kind, RowKind.DELETE);
  assert.equal(b.fields, [2n, null, null]);
});

s('rows errors', () => {
  assert.match(thrown(() => read({ schema, rows: [{ kind: 'UPSERT', fields: [] }] }))!.message, "rows[0].kind must be one of INSERT, UPDATE_BEFORE, UPDATE_AFTER, DELETE, got \"UPSERT\"");
  assert.match(thrown(() => read({ schema, rows: [{ kind: 'INSERT', fields: 3 }] }))!.message, 'rows[0].fields must be a list');
});

s.run();
