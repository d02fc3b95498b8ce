import { parse } from 'lossless-json';
import { suite } from 'uvu';
import * as assert from 'uvu/assert';
import { javaDoubleString, javaStringOf } from '../../shade/java-string-of';

const s = suite('java-string-of');

s("prints doubles as Java's Double.toString", () => {
  const cases: Array<[number, string]> = [
    [1, '1.0'], [100, '100.0'], [0.1, '0.1'], [123.456, '123.456'], [0.001, '0.001'], [1234567.5, '1234567.5'],
    [9999999, '9999999.0'], [1e7, '1.0E7'], [12345678.9, '1.23456789E7'], [1e20, '1.0E20'], [0.0001, '1.0E-4'],
    [0.00012345, '1.2345E-4'], [-2.5, '-2.5'], [-1e-5, '-1.0E-5'], [0, '0.0'], [-0, '-0.0'], [5e-324, '4.9E-324'], [2e-323, '2.0E-323'],
    [1.7976931348623157e308, '1.7976931348623157E308'],
  ];
  for (const [x, expected] of cases) assert.is(javaDoubleString(x), expected, String(x));
});

s('keeps the integer/double distinction of lossless numbers, as Jackson does', () => {
  const doc = parse('{"a":1.0,"b":1e20,"c":7,"d":-0.0,"e":881432421482889220,"f":2.50}') as Record<string, unknown>;
  assert.equal(
    Object.values(doc).map(javaStringOf),
    ['1.0', '1.0E20', '7', '-0.0', '881432421482889220', '2.5'],
  );
});

s('renders values with Java collection toString', () => {
  assert.is(javaStringOf(123456), '123456');
  assert.is(javaStringOf(true), 'true');
  assert.is(javaStringOf('plain'), 'plain');
  assert.is(javaStringOf(12n), '12');
  assert.is(javaStringOf(['a', 'b']), '[a, b]');
  assert.is(javaStringOf({ k: 'v' }), '{k=v}');
  assert.is(javaStringOf([1, 'a', null, { k: [true, 2.5] }, []]), '[1, a, null, {k=[true, 2.5]}, []]');
  assert.is(javaStringOf({ a: 1, b: { c: 'd' } }), '{a=1, b={c=d}}');
});

s.run();
