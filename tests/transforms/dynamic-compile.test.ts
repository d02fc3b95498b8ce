import { suite } from 'uvu';
import * as assert from 'uvu/assert';
import fs from 'node:fs';
import path from 'node:path';
import { dynamicCompileTransform } from '../../transforms/dynamic-compile';
import { CONFIG_DIR, createTransform, table, thrown } from './transform-harness';

const s = suite('dynamic-compile');

s('every option set is refused at create with a message that says why', () => {
  const input = table([['id', 'int']]);
  for (const options of [
    {},
    { compile_language: 'JAVA', compile_pattern: 'SOURCE_CODE', source_code: 'class X {}' },
    { compile_language: 'PYTHON', compile_pattern: 'ABSOLUTE_PATH', absolute_path: '/tmp/x.groovy' },
  ]) {
    const e = thrown(() => createTransform(dynamicCompileTransform, options, input));
    assert.match(e?.message ?? '', /API-02.*DynamicCompile is not supported: running code from a submitted job config is not allowed/);
  }
});

s('the e2e DynamicCompile configs exist (they are the jobs this refuses)', () => {
  const dyn = fs.readdirSync(CONFIG_DIR).filter((f) => f.startsWith('tf_dyn_'));
  assert.ok(dyn.length >= 7);
  assert.ok(dyn.every((f) => /DynamicCompile/.test(fs.readFileSync(path.join(CONFIG_DIR, f), 'utf8'))));
});

s.run();
