import { suite } from 'uvu';
import * as assert from 'uvu/assert';
import { TablePath, catalogTable, column, tableSchema } from '../../core/catalog/catalog-table';
import { Types } from '../../core/types/data-type';
import { SeaTunnelRow } from '../../core/types/row';
import { fieldRenameTransform } from '../../transforms/field-rename';
import { createTransform, run, thrown } from './transform-harness';

const s = suite('field-rename');
const input = catalogTable(TablePath.parse('db.user_order'), tableSchema(
  [column('id', Types.INT), column('create_time', Types.TIMESTAMP), column('name', Types.STRING)],
  { name: 'pk', columnNames: ['id'] },
  [{ constraintName: 'uk', constraintType: 'UNIQUE_KEY', columns: [{ columnName: 'name', sortType: 'ASC' }] }],
));
const names = (options: Record<string, unknown>) => createTransform(fieldRenameTransform, options, input).outputTable.schema.columns.map((c) => c.name);

s('the documented example: UPPER, F_ prefix, _S suffix, create_time replaced', () => {
  const options = { convert_case: 'UPPER', prefix: 'F_', suffix: '_S', replacements_with_regex: [{ replace_from: 'create_time', replace_to: 'SOURCE_CREATE_TIME' }] };
  assert.equal(names(options), ['F_ID_S', 'F_SOURCE_CREATE_TIME_S', 'F_NAME_S']);
});

s('lower case; regex rules replace every match; the last matching rule wins; is_regex=false matches whole names', () => {
  assert.equal(names({ convert_case: 'lower' }), ['id', 'create_time', 'name']);
  assert.equal(names({ replacements_with_regex: [{ replace_from: '_', replace_to: '' }] }), ['id', 'createtime', 'name']);
  assert.equal(names({ replacements_with_regex: [{ replace_from: 'e', replace_to: 'E' }, { replace_from: 'm', replace_to: 'M' }] }), ['id', 'create_tiMe', 'naMe']);
  assert.equal(names({ replacements_with_regex: [{ replace_from: 'na', replace_to: 'x', is_regex: false }, { replace_from: 'name', replace_to: 'label', is_regex: false }] }), ['id', 'create_time', 'label']);
  assert.equal(names({ prefix: '  p_ ', suffix: ' ' }), ['p_id', 'p_create_time', 'p_name']);
});

s('keys follow the renamed columns; rows are unchanged', () => {
  const t = createTransform(fieldRenameTransform, { convert_case: 'UPPER' }, input);
  assert.equal(t.outputTable.schema.primaryKey?.columnNames, ['ID']);
  assert.equal(t.outputTable.schema.constraintKeys[0].columns.map((c) => c.columnName), ['NAME']);
  const r = new SeaTunnelRow([1, null, 'x'], 0, 'db.user_order');
  assert.equal(run(t, [r]), [r]);
});

s('names that collide or a bad regex fail at create', () => {
  assert.match(thrown(() => names({ replacements_with_regex: [{ replace_from: '.*', replace_to: 'same' }] }))?.message ?? '', /fields 'id' and 'create_time' would both be named/);
  assert.match(thrown(() => names({ replacements_with_regex: [{ replace_from: '(', replace_to: 'x' }] }))?.message ?? '', /replacements_with_regex\[0\]\.replace_from/);
  assert.match(thrown(() => names({ convert_case: 'TITLE' }))?.message ?? '', /API-02.*convert_case/);
});

s.run();
