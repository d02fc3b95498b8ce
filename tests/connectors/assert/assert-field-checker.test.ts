import { suite } from 'uvu';
import * as assert from 'uvu/assert';
import { Types, arrayType, decimalType, mapType, rowType } from '../../../core/types/data-type';
import { Decimal } from '../../../core/types/decimal';
import { RowKind, SeaTunnelRow } from '../../../core/types/row';
import { AssertFieldChecker, checkType, describeRow } from '../../../connectors/assert/assert-field-checker';
import { parseAssertRules } from '../../../connectors/assert/assert-rules';
import { thrown } from '../../support/connector-harness';

const s = suite('assert-field-checker');
const type = rowType(['id', 'name', 'score', 'price', 'f'], [Types.BIGINT, Types.STRING, Types.INT, decimalType(10, 2), Types.FLOAT]);
const checker = (fieldRules: unknown[]) => new AssertFieldChecker(parseAssertRules({ field_rules: fieldRules }, 'sink').all!.fieldRules!, type, 'fake');
const row = (...fields: unknown[]) => new SeaTunnelRow(fields, RowKind.INSERT, 'fake');
const ok = (c: AssertFieldChecker, r: SeaTunnelRow) => thrown(() => c.check(r)) === undefined;

s('NULL, NOT_NULL and type checks (null passes only the null type)', () => {
  const c = checker([{ field_name: 'name', field_type: 'string', field_value: [{ rule_type: 'NOT_NULL' }] }]);
  assert.ok(ok(c, row(1n, 'A', 1, null, 0)));
  assert.not.ok(ok(c, row(1n, null, 1, null, 0)));
  const typeOnly = checker([{ field_name: 'name', field_type: 'string', field_value: [{ rule_type: 'NULL' }] }]);
  assert.not.ok(ok(typeOnly, row(1n, null, 1, null, 0)));
  const nullType = checker([{ field_name: 'name', field_type: 'null', field_value: [{ rule_type: 'NULL' }] }]);
  assert.ok(ok(nullType, row(1n, null, 1, null, 0)));
  const wrongWidth = checker([{ field_name: 'id', field_type: 'int', field_value: [] }]);
  assert.not.ok(ok(wrongWidth, row(1n, 'A', 1, null, 0)));
});

s('MIN and MAX compare numbers and fail on anything else', () => {
  const c = checker([{ field_name: 'score', field_type: 'int', field_value: [{ rule_type: 'MIN', rule_value: 10 }, { rule_type: 'MAX', rule_value: 100 }] }]);
  assert.ok(ok(c, row(1n, 'A', 100, null, 0)));
  assert.not.ok(ok(c, row(1n, 'A', 200, null, 0)));
  assert.not.ok(ok(c, row(1n, 'A', 9, null, 0)));
  const onString = checker([{ field_name: 'name', field_value: [{ rule_type: 'MAX', rule_value: 100 }] }]);
  assert.not.ok(ok(onString, row(1n, '5', 1, null, 0)));
  const onBig = checker([{ field_name: 'id', field_value: [{ rule_type: 'MAX', rule_value: 5 }] }]);
  assert.ok(ok(onBig, row(5n, 'x', 1, null, 0)));
});

s('MIN_LENGTH and MAX_LENGTH on the printed value, null as empty', () => {
  const c = checker([{ field_name: 'name', field_value: [{ rule_type: 'MIN_LENGTH', rule_value: 4 }, { rule_type: 'MAX_LENGTH', rule_value: 13 }] }]);
  assert.ok(ok(c, row(1n, 'kris', 1, null, 0)));
  assert.not.ok(ok(c, row(1n, 'abc', 1, null, 0)));
  assert.not.ok(ok(c, row(1n, null, 1, null, 0)));
  const f = checker([{ field_name: 'f', field_value: [{ rule_type: 'MAX_LENGTH', rule_value: 3 }] }]);
  assert.ok(ok(f, row(1n, 'x', 1, null, Math.fround(3.1))));
});

s('equals_to converted with the column type; skipped for nulls; with or without rule_type', () => {
  const c = checker([
    { field_name: 'price', field_type: 'decimal(10, 2)', field_value: [{ equals_to: '12.40' }] },
    { field_name: 'f', field_value: [{ rule_type: 'NOT_NULL', equals_to: 3.1 }] },
    { field_name: 'id', field_value: [{ equals_to: '7' }] },
  ]);
  assert.ok(ok(c, row(7n, 'x', 1, Decimal.parse('12.40'), Math.fround(3.1))));
  assert.not.ok(ok(c, row(8n, 'x', 1, Decimal.parse('12.40'), Math.fround(3.1))));
  assert.not.ok(ok(c, row(7n, 'x', 1, Decimal.parse('12.41'), Math.fround(3.1))));
  const nullPrice = checker([{ field_name: 'price', field_value: [{ equals_to: '1.00' }] }]);
  assert.ok(ok(nullPrice, row(7n, 'x', 1, null, 0)));
});

s('a failure names the row and the rule (ASSERT-01)', () => {
  const c = checker([{ field_name: 'score', field_type: 'int', field_value: [{ rule_type: 'MAX', rule_value: 100 }] }]);
  const e = thrown(() => c.check(row(3n, 'C', 200, null, 0)));
  assert.is((e as { code?: string }).code, 'ASSERT-01');
  assert.match(e!.message, 'Rule validate failed] - row :SeaTunnelRow{tableId=fake, kind=+I, fields=[3, C, 200, null, 0.0]} fail rule: AssertFieldRule(fieldName=score, fieldType=INT');
});

s('a rule on an unknown field is reported', () => {
  assert.match(thrown(() => checker([{ field_name: 'nope', field_value: [] }]))!.message, "field 'nope' is not a field of table 'fake'");
});

s('checkType recurses into arrays, maps and rows; decimals check scale and precision', () => {
  assert.ok(checkType([1, 2], arrayType(Types.INT), arrayType(Types.INT)));
  assert.not.ok(checkType([1, 'x'], arrayType(Types.INT), arrayType(Types.INT)));
  assert.ok(checkType(new Map([['k', 1n]]), mapType(Types.STRING, Types.BIGINT)));
  assert.not.ok(checkType(new Map([['k', 1]]), mapType(Types.STRING, Types.BIGINT), mapType(Types.STRING, Types.INT)));
  const rt = rowType(['a', 'b'], [Types.TINYINT, Types.NULL]);
  assert.ok(checkType(new SeaTunnelRow([1, null]), rt, rt));
  assert.not.ok(checkType(new SeaTunnelRow([1, null]), rowType(['a', 'b'], [Types.INT, Types.NULL]), rt));
  assert.ok(checkType(Decimal.parse('99999.99999999'), decimalType(30, 8)));
  assert.not.ok(checkType(Decimal.parse('1.5'), decimalType(30, 8)));
  assert.not.ok(checkType(Decimal.parse('123.45'), decimalType(4, 2)));
  assert.is(describeRow(new SeaTunnelRow([1, 'a'], RowKind.DELETE, 't')), 'SeaTunnelRow{tableId=t, kind=-D, fields=[1, a]}');
});

s.run();
