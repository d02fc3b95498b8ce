import { suite } from 'uvu';
import * as assert from 'uvu/assert';
import { RowKind } from '../../core/types/row';
import { filterRowKindTransform } from '../../transforms/filter-row-kind';
import { applyTransforms, checkExpectations, createTransform, e2eCase, row, run, table, thrown } from './transform-harness';

const s = suite('filter-row-kind');

for (const [id, expected] of [['tf_filter_rowkind_exclude_delete', 100], ['tf_filter_rowkind_include_insert', 100], ['tf_filter_rowkind_exclude_insert', 0]] as const) {
  s(`e2e ${id}: ${expected} of 100 INSERT rows pass`, async () => {
    const c = await e2eCase(id);
    const out = applyTransforms(c, { filterrowkind: filterRowKindTransform });
    assert.is(out.rows.length, expected);
    assert.equal(checkExpectations(out, c.expectations), []);
  });
}

s('include and exclude by kind name, case-insensitively', () => {
  const input = table([['id', 'int']]);
  const rows = [RowKind.INSERT, RowKind.UPDATE_BEFORE, RowKind.UPDATE_AFTER, RowKind.DELETE].map((k, i) => row(input, [i], k));
  const inc = createTransform(filterRowKindTransform, { include_kinds: ['update_after', 'DELETE'] }, input);
  assert.equal(run(inc, rows).map((r) => r.fields[0]), [2, 3]);
  const exc = createTransform(filterRowKindTransform, { exclude_kinds: ['INSERT', 'UPDATE_BEFORE'] }, input);
  assert.equal(run(exc, rows).map((r) => r.kind), [RowKind.UPDATE_AFTER, RowKind.DELETE]);
});

s('both, neither, an empty list or an unknown kind fail', () => {
  const input = table([['id', 'int']]);
  assert.match(thrown(() => createTransform(filterRowKindTransform, { include_kinds: ['INSERT'], exclude_kinds: ['DELETE'] }, input))?.message ?? '', /API-02.*mutually exclusive/);
  assert.match(thrown(() => createTransform(filterRowKindTransform, {}, input))?.message ?? '', /API-02/);
  assert.match(thrown(() => createTransform(filterRowKindTransform, { exclude_kinds: [] }, input))?.message ?? '', /COMMON-06.*mutually exclusive/);
  assert.match(thrown(() => createTransform(filterRowKindTransform, { include_kinds: ['UPSERT'] }, input))?.message ?? '',
    /Expected one of: \[INSERT, UPDATE_BEFORE, UPDATE_AFTER, DELETE\], got 'UPSERT'/);
});

s.run();
