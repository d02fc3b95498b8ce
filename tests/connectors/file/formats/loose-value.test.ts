import { suite } from 'uvu';
import * as assert from 'uvu/assert';
import { Types, arrayType, decimalType, mapType, rowType } from '../../../../core/types/data-type';
import { Decimal } from '../../../../core/types/decimal';
import { SeaTunnelRow } from '../../../../core/types/row';
import { LocalDate, LocalDateTime, LocalTime } from '../../../../core/types/temporal';
import { convertLoose, javaInt, javaLong } from '../../../../connectors/file/formats/loose-value';
import { makeSplitter } from '../../../../connectors/file/formats/text-fields';

const s = suite('loose-value');
const ctx = { dateFormat: 'yyyy-MM-dd', datetimeFormat: 'yyyy-MM-dd HH:mm:ss', timeFormat: 'HH:mm:ss', splitRow: makeSplitter(';') };

s('numbers go through a double and Java narrowing casts', () => {
  assert.is(convertLoose(25, Types.TINYINT, ctx, 'f'), 25);
  assert.is(convertLoose('300', Types.TINYINT, ctx, 'f'), 44);
  assert.is(convertLoose('70000', Types.SMALLINT, ctx, 'f'), 4464);
  assert.is(convertLoose(3e10, Types.INT, ctx, 'f'), 2147483647);
  assert.is(convertLoose(2121369863495191600, Types.BIGINT, ctx, 'f'), 2121369863495191552n);
  assert.is(convertLoose('4444.9', Types.BIGINT, ctx, 'f'), 4444n);
  assert.equal(convertLoose(6.17e19, decimalType(38, 18), ctx, 'f'), Decimal.parse('6.17E19'));
  assert.equal(convertLoose('7.78', decimalType(10, 2), ctx, 'f'), Decimal.parse('7.78'));
  assert.is(convertLoose(25, Types.STRING, ctx, 'f'), '25.0');
  assert.is(javaInt(Number.NaN), 0);
  assert.is(javaLong(-1e30), -(2n ** 63n));
});

s('dates come from date-time cells or the configured patterns', () => {
  const cell = LocalDateTime.of(2023, 6, 13, 10, 0);
  assert.equal(convertLoose(cell, Types.DATE, ctx, 'f'), new LocalDate(2023, 6, 13));
  assert.equal(convertLoose(cell, Types.TIME, ctx, 'f'), new LocalTime(10, 0));
  assert.equal(convertLoose('2024-01-31 16:00:48', Types.TIMESTAMP, ctx, 'f'), LocalDateTime.of(2024, 1, 31, 16, 0, 48));
  assert.throws(() => convertLoose('2024/01/31', Types.DATE, ctx, 'f'), /could not be parsed/);
});

s('maps and arrays are JSON, rows split on the delimiter', () => {
  assert.equal(convertLoose('{"age": "26"}', mapType(Types.STRING, Types.STRING), ctx, 'f'), new Map([['age', '26']]));
  assert.equal(convertLoose('[1, 2]', arrayType(Types.INT), ctx, 'f'), [1, 2]);
  const r = convertLoose('a;2;true', rowType(['s', 'i', 'b'], [Types.STRING, Types.INT, Types.BOOLEAN]), ctx, 'f') as SeaTunnelRow;
  assert.equal(r.fields, ['a', 2, true]);
  assert.equal(convertLoose('ab', Types.BYTES, ctx, 'f'), new Uint8Array([97, 98]));
});

s.run();
