import { suite } from 'uvu';
import * as assert from 'uvu/assert';
import { Types, arrayType, decimalType, mapType, rowType } from '../../../../core/types/data-type';
import { Decimal } from '../../../../core/types/decimal';
import { SeaTunnelRow } from '../../../../core/types/row';
import { LocalDate, LocalDateTime, LocalTime } from '../../../../core/types/temporal';
import { TEXT_SEPARATORS } from '../../../../connectors/file/file-options';
import { formatTextField, makeSplitter, parseJavaDouble, parseTextField } from '../../../../connectors/file/formats/text-fields';

const s = suite('text-fields');
const read = { separators: TEXT_SEPARATORS, split: makeSplitter('\u0001') };
const write = { separators: TEXT_SEPARATORS, dateFormat: 'yyyy-MM-dd', datetimeFormat: 'yyyy-MM-dd HH:mm:ss', timeFormat: 'HH:mm:ss', nullValue: '' };

s('scalars parse as Java does; blank text is null', () => {
  assert.is(parseTextField('42', Types.INT, 0, read), 42);
  assert.is(parseTextField('-128', Types.TINYINT, 0, read), -128);
  assert.is(parseTextField('7664187222007193600', Types.BIGINT, 0, read), 7664187222007193600n);
  assert.is(parseTextField('TRUE', Types.BOOLEAN, 0, read), true);
  assert.is(parseTextField('yes', Types.BOOLEAN, 0, read), false);
  assert.is(parseTextField('2.4798444E38', Types.FLOAT, 0, read), Math.fround(2.4798444e38));
  assert.is(parseTextField('1.5d', Types.DOUBLE, 0, read), 1.5);
  assert.equal(parseTextField('1.10', decimalType(10, 2), 0, read), Decimal.parse('1.10'));
  assert.equal(parseTextField('2023-06-07', Types.DATE, 0, read), new LocalDate(2023, 6, 7));
  assert.equal(parseTextField('2023-05-08 16:08:51', Types.TIMESTAMP, 0, read), LocalDateTime.of(2023, 5, 8, 16, 8, 51));
  assert.equal(parseTextField('2023-05-08T16:08:51', Types.TIMESTAMP, 0, read), LocalDateTime.of(2023, 5, 8, 16, 8, 51));
  assert.equal(parseTextField('16:08:51.5', Types.TIME, 0, read), new LocalTime(16, 8, 51, 500_000_000));
  assert.equal(parseTextField('ab', Types.BYTES, 0, read), new Uint8Array([97, 98]));
  assert.is(parseTextField('  ', Types.STRING, 0, read), null);
  assert.is(parseTextField(undefined, Types.INT, 0, read), null);
});

s('bad numbers and out-of-range values throw with the text', () => {
  assert.throws(() => parseTextField('1.5', Types.INT, 0, read), /For input string: "1.5"/);
  assert.throws(() => parseTextField('128', Types.TINYINT, 0, read), /out of range/);
  assert.throws(() => parseTextField('9223372036854775808', Types.BIGINT, 0, read), /For input string/);
  assert.throws(() => parseTextField('abc', Types.DOUBLE, 0, read), /For input string/);
  assert.throws(() => parseTextField('07/06/2023', Types.DATE, 0, read), /is not a date/);
  assert.ok(Number.isNaN(parseJavaDouble(' NaN ')));
});

s('nested values use one separator per level', () => {
  const type = rowType(['m', 'a', 'i'], [mapType(Types.STRING, Types.STRING), arrayType(Types.INT), Types.INT]);
  const text = 'k1\u0004v1\u0003k2\u0004v2\u00021\u00032\u00033\u00027';
  const value = parseTextField(text, type, 0, read) as SeaTunnelRow;
  assert.equal(value.fields, [new Map([['k1', 'v1'], ['k2', 'v2']]), [1, 2, 3], 7]);
  assert.is(formatTextField(value, type, 0, write), text);
});

s('values print as the text format writes them', () => {
  assert.is(formatTextField(null, Types.INT, 0, write), '');
  assert.is(formatTextField(Math.fround(1.23), Types.FLOAT, 0, write), '1.23');
  assert.is(formatTextField(1e10, Types.DOUBLE, 0, write), '1.0E10');
  assert.is(formatTextField(LocalDateTime.of(2023, 4, 22, 23, 20, 58, 5), Types.TIMESTAMP, 0, write), '2023-04-22 23:20:58');
  assert.is(formatTextField(new Map([[1, 'a']]), mapType(Types.INT, Types.STRING), 0, write), '1\u0003a');
  assert.is(formatTextField(['x', null, 'z'], arrayType(Types.STRING), 0, write), 'x\u0002\u0002z');
});

s('a separator longer than one character is a regex, one character is literal', () => {
  assert.equal(makeSplitter('\\|')('a|b||c'), ['a', 'b', '', 'c']);
  assert.equal(makeSplitter('|')('a|b'), ['a', 'b']);
  assert.equal(makeSplitter('.')('a.b'), ['a', 'b']);
  assert.equal(makeSplitter('\t')('a\tb\t'), ['a', 'b', '']);
});

s.run();
