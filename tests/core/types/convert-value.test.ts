import { suite } from 'uvu';
import * as assert from 'uvu/assert';
import { convertRow, convertValue } from '../../../core/types/convert-value';
import { Types, arrayType, decimalType, mapType, rowType } from '../../../core/types/data-type';
import { Decimal } from '../../../core/types/decimal';
import { parseDataType } from '../../../core/types/parse-data-type';
import { SeaTunnelRow } from '../../../core/types/row';
import { LocalDate, LocalDateTime, LocalTime } from '../../../core/types/temporal';
import { thrown } from '../../support/connector-harness';

const s = suite('convert-value');

s('integers from numbers and numeric strings, with range checks naming the field', () => {
  assert.is(convertValue(1, Types.TINYINT), 1);
  assert.is(convertValue(' -12 ', Types.SMALLINT), -12);
  assert.is(convertValue('333', Types.INT), 333);
  const e = thrown(() => convertValue(200, Types.TINYINT, 'c_tinyint'));
  assert.match(e!.message, "of field 'c_tinyint'");
  assert.match(e!.message, 'out of range [-128, 127]');
  assert.is((e as { code?: string }).code, 'COMMON-16');
  assert.ok(thrown(() => convertValue(40000, Types.SMALLINT)));
  assert.ok(thrown(() => convertValue(2147483648, Types.INT)));
  assert.ok(thrown(() => convertValue(1.5, Types.INT)));
  assert.ok(thrown(() => convertValue('abc', Types.INT)));
});

s('bigint becomes a JS bigint, exact from strings', () => {
  assert.is(convertValue(323232, Types.BIGINT), 323232n);
  assert.is(convertValue('9223372036854775807', Types.BIGINT), 9223372036854775807n);
  assert.match(thrown(() => convertValue('9223372036854775808', Types.BIGINT, 'b'))!.message, 'out of range');
});

s('float is rounded to 32 bits, double is not', () => {
  assert.is(convertValue(3.1, Types.FLOAT), Math.fround(3.1));
  assert.is(convertValue('3.1', Types.FLOAT), Math.fround(3.1));
  assert.is(convertValue(9.33333, Types.DOUBLE), 9.33333);
  assert.is(convertValue('1e3', Types.DOUBLE), 1000);
  assert.ok(thrown(() => convertValue('x', Types.DOUBLE)));
});

s('decimals keep their digits and scale', () => {
  const d = convertValue(99999.99999999, decimalType(30, 8)) as Decimal;
  assert.ok(d instanceof Decimal);
  assert.is(d.toString(), '99999.99999999');
  assert.is((convertValue('12.40', decimalType(10, 2)) as Decimal).scale, 2);
  assert.is((convertValue('123456789012345678901234567890.5', decimalType(38, 1)) as Decimal).toString(), '123456789012345678901234567890.5');
});

s('booleans, strings and null', () => {
  assert.is(convertValue(false, Types.BOOLEAN), false);
  assert.is(convertValue('TRUE', Types.BOOLEAN), true);
  assert.ok(thrown(() => convertValue('yes', Types.BOOLEAN)));
  assert.is(convertValue(12, Types.STRING), '12');
  assert.is(convertValue({ a: 1 }, Types.STRING), '{"a":1}');
  assert.is(convertValue(null, Types.INT), null);
  assert.is(convertValue('anything', Types.NULL), null);
});

s('dates, times and timestamps in the listed formats', () => {
  assert.ok((convertValue('2012-12-21', Types.DATE) as LocalDate).equals(new LocalDate(2012, 12, 21)));
  assert.ok((convertValue('2012/12/21', Types.DATE) as LocalDate).equals(new LocalDate(2012, 12, 21)));
  assert.ok((convertValue(20121221, Types.DATE) as LocalDate).equals(new LocalDate(2012, 12, 21)));
  assert.ok((convertValue('12:34:56', Types.TIME) as LocalTime).equals(new LocalTime(12, 34, 56)));
  assert.ok((convertValue('2012-12-21T12:34:56', Types.TIMESTAMP) as LocalDateTime).equals(LocalDateTime.of(2012, 12, 21, 12, 34, 56)));
  assert.is((convertValue('2023-06-26T02:51:09.032', Types.TIMESTAMP) as LocalDateTime).toString(), '2023-06-26T02:51:09.032');
  assert.match(thrown(() => convertValue('21/12/2012', Types.DATE, 'c_date'))!.message, "of field 'c_date'");
  assert.match(thrown(() => convertValue('2023-02-30', Types.DATE, 'c_date'))!.message, 'invalid day');
  assert.ok(thrown(() => convertValue('12:34', Types.TIME)));
});

s('bytes from base64', () => {
  assert.equal([...(convertValue('bWlJWmo=', Types.BYTES) as Uint8Array)], [...Buffer.from('miIZj')]);
  assert.ok(thrown(() => convertValue('not base64!', Types.BYTES)));
});

s('arrays, maps with converted keys, nested rows', () => {
  assert.equal(convertValue([0, '1', 2], arrayType(Types.INT)), [0, 1, 2]);
  const m = convertValue({ '2024-01-26': 'v0' }, mapType(Types.DATE, Types.STRING)) as Map<unknown, unknown>;
  const [[k, v]] = [...m];
  assert.ok((k as LocalDate).equals(new LocalDate(2024, 1, 26)));
  assert.is(v, 'v0');
  const nested = parseDataType('map<string, {c_int = int, c_string = string}>');
  const n = convertValue({ k1: [123, 'BBB-BB'] }, nested) as Map<string, SeaTunnelRow>;
  assert.equal(n.get('k1')!.fields, [123, 'BBB-BB']);
  assert.ok(thrown(() => convertValue('x', arrayType(Types.INT))));
});

s('rows by position or by name; missing fields are null or an error', () => {
  const t = rowType(['id', 'name'], [Types.INT, Types.STRING]);
  assert.equal(convertRow([1, 'A'], t).fields, [1, 'A']);
  assert.equal(convertRow({ name: 'B', id: 2 }, t).fields, [2, 'B']);
  assert.equal(convertRow([1], t).fields, [1, null]);
  assert.match(thrown(() => convertRow({ id: 1 }, t, '', { failOnMissingField: true }))!.message, 'Could not find field with name name');
  const e = thrown(() => convertRow({ id: 1, name: 'x', r: 1 }, rowType(['id', 'r'], [Types.INT, rowType(['x'], [Types.TINYINT])])));
  assert.ok(e);
  const deep = thrown(() => convertRow([1, [300]], rowType(['id', 'r'], [Types.INT, rowType(['x'], [Types.TINYINT])])));
  assert.match(deep!.message, "of field 'r.x'");
});

s('runtime values pass through', () => {
  const d = new LocalDate(2020, 1, 1);
  assert.is(convertValue(d, Types.DATE), d);
  const dec = Decimal.parse('1.5');
  assert.is(convertValue(dec, decimalType(3, 1)), dec);
});

s.run();
