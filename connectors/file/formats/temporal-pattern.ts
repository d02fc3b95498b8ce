import { ErrorCodes, SeatideError } from '../../../core/errors';
import { LocalDate, LocalDateTime, LocalTime } from '../../../core/types/temporal';

/**
 * The subset of Java's DateTimeFormatter patterns that file options use (`date_format`, `datetime_format`,
 * `time_format`, `filename_time_format`): y, M, d, H, h, m, s, S, a, E and quoted literals.
 */

type Token = { readonly letter: string; readonly count: number } | { readonly literal: string };

interface Fields {
  year: number;
  month: number;
  day: number;
  hour: number;
  minute: number;
  second: number;
  nano: number;
}

const MONTHS = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'];
const DAYS = ['Mon', 'Tue', 'Wed', 'Thu', 'Fri', 'Sat', 'Sun'];
const cache = new Map<string, readonly Token[]>();

function tokenize(pattern: string): readonly Token[] {
  const known = cache.get(pattern);
  if (known) return known;
  const tokens: Token[] = [];
  let i = 0;
  while (i < pattern.length) {
    const c = pattern[i];
    if (c === "'") {
      // Quoted text; '' inside or outside quotes is one quote.
      let j = i + 1;
      let text = '';
      for (;;) {
        if (j >= pattern.length) throw badPattern(pattern, 'unterminated quote');
        if (pattern[j] === "'") {
          if (pattern[j + 1] === "'") {
            text += "'";
            j += 2;
            continue;
          }
          break;
        }
        text += pattern[j++];
      }
      tokens.push({ literal: j === i + 1 ? "'" : text });
      i = j + 1;
    } else if (/[A-Za-z]/.test(c)) {
      if (!'yMdHhmsSaEu'.includes(c)) throw badPattern(pattern, `unsupported letter '${c}'`);
      let j = i;
      while (pattern[j] === c) j++;
      tokens.push({ letter: c === 'u' ? 'y' : c, count: j - i });
      i = j;
    } else {
      tokens.push({ literal: c });
      i++;
    }
  }
  cache.set(pattern, tokens);
  return tokens;
}

function badPattern(pattern: string, why: string): SeatideError {
  return new SeatideError(ErrorCodes.OPTION_VALIDATE, `Illegal date/time pattern '${pattern}': ${why}`);
}

const pad = (n: number, w: number) => String(n).padStart(w, '0');

function format(pattern: string, f: Fields): string {
  let out = '';
  for (const t of tokenize(pattern)) {
    if ('literal' in t) {
      out += t.literal;
      continue;
    }
    const n = t.count;
    switch (t.letter) {
      case 'y':
        out += n === 2 ? pad(f.year % 100, 2) : pad(f.year, n);
        break;
      case 'M':
        out += n >= 4 ? new Date(Date.UTC(2000, f.month - 1)).toLocaleString('en', { month: 'long', timeZone: 'UTC' }) : n === 3 ? MONTHS[f.month - 1] : pad(f.month, n);
        break;
      case 'd':
        out += pad(f.day, n);
        break;
      case 'H':
        out += pad(f.hour, n);
        break;
      case 'h':
        out += pad(f.hour % 12 === 0 ? 12 : f.hour % 12, n);
        break;
      case 'm':
        out += pad(f.minute, n);
        break;
      case 's':
        out += pad(f.second, n);
        break;
      case 'S':
        out += pad(f.nano, 9).slice(0, n).padEnd(n, '0');
        break;
      case 'a':
        out += f.hour < 12 ? 'AM' : 'PM';
        break;
      case 'E':
        out += DAYS[new LocalDate(f.year, f.month, f.day).dayOfWeek() - 1];
        break;
    }
  }
  return out;
}

const ZERO: Fields = { year: 1970, month: 1, day: 1, hour: 0, minute: 0, second: 0, nano: 0 };

export function formatDate(d: LocalDate, pattern: string): string {
  return format(pattern, { ...ZERO, year: d.year, month: d.month, day: d.day });
}

export function formatTime(t: LocalTime, pattern: string): string {
  return format(pattern, { ...ZERO, hour: t.hour, minute: t.minute, second: t.second, nano: t.nano });
}

export function formatDateTime(dt: LocalDateTime, pattern: string): string {
  const { date: d, time: t } = dt;
  return format(pattern, { year: d.year, month: d.month, day: d.day, hour: t.hour, minute: t.minute, second: t.second, nano: t.nano });
}

/** The wall-clock time now in the process's zone, formatted (`${now}` in file names). */
export function formatNow(pattern: string, now = new Date()): string {
  return format(pattern, {
    year: now.getFullYear(),
    month: now.getMonth() + 1,
    day: now.getDate(),
    hour: now.getHours(),
    minute: now.getMinutes(),
    second: now.getSeconds(),
    nano: now.getMilliseconds() * 1_000_000,
  });
}

const parsers = new Map<string, RegExp>();

/** Parses `text` with `pattern` (numeric fields only); undefined when it does not match. */
function parse(text: string, pattern: string): Fields | undefined {
  let re = parsers.get(pattern);
  const tokens = tokenize(pattern);
  if (!re) {
    let src = '^';
    for (const t of tokens) {
      if ('literal' in t) src += t.literal.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
      else if (t.letter === 'a') src += '(AM|PM|am|pm)';
      else if (t.letter === 'y' && t.count >= 4) src += '([+-]?\\d{4,9})';
      else if (t.count === 1) src += '(\\d{1,2})';
      else src += `(\\d{${t.count}})`;
    }
    re = new RegExp(`${src}$`);
    parsers.set(pattern, re);
  }
  const m = re.exec(text);
  if (!m) return undefined;
  const f: Fields = { ...ZERO };
  let g = 1;
  let pm: boolean | undefined;
  for (const t of tokens) {
    if ('literal' in t) continue;
    const v = m[g++];
    switch (t.letter) {
      case 'y':
        f.year = t.count === 2 ? 2000 + Number(v) : Number(v);
        break;
      case 'M':
        f.month = Number(v);
        break;
      case 'd':
        f.day = Number(v);
        break;
      case 'H':
      case 'h':
        f.hour = Number(v);
        break;
      case 'm':
        f.minute = Number(v);
        break;
      case 's':
        f.second = Number(v);
        break;
      case 'S':
        f.nano = Number(v.padEnd(9, '0'));
        break;
      case 'a':
        pm = v.toUpperCase() === 'PM';
        break;
    }
  }
  if (pm !== undefined) f.hour = (f.hour % 12) + (pm ? 12 : 0);
  return f;
}

/** Throws a RangeError naming the text and pattern when it does not parse. */
export function parseDateWith(text: string, pattern: string): LocalDate {
  const f = parse(text, pattern);
  if (!f) throw new RangeError(`Text '${text}' could not be parsed with pattern '${pattern}'`);
  return new LocalDate(f.year, f.month, f.day);
}

export function parseTimeWith(text: string, pattern: string): LocalTime {
  const f = parse(text, pattern);
  if (!f) throw new RangeError(`Text '${text}' could not be parsed with pattern '${pattern}'`);
  return new LocalTime(f.hour, f.minute, f.second, f.nano);
}

export function parseDateTimeWith(text: string, pattern: string): LocalDateTime {
  const f = parse(text, pattern);
  if (!f) throw new RangeError(`Text '${text}' could not be parsed with pattern '${pattern}'`);
  return LocalDateTime.of(f.year, f.month, f.day, f.hour, f.minute, f.second, f.nano);
}

/** Checks a pattern option against the values SeaTunnel accepts; throws API-02 naming the option. */
export function checkPattern(option: string, value: string, allowed: readonly string[]): string {
  if (!allowed.includes(value)) {
    throw new SeatideError(ErrorCodes.OPTION_VALIDATE, `Illegal format [${value}] for option '${option}'; expected one of: ${allowed.join(', ')}`, {
      details: { option },
    });
  }
  return value;
}

/** ISO local date-time as Jackson writes it (seconds always, fraction without trailing zeros). */
export function isoDateTime(dt: LocalDateTime): string {
  return `${dt.date.toString()}T${isoTime(dt.time)}`;
}

/** `HH:mm:ss[.f]`: seconds always, the fraction only when non-zero and without trailing zeros. */
export function isoTime(t: LocalTime): string {
  const base = `${pad(t.hour, 2)}:${pad(t.minute, 2)}:${pad(t.second, 2)}`;
  return t.nano === 0 ? base : `${base}.${pad(t.nano, 9).replace(/0+$/, '')}`;
}
