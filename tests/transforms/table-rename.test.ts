import { suite } from 'uvu';
import * as assert from 'uvu/assert';
import { RowKind, SeaTunnelRow } from '../../core/types/row';
import { tableRenameTransform } from '../../transforms/table-rename';
import { createTransform, run, table } from './transform-harness';

const s = suite('table-rename');
const input = table([['id', 'int']], 'source.user_shop');

s('the documented example: UPPER, CDC_ prefix, _TABLE suffix, user → U', () => {
  const t = createTransform(tableRenameTransform, { convert_case: 'UPPER', prefix: 'CDC_', suffix: '_TABLE', replacements_with_regex: [{ replace_from: 'user', replace_to: 'U' }] }, input);
  assert.equal([t.outputTable.tablePath.databaseName, t.outputTable.tablePath.tableName], ['SOURCE', 'CDC_U_SHOP_TABLE']);
  assert.equal(t.outputTable.schema.columns, input.schema.columns);
});

s("rows get the new path as tableId, keeping fields and kind", () => {
  const t = createTransform(tableRenameTransform, { suffix: '_v2' }, input);
  const [out] = run(t, [new SeaTunnelRow([1], RowKind.DELETE, 'source.user_shop')]);
  assert.equal([out.tableId, out.kind, out.fields], ['source.user_shop_v2', RowKind.DELETE, [1]]);
  const same = new SeaTunnelRow([2], RowKind.INSERT, 'source.user_shop_v2');
  assert.is(run(t, [same])[0], same);
});

s('without options the name is unchanged; three-part paths convert database and schema case only', () => {
  assert.is(createTransform(tableRenameTransform, {}, input).outputTable.tablePath.fullName, 'source.user_shop');
  const t = createTransform(tableRenameTransform, { convert_case: 'LOWER', prefix: 'P_' }, table([['id', 'int']], 'DB.SCH.T'));
  assert.is(t.outputTable.tablePath.fullName, 'db.sch.P_t');
});

s.run();
