import { suite } from 'uvu';
import * as assert from 'uvu/assert';
import { LocalDate, LocalDateTime, LocalTime } from '../../../../core/types/temporal';
import {
  checkPattern,
  formatDate,
  formatDateTime,
  formatNow,
  formatTime,
  isoDateTime,
  isoTime,
  parseDateTimeWith,
  parseDateWith,
  parseTimeWith,
} from '../../../../connectors/file/formats/temporal-pattern';

const s = suite('temporal-pattern');

s('formats dates, times and date-times with Java patterns', () => {
  const dt = LocalDateTime.of(2023, 4, 2, 9, 5, 7, 32_000_000);
  assert.is(formatDate(dt.date, 'yyyy-MM-dd'), '2023-04-02');
  assert.is(formatDate(dt.date, 'yyyy.MM.dd'), '2023.04.02');
  assert.is(formatDate(dt.date, 'yyyy/MM/dd'), '2023/04/02');
  assert.is(formatDateTime(dt, 'yyyy-MM-dd HH:mm:ss'), '2023-04-02 09:05:07');
  assert.is(formatDateTime(dt, "yyyy-MM-dd'T'HH:mm:ss.SSS"), '2023-04-02T09:05:07.032');
  assert.is(formatDateTime(dt, 'yyyyMMddHHmmss'), '20230402090507');
  assert.is(formatTime(dt.time, 'HH:mm:ss.SSS'), '09:05:07.032');
  assert.is(formatDateTime(dt, "dd MMM yy hh 'o''clock' a"), "02 Apr 23 09 o'clock AM");
});

s('parses with a pattern and rejects text that does not match', () => {
  assert.equal(parseDateWith('2024/01/31', 'yyyy/MM/dd'), new LocalDate(2024, 1, 31));
  assert.equal(parseDateTimeWith('2024-01-31 16:00:48', 'yyyy-MM-dd HH:mm:ss'), LocalDateTime.of(2024, 1, 31, 16, 0, 48));
  assert.equal(parseDateTimeWith('2024-01-31T16:00:48.5', "yyyy-MM-dd'T'HH:mm:ss.S"), LocalDateTime.of(2024, 1, 31, 16, 0, 48, 500_000_000));
  assert.equal(parseTimeWith('16:00:48', 'HH:mm:ss'), new LocalTime(16, 0, 48));
  assert.throws(() => parseDateWith('2024-01-31', 'yyyy/MM/dd'), /could not be parsed with pattern 'yyyy\/MM\/dd'/);
  assert.throws(() => parseDateWith('2024/02/30', 'yyyy/MM/dd'), /invalid day/);
});

s('ISO texts keep seconds and drop trailing fraction zeros', () => {
  assert.is(isoDateTime(LocalDateTime.of(2022, 1, 26, 17, 39)), '2022-01-26T17:39:00');
  assert.is(isoTime(new LocalTime(1, 2, 3, 120_000_000)), '01:02:03.12');
});

s('formatNow uses the local wall clock', () => {
  const d = new Date(2020, 0, 2, 3, 4, 5);
  assert.is(formatNow('yyyy.MM.dd HH:mm:ss', d), '2020.01.02 03:04:05');
});

s('checkPattern names the option and the accepted values', () => {
  assert.is(checkPattern('date_format', 'yyyy-MM-dd', ['yyyy-MM-dd']), 'yyyy-MM-dd');
  const e = (() => {
    try {
      checkPattern('date_format', 'dd-MM-yyyy', ['yyyy-MM-dd', 'yyyy/MM/dd']);
    } catch (err) {
      return err as Error;
    }
  })();
  assert.match(e?.message ?? '', /API-02.*Illegal format \[dd-MM-yyyy\] for option 'date_format'; expected one of: yyyy-MM-dd, yyyy\/MM\/dd/);
});

s('unsupported pattern letters are reported', () => {
  assert.throws(() => formatDate(new LocalDate(2020, 1, 1), 'yyyy-QQ'), /unsupported letter 'Q'/);
});

s.run();
