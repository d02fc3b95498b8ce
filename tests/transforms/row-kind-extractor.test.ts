import { suite } from 'uvu';
import * as assert from 'uvu/assert';
import { RowKind } from '../../core/types/row';
import { rowKindExtractorTransform } from '../../transforms/row-kind-extractor';
import { applyTransforms, checkExpectations, createTransform, e2eCase, row, run, table, thrown } from './transform-harness';

const s = suite('row-kind-extractor');

for (const [id, field, labels] of [
  ['tf_rowkind_extractor_short', 'row_kind', ['+I', '+I', '+I', '+I', '-U', '+U', '-U', '+U', '-D', '-D']],
  ['tf_rowkind_extractor_full', 'custom_name', ['INSERT', 'INSERT', 'INSERT', 'INSERT', 'UPDATE_BEFORE', 'UPDATE_AFTER', 'UPDATE_BEFORE', 'UPDATE_AFTER', 'DELETE', 'DELETE']],
] as const) {
  s(`e2e ${id}: the kind goes to ${field} and every row becomes INSERT`, async () => {
    const c = await e2eCase(id);
    const out = applyTransforms(c, { rowkindextractor: rowKindExtractorTransform });
    assert.equal(out.table.schema.columns.map((x) => x.name), ['pk_id', 'name', 'score', field]);
    assert.equal(out.rows.map((r) => r.fields[3]), [...labels]);
    assert.ok(out.rows.every((r) => r.kind === RowKind.INSERT));
    assert.equal(checkExpectations(out, c.expectations), []);
    assert.equal(out.table.schema.primaryKey?.columnNames, ['pk_id']);
  });
}

s('the added column is a non-null STRING; an existing name is refused; transform_type is checked', () => {
  const input = table([['id', 'int']]);
  const t = createTransform(rowKindExtractorTransform, {}, input);
  const col = t.outputTable.schema.columns[1];
  assert.equal([col.name, col.type.kind, col.nullable, col.defaultValue], ['row_kind', 'STRING', false, '+I']);
  assert.equal(run(t, [row(input, [1], RowKind.DELETE, 'x')]).map((r) => [r.fields, r.kind, r.tableId]), [[[1, '-D'], RowKind.INSERT, 'x']]);
  assert.match(thrown(() => createTransform(rowKindExtractorTransform, { custom_field_name: 'id' }, input))?.message ?? '', /field name id already exists/);
  assert.match(thrown(() => createTransform(rowKindExtractorTransform, { transform_type: 'LONG' }, input))?.message ?? '', /API-02.*transform_type/);
});

s.run();
