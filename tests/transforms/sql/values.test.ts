import { suite } from 'uvu';
import * as assert from 'uvu/assert';
import { Types } from '../../../core/types/data-type';
import { Decimal } from '../../../core/types/decimal';
import { SeaTunnelRow } from '../../../core/types/row';
import { LocalDate, LocalDateTime } from '../../../core/types/temporal';
import { doubleToInt, doubleToLong, javaEquals, sqlCompare, sqlEquals, toDecimal, toDouble } from '../../../transforms/sql/values';
import { thrown } from '../transform-harness';

const s = suite('values');

s('numbers compare by double value across representations', () => {
  assert.ok(sqlEquals(1, 1n) && sqlEquals(Decimal.parse('1.50'), 1.5) && sqlEquals(3n, 3n));
  assert.not.ok(sqlEquals(1, null) || sqlEquals(null, null) || sqlEquals(NaN, NaN));
  assert.equal([sqlCompare(2, 10n), sqlCompare(Decimal.parse('2.5'), 2), sqlCompare('b', 'a'), sqlCompare(9007199254740993n, 9007199254740992n)], [-1, 1, 1, 1]);
});

s('other values by Java equality; ordering only within one kind, else SeaTunnel\'s (misspelt) message', () => {
  assert.ok(javaEquals(new LocalDate(2020, 1, 1), new LocalDate(2020, 1, 1)));
  assert.not.ok(javaEquals(new LocalDate(2020, 1, 1), LocalDateTime.of(2020, 1, 1)));
  assert.ok(javaEquals(new Map([['a', 1]]), new Map([['a', 1]])));
  assert.ok(javaEquals(new SeaTunnelRow([1, 'x']), new SeaTunnelRow([1, 'x'])));
  assert.not.ok(javaEquals(new Uint8Array([1]), new Uint8Array([1])), 'byte[] equality is identity in Java');
  assert.is(sqlCompare(LocalDateTime.of(2020, 1, 2), LocalDateTime.of(2020, 1, 1)), 1);
  assert.is(thrown(() => sqlCompare(new LocalDate(2020, 1, 1), '2020-01-01'))?.message, 'Filed types not matched, left is: LocalDate, right is: String');
  assert.is(thrown(() => sqlCompare(1, 'x', Types.INT))?.message, 'Filed types not matched, left is: Integer, right is: String');
});

s('conversions: BigDecimal.valueOf(double) text, Java (int)/(long) casts', () => {
  assert.equal([toDecimal(0.1).toString(), toDecimal(1e20).toString(), toDecimal(7).toString(), toDouble(Decimal.parse('2.5'))], ['0.1', '100000000000000000000', '7', 2.5]);
  assert.equal([doubleToInt(3.9), doubleToInt(-3.9), doubleToInt(1e12), doubleToInt(NaN), doubleToLong(-1e30)], [3, -3, 2147483647, 0, -9223372036854775808n]);
  assert.is(thrown(() => toDecimal(Infinity))?.message, 'Infinite or NaN value Infinity has no decimal form');
});

s.run();
