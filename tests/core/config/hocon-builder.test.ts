import { suite } from 'uvu';
import * as assert from 'uvu/assert';
import { SeatideError } from '../../../core/errors';
import { buildValue } from '../../../core/config/hocon-builder';
import { parseAst } from '../../../core/config/hocon-parser';
import { tokenize } from '../../../core/config/hocon-tokenizer';
import { obj, type HoconValue } from '../../../core/config/hocon-value';
import { parseHocon } from '../../../core/config/parse-hocon';

const s = suite('hocon-builder');

const parse = (text: string) => parseHocon(text, { file: 'b.conf' });
/** The unresolved tree, to look at what the builder produced before resolution. */
const build = (text: string): HoconValue =>
  buildValue(parseAst(tokenize(text, 'b.conf', 'conf'), 'b.conf', 'conf'), { file: 'b.conf', syntax: 'conf', include: () => obj() });

s('merges repeated object keys and lets the last non-object win', () => {
  assert.equal(parse('env { a = 1 }\nenv { b = 2, a = 3 }'), { env: { a: 3, b: 2 } });
  assert.equal(parse('x = { a = 1 }\nx = 5'), { x: 5 });
  assert.equal(parse('x = 5\nx = { a = 1 }'), { x: { a: 1 } });
  assert.equal(parse('x = [1]\nx = [2]'), { x: [2] });
});

s('nests -> keys and merges them with existing objects', () => {
  assert.equal(parse('a->b = 1\na->c = 2\na { d = 3 }'), { a: { b: 1, c: 2, d: 3 } });
  assert.equal(parse('job.mode = BATCH\nrow.num = 5'), { 'job.mode': 'BATCH', 'row.num': 5 });
});

s('keeps source order of keys, including the first position of a repeated key', () => {
  assert.equal(Object.keys(parse('z = 1\na = 2\nm = 3\nz = 4')), ['z', 'a', 'm']);
});

s('turns += into a self-reference that appends to the earlier list', () => {
  const v = build('a += 1');
  assert.equal(v.t === 'object' && v.fields.get('a')?.t, 'concat');
  assert.equal(parse('a += 1'), { a: [1] });
  assert.equal(parse('a = [0]\na += 1\na += [2]'), { a: [0, 1, [2]] });
  assert.equal(parse('o { l = [x] }\no { l += y }'), { o: { l: ['x', 'y'] } });
});

s('rejects += inside a list', () => {
  try {
    parse('a = [ { b += 1 } ]');
    assert.unreachable();
  } catch (e) {
    assert.instance(e, SeatideError);
    assert.match((e as Error).message, /b\.conf:1:9: '\+=' cannot be used inside a list/);
  }
});

s('builds substitutions with their position for later messages', () => {
  const v = build('a {\n  b = ${c->d}\n}');
  const b = v.t === 'object' && v.fields.get('a');
  const ref = b && b.t === 'object' ? b.fields.get('b') : undefined;
  assert.equal(ref && ref.t === 'ref' && [ref.path, ref.where, ref.text], [['c', 'd'], 'b.conf:2:7', '${c->d}']);
});

s('joins concatenations at build time as far as they are resolved', () => {
  const v = build('a = x y  "z"w');
  assert.equal(v.t === 'object' && v.fields.get('a'), { t: 'string', value: 'x y  zw', quoted: true });
  assert.equal(parse('a = { x = 1 } { y = 2 }\nb = [1] [2] [3]'), { a: { x: 1, y: 2 }, b: [1, 2, 3] });
});

s.run();
