import { suite } from 'uvu';
import * as assert from 'uvu/assert';
import { LocalDate, LocalDateTime, LocalTime } from '../../../core/types/temporal';
import { durationIn, durationNanos, floorDiv, isoWeekOfYear, periodBetween, plusMonths, plusNanos, plusNanosTime } from '../../../transforms/sql/temporal-math';

const s = suite('temporal-math');

s('month steps clamp the day; nano steps cross days and wrap times', () => {
  assert.equal([plusMonths(new LocalDate(2021, 1, 31), 1), plusMonths(new LocalDate(2020, 3, 31), -13), plusMonths(new LocalDate(2020, 2, 29), 12)].map(String), ['2021-02-28', '2019-02-28', '2021-02-28']);
  assert.is(plusNanos(LocalDateTime.of(2021, 12, 31, 23, 0), 3_600_000_000_000n).toString(), '2022-01-01T00:00');
  assert.is(plusNanos(LocalDateTime.of(2021, 1, 1, 0, 0), -1n).toString(), '2020-12-31T23:59:59.999999999');
  assert.is(plusNanosTime(new LocalTime(23, 0), 7_200_000_000_000n).toString(), '01:00');
  assert.equal([floorDiv(-7n, 2n), floorDiv(7n, 2n)], [-4n, 3n]);
});

s('durations truncate toward zero from floored seconds, as java.time.Duration does', () => {
  const n = durationNanos(LocalDateTime.of(2021, 1, 1, 0, 0, 0, 500_000_000), LocalDateTime.of(2021, 1, 1, 0, 0));
  assert.equal([n, durationIn(n, 'SECOND'), durationIn(n, 'MILLISECOND')], [-500_000_000n, 0n, -500n]);
  assert.is(durationIn(durationNanos(LocalDateTime.of(2021, 1, 1), LocalDateTime.of(2021, 1, 3, 23, 0)), 'DAY'), 2n);
});

s('periods and ISO week-of-year', () => {
  assert.equal(periodBetween(new LocalDate(2021, 4, 15), new LocalDate(2022, 1, 23)), { years: 0, months: 9 });
  assert.equal(periodBetween(new LocalDate(2021, 4, 15), new LocalDate(2023, 4, 14)), { years: 1, months: 11 });
  assert.equal(periodBetween(new LocalDate(2023, 4, 14), new LocalDate(2021, 4, 15)), { years: -1, months: -11 });
  assert.equal([new LocalDate(2021, 1, 1), new LocalDate(2021, 1, 4), new LocalDate(2021, 4, 8), new LocalDate(2020, 12, 31)].map(isoWeekOfYear), [0, 1, 14, 53]);
});

s.run();
