import { suite } from 'uvu';
import * as assert from 'uvu/assert';
import { Types, arrayType, decimalType, mapType, rowType } from '../../../core/types/data-type';
import { Decimal } from '../../../core/types/decimal';
import { estimateRowSize, estimateValueSize } from '../../../core/types/estimate-size';
import { SeaTunnelRow } from '../../../core/types/row';
import { LocalDate, LocalDateTime, LocalTime } from '../../../core/types/temporal';

const s = suite('estimate-size');

s('typed sizes follow SeaTunnel', () => {
  const type = rowType(
    ['s', 'bo', 'ti', 'si', 'i', 'f', 'b', 'd', 'dec', 'date', 'time', 'ts', 'bytes', 'n'],
    [Types.STRING, Types.BOOLEAN, Types.TINYINT, Types.SMALLINT, Types.INT, Types.FLOAT, Types.BIGINT, Types.DOUBLE, decimalType(10, 2), Types.DATE, Types.TIME, Types.TIMESTAMP, Types.BYTES, Types.INT],
  );
  const row = new SeaTunnelRow(['abc', true, 1, 2, 3, 1.5, 4n, 2.5, Decimal.parse('1.00'), new LocalDate(2020, 1, 1), new LocalTime(1, 2), LocalDateTime.of(2020, 1, 1), Uint8Array.of(1, 2), null]);
  assert.is(estimateRowSize(row, type), 3 + 1 + 1 + 2 + 4 + 4 + 8 + 8 + 36 + 24 + 12 + 48 + 2 + 0);
});

s('containers are summed; null elements count zero', () => {
  assert.is(estimateValueSize([1, null, 3], arrayType(Types.INT)), 8);
  assert.is(estimateValueSize(['ab', 'c'], arrayType(Types.STRING)), 3);
  assert.is(estimateValueSize(new Map([['k', 1n]]), mapType(Types.STRING, Types.BIGINT)), 9);
  assert.is(estimateValueSize(new SeaTunnelRow(['xy', 1]), rowType(['a', 'b'], [Types.STRING, Types.SMALLINT])), 4);
});

s('untyped rows are sized by the values themselves', () => {
  const row = new SeaTunnelRow(['abcd', 7, 7.5, 1n, true, null, Decimal.parse('1'), new LocalDate(2020, 1, 1), [1, 2], new Map([['a', 'bc']]), new SeaTunnelRow(['z'])]);
  assert.is(estimateRowSize(row), 4 + 4 + 8 + 8 + 1 + 0 + 36 + 24 + 8 + 3 + 1);
});

s('cheap enough for the hot path', () => {
  const row = new SeaTunnelRow([1, 'abcdef', 2.5, 3n]);
  const t0 = process.hrtime.bigint();
  let total = 0;
  for (let i = 0; i < 1_000_000; i++) total += estimateRowSize(row);
  const ms = Number(process.hrtime.bigint() - t0) / 1e6;
  assert.is(total, 26_000_000);
  assert.ok(ms < 1000, `1M estimates took ${ms} ms`);
});

s.run();
