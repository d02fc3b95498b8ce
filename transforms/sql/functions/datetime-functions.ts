import { type DataType, Types } from '../../../core/types/data-type';
import { LocalDate, LocalDateTime, LocalTime } from '../../../core/types/temporal';
import { dateTimePattern } from '../datetime-pattern';
import { SqlRuntimeError, SqlTypeError } from '../sql-error';
import { type Arg, type SqlFunction, constString, expectArgs, nullSafe, simple } from '../sql-function';
import { durationIn, durationNanos, isoWeekOfYear, periodBetween, plusMonths, plusNanos, plusNanosTime } from '../temporal-math';
import { doubleToLong, toDouble } from '../values';
import { localDateTimeAt, now, systemZone, zoneOf } from '../zone';

/** Date and time functions on zone-less values; "now" and epoch conversions use the process time zone. */

type Temporal = LocalDate | LocalTime | LocalDateTime;
const DAY_NAMES = ['Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday', 'Saturday', 'Sunday'];
const MONTH_NAMES = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'];
const ADD_FIELDS = ['YEAR', 'MONTH', 'WEEK', 'DAY', 'HOUR', 'MINUTE', 'SECOND', 'MILLISECOND'];
const DIFF_FIELDS = ['YEAR', 'MONTH', 'WEEK', 'DAY', 'DAYTIME', 'HOUR', 'MINUTE', 'SECOND', 'MILLISECOND'];
const TRUNC_FIELDS = ['YEAR', 'MONTH', 'DAY', 'HOUR', 'MINUTE', 'SECOND'];
const NANOS: Record<string, bigint> = { HOUR: 3_600_000_000_000n, MINUTE: 60_000_000_000n, SECOND: 1_000_000_000n, MILLISECOND: 1_000_000n };

export const dateOf = (v: Temporal): LocalDate => (v instanceof LocalDateTime ? v.date : (v as LocalDate));
export const timeOf = (v: Temporal): LocalTime => (v instanceof LocalDateTime ? v.time : (v as LocalTime));
const onDate = (names: string[], result: DataType, fn: (d: LocalDate) => unknown) => simple(names, ['date'], result, (v: Temporal) => fn(dateOf(v)));
const onTime = (names: string[], fn: (t: LocalTime) => number) =>
  simple(names, ['time'], Types.INT, (v: Temporal) => fn(timeOf(v)));

export const datetimeFunctions: readonly SqlFunction[] = [
  simple(['NOW'], [], Types.TIMESTAMP, () => now()),
  dateAdd(),
  dateDiff(),
  dateTrunc(),
  onDate(['DAYNAME'], Types.STRING, (d) => DAY_NAMES[d.dayOfWeek() - 1]),
  onDate(['DAY_OF_MONTH'], Types.INT, (d) => d.day),
  onDate(['DAY_OF_WEEK'], Types.INT, (d) => d.dayOfWeek()),
  onDate(['DAY_OF_YEAR'], Types.INT, (d) => d.dayOfYear()),
  simple(['FORMATDATETIME'], ['temporal', 'string'], Types.STRING, (v: Temporal, fmt: string) => formatTemporal(v, fmt)),
  onTime(['HOUR'], (t) => t.hour),
  onTime(['MINUTE'], (t) => t.minute),
  onDate(['MONTH'], Types.INT, (d) => d.month),
  onDate(['MONTHNAME'], Types.STRING, (d) => MONTH_NAMES[d.month - 1]),
  parseDateTime(),
  isDate(),
  onDate(['QUARTER'], Types.INT, (d) => Math.floor((d.month - 1) / 3) + 1),
  onTime(['SECOND'], (t) => t.second),
  onDate(['WEEK'], Types.INT, (d) => isoWeekOfYear(d) + 1),
  onDate(['YEAR'], Types.INT, (d) => d.year),
  fromUnixTime(),
];

export function formatTemporal(v: Temporal, fmt: string): string {
  try {
    return dateTimePattern(fmt).format(v);
  } catch (e) {
    throw new SqlRuntimeError((e as Error).message);
  }
}

/** The unit argument: checked at create time when it is a literal. */
function unitOf(name: string, a: Arg | undefined, allowed: readonly string[]): (f: readonly unknown[]) => string {
  if (!a) return () => 'DAY';
  const check = (u: string): string => {
    const up = u.toUpperCase();
    if (!allowed.includes(up)) throw new SqlRuntimeError(`Unsupported dateTimeField: ${u} for function: ${name.toUpperCase()}`);
    return up;
  };
  if (a.isConst) {
    const value = a.value === null ? 'DAY' : String(a.value);
    try {
      const unit = check(value);
      return () => unit;
    } catch (e) {
      throw new SqlTypeError((e as Error).message, a.expr.pos);
    }
  }
  return (f) => {
    const v = a.eval(f);
    return v === null ? 'DAY' : check(String(v));
  };
}

/** DATEADD(value, count[, unit]): a unit the value has no field for returns the value unchanged. */
function dateAdd(): SqlFunction {
  return {
    names: ['DATEADD', 'TIMESTAMPADD'], minArgs: 2, maxArgs: 3,
    type: (args, name) => {
      expectArgs(name, args, ['temporal', 'numeric', 'string']);
      return args[0].type;
    },
    compile: ([value, count, unitArg], _t, name) => {
      const unit = unitOf(name, unitArg, ADD_FIELDS);
      return (f) => {
        const v = value.eval(f) as Temporal | null;
        if (v === null) return null;
        const c = count.eval(f);
        if (c === null) throw new SqlRuntimeError(`${name.toUpperCase()}(): the count must not be null`);
        const n = Number(doubleToLong(toDouble(c as number)));
        const u = unit(f);
        if (u === 'YEAR' || u === 'MONTH' || u === 'WEEK' || u === 'DAY') {
          if (v instanceof LocalTime) return v;
          const d = dateOf(v);
          const moved = u === 'YEAR' ? plusMonths(d, n * 12) : u === 'MONTH' ? plusMonths(d, n) : d.plusDays(u === 'WEEK' ? n * 7 : n);
          return v instanceof LocalDateTime ? new LocalDateTime(moved, v.time) : moved;
        }
        if (v instanceof LocalDate) return v;
        const nanos = BigInt(n) * NANOS[u];
        return v instanceof LocalDateTime ? plusNanos(v, nanos) : plusNanosTime(v, nanos);
      };
    },
  };
}

/** DATEDIFF(a, b[, unit]): b - a; YEAR and MONTH are Period components, the rest Duration totals. */
function dateDiff(): SqlFunction {
  return {
    names: ['DATEDIFF'], minArgs: 2, maxArgs: 3,
    type: (args, name) => {
      expectArgs(name, args, ['temporal', 'temporal', 'string']);
      return Types.BIGINT;
    },
    compile: ([a, b, unitArg], _t, name) => {
      const unit = unitOf(name, unitArg, DIFF_FIELDS);
      return (f) => {
        const x = a.eval(f) as Temporal | null;
        if (x === null) return null;
        const y = b.eval(f) as Temporal | null;
        if (y === null) return null;
        const u = unit(f);
        if (u === 'YEAR' || u === 'MONTH' || u === 'DAY') {
          if (x instanceof LocalTime || y instanceof LocalTime) return null;
          const d1 = dateOf(x);
          const d2 = dateOf(y);
          if (u === 'DAY') return BigInt(d2.toEpochDay() - d1.toEpochDay());
          const p = periodBetween(d1, d2);
          return BigInt(u === 'YEAR' ? p.years : p.months);
        }
        if (x instanceof LocalDate || y instanceof LocalDate || x.constructor !== y.constructor) {
          throw new SqlRuntimeError(`DATEDIFF(): cannot measure ${u} between ${x} and ${y}`);
        }
        const nanos = durationNanos(x as LocalDateTime, y as LocalDateTime);
        if (u === 'WEEK') return durationIn(nanos, 'DAY') / 7n;
        return durationIn(nanos, u === 'DAYTIME' ? 'DAY' : (u as 'HOUR'));
      };
    },
  };
}

/** DATE_TRUNC(timestamp[, unit]): fields below the unit are zeroed, the fraction always dropped. */
function dateTrunc(): SqlFunction {
  return {
    names: ['DATE_TRUNC'], minArgs: 1, maxArgs: 2,
    type: (args, name) => {
      expectArgs(name, args, ['timestamp', 'string']);
      return Types.TIMESTAMP;
    },
    compile: ([value, unitArg], _t, name) => {
      const unit = unitOf(name, unitArg, TRUNC_FIELDS);
      return (f) => {
        const v = value.eval(f) as LocalDateTime | null;
        if (v === null) return null;
        const level = TRUNC_FIELDS.indexOf(unit(f));
        const { date: d, time: t } = v;
        return LocalDateTime.of(d.year, level >= 1 ? d.month : 1, level >= 2 ? d.day : 1,
          level >= 3 ? t.hour : 0, level >= 4 ? t.minute : 0, level >= 5 ? t.second : 0);
      };
    },
  };
}

/** The type PARSEDATETIME gives for a format: `yy` and `mm` → TIMESTAMP, `yy` → DATE, `mm` → TIME. */
export function parsedType(format: string): DataType | undefined {
  if (format.includes('yy')) return format.includes('mm') ? Types.TIMESTAMP : Types.DATE;
  return format.includes('mm') ? Types.TIME : undefined;
}

export function parseWithFormat(text: string, format: string, type: DataType): Temporal {
  const parsed = dateTimePattern(format).parse(text);
  if (type.kind === 'TIMESTAMP') {
    if (!parsed.date || !parsed.time) throw new Error(`Text '${text}' could not be parsed: Unable to obtain LocalDateTime`);
    return new LocalDateTime(parsed.date, parsed.time);
  }
  const v = type.kind === 'DATE' ? parsed.date : parsed.time;
  if (!v) throw new Error(`Text '${text}' could not be parsed: Unable to obtain ${type.kind === 'DATE' ? 'LocalDate' : 'LocalTime'}`);
  return v;
}

function parseDateTime(): SqlFunction {
  return {
    names: ['PARSEDATETIME', 'TO_DATE'], minArgs: 2, maxArgs: 2,
    type: (args, name) => {
      expectArgs(name, args, ['string', 'string']);
      const format = constString(name, args[1], 'format') ?? '';
      const t = parsedType(format);
      if (!t) throw new SqlTypeError(`Unknown pattern letter ${format} for function: ${name.toUpperCase()}`, args[1].expr.pos);
      return t;
    },
    compile: (args, result) => nullSafe(args, (text: string, fmt: string) => {
      try {
        return parseWithFormat(text, fmt, result);
      } catch (e) {
        throw new SqlRuntimeError((e as Error).message);
      }
    }),
  };
}

/** IS_DATE(text, format): false when the text does not parse; a null text counts as a date, as in SeaTunnel. */
function isDate(): SqlFunction {
  return {
    names: ['IS_DATE'], minArgs: 2, maxArgs: 2,
    type: (args, name) => {
      expectArgs(name, args, ['string', 'string']);
      return Types.BOOLEAN;
    },
    compile: ([text, format]) => (f) => {
      const s = text.eval(f) as string | null;
      if (s === null) return true;
      const fmt = format.eval(f) as string | null;
      const type = fmt === null ? undefined : parsedType(fmt);
      if (!type) return false;
      try {
        parseWithFormat(s, fmt!, type);
        return true;
      } catch {
        return false;
      }
    },
  };
}

/** FROM_UNIXTIME(seconds, format[, zone]): the zone defaults to the process time zone. */
function fromUnixTime(): SqlFunction {
  return {
    names: ['FROM_UNIXTIME'], minArgs: 2, maxArgs: 3,
    type: (args, name) => {
      expectArgs(name, args, ['integral', 'string', 'string']);
      return Types.STRING;
    },
    compile: ([seconds, format, zone]) => (f) => {
      const s = seconds.eval(f);
      if (s === null) return null;
      const fmt = format.eval(f) as string | null;
      if (fmt === null) throw new SqlRuntimeError('FROM_UNIXTIME(): the format must not be null');
      const z = zone ? (zone.eval(f) as string | null) : null;
      let rule = systemZone;
      if (z !== null) {
        try {
          rule = zoneOf(z);
        } catch (e) {
          throw new SqlRuntimeError((e as Error).message);
        }
      }
      return formatTemporal(localDateTimeAt(Number(s) * 1000, rule), fmt);
    },
  };
}
