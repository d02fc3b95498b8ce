import { suite } from 'uvu';
import * as assert from 'uvu/assert';
import { SeatideError } from '../../../core/errors';
import { parseHocon } from '../../../core/config/parse-hocon';

const s = suite('hocon-resolver');

const parse = (text: string, env: Record<string, string> = {}, variables: Record<string, unknown> = {}) =>
  parseHocon(text, { file: 'r.conf', env, variables });
const fails = (text: string, pattern: RegExp, env: Record<string, string> = {}) => {
  try {
    parse(text, env);
  } catch (e) {
    assert.instance(e, SeatideError);
    assert.is((e as SeatideError).code, 'CONFIG-03');
    assert.match((e as SeatideError).message, pattern);
    return;
  }
  assert.unreachable(`expected an unresolved substitution in ${JSON.stringify(text)}`);
};

s('resolves against the document with -> paths, forward and backward', () => {
  assert.equal(parse('a = ${env->job.mode}\nenv { job.mode = BATCH }\nb = ${a}'), { a: 'BATCH', env: { 'job.mode': 'BATCH' }, b: 'BATCH' });
  assert.equal(parse('o { x = [1, 2] }\np = ${o}\nq = ${o->x}'), { o: { x: [1, 2] }, p: { x: [1, 2] }, q: [1, 2] });
});

s("treats ${a.b} as the single key 'a.b'", () => {
  assert.equal(parse('"a.b" = 1\nx = ${a.b}'), { 'a.b': 1, x: 1 });
  fails('a { b = 1 }\nx = ${a.b}', /r\.conf:2:5: substitution \$\{a\.b\} is not resolved: no 'a\.b'/);
});

s('omits ${?x} that resolves nowhere: the field, the list element, or the piece of a string', () => {
  assert.equal(parse('a = ${?x}\nb = [1, ${?x}, 2]\nc = pre${?x}post\nd = 1'), { b: [1, 2], c: 'prepost', d: 1 });
  assert.equal(parse('a = 1\na = ${?x}'), { a: 1 });
});

s('falls back to environment variables, then to -i variables (not for ${?x})', () => {
  assert.equal(parse('h = ${HOME}/x', { HOME: '/home/u' }), { h: '/home/u/x' });
  assert.equal(parse('a = ${v}\nb = ${w->x}', {}, { v: '1', w: { x: 'deep' } }), { a: '1', b: 'deep' });
  assert.equal(parse('a = ${v}', { v: 'env' }, { v: 'var' }), { a: 'env' });
  assert.equal(parse('a = ${?v}\nb = 2', {}, { v: 'var' }), { b: 2 });
  assert.equal(parse('a = ${doc}\ndoc = d', { doc: 'env' }), { a: 'd', doc: 'd' });
});

s('lets a field refer to its own earlier value', () => {
  assert.equal(parse('path = "a:b"\npath = ${path}":c"'), { path: 'a:b:c' });
  assert.equal(parse('a { x = 1 }\na = ${a} { y = 2 }'), { a: { x: 1, y: 2 } });
  assert.equal(parse('l = [1]\nl = ${l} [2]\nl += 3'), { l: [1, 2, 3] });
  // HOCON.md: a self-reference sees the value below it, even inside a path expression
  assert.equal(parse('foo { a { c = 1 } }\nfoo = ${foo->a}\nfoo { a = 2 }'), { foo: { a: 2, c: 1 } });
  // hidden by a later non-object value, a substitution is never evaluated
  assert.equal(parse('foo = ${does-not-exist}\nfoo = 42\nbar = ${bar}\nbar = 1'), { foo: 42, bar: 1 });
});

s('does not call a lookup of a sibling a cycle', () => {
  assert.equal(parse('bar { foo = 42, baz = ${bar->foo} }'), { bar: { foo: 42, baz: 42 } });
});

s('reports cycles, naming the substitution and where it is', () => {
  fails('a = ${a}', /r\.conf:1:5: substitution \$\{a\} is part of a cycle/);
  fails('a = ${b}\nb = ${a}', /substitution \$\{a\} is part of a cycle/);
  fails('a { b = ${a} }', /r\.conf:1:9: substitution \$\{a\} is part of a cycle/);
  assert.equal(parse('a = ${?a}\nb = 1'), { b: 1 });
});

s('reports an unresolved substitution with file:line:column and how to fix it', () => {
  fails('env {\n  job.name = ${jobName}\n}', /r\.conf:2:14: substitution \$\{jobName\} is not resolved: no 'jobName' in the config, the environment or the -i variables/);
  fails('q = "select "${city}', /r\.conf:1:14: substitution \$\{city\}/);
});

s('concatenates substitutions with the whitespace between them', () => {
  assert.equal(parse('a = x\nb = 1.50\nc = ${a} ${b}  end\nd = [1]\ne = ${d} ${d}'), { a: 'x', b: 1.5, c: 'x 1.50  end', d: [1], e: [1, 1] });
});

s('keeps the value type of a whole-value substitution', () => {
  assert.equal(parse('n = 9007199254740993\nm = ${n}\nb = true\nc = ${b}\nz = null\nw = ${z}'), {
    n: 9007199254740993n, m: 9007199254740993n, b: true, c: true, z: null, w: null,
  });
});

s('resolves substitutions inside lists and list elements that are objects', () => {
  assert.equal(parse('v = 1\nrows = [{ f = [${v}, "${v}"] }]'), { v: 1, rows: [{ f: [1, '${v}'] }] });
});

s.run();
