import { parse } from 'lossless-json';
import { suite } from 'uvu';
import * as assert from 'uvu/assert';
import { jsonText } from '../../../../adapters/hapi/render/json-text';

const s = suite('render/json-text');

s('compact, in insertion order, undefined members left out', () => {
  assert.is(jsonText({ b: 1, a: [true, null, 'x'], u: undefined, o: {} }), '{"b":1,"a":[true,null,"x"],"o":{}}');
});

s("strings escaped as Hazelcast's writer does: \\u00xx for control characters, U+2028/2029 escaped, / and non-ASCII raw", () => {
  assert.is(jsonText('a"b\\c\nd\re\tf\bg\fh\u0001/é测\u2028\u2029'), '"a\\"b\\\\c\\nd\\re\\tf\\u0008g\\u000ch\\u0001/é测\\u2028\\u2029"');
});

s('bigints and lossless numbers keep every digit; lossless doubles print as Java does', () => {
  assert.is(jsonText({ id: 733584788375666689n }), '{"id":733584788375666689}');
  assert.is(jsonText(parse('{"a":881432421482889220,"b":1.0,"c":1e20,"d":0.0001,"e":-0,"f":12}')), '{"a":881432421482889220,"b":1.0,"c":1.0E20,"d":1.0E-4,"e":0,"f":12}');
  assert.is(jsonText(parse('[1e400]')), '[1e400]');
});

s('plain numbers: integers as integers, fractions through Double.toString, non-finite as null', () => {
  assert.is(jsonText([1, 2.5, 1e21, 0.1 + 0.2, Infinity]), '[1,2.5,1.0E21,0.30000000000000004,null]');
});

s('the output parses back to the same value', () => {
  const value = { s: 'x\u0007y', n: [1, 2, 3], nested: { deep: ['é', false] } };
  assert.equal(JSON.parse(jsonText(value)), value);
});

s.run();
