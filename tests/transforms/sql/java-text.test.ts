import { suite } from 'uvu';
import * as assert from 'uvu/assert';
import { Types, arrayType, decimalType, mapType, rowType } from '../../../core/types/data-type';
import { Decimal } from '../../../core/types/decimal';
import { SeaTunnelRow } from '../../../core/types/row';
import { LocalDateTime } from '../../../core/types/temporal';
import { javaClassName, javaDecimalString, javaDoubleString, javaFloatString, javaString } from '../../../transforms/sql/java-text';

const s = suite('java-text');

s('Double.toString: .0 for whole numbers, plain between 1e-3 and 1e7, scientific outside', () => {
  const cases: [number, string][] = [[1, '1.0'], [134.22, '134.22'], [0.001, '0.001'], [0.0001, '1.0E-4'], [1e7, '1.0E7'], [12345678.9, '1.23456789E7'],
    [-0, '-0.0'], [NaN, 'NaN'], [-Infinity, '-Infinity'], [18.619999999999994, '18.619999999999994'], [1e21, '1.0E21']];
  for (const [n, t] of cases) assert.is(javaDoubleString(n), t, String(n));
});

s('Float.toString: shortest digits of the 32-bit value', () => {
  assert.equal([javaFloatString(Math.fround(1.23)), javaFloatString(Math.fround(3.14)), javaFloatString(Math.fround(0.1)), javaFloatString(1e10), javaFloatString(16777217)],
    ['1.23', '3.14', '0.1', '1.0E10', '1.6777216E7']);
});

s('BigDecimal.toString: plain unless the exponent drops below -6', () => {
  assert.equal(['12.40', '0.000001', '0.0000001', '-0.000000123', '100'].map((t) => javaDecimalString(Decimal.parse(t))), ['12.40', '0.000001', '1E-7', '-1.23E-7', '100']);
});

s('values print by static type; containers and rows as Java collections do', () => {
  assert.equal([javaString(1, Types.DOUBLE), javaString(1, Types.INT), javaString(5n), javaString(true), javaString(null)], ['1.0', '1', '5', 'true', 'null']);
  assert.is(javaString(LocalDateTime.of(2023, 6, 26, 2, 51, 9, 32_000_000)), '2023-06-26T02:51:09.032');
  assert.is(javaString([1, 2], arrayType(Types.DOUBLE)), '[1.0, 2.0]');
  assert.is(javaString(new Map([['k', 1]]), mapType(Types.STRING, Types.FLOAT)), '{k=1.0}');
  assert.is(javaString(new SeaTunnelRow([1, 'x'], 0, 't'), rowType(['a', 'b'], [Types.BIGINT, Types.STRING])), 'SeaTunnelRow{tableId=t, kind=+I, fields=[1, x]}');
  assert.is(javaString(new Uint8Array([104, 105])), 'hi');
  assert.equal([javaClassName(1, Types.INT), javaClassName('x'), javaClassName(1.5), javaClassName(null, decimalType(10, 2))], ['Integer', 'String', 'Double', 'BigDecimal']);
});

s.run();
