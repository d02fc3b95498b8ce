import { suite } from 'uvu';
import * as assert from 'uvu/assert';
import { parseNumber } from '../../../core/config/hocon-number';

const s = suite('hocon-number');

s('reads integers as Long.parseLong does, bigints beyond 2^53, nothing beyond 64 bits', () => {
  assert.is(parseNumber('0'), 0);
  assert.is(parseNumber('007'), 7);
  assert.is(parseNumber('-0'), 0);
  assert.ok(Object.is(parseNumber('-0'), 0));
  assert.is(parseNumber('9007199254740991'), 9007199254740991);
  assert.is(parseNumber('9007199254740992'), 9007199254740992n);
  assert.is(parseNumber('-9223372036854775808'), -9223372036854775808n);
  assert.is(parseNumber('9223372036854775808'), undefined);
  assert.is(parseNumber('1-2'), undefined);
  assert.is(parseNumber('-'), undefined);
});

s('reads decimals and exponents as Double.parseDouble does, whole values as integers', () => {
  assert.is(parseNumber('3.1415926535897932384626433832795028841971'), 3.141592653589793);
  assert.is(parseNumber('1.'), 1);
  assert.is(parseNumber('-.5'), -0.5);
  assert.is(parseNumber('2.50'), 2.5);
  assert.is(parseNumber('1E+2'), 100);
  assert.is(parseNumber('1e-2'), 0.01);
  assert.is(parseNumber('-0.0'), 0);
  assert.is(parseNumber('1e18'), 1000000000000000000n);
  assert.is(parseNumber('9.223372036854775807e18'), 9223372036854775807n);
  assert.is(parseNumber('1e19'), 1e19);
});

s('rejects what Java rejects, so the token stays text', () => {
  for (const text of ['1.2.3', '1e', '1e+', '.', '-.', '1.5e3.2', '2024-01-01', '1+1']) assert.is(parseNumber(text), undefined, text);
});

s.run();
