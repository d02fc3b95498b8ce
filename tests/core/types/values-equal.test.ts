import { suite } from 'uvu';
import * as assert from 'uvu/assert';
import { Types, arrayType, decimalType, mapType, rowType } from '../../../core/types/data-type';
import { Decimal } from '../../../core/types/decimal';
import { RowKind, SeaTunnelRow } from '../../../core/types/row';
import { LocalDate, LocalDateTime } from '../../../core/types/temporal';
import { rowsEqual, valuesEqual } from '../../../core/types/values-equal';

const s = suite('values-equal');

s('scalars, nulls and mixed numeric representations', () => {
  assert.ok(valuesEqual('a', 'a'));
  assert.not.ok(valuesEqual('a', 'b'));
  assert.ok(valuesEqual(null, undefined));
  assert.not.ok(valuesEqual(null, 0));
  assert.ok(valuesEqual(5n, 5));
  assert.not.ok(valuesEqual(NaN, NaN, Types.DOUBLE));
});

s('floats compare as 32-bit values', () => {
  assert.ok(valuesEqual(Math.fround(3.1), 3.1, Types.FLOAT));
  assert.not.ok(valuesEqual(Math.fround(3.1), 3.1, Types.DOUBLE));
});

s('decimals by value, temporal values by fields, bytes by content', () => {
  assert.ok(valuesEqual(Decimal.parse('12.40'), Decimal.parse('12.4'), decimalType(10, 2)));
  assert.not.ok(valuesEqual(Decimal.parse('12.41'), Decimal.parse('12.4')));
  assert.ok(valuesEqual(new LocalDate(2020, 1, 2), new LocalDate(2020, 1, 2)));
  assert.not.ok(valuesEqual(LocalDateTime.of(2020, 1, 2, 3), LocalDateTime.of(2020, 1, 2, 4)));
  assert.ok(valuesEqual(Uint8Array.of(1, 2), Uint8Array.of(1, 2), Types.BYTES));
  assert.not.ok(valuesEqual(Uint8Array.of(1, 2), Uint8Array.of(1, 3)));
});

s('arrays element-wise, maps by key in any order, rows by position', () => {
  assert.ok(valuesEqual([1, 2], [1, 2], arrayType(Types.INT)));
  assert.not.ok(valuesEqual([1, 2], [2, 1], arrayType(Types.INT)));
  assert.ok(valuesEqual(new Map([['a', 1], ['b', 2]]), new Map([['b', 2], ['a', 1]]), mapType(Types.STRING, Types.INT)));
  assert.not.ok(valuesEqual(new Map([['a', 1]]), new Map([['a', 2]])));
  const dateKeys = mapType(Types.DATE, Types.STRING);
  assert.ok(valuesEqual(new Map([[new LocalDate(2024, 1, 26), 'v0']]), new Map([[new LocalDate(2024, 1, 26), 'v0']]), dateKeys));
  const t = rowType(['f', 'n'], [Types.FLOAT, Types.NULL]);
  assert.ok(valuesEqual(new SeaTunnelRow([Math.fround(3.1), null]), new SeaTunnelRow([3.1, null]), t));
  assert.not.ok(valuesEqual(new SeaTunnelRow([1]), new SeaTunnelRow([1, 2])));
});

s('row equality includes table id and kind', () => {
  assert.ok(rowsEqual(new SeaTunnelRow([1], RowKind.INSERT, 't'), new SeaTunnelRow([1], RowKind.INSERT, 't')));
  assert.not.ok(rowsEqual(new SeaTunnelRow([1], RowKind.INSERT, 't'), new SeaTunnelRow([1], RowKind.DELETE, 't')));
  assert.not.ok(rowsEqual(new SeaTunnelRow([1], RowKind.INSERT, 't'), new SeaTunnelRow([1], RowKind.INSERT, 'u')));
});

s.run();
