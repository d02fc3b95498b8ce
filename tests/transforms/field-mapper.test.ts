import { suite } from 'uvu';
import * as assert from 'uvu/assert';
import { TablePath, catalogTable, column, tableSchema } from '../../core/catalog/catalog-table';
import { Types } from '../../core/types/data-type';
import { RowKind } from '../../core/types/row';
import { fieldMapperTransform } from '../../transforms/field-mapper';
import { applyTransforms, checkExpectations, createTransform, e2eCase, row, run, thrown } from './transform-harness';

const s = suite('field-mapper');

s('e2e tf_field_mapper: only mapped fields, in config order, renamed', async () => {
  const c = await e2eCase('tf_field_mapper');
  const out = applyTransforms(c, { fieldmapper: fieldMapperTransform });
  assert.equal(out.table.schema.columns.map((x) => x.name), ['id', 'age_as', 'int1_as', 'name', 'c_row']);
  assert.is(out.rows.length, 100);
  assert.equal(checkExpectations(out, c.expectations), []);
  const src = c.rows[0].fields;
  assert.equal(out.rows[0].fields, [src[0], src[2], src[4], src[1], src[6]]);
});

s('metadata carries over, keys survive only with all their columns, kind and table id stay', () => {
  const input = catalogTable(TablePath.parse('t'), tableSchema([column('id', Types.INT, { nullable: false, comment: 'key' }), column('v', Types.STRING)], { name: 'pk', columnNames: ['id'] }));
  const keep = createTransform(fieldMapperTransform, { field_mapper: { v: 'value', id: 'id' } }, input);
  assert.equal(keep.outputTable.schema.columns.map((c) => [c.name, c.nullable, c.comment ?? null]), [['value', true, null], ['id', false, 'key']]);
  assert.equal(keep.outputTable.schema.primaryKey?.columnNames, ['id']);
  const [out] = run(keep, [row(input, [1, 'x'], RowKind.UPDATE_AFTER)]);
  assert.equal(out.fields, ['x', 1]);
  assert.is(out.kind, RowKind.UPDATE_AFTER);
  const renamed = createTransform(fieldMapperTransform, { field_mapper: { id: 'key' } }, input);
  assert.is(renamed.outputTable.schema.primaryKey, undefined);
});

s('unknown input fields are TRANSFORM_COMMON-02 listing them all; field_mapper is required', () => {
  const input = catalogTable(TablePath.parse('t'), tableSchema([column('id', Types.INT)]));
  assert.match(thrown(() => createTransform(fieldMapperTransform, { field_mapper: { x: 'a', id: 'b', y: 'c' } }, input))?.message ?? '',
    /TRANSFORM_COMMON-02.*The input fields 'x,y' of 'FieldMapper' transform not found in upstream schema/);
  assert.match(thrown(() => createTransform(fieldMapperTransform, {}, input))?.message ?? '', /API-02.*'field_mapper'/);
});

s.run();
