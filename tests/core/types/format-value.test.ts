import { suite } from 'uvu';
import * as assert from 'uvu/assert';
import { Types, arrayType, decimalType, mapType, rowType } from '../../../core/types/data-type';
import { Decimal } from '../../../core/types/decimal';
import { formatValue, javaDoubleToString, javaFloatToString, toJsonValue } from '../../../core/types/format-value';
import { SeaTunnelRow } from '../../../core/types/row';
import { LocalDate, LocalDateTime, LocalTime } from '../../../core/types/temporal';

const s = suite('format-value');

s('doubles print as Java does', () => {
  assert.is(javaDoubleToString(1), '1.0');
  assert.is(javaDoubleToString(9.33333), '9.33333');
  assert.is(javaDoubleToString(1234567), '1234567.0');
  assert.is(javaDoubleToString(12345678), '1.2345678E7');
  assert.is(javaDoubleToString(0.001), '0.001');
  assert.is(javaDoubleToString(0.0001), '1.0E-4');
  assert.is(javaDoubleToString(-2.5e-10), '-2.5E-10');
  assert.is(javaDoubleToString(Number.MAX_VALUE), '1.7976931348623157E308');
  assert.is(javaDoubleToString(-0), '-0.0');
  assert.is(javaDoubleToString(NaN), 'NaN');
  assert.is(javaDoubleToString(-Infinity), '-Infinity');
});

s('floats print their shortest 32-bit digits', () => {
  assert.is(javaFloatToString(Math.fround(3.1)), '3.1');
  assert.is(javaFloatToString(Math.fround(40.5)), '40.5');
  assert.is(javaFloatToString(3.4028234663852886e38), '3.4028235E38');
  assert.is(javaFloatToString(0), '0.0');
});

s('console formatting of every kind', () => {
  assert.is(formatValue(null, Types.STRING), 'null');
  assert.is(formatValue('A', Types.STRING), 'A');
  assert.is(formatValue(5, Types.INT), '5');
  assert.is(formatValue(5, Types.DOUBLE), '5.0');
  assert.is(formatValue(Math.fround(3.1), Types.FLOAT), '3.1');
  assert.is(formatValue(323232n, Types.BIGINT), '323232');
  assert.is(formatValue(Decimal.parse('99999.99999999'), decimalType(30, 8)), '99999.99999999');
  assert.is(formatValue(Decimal.parse('1E-7'), decimalType(10, 7)), '0.0000001');
  assert.is(formatValue(new LocalDate(2012, 12, 21), Types.DATE), '2012-12-21');
  assert.is(formatValue(new LocalTime(12, 34, 56), Types.TIME), '12:34:56');
  assert.is(formatValue(LocalDateTime.of(2012, 12, 21, 12, 34), Types.TIMESTAMP), '2012-12-21T12:34');
  assert.is(formatValue(Uint8Array.of(97, 200), Types.BYTES), '[97, -56]');
  assert.is(formatValue([1, null, 3], arrayType(Types.INT)), '[1, null, 3]');
  assert.is(formatValue(new Map([['k', 1]]), mapType(Types.STRING, Types.INT)), '{"k":1}');
  const row = new SeaTunnelRow([1, null, new SeaTunnelRow([2.5])]);
  assert.is(formatValue(row, rowType(['a', 'b', 'c'], [Types.INT, Types.STRING, rowType(['x'], [Types.DOUBLE])])), '[1, null, [2.5]]');
});

s('without a type the value decides', () => {
  assert.is(formatValue(7), '7');
  assert.is(formatValue(7.5), '7.5');
  assert.is(formatValue(true), 'true');
});

s('toJsonValue makes JSON-safe data', () => {
  const type = rowType(
    ['b', 'big', 'd', 'f', 'day', 'bytes', 'm', 'r'],
    [Types.BIGINT, Types.BIGINT, decimalType(10, 2), Types.FLOAT, Types.DATE, Types.BYTES, mapType(Types.INT, Types.STRING), rowType(['x'], [Types.INT])],
  );
  const row = new SeaTunnelRow([5n, 9223372036854775807n, Decimal.parse('12.40'), Math.fround(3.1), new LocalDate(2024, 1, 2), Uint8Array.of(1, 2, 3), new Map([[1, 'a']]), new SeaTunnelRow([7])]);
  const json = JSON.stringify(toJsonValue(row, type));
  assert.is(json, '{"b":5,"big":"9223372036854775807","d":"12.40","f":3.1,"day":"2024-01-02","bytes":"AQID","m":{"1":"a"},"r":{"x":7}}');
  assert.equal(toJsonValue(new SeaTunnelRow([1, 'a'])), [1, 'a']);
});

s.run();
