/**
 * Zone-less date and time values (Java's LocalDate, LocalTime, LocalDateTime). They hold calendar fields, not
 * instants, so no host time zone can shift them; conversions to and from instants take the zone explicitly.
 */
const pad = (n: number, w = 2): string => String(n).padStart(w, '0');

/** Java's fraction printing: 3, 6 or 9 digits, as few as keep every non-zero digit. */
function fraction(nano: number): string {
  if (nano === 0) return '';
  if (nano % 1_000_000 === 0) return `.${pad(nano / 1_000_000, 3)}`;
  if (nano % 1_000 === 0) return `.${pad(nano / 1_000, 6)}`;
  return `.${pad(nano, 9)}`;
}

const isLeap = (y: number): boolean => (y % 4 === 0 && y % 100 !== 0) || y % 400 === 0;
export const daysInMonth = (y: number, m: number): number => [31, isLeap(y) ? 29 : 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31][m - 1];

export class LocalDate {
  constructor(
    readonly year: number,
    readonly month: number,
    readonly day: number,
  ) {
    if (!Number.isInteger(month) || month < 1 || month > 12) throw new RangeError(`invalid month ${month}`);
    if (!Number.isInteger(day) || day < 1 || day > daysInMonth(year, month)) throw new RangeError(`invalid day ${day} of ${year}-${pad(month)}`);
  }

  /** Days since 1970-01-01 (may be negative). */
  toEpochDay(): number {
    return Math.floor(Date.UTC(this.year, this.month - 1, this.day) / 86_400_000);
  }

  static ofEpochDay(days: number): LocalDate {
    const d = new Date(days * 86_400_000);
    return new LocalDate(d.getUTCFullYear(), d.getUTCMonth() + 1, d.getUTCDate());
  }

  plusDays(n: number): LocalDate {
    return LocalDate.ofEpochDay(this.toEpochDay() + n);
  }

  /** ISO day of week, Monday = 1 … Sunday = 7. */
  dayOfWeek(): number {
    const d = (((this.toEpochDay() + 3) % 7) + 7) % 7; // 1970-01-01 was a Thursday
    return d + 1;
  }

  dayOfYear(): number {
    return this.toEpochDay() - new LocalDate(this.year, 1, 1).toEpochDay() + 1;
  }

  compareTo(o: LocalDate): number {
    return this.year - o.year || this.month - o.month || this.day - o.day;
  }

  equals(o: unknown): boolean {
    return o instanceof LocalDate && this.compareTo(o) === 0;
  }

  toString(): string {
    const y = this.year < 0 ? `-${pad(-this.year, 4)}` : this.year > 9999 ? `+${this.year}` : pad(this.year, 4);
    return `${y}-${pad(this.month)}-${pad(this.day)}`;
  }

  toJSON(): string {
    return this.toString();
  }
}

export class LocalTime {
  constructor(
    readonly hour: number,
    readonly minute: number,
    readonly second = 0,
    readonly nano = 0,
  ) {
    if (hour < 0 || hour > 23 || minute < 0 || minute > 59 || second < 0 || second > 59 || nano < 0 || nano > 999_999_999) {
      throw new RangeError(`invalid time ${hour}:${minute}:${second}.${nano}`);
    }
  }

  static readonly MIDNIGHT = new LocalTime(0, 0);

  toNanoOfDay(): bigint {
    return BigInt((this.hour * 60 + this.minute) * 60 + this.second) * 1_000_000_000n + BigInt(this.nano);
  }

  static ofNanoOfDay(n: bigint): LocalTime {
    const secs = Number(n / 1_000_000_000n);
    return new LocalTime(Math.floor(secs / 3600), Math.floor(secs / 60) % 60, secs % 60, Number(n % 1_000_000_000n));
  }

  compareTo(o: LocalTime): number {
    return this.hour - o.hour || this.minute - o.minute || this.second - o.second || this.nano - o.nano;
  }

  equals(o: unknown): boolean {
    return o instanceof LocalTime && this.compareTo(o) === 0;
  }

  /** Java's LocalTime.toString: `HH:mm`, then `:ss` when seconds or nanos are set, then the fraction. */
  toString(): string {
    const base = `${pad(this.hour)}:${pad(this.minute)}`;
    if (this.second === 0 && this.nano === 0) return base;
    return `${base}:${pad(this.second)}${fraction(this.nano)}`;
  }

  toJSON(): string {
    return this.toString();
  }
}

export class LocalDateTime {
  constructor(
    readonly date: LocalDate,
    readonly time: LocalTime,
  ) {}

  static of(y: number, mo: number, d: number, h = 0, mi = 0, s = 0, nano = 0): LocalDateTime {
    return new LocalDateTime(new LocalDate(y, mo, d), new LocalTime(h, mi, s, nano));
  }

  /** The wall-clock time at `epochMillis` in UTC shifted by `offsetMinutes` (use zone helpers for named zones). */
  static ofEpochMillis(epochMillis: number, offsetMinutes = 0): LocalDateTime {
    const ms = epochMillis + offsetMinutes * 60_000;
    const days = Math.floor(ms / 86_400_000);
    const msOfDay = ms - days * 86_400_000;
    return new LocalDateTime(LocalDate.ofEpochDay(days), LocalTime.ofNanoOfDay(BigInt(msOfDay) * 1_000_000n));
  }

  /** Epoch millis of this wall-clock time read as UTC shifted by `offsetMinutes`. */
  toEpochMillis(offsetMinutes = 0): number {
    return this.date.toEpochDay() * 86_400_000 + Number(this.time.toNanoOfDay() / 1_000_000n) - offsetMinutes * 60_000;
  }

  compareTo(o: LocalDateTime): number {
    return this.date.compareTo(o.date) || this.time.compareTo(o.time);
  }

  equals(o: unknown): boolean {
    return o instanceof LocalDateTime && this.compareTo(o) === 0;
  }

  /** Java's LocalDateTime.toString: `2023-06-26T02:51:09.032`. */
  toString(): string {
    return `${this.date.toString()}T${this.time.toString()}`;
  }

  toJSON(): string {
    return this.toString();
  }
}
