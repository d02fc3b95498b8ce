import { suite } from 'uvu';
import * as assert from 'uvu/assert';
import { parseLenientJson } from '../../../transforms/json-path/lenient-json';
import { thrown } from '../transform-harness';

const s = suite('lenient-json');
const plain = (text: string) => JSON.parse(JSON.stringify(parseLenientJson(text), (_k, v) => (typeof v === 'bigint' ? `${v}n` : v)));

s('standard JSON, including escapes, big integers and nesting', () => {
  assert.equal(plain('{"a": [1, 2.5, -3e2, true, null, "x\\n\\u0041"], "b": {}}'), { a: [1, 2.5, -300, true, null, 'x\nA'], b: {} });
  assert.equal(plain('12345678901234567890'), '12345678901234567890n');
});

s("json-smart's leniency: unquoted keys and values (trimmed, typed when they look like literals), single quotes, trailing commas", () => {
  const text = `{data:{c_string: this is a string,c_boolean: true,c_integer: 42,c_float: 3.14,c_date:'2023-10-29',c_datetime:"16:12:43.459",}}`;
  assert.equal(plain(text), { data: { c_string: 'this is a string', c_boolean: true, c_integer: 42, c_float: 3.14, c_date: '2023-10-29', c_datetime: '16:12:43.459' } });
  assert.equal(plain("[a b, 'c', ]"), ['a b', 'c']);
});

s('keys named like Object.prototype members are plain data', () => {
  const v = parseLenientJson('{"__proto__": 1, "constructor": 2}') as Record<string, unknown>;
  assert.equal([v.__proto__, v.constructor, Object.getPrototypeOf(v)], [1, 2, null]);
});

s('malformed text fails with a position', () => {
  assert.match(thrown(() => parseLenientJson('{"a": 1'))?.message ?? '', /Invalid JSON at position 7: expected ',' or '}'/);
  assert.match(thrown(() => parseLenientJson('{"a" 1}'))?.message ?? '', /expected ':' after key 'a'/);
  assert.match(thrown(() => parseLenientJson('"abc'))?.message ?? '', /unterminated string/);
  assert.match(thrown(() => parseLenientJson('{} x'))?.message ?? '', /unexpected text after the value/);
  assert.match(thrown(() => parseLenientJson(''))?.message ?? '', /unexpected end of text/);
});

s.run();
