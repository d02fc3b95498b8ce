import { suite } from 'uvu';
import * as assert from 'uvu/assert';
import { stringifyConfig } from '../../../core/config/stringify-config';

const s = suite('stringify-config');

s('writes the same text as JSON.stringify with 2-space indentation for plain data', () => {
  const v = { a: [1, 'x', true, null, { b: {} }], c: [], 'd"e': 'line\nbreak', n: 1.5e-7 };
  assert.is(stringifyConfig(v), JSON.stringify(v, null, 2));
});

s('writes bigints as their exact digits', () => {
  const text = stringifyConfig({ big: 9223372036854775807n, list: [-9007199254740993n] });
  assert.match(text, /"big": 9223372036854775807,/);
  assert.match(text, /-9007199254740993/);
  assert.is(text, '{\n  "big": 9223372036854775807,\n  "list": [\n    -9007199254740993\n  ]\n}');
});

s('skips undefined fields and writes compact text without indentation, as JSON.stringify does', () => {
  const v = { a: undefined, b: [1, { c: 'x' }], d: {} };
  assert.is(stringifyConfig(v, 0), JSON.stringify(v));
  assert.is(stringifyConfig(v, 4), JSON.stringify(v, null, 4));
});

s.run();
