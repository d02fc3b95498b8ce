import { suite } from 'uvu';
import * as assert from 'uvu/assert';
import { javaRandomDouble } from '../../../../transforms/sql/functions/numeric-functions';
import { sql, sqlError, text } from '../sql-harness';

const s = suite('numeric-functions');

s('ABS and ROUND keep the argument type; MOD takes the divisor type; CEIL/FLOOR/SIGN are INT; the rest DOUBLE', () => {
  const types = ['abs(i)', 'abs(l)', 'abs(dec)', 'abs(f)', 'round(d)', 'round(dec, 1)', 'mod(l, i)', 'mod(i, d)', 'ceil(d)', 'floor(dec)', 'sign(l)', 'trunc(i)', 'sqrt(i)', 'pi()', 'rand()']
    .map((e) => sql(e).typeName);
  assert.equal(types, ['INT', 'BIGINT', 'Decimal(10, 2)', 'FLOAT', 'DOUBLE', 'Decimal(10, 2)', 'INT', 'DOUBLE', 'INT', 'INT', 'INT', 'DOUBLE', 'DOUBLE', 'DOUBLE', 'DOUBLE']);
});

s('values: exact decimal remainders, HALF_UP rounding, truncation toward zero', () => {
  assert.equal([text('abs(-i)'), text('abs(-dec)'), text('abs(-l)')], ['7', '12.34', '10000000000']);
  assert.equal([text('mod(13, 5.4)'), text('mod(-7, 3)'), text('mod(dec, 5)'), text('mod(13, cast(5 as bigint))')], ['2.2', '-1', '2', '3']);
  assert.equal([text('round(2.345, 2)'), text('round(-2.5)'), text('round(1234, -2)'), text('round(dec, 1)')], ['2.35', '-3.0', '1200', '12.30']);
  assert.equal([text('trunc(-2.789, 2)'), text('trunc(2.789)'), text('ceil(-1.5)'), text('floor(-1.5)'), text('ceil(2.0001)')], ['-2.78', '2.0', '-1', '-2', '3']);
  assert.equal([text('sign(-d)'), text('sign(0)'), text('sign(dec)'), text('sign(n)')], ['-1', '0', '1', '0']);
});

s('math functions follow Java (radians by multiplication, log of base 10 through log10)', () => {
  assert.equal([sql('radians(180)').value, sql('log(10, 1000)').value, sql('log(2, 8)').value, sql('ln(1)').value], [Math.PI, 3, 3, 0]);
  assert.equal([sql('power(2, 10)').value, sql('exp(0)').value, sql('atan2(1, 1)').value, sql('cot(1)').value], [1024, 1, Math.PI / 4, 1 / Math.tan(1)]);
  assert.equal([sql('acos(1)').value, sql('asin(0)').value, sql('cosh(0)').value, sql('sqrt(-1)').text], [0, 0, 1, 'NaN']);
});

s('null arguments give null (SIGN gives 0, as SeaTunnel does)', () => {
  for (const f of ['abs(n)', 'sqrt(n)', 'mod(n, 2)', 'mod(2, n)', 'round(n)', 'ceil(n)', 'power(n, 2)', 'log(10, n)']) assert.is(sql(f).value, null, f);
  assert.is(sql('sign(n)').value, 0);
});

s('domain errors fail the row: mod by zero, LN/LOG10 of non-positive numbers, COT of 0', () => {
  assert.match(sqlError('mod(i, 0)'), /Mod by zero/);
  assert.match(sqlError('ln(0)'), /Unsupported function LN\(\) argument: 0/);
  assert.match(sqlError('log10(-1)'), /LOG10/);
  assert.match(sqlError('log(0, 2)'), /LOG\(\) base: 0/);
  assert.match(sqlError('cot(0)'), /Division by zero/);
  assert.match(sqlError("abs('x')"), /ABS\(\) argument 1 must be a number/);
});

s('RAND(seed) repeats java.util.Random(seed).nextDouble(); RAND() is in [0, 1)', () => {
  // java.util.Random(42).nextDouble() and Random(0).nextDouble()
  assert.is(javaRandomDouble(42), 0.7275636800328681);
  assert.is(javaRandomDouble(0), 0.730967787376657);
  assert.is(sql('rand(42)').value, 0.7275636800328681);
  const r = sql('random()').value as number;
  assert.ok(r >= 0 && r < 1);
});

s.run();
