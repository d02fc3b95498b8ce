import { suite } from 'uvu';
import * as assert from 'uvu/assert';
import { TablePath, catalogTable, column, tableSchema } from '../../core/catalog/catalog-table';
import { Types, typeToString } from '../../core/types/data-type';
import { RowKind, SeaTunnelRow } from '../../core/types/row';
import { appendColumns, fieldNotFound, fieldsNotFound, indexOfField, widen } from '../../transforms/transform-support';
import { thrown } from './transform-harness';

const s = suite('transform-support');
const input = catalogTable(TablePath.parse('t'), tableSchema([column('a', Types.INT, { comment: 'A' }), column('b', Types.STRING)], { name: 'pk', columnNames: ['a'] }));

s("SeaTunnel's missing-field messages", () => {
  assert.is(fieldNotFound('Copy', 'x').message, "ErrorCode:[TRANSFORM_COMMON-01], ErrorDescription:[Input field not found in upstream schema] - The input field 'x' of 'Copy' transform not found in upstream schema");
  assert.match(fieldsNotFound('Filter', ['x', 'y']).message, /TRANSFORM_COMMON-02.*The input fields 'x,y' of 'Filter' transform not found in upstream schema/);
  assert.is(indexOfField(input, 'T', 'b'), 1);
  assert.match(thrown(() => indexOfField(input, 'T', 'B'))?.message ?? '', /'B' of 'T'/, 'names are case-sensitive');
});

s('appendColumns adds at the end, overwrites same names in place (new type, old metadata), keeps keys', () => {
  const r = appendColumns(input, [column('c', Types.DOUBLE), column('a', Types.STRING)]);
  assert.equal(r.outputTable.schema.columns.map((c) => `${c.name}:${typeToString(c.type)}:${c.comment ?? ''}`), ['a:STRING:A', 'b:STRING:', 'c:DOUBLE:']);
  assert.equal([r.indexes, r.arity], [[2, 0], 3]);
  assert.equal(r.outputTable.schema.primaryKey?.columnNames, ['a']);
});

s('widen copies the fields into a longer row with the same kind and table', () => {
  const src = new SeaTunnelRow([1, 'x'], RowKind.UPDATE_BEFORE, 't');
  const w = widen(src, 4);
  assert.equal([w.fields, w.kind, w.tableId], [[1, 'x', null, null], RowKind.UPDATE_BEFORE, 't']);
  w.fields[0] = 9;
  assert.is(src.fields[0], 1);
});

s.run();
