import { suite } from 'uvu';
import * as assert from 'uvu/assert';
import { parseObjectText } from '../../../core/types/parse-object-text';
import { thrown } from '../../support/connector-harness';

const s = suite('parse-object-text');

s('HOCON members separated by commas or newlines', () => {
  assert.equal(parseObjectText('{a = int, b : string\nc=bytes}'), { a: 'int', b: 'string', c: 'bytes' });
  assert.equal(parseObjectText('{\n  a = int\n\n  b = string,\n}'), { a: 'int', b: 'string' });
});

s('JSON text', () => {
  assert.equal(parseObjectText('{"c_int":"int","c_string":"string"}'), { c_int: 'int', c_string: 'string' });
  assert.equal(parseObjectText('{"a.b": "x\\"y"}'), { 'a.b': 'x"y' });
});

s('nested objects, with or without a separator before the brace', () => {
  assert.equal(parseObjectText('{r = {x = int}, s {y = string}}'), { r: { x: 'int' }, s: { y: 'string' } });
});

s('dotted keys stay one key; duplicate objects merge, scalars are replaced', () => {
  assert.equal(parseObjectText('{row.num = int}'), { 'row.num': 'int' });
  assert.equal(parseObjectText('{a {x = int}, a {y = int}, b = int, b = string}'), { a: { x: 'int', y: 'int' }, b: 'string' });
});

s('unquoted values keep commas inside <>, () and {}', () => {
  assert.equal(parseObjectText('{m = map<string, int>, d = decimal(10, 2), n = map<string, {a = int, b = int}>}'), {
    m: 'map<string, int>',
    d: 'decimal(10, 2)',
    n: 'map<string, {a = int, b = int}>',
  });
});

s('scalars, lists and comments', () => {
  assert.equal(parseObjectText('{a = 1, b = true, c = null, d = [x, "y"] # note\n e = 1.5 // more\n}'), { a: 1, b: true, c: null, d: ['x', 'y'], e: 1.5 });
});

s('malformed text names the offset', () => {
  assert.match(thrown(() => parseObjectText('{uuid}'))!.message, "expecting '=' or ':' after key 'uuid'");
  assert.match(thrown(() => parseObjectText('{a = int'))!.message, "expecting '}'");
  assert.match(thrown(() => parseObjectText('{a = int} x'))!.message, 'unexpected text after the object');
  assert.match(thrown(() => parseObjectText('{a = "x}'))!.message, 'unterminated string');
});

s.run();
