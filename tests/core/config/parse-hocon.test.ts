import { suite } from 'uvu';
import * as assert from 'uvu/assert';
import { SeatideError } from '../../../core/errors';
import { fromPlain, parseHocon, toPlain } from '../../../core/config/parse-hocon';

const s = suite('parse-hocon');

const parse = (text: string) => parseHocon(text, { file: 'job.conf' });

s('keeps dotted keys whole at every depth (checklist 1) and nests -> keys (checklist 2)', () => {
  assert.equal(parse('env {\n  parallelism = 2\n  job.mode = "BATCH"\n  checkpoint.interval = 10000\n  a->b = 1\n  "quoted.key" = 3\n}'), {
    env: { parallelism: 2, 'job.mode': 'BATCH', 'checkpoint.interval': 10000, a: { b: 1 }, 'quoted.key': 3 },
  });
  assert.equal(parse('source { Fake { schema { fields { c.d = int } }, split.read-interval = 5 } }').source, [
    { schema: { fields: { 'c.d': 'int' } }, 'split.read-interval': 5, plugin_name: 'Fake' },
  ]);
});

s('reads unquoted strings, booleans, null and numbers as Typesafe does', () => {
  assert.equal(parse('a = BATCH\nb = true\nc = null\nd = 3.25\ne = 1.0\nf = 10s\ng = 127.0.0.1\nh = -3\ni = 1e-7'), {
    a: 'BATCH', b: true, c: null, d: 3.25, e: 1, f: '10s', g: '127.0.0.1', h: -3, i: 1e-7,
  });
});

s('keeps integers beyond 2^53 exact as bigints; beyond 64 bits they are strings', () => {
  const c = parse('a = 7084913402530365000\nb = 9223372036854775807\nc = -9223372036854775808\nd = 9223372036854775808\ne = 9007199254740991');
  assert.is(c.a, 7084913402530365000n);
  assert.is(c.b, 9223372036854775807n);
  assert.is(c.c, -9223372036854775808n);
  assert.is(c.d, '9223372036854775808');
  assert.is(c.e, 9007199254740991);
});

s('reads triple-quoted strings and comments', () => {
  assert.equal(parse('# comment\nq = """select *\n  from "t" """ // trailing\nr = 1'), { q: 'select *\n  from "t" ', r: 1 });
});

s('preserves key order everywhere and stores a __proto__ key as data', () => {
  const c = parse('z = 1\ny { b = 1, a = 2 }\nx = 3');
  assert.equal(Object.keys(c), ['z', 'y', 'x']);
  assert.equal(Object.keys(c.y as object), ['b', 'a']);
  const p = parse('"__proto__" { polluted = 1 }');
  assert.is(Object.getPrototypeOf(p), Object.prototype);
  assert.equal(Object.keys(p), ['__proto__']);
  assert.is(({} as Record<string, unknown>).polluted, undefined);
});

s('rejects a root list and reports syntax errors with file:line:column', () => {
  for (const [text, pattern] of [
    ['[1, 2]', /job\.conf:1:1: the root of a config must be an object/],
    ['a {\n  b = \n}', /job\.conf:3:1: expected a value, got '\}'/],
    ['env { a = 1 }}', /job\.conf:1:14: unbalanced '\}'/],
  ] as const) {
    try {
      parse(text);
      assert.unreachable(text);
    } catch (e) {
      assert.instance(e, SeatideError);
      assert.is((e as SeatideError).code, 'CONFIG-02');
      assert.match((e as Error).message, pattern);
    }
  }
});

s('parses JSON syntax when asked', () => {
  assert.equal(parseHocon('{"a->b": {"c.d": [1, 2.5, true, null]}}', { syntax: 'json' }), { 'a->b': { 'c.d': [1, 2.5, true, null] } });
});

s('converts between plain data and values both ways', () => {
  const plain = { a: [1, 'x', true, null, { b: 2n }] };
  assert.equal(toPlain(fromPlain(plain)), plain);
});

s.run();
