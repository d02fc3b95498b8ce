import { suite } from 'uvu';
import * as assert from 'uvu/assert';
import { LocalDate, LocalDateTime, LocalTime } from '../../../core/types/temporal';

const s = suite('temporal');

s("prints as Java's LocalDate/LocalTime/LocalDateTime", () => {
  assert.is(new LocalDate(2023, 6, 26).toString(), '2023-06-26');
  assert.is(new LocalTime(2, 51, 0).toString(), '02:51');
  assert.is(new LocalTime(2, 51, 9, 32_000_000).toString(), '02:51:09.032');
  assert.is(new LocalTime(2, 51, 9, 1_000).toString(), '02:51:09.000001');
  assert.is(LocalDateTime.of(2023, 6, 26, 2, 51, 9, 32_000_000).toString(), '2023-06-26T02:51:09.032');
});

s('converts epoch millis without the host time zone', () => {
  assert.is(LocalDateTime.ofEpochMillis(1687747869032).toString(), '2023-06-26T02:51:09.032');
  assert.is(LocalDateTime.ofEpochMillis(1687747869032, 8 * 60).toString(), '2023-06-26T10:51:09.032');
  assert.is(LocalDateTime.of(2023, 6, 26, 2, 51, 9, 32_000_000).toEpochMillis(), 1687747869032);
  assert.is(LocalDate.ofEpochDay(-1).toString(), '1969-12-31');
});

s('rejects impossible dates and times', () => {
  assert.throws(() => new LocalDate(2023, 2, 29), /invalid day/);
  assert.not.throws(() => new LocalDate(2024, 2, 29));
  assert.throws(() => new LocalTime(24, 0), /invalid time/);
});

s('calendar helpers', () => {
  assert.is(new LocalDate(2024, 1, 1).dayOfWeek(), 1);
  assert.is(new LocalDate(2024, 12, 31).dayOfYear(), 366);
  assert.is(new LocalDate(2024, 2, 28).plusDays(1).toString(), '2024-02-29');
});

s.run();
