import { suite } from 'uvu';
import * as assert from 'uvu/assert';
import { SeatideError } from '../../../core/errors';
import {
  consolidate, containsUnresolved, list, obj, scalarText, str, underPath, withFallback,
  type HoconValue, type RefValue,
} from '../../../core/config/hocon-value';
import { toPlain } from '../../../core/config/parse-hocon';

const s = suite('hocon-value');

const num = (value: number): HoconValue => ({ t: 'number', value, raw: String(value) });
const o = (entries: Record<string, HoconValue>, trailing = false) => obj(new Map(Object.entries(entries)), trailing);
const ref = (name: string): RefValue => ({ t: 'ref', path: [name], prefixLength: 0, optional: false, text: `\${${name}}`, where: 'x:1:1' });

s('withFallback merges objects deeply; any other newer value hides the older one', () => {
  const merged = withFallback(o({ b: num(2), n: o({ y: num(2) }) }), o({ a: num(1), n: o({ x: num(1) }) }));
  assert.equal(toPlain(merged), { a: 1, n: { x: 1, y: 2 }, b: 2 });
  assert.equal(Object.keys(toPlain(merged) as object), ['a', 'n', 'b']);
  assert.equal(toPlain(withFallback(list([num(1)]), o({ a: num(1) }))), [1]);
  assert.equal(toPlain(withFallback(o({ a: num(1) }), str('x'))), { a: 1 });
  assert.equal(toPlain(withFallback(str('new'), list([]))), 'new');
});

s('withFallback defers to a merge stack when either side is unresolved', () => {
  const m = withFallback(ref('x'), o({ a: num(1) }));
  assert.is(m.t, 'merge');
  assert.is(m.t === 'merge' && m.stack.length, 2);
  const m2 = withFallback(o({ b: num(2) }), m);
  assert.is(m2.t === 'merge' && m2.stack.length, 3);
});

s('a trailing fallback puts its keys after the newer keys (plugin_name goes last)', () => {
  const v = withFallback(o({ z: num(1), a: num(2) }), o({ plugin_name: str('Fake') }, true));
  assert.equal(Object.keys(toPlain(v) as object), ['z', 'a', 'plugin_name']);
  const explicit = withFallback(o({ plugin_name: str('Mine') }), o({ plugin_name: str('Fake') }, true));
  assert.equal(toPlain(explicit), { plugin_name: 'Mine' });
});

s('consolidate joins scalars as text, lists by appending and objects by merging', () => {
  const one = (...pieces: HoconValue[]) => {
    const r = consolidate(pieces, 'x:1:1');
    assert.is(r.length, 1);
    return toPlain(r[0]);
  };
  assert.is(one(str('a'), str(' ', false), { t: 'number', value: 1, raw: '1.0' }, { t: 'boolean', value: true }, { t: 'null' }), 'a 1.0truenull');
  assert.equal(one(list([num(1)]), list([num(2)])), [1, 2]);
  assert.equal(one(o({ a: num(1), b: num(1) }), o({ b: num(2) })), { a: 1, b: 2 });
  assert.equal(one(o({ 1: str('b'), 0: str('a') }), list([str('c')])), ['a', 'b', 'c']);
});

s('consolidate drops unquoted text after a list or object, as Typesafe does', () => {
  assert.equal(toPlain(consolidate([list([num(1)]), str('trailing', false)], 'x:1:1')[0]), [1]);
  try {
    consolidate([list([num(1)]), str('quoted')], 'f.conf:2:3');
    assert.unreachable();
  } catch (e) {
    assert.instance(e, SeatideError);
    assert.is((e as SeatideError).code, 'CONFIG-02');
    assert.match((e as Error).message, /f\.conf:2:3: cannot concatenate a list with the string "quoted"/);
  }
});

s('consolidate keeps unresolved pieces apart and joins around them', () => {
  const r = consolidate([str('a'), str('b'), ref('x'), str('c')], 'x:1:1');
  assert.equal(r.map((p) => (p.t === 'ref' ? p.text : scalarText(p))), ['ab', '${x}', 'c']);
  assert.ok(containsUnresolved(o({ deep: list([o({ r: ref('x') })]) })));
  assert.not.ok(containsUnresolved(o({ deep: list([o({ r: str('x') })]) })));
});

s('underPath nests a value under the rest of a -> key', () => {
  assert.equal(toPlain(underPath(['a', 'b'], num(1))), { a: { b: 1 } });
  assert.equal(toPlain(underPath([], num(1))), 1);
});

s.run();
