import { LocalDate, LocalDateTime, LocalTime, daysInMonth } from '../../core/types/temporal';

/** java.time arithmetic the date functions need: calendar steps that clamp, exact durations, periods. */

const NANOS_PER_DAY = 86_400_000_000_000n;

/** LocalDate.plusMonths: the day is clamped to the target month's length. */
export function plusMonths(d: LocalDate, months: number): LocalDate {
  const total = d.year * 12 + (d.month - 1) + months;
  const year = Math.floor(total / 12);
  const month = total - year * 12 + 1;
  return new LocalDate(year, month, Math.min(d.day, daysInMonth(year, month)));
}

/** LocalDateTime.plusNanos (and plusHours/Minutes/Seconds through it). */
export function plusNanos(dt: LocalDateTime, nanos: bigint): LocalDateTime {
  const total = dt.time.toNanoOfDay() + nanos;
  const days = floorDiv(total, NANOS_PER_DAY);
  return new LocalDateTime(dt.date.plusDays(Number(days)), LocalTime.ofNanoOfDay(total - days * NANOS_PER_DAY));
}

/** LocalTime.plusNanos: wraps around midnight. */
export function plusNanosTime(t: LocalTime, nanos: bigint): LocalTime {
  const total = t.toNanoOfDay() + nanos;
  return LocalTime.ofNanoOfDay(total - floorDiv(total, NANOS_PER_DAY) * NANOS_PER_DAY);
}

export function floorDiv(a: bigint, b: bigint): bigint {
  const q = a / b;
  return (a % b !== 0n) && ((a < 0n) !== (b < 0n)) ? q - 1n : q;
}

/** Nanoseconds from `a` to `b` (Duration.between); both LocalDateTime or both LocalTime. */
export function durationNanos(a: LocalDateTime | LocalTime, b: LocalDateTime | LocalTime): bigint {
  const nanos = (v: LocalDateTime | LocalTime): bigint =>
    v instanceof LocalDateTime ? BigInt(v.date.toEpochDay()) * NANOS_PER_DAY + v.time.toNanoOfDay() : v.toNanoOfDay();
  return nanos(b) - nanos(a);
}

/** Duration's seconds (floored) and toDays/toHours/toMinutes/toMillis, which truncate those seconds. */
export function durationIn(nanos: bigint, unit: 'DAY' | 'HOUR' | 'MINUTE' | 'SECOND' | 'MILLISECOND'): bigint {
  const seconds = floorDiv(nanos, 1_000_000_000n);
  const millis = seconds * 1000n + (nanos - seconds * 1_000_000_000n) / 1_000_000n;
  switch (unit) {
    case 'DAY': return seconds / 86_400n;
    case 'HOUR': return seconds / 3_600n;
    case 'MINUTE': return seconds / 60n;
    case 'SECOND': return millis / 1000n;
    case 'MILLISECOND': return millis;
  }
}

/** Period.between(a, b) as {years, months} (the days part is not needed). */
export function periodBetween(a: LocalDate, b: LocalDate): { years: number; months: number } {
  let totalMonths = b.year * 12 + b.month - (a.year * 12 + a.month);
  const days = b.day - a.day;
  if (totalMonths > 0 && days < 0) totalMonths--;
  else if (totalMonths < 0 && days > 0) totalMonths++;
  return { years: Math.trunc(totalMonths / 12), months: totalMonths % 12 };
}

/** WeekFields.ISO.weekOfYear(): weeks start on Monday, week 1 is the first with at least 4 days. */
export function isoWeekOfYear(d: LocalDate): number {
  const dow = d.dayOfWeek();
  const doy = d.dayOfYear();
  const weekStart = (((doy - dow) % 7) + 7) % 7;
  const offset = weekStart + 1 > 4 ? 7 - weekStart : -weekStart;
  return Math.floor((7 + offset + (doy - 1)) / 7);
}
