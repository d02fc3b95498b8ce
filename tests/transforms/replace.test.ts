import { suite } from 'uvu';
import * as assert from 'uvu/assert';
import { typeToString } from '../../core/types/data-type';
import { replaceTransform } from '../../transforms/replace';
import { applyTransforms, checkExpectations, createTransform, e2eCase, row, run, table, thrown } from './transform-harness';

const s = suite('replace');

for (const id of ['tf_replace', 'tf_replace_spark_datetime']) {
  s(`e2e ${id}: regex '.+' replaced first gives 'b' in every row`, async () => {
    const c = await e2eCase(id);
    const out = applyTransforms(c, { replace: replaceTransform });
    assert.is(out.rows.length, 100);
    assert.equal(checkExpectations(out, c.expectations), []);
    assert.ok(out.rows.every((r) => r.fields[1] === 'b'));
  });
}

const input = table([['id', 'int'], ['name', 'string']]);
const replaced = (options: Record<string, unknown>, value: string | null) =>
  run(createTransform(replaceTransform, { replace_field: 'name', ...options }, input), [row(input, [1, value])])[0].fields[1];

s('plain patterns replace every occurrence literally, regex characters included', () => {
  assert.is(replaced({ pattern: '.', replacement: '-' }, 'a.b.c'), 'a-b-c');
  assert.is(replaced({ pattern: '', replacement: '-' }, 'ab'), '-a-b-');
  assert.is(replaced({ pattern: 'x', replacement: 'y' }, null), null);
});

s('regex: replaceAll or replaceFirst with Java group references', () => {
  assert.is(replaced({ pattern: '(\\w)(\\d)', replacement: '$2$1', is_regex: true, replace_first: false }, 'a1 b2'), '1a 2b');
  assert.is(replaced({ pattern: '\\d', replacement: '#', is_regex: true, replace_first: true }, 'a1b2'), 'a#b2');
  assert.is(replaced({ pattern: 'o', replacement: '\\$', is_regex: true, replace_first: false }, 'foo'), 'f$$');
});

s('a non-string field is replaced in its text form and becomes STRING', () => {
  const t = createTransform(replaceTransform, { replace_field: 'id', pattern: '1', replacement: 'one' }, input);
  assert.equal(t.outputTable.schema.columns.map((c) => typeToString(c.type)), ['STRING', 'STRING']);
  assert.equal(run(t, [row(input, [21, 'x'])])[0].fields, ['2one', 'x']);
});

s('is_regex = true requires replace_first; bad patterns and fields fail at create', () => {
  assert.match(thrown(() => createTransform(replaceTransform, { replace_field: 'name', pattern: 'a', replacement: 'b', is_regex: true }, input))?.message ?? '',
    /API-02.*the options\('replace_first'\) are required because \['is_regex' == true\] is true/);
  assert.match(thrown(() => createTransform(replaceTransform, { replace_field: 'name', pattern: '(', replacement: 'b', is_regex: true, replace_first: true }, input))?.message ?? '',
    /invalid regular expression '\('/);
  assert.match(thrown(() => createTransform(replaceTransform, { replace_field: 'nope', pattern: 'a', replacement: 'b' }, input))?.message ?? '',
    /TRANSFORM_COMMON-01.*'nope' of 'Replace'/);
  assert.match(thrown(() => createTransform(replaceTransform, { replace_field: 'name' }, input))?.message ?? '', /the options\('pattern', 'replacement'\) are required/);
});

s.run();
