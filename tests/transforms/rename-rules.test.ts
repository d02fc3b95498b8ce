import { suite } from 'uvu';
import * as assert from 'uvu/assert';
import { ReadonlyConfig } from '../../core/options/readonly-config';
import { renameRule } from '../../transforms/rename-rules';

const s = suite('rename-rules');
const rule = (raw: Record<string, unknown>) => renameRule(new ReadonlyConfig(raw), 'Test');

s('matches are found on the original name and replaced after case conversion; replace_to is trimmed', () => {
  const r = rule({ convert_case: 'UPPER', replacements_with_regex: [{ replace_from: 'time', replace_to: ' ts ' }] });
  assert.is(r('create_time_time'), 'CREATE_ts_ts');
  assert.is(r.convertCase('abc'), 'ABC');
});

s('empty replace_from is ignored; no rules means only case, prefix and suffix', () => {
  assert.is(rule({ replacements_with_regex: [{ replace_from: '', replace_to: 'x' }] })('name'), 'name');
  assert.is(rule({ prefix: 'a_', suffix: '_z', convert_case: 'LOWER' })('MiX'), 'a_mix_z');
  assert.is(rule({})('Same'), 'Same');
});

s.run();
