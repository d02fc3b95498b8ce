import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { suite } from 'uvu';
import * as assert from 'uvu/assert';
import { SeatideError } from '../../../core/errors';
import { loadConfigFile, loadConfigText } from '../../../core/config/load-config';

const s = suite('load-config');
let dir = '';

s.before(() => {
  dir = fs.mkdtempSync(path.join(os.tmpdir(), 'seatide-load-'));
});
s.after(() => fs.rmSync(dir, { recursive: true, force: true }));

const write = (name: string, text: string): string => {
  const file = path.join(dir, name);
  fs.writeFileSync(file, text);
  return file;
};
const hocon = (text: string, variables: string[] = [], env: Record<string, string> = {}) =>
  loadConfigText(text, { format: 'hocon', file: 'job.conf', variables, env });
const fails = (fn: () => unknown, code: string, pattern: RegExp) => {
  try {
    fn();
  } catch (e) {
    assert.instance(e, SeatideError);
    assert.is((e as SeatideError).code, code);
    assert.match((e as Error).message, pattern);
    return;
  }
  assert.unreachable(`expected ${code}`);
};

const DOC_EXAMPLE = `
env { job.mode = "BATCH", job.name = \${jobName} }
source { FakeSource {
  result_table_name = "\${resName:fake_test}_table"
  row.num = "\${rowNum:50}"
  schema = { fields { name = "\${nameType:string}", age = \${ageType} } } } }
transform { sql { query = "select * from \${resName:fake_test}_table where name = '\${nameVal}' " } }
sink { Console { username = \${username}, other = "\${notGiven}" } }
`;

s("loads SeaTunnel's documented -i example exactly", () => {
  const config = hocon(DOC_EXAMPLE, ['jobName=this_is_a_job_name', 'ageType=int', 'nameVal=abc', 'username=seatunnel=2.3.1']);
  assert.equal(config, {
    env: { 'job.mode': 'BATCH', 'job.name': 'this_is_a_job_name' },
    source: [{ result_table_name: 'fake_test_table', 'row.num': '50', schema: { fields: { name: 'string', age: 'int' } }, plugin_name: 'FakeSource' }],
    transform: [{ query: "select * from fake_test_table where name = 'abc' ", plugin_name: 'sql' }],
    sink: [{ username: 'seatunnel=2.3.1', other: '${notGiven}', plugin_name: 'Console' }],
  });
});

s('fails on an unquoted substitution that no -i defines, naming it and the file:line', () => {
  fails(() => hocon(DOC_EXAMPLE, ['ageType=int', 'username=u']), 'CONFIG-03', /job\.conf:2:38: substitution \$\{jobName\} is not resolved/);
});

s('matches -i keys with dots: ${a->b} and "${a.b}" work, unquoted ${a.b} does not', () => {
  assert.equal(hocon('x = ${a->b}\ny { q = "${a.b}" }', ['a.b=v']), { x: 'v', y: { q: 'v' } });
  fails(() => hocon('x = ${a.b}', ['a.b=v']), 'CONFIG-03', /\$\{a\.b\}/);
});

s('gives -i lists to unquoted substitutions and the raw text to string placeholders', () => {
  assert.equal(hocon("a = ${list}\nb { c = \"${list}\" }", ["list=['abc','d~f']"]), { a: ["'abc'", "'d~f'"], b: { c: "['abc','d~f']" } });
  assert.equal(hocon('e { a = "${x}", b = "${y}" }', ['x=1,y="p,q"']), { e: { a: '1', b: '"p,q"' } });
});

s('uses environment variables for unquoted substitutions only', () => {
  assert.equal(hocon('e { h = ${HOME_DIR}, q = "${HOME_DIR}" }', [], { HOME_DIR: '/home/t' }), { e: { h: '/home/t', q: '${HOME_DIR}' } });
});

s('leaves sink placeholders alone and rejects them as -i names', () => {
  assert.equal(hocon('sink { S { path = "/t/${table_name}", t = "${table_name:x}", k = "${k0}=${v0}" } }').sink, [
    { path: '/t/${table_name}', t: '${table_name:x}', k: '${k0}=${v0}', plugin_name: 'S' },
  ]);
  fails(() => hocon('a = 1', ['primary_key=id']), 'CONFIG-05', /Incorrect config parameter: primary_key/);
});

s('does not require a source or a sink (that is job validation)', () => {
  assert.equal(hocon('env {}'), { env: {} });
  assert.equal(hocon('source {}\nsink {}'), { source: [], sink: [] });
});

s('reads .json files as JSON (no plugin-list conversion) and still runs the variable pass', () => {
  const file = write('job.json', '{"env": {"job.name": "${n:dflt}"}, "source": [{"plugin_name": "FakeSource"}], "sink": {"Console": {}}}');
  assert.equal(loadConfigFile(file, { env: {} }), { env: { 'job.name': 'dflt' }, source: [{ plugin_name: 'FakeSource' }], sink: { Console: {} } });
  const bad = write('bad.json', 'env { a = 1 }');
  fails(() => loadConfigFile(bad), 'CONFIG-02', /bad\.json:1:1: 'env' is not valid JSON/);
});

s('reads any other suffix as HOCON', () => {
  const file = write('job.config', 'source { A { x = ${?X} } }\nsink { B {} }');
  assert.equal(loadConfigFile(file, { variables: ['X=1'], env: {} }), { source: [{ plugin_name: 'A' }], sink: [{ plugin_name: 'B' }] });
});

s('names the path of a missing file with CONFIG-01', () => {
  fails(() => loadConfigFile(path.join(dir, 'nope.conf')), 'CONFIG-01', /config file not found: .*nope\.conf/);
  fails(() => loadConfigFile(dir), 'CONFIG-01', /config file not found/);
});

s('resolves includes relative to the config file', () => {
  write('common.conf', 'parallelism = 4');
  const file = write('with-include.conf', 'env { include "common.conf" }');
  assert.equal(loadConfigFile(file, { env: {} }), { env: { parallelism: 4 } });
});

s.run();
