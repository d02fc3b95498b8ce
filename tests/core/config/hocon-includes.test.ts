import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { suite } from 'uvu';
import * as assert from 'uvu/assert';
import { SeatideError } from '../../../core/errors';
import { parseHocon } from '../../../core/config/parse-hocon';

const s = suite('hocon-includes');
let dir = '';

s.before(() => {
  dir = fs.mkdtempSync(path.join(os.tmpdir(), 'seatide-include-'));
  fs.mkdirSync(path.join(dir, 'sub'));
  fs.writeFileSync(path.join(dir, 'common.conf'), 'parallelism = 2\nname = ${base}-job\n');
  fs.writeFileSync(path.join(dir, 'both.conf'), 'a = conf\n');
  fs.writeFileSync(path.join(dir, 'both.json'), '{"a": "json", "b": "json"}');
  fs.writeFileSync(path.join(dir, 'sub', 'outer.conf'), 'include "inner.conf"\nouter = 1\n');
  fs.writeFileSync(path.join(dir, 'sub', 'inner.conf'), 'inner = 2\n');
  fs.writeFileSync(path.join(dir, 'loop-a.conf'), 'include "loop-b.conf"\n');
  fs.writeFileSync(path.join(dir, 'loop-b.conf'), 'include "loop-a.conf"\n');
  fs.writeFileSync(path.join(dir, 'plugins.conf'), 'source { A { x = 1 } }\n');
});
s.after(() => fs.rmSync(dir, { recursive: true, force: true }));

const parse = (text: string) => parseHocon(text, { file: path.join(dir, 'main.conf') });
const fails = (text: string, code: string, pattern: RegExp) => {
  try {
    parse(text);
  } catch (e) {
    assert.instance(e, SeatideError);
    assert.is((e as SeatideError).code, code);
    assert.match((e as SeatideError).message, pattern);
    return;
  }
  assert.unreachable(`expected ${code} for ${JSON.stringify(text)}`);
};

s('merges an included file in place; later keys of the includer win', () => {
  assert.equal(parse('base = x\nparallelism = 1\ninclude "common.conf"\nname = mine'), { base: 'x', parallelism: 2, name: 'mine' });
  assert.equal(parse('include file("common.conf")\nbase = y'), { parallelism: 2, name: 'y-job', base: 'y' });
});

s('looks up substitutions of a nested include under its location first', () => {
  assert.equal(parse('env { base = inner\n include "common" }\nbase = outer'), {
    env: { base: 'inner', parallelism: 2, name: 'inner-job' },
    base: 'outer',
  });
  assert.equal(parse('env { include "common" }\nbase = root'), { env: { parallelism: 2, name: 'root-job' }, base: 'root' });
});

s('tries .conf then .json for a name without extension, .conf winning', () => {
  assert.equal(parse('include "both"'), { a: 'conf', b: 'json' });
});

s('resolves nested includes relative to the file that includes them', () => {
  assert.equal(parse('include "sub/outer.conf"'), { inner: 2, outer: 1 });
});

s('converts plugin blocks of an included file like those of the main file', () => {
  assert.equal(parse('include "plugins.conf"'), { source: [{ x: 1, plugin_name: 'A' }] });
});

s('ignores a missing optional include and fails on a missing required one', () => {
  assert.equal(parse('include "nope.conf"\na = 1'), { a: 1 });
  fails('a = 1\ninclude required("nope.conf")', 'CONFIG-06', /main\.conf:2:1: included file not found: .*nope\.conf/);
});

s('refuses url() and classpath() includes and include cycles', () => {
  fails('include url("http://127.0.0.1:9/x.conf")', 'CONFIG-06', /only local files can be included/);
  fails('include classpath("x.conf")', 'CONFIG-06', /only local files/);
  fails('include "loop-a.conf"', 'CONFIG-06', /include cycle: .*loop-a\.conf -> .*loop-b\.conf -> .*loop-a\.conf/);
});

s('refuses an include with substitutions inside a list', () => {
  fails('base = b\nl = [ { include "common.conf" } ]', 'CONFIG-02', /main\.conf:2:9: the file included here is inside a list/);
  assert.equal(parse('l = [ { include "sub/inner.conf" } ]'), { l: [{ inner: 2 }] });
});

s.run();
