import { suite } from 'uvu';
import * as assert from 'uvu/assert';
import { LocalDate, LocalDateTime, LocalTime } from '../../../core/types/temporal';
import { dateTimePattern } from '../../../transforms/sql/datetime-pattern';
import { thrown } from '../transform-harness';

const s = suite('datetime-pattern');
const ts = LocalDateTime.of(2021, 4, 8, 13, 4, 5, 235_000_000);
const fmt = (p: string, v: LocalDate | LocalTime | LocalDateTime = ts) => dateTimePattern(p).format(v);
const parse = (p: string, t: string) => {
  const r = dateTimePattern(p).parse(t);
  return [r.date?.toString() ?? null, r.time?.toString() ?? null];
};

s('format: widths, text forms, fractions truncate, quoted literals, optional sections', () => {
  assert.equal([fmt('yyyy-MM-dd HH:mm:ss.SSS'), fmt('yy/M/d H:m:s'), fmt('S'), fmt('SSSSSS'), fmt("yyyy'T'HH 'o''clock'")],
    ['2021-04-08 13:04:05.235', '21/4/8 13:4:5', '2', '235000', "2021T13 o'clock"]);
  assert.equal([fmt('MMM MMMM MMMMM'), fmt('E EEEE'), fmt('h:mm a'), fmt('K k'), fmt('D DDD Q QQQ QQQQ G'), fmt('uuuu[ HH]', new LocalDate(2021, 1, 2))],
    ['Apr April A', 'Thu Thursday', '1:04 PM', '1 13', '98 098 2 Q2 2nd quarter AD', '2021']);
  assert.is(fmt('yyyy', new LocalDate(12345, 1, 1)), '+12345');
  assert.is(fmt('n A', LocalTime.ofNanoOfDay(1_000_000_007n)), '7 1000');
});

s('format errors: fields the value lacks, unknown, zone and too many letters', () => {
  assert.is(thrown(() => fmt('HH', new LocalDate(2021, 1, 1)))?.message, 'Unsupported field: HourOfDay');
  assert.is(thrown(() => fmt('yyyy', new LocalTime(1, 2)))?.message, 'Unsupported field: YearOfEra');
  assert.is(thrown(() => dateTimePattern('ddd'))?.message, 'Too many pattern letters: d');
  assert.is(thrown(() => dateTimePattern('j'))?.message, 'Unknown pattern letter: j');
  assert.is(thrown(() => dateTimePattern('yyyy Z'))?.message, 'Unsupported pattern letter for a zone-less value: Z');
  assert.is(thrown(() => dateTimePattern("yyyy 'x"))?.message, "Pattern ends with an incomplete string literal: yyyy 'x");
});

s('parse: fixed and adjacent widths, text fields, 12-hour clock, SMART month-end clamping', () => {
  assert.equal(parse('yyyy-MM-dd HH:mm:ss.SSS', '2021-04-08 13:34:45.235'), ['2021-04-08', '13:34:45.235']);
  assert.equal(parse('yyyyMMddHHmmss', '20210408133445'), ['2021-04-08', '13:34:45']);
  assert.equal(parse('d MMM yyyy h:mm a', '8 Apr 2021 1:05 PM'), ['2021-04-08', '13:05']);
  assert.equal(parse('yyyy-MM-dd', '2021-02-31'), ['2021-02-28', null]);
  assert.equal(parse('HH', '07'), [null, '07:00']);
  assert.equal(parse('yy-MM-dd', '21-04-08'), ['2021-04-08', null]);
  assert.equal(parse('yyyy-DDD', '2020-366'), ['2020-12-31', null]);
  assert.equal(parse('yyyy-MM-dd[ HH:mm]', '2021-04-08'), ['2021-04-08', null]);
});

s('parse errors name the index as java.time does', () => {
  assert.is(thrown(() => parse('yyyy-MM-dd', '2021-4-08'))?.message, "Text '2021-4-08' could not be parsed at index 5");
  assert.is(thrown(() => parse('yyyy-MM-dd', '2021-04-08x'))?.message, "Text '2021-04-08x' could not be parsed, unparsed text found at index 10");
  assert.match(thrown(() => parse('yyyy-MM-dd', '2021-13-08'))?.message ?? '', /Invalid value for MonthOfYear \(valid values 1 - 12\): 13/);
  assert.match(thrown(() => parse('HH:mm', '24:00'))?.message ?? '', /HourOfDay/);
});

s.run();
