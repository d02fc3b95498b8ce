import { suite } from 'uvu';
import * as assert from 'uvu/assert';
import { TablePath, catalogTable, column, tableSchema } from '../../../core/catalog/catalog-table';
import { ReadonlyConfig } from '../../../core/options/readonly-config';
import { Types, arrayType, decimalType, rowType } from '../../../core/types/data-type';
import { Decimal } from '../../../core/types/decimal';
import { RowKind, SeaTunnelRow } from '../../../core/types/row';
import { MessageDecoder, MessageEncoder, contentTable, messageTable } from '../../../connectors/common/message-format';

const s = suite('message-format');

const table = catalogTable(new TablePath('d', undefined, 't'), tableSchema([column('id', Types.BIGINT), column('n', decimalType(30, 2)), column('tags', arrayType(Types.INT)), column('r', rowType(['a'], [Types.STRING]))]));

s('json: an object is a row, an array is rows; big numbers exact; nested JSON text unnested', () => {
  const d = new MessageDecoder(table, 'json', 'Test');
  const out: SeaTunnelRow[] = [];
  d.decode('{"id": 12345678901234567, "n": 1234567890123456789012.25, "tags": [1, 2], "r": {"a": "x"}}', out);
  d.decode('[{"id": "2", "tags": "[3]", "r": "{\\"a\\": \\"y\\"}"}, {"id": 3}]', out);
  assert.is(out.length, 3);
  assert.is(out[0].fields[0], 12345678901234567n);
  assert.is((out[0].fields[1] as Decimal).toString(), '1234567890123456789012.25');
  assert.equal(out[1].fields[2], [3]);
  assert.equal((out[1].fields[3] as SeaTunnelRow).fields, ['y']);
  assert.equal(out[2].fields, [3n, null, null, null]);
  assert.ok(out.every((r) => r.tableId === 'd.t'));
  assert.throws(() => d.decode('{"id": ', []), /Test JSON convert\/parse '\{"id": ' operation failed/);
  assert.throws(() => d.decode('42', []), /expected a JSON object/);
});

s('text: one content row, or fields split by the delimiter', () => {
  const out: SeaTunnelRow[] = [];
  new MessageDecoder(contentTable(), 'text', 'T').decode('a,b', out);
  new MessageDecoder(catalogTable(TablePath.DEFAULT, tableSchema([column('a', Types.INT), column('b', Types.STRING)])), 'text', 'T', '|').decode('7|', out);
  assert.equal(out.map((r) => r.fields), [['a,b'], [7, null]]);
});

s('encoding: JSON by field name with exact numbers; text joined; hash fields as texts', () => {
  const row = new SeaTunnelRow([9007199254740993n, Decimal.parse('1.50'), [1, null], new SeaTunnelRow(['é'])], RowKind.INSERT);
  const e = new MessageEncoder(table, 'json');
  assert.is(e.encode(row), '{"id":9007199254740993,"n":1.50,"tags":[1,null],"r":{"a":"é"}}');
  assert.equal(e.fieldTexts(row), { id: '9007199254740993', n: '1.50', tags: '[1,null]', r: '{"a":"é"}' });
  assert.is(new MessageEncoder(table, 'text', ';').encode(new SeaTunnelRow([1n, null, [2], null])), '1;;[2];');
});

s('messageTable: the schema for json (required), the content table for text without one', () => {
  const owner = { kind: 'source', identifier: 'X' };
  assert.equal(messageTable(new ReadonlyConfig({}, owner), 'text', 'out').schema.columns.map((c) => c.name), ['content']);
  assert.is(messageTable(new ReadonlyConfig({}, owner), 'text', 'out').tablePath.toString(), 'out');
  assert.throws(() => messageTable(new ReadonlyConfig({}, owner), 'json'), /Schema config need option \[schema\]/);
  assert.equal(messageTable(new ReadonlyConfig({ schema: { fields: { a: 'int' } } }, owner), 'json').schema.columns.map((c) => c.name), ['a']);
});

s.run();
