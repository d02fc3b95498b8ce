import { suite } from 'uvu';
import * as assert from 'uvu/assert';
import { Decimal } from '../../../core/types/decimal';

const s = suite('decimal');

s('parses and prints exactly, with the scale kept', () => {
  assert.is(Decimal.parse('12.340').toString(), '12.340');
  assert.is(Decimal.parse('-0.05').toString(), '-0.05');
  assert.is(Decimal.parse('1e3').toString(), '1000');
  assert.is(Decimal.parse('1.5E-3').toString(), '0.0015');
  assert.is(Decimal.parse('123456789012345678901234567890.12345678').toString(), '123456789012345678901234567890.12345678');
  assert.throws(() => Decimal.parse('1.2.3'), /not a decimal/);
});

s('no binary floating point: 0.1 + 0.2 is 0.3', () => {
  assert.is(Decimal.parse('0.1').add(Decimal.parse('0.2')).toString(), '0.3');
  assert.is(Decimal.fromNumber(0.1).toString(), '0.1');
});

s('setScale rounds half up like BigDecimal', () => {
  assert.is(Decimal.parse('2.345').setScale(2).toString(), '2.35');
  assert.is(Decimal.parse('-2.345').setScale(2).toString(), '-2.35');
  assert.is(Decimal.parse('2.344').setScale(2).toString(), '2.34');
  assert.is(Decimal.parse('2.3').setScale(3).toString(), '2.300');
});

s('compares by value; equalsExact also by scale; precision counts digits', () => {
  assert.ok(Decimal.parse('1.50').equals(Decimal.parse('1.5')));
  assert.not.ok(Decimal.parse('1.50').equalsExact(Decimal.parse('1.5')));
  assert.is(Decimal.parse('-12.340').precision, 5);
  assert.is(Decimal.parse('1.1').compareTo(Decimal.parse('1.09')), 1);
});

s.run();
