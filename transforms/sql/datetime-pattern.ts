import { LocalDate, LocalDateTime, LocalTime, daysInMonth } from '../../core/types/temporal';

/**
 * java.time DateTimeFormatter.ofPattern for zone-less values, as FORMATDATETIME, TO_CHAR, PARSEDATETIME,
 * TO_DATE, IS_DATE and FROM_UNIXTIME use it: letters G u y Q M L D d E a h K k H m s S A n N, quoted
 * literals and optional [sections]. Parsing follows the SMART resolver (a day past the month's end is moved
 * back to its last day) and the adjacent-value rule (`yyyyMMdd`). Zone and week-based letters are rejected.
 */
export interface DateTimePattern {
  readonly pattern: string;
  format(value: LocalDate | LocalTime | LocalDateTime): string;
  /** The date and/or time the text names; throws `Text '...' could not be parsed ...`. */
  parse(text: string): { date?: LocalDate; time?: LocalTime };
}

type Field =
  | 'Era' | 'YearOfEra' | 'Year' | 'QuarterOfYear' | 'MonthOfYear' | 'DayOfYear' | 'DayOfMonth' | 'DayOfWeek'
  | 'AmPmOfDay' | 'ClockHourOfAmPm' | 'HourOfAmPm' | 'ClockHourOfDay' | 'HourOfDay' | 'MinuteOfHour'
  | 'SecondOfMinute' | 'NanoOfSecond' | 'MilliOfDay' | 'NanoOfDay';

type Element =
  | { kind: 'literal'; text: string }
  | { kind: 'number'; field: Field; min: number; max: number; exceedsPad: boolean }
  | { kind: 'reduced'; field: Field }
  | { kind: 'fraction'; digits: number }
  | { kind: 'text'; field: Field; style: 'short' | 'full' | 'narrow' }
  | { kind: 'optional'; elements: Element[] };

const MONTHS = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'];
const DAYS = ['Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday', 'Saturday', 'Sunday'];
const QUARTERS = ['1st quarter', '2nd quarter', '3rd quarter', '4th quarter'];
const DATE_FIELDS = new Set<Field>(['Era', 'YearOfEra', 'Year', 'QuarterOfYear', 'MonthOfYear', 'DayOfYear', 'DayOfMonth', 'DayOfWeek']);

const cache = new Map<string, DateTimePattern>();

/** Compiles (and caches) a pattern; throws `Unknown pattern letter: x` and the like for bad patterns. */
export function dateTimePattern(pattern: string): DateTimePattern {
  let p = cache.get(pattern);
  if (!p) {
    const elements = lex(pattern);
    p = { pattern, format: (v) => formatElements(elements, v), parse: (t) => parseText(elements, t) };
    if (cache.size > 256) cache.clear();
    cache.set(pattern, p);
  }
  return p;
}

function lex(pattern: string): Element[] {
  const stack: Element[][] = [[]];
  const out = () => stack[stack.length - 1];
  for (let i = 0; i < pattern.length; ) {
    const c = pattern[i];
    if (/[A-Za-z]/.test(c)) {
      let n = 1;
      while (pattern[i + n] === c) n++;
      out().push(letter(c, n));
      i += n;
    } else if (c === "'") {
      let k = i + 1;
      let text = '';
      for (;;) {
        if (k >= pattern.length) throw new Error(`Pattern ends with an incomplete string literal: ${pattern}`);
        if (pattern[k] === "'") {
          if (pattern[k + 1] === "'") {
            text += "'";
            k += 2;
            continue;
          }
          break;
        }
        text += pattern[k++];
      }
      out().push({ kind: 'literal', text: k === i + 1 ? "'" : text });
      i = k + 1;
    } else if (c === '[') {
      stack.push([]);
      i++;
    } else if (c === ']') {
      if (stack.length === 1) throw new Error(`Pattern invalid as it contains ] without previous [: ${pattern}`);
      const elements = stack.pop()!;
      out().push({ kind: 'optional', elements });
      i++;
    } else if (c === '{' || c === '}' || c === '#') {
      throw new Error(`Pattern includes reserved character: '${c}'`);
    } else {
      out().push({ kind: 'literal', text: c });
      i++;
    }
  }
  while (stack.length > 1) {
    const elements = stack.pop()!;
    out().push({ kind: 'optional', elements });
  }
  return stack[0];
}

function letter(c: string, n: number): Element {
  const num = (field: Field, min: number, max = 19, exceedsPad = false): Element => ({ kind: 'number', field, min, max, exceedsPad });
  const tooMany = (): never => {
    throw new Error(`Too many pattern letters: ${c}`);
  };
  const text = (field: Field): Element => ({ kind: 'text', field, style: n === 4 ? 'full' : n === 5 ? 'narrow' : n > 5 ? tooMany() : 'short' });
  switch (c) {
    case 'y':
    case 'u': {
      const field: Field = c === 'y' ? 'YearOfEra' : 'Year';
      if (n === 2) return { kind: 'reduced', field };
      return n < 4 ? num(field, n) : num(field, n, 19, true);
    }
    case 'M':
    case 'L':
      if (n <= 2) return num('MonthOfYear', n, n === 2 ? 2 : 19);
      return text('MonthOfYear');
    case 'Q':
    case 'q':
      if (n <= 2) return num('QuarterOfYear', n, n === 2 ? 2 : 19);
      return text('QuarterOfYear');
    case 'd': case 'h': case 'H': case 'k': case 'K': case 'm': case 's': {
      const field = ({ d: 'DayOfMonth', h: 'ClockHourOfAmPm', H: 'HourOfDay', k: 'ClockHourOfDay', K: 'HourOfAmPm', m: 'MinuteOfHour', s: 'SecondOfMinute' } as const)[c];
      if (n > 2) tooMany();
      return num(field, n, n === 2 ? 2 : 19);
    }
    case 'D':
      if (n > 3) tooMany();
      return n === 1 ? num('DayOfYear', 1) : n === 2 ? num('DayOfYear', 2, 3) : num('DayOfYear', 3, 3);
    case 'S': return { kind: 'fraction', digits: n > 9 ? tooMany() : n };
    case 'n': return num('NanoOfSecond', n);
    case 'N': return num('NanoOfDay', n);
    case 'A': return num('MilliOfDay', n);
    case 'a': return n === 1 ? { kind: 'text', field: 'AmPmOfDay', style: 'short' } : tooMany();
    case 'E': return text('DayOfWeek');
    case 'G': return text('Era');
  }
  if ('VzOXxZvwWYeFcBp'.includes(c)) throw new Error(`Unsupported pattern letter for a zone-less value: ${c}`);
  throw new Error(`Unknown pattern letter: ${c}`);
}

function fieldValue(field: Field, v: LocalDate | LocalTime | LocalDateTime): number {
  const date = v instanceof LocalDateTime ? v.date : v instanceof LocalDate ? v : undefined;
  const time = v instanceof LocalDateTime ? v.time : v instanceof LocalTime ? v : undefined;
  if (DATE_FIELDS.has(field) ? !date : !time) throw new Error(`Unsupported field: ${field}`);
  const d = date!;
  const t = time!;
  switch (field) {
    case 'Era': return d.year >= 1 ? 1 : 0;
    case 'YearOfEra': return d.year >= 1 ? d.year : 1 - d.year;
    case 'Year': return d.year;
    case 'QuarterOfYear': return Math.floor((d.month - 1) / 3) + 1;
    case 'MonthOfYear': return d.month;
    case 'DayOfYear': return d.dayOfYear();
    case 'DayOfMonth': return d.day;
    case 'DayOfWeek': return d.dayOfWeek();
    case 'AmPmOfDay': return t.hour < 12 ? 0 : 1;
    case 'ClockHourOfAmPm': return t.hour % 12 === 0 ? 12 : t.hour % 12;
    case 'HourOfAmPm': return t.hour % 12;
    case 'ClockHourOfDay': return t.hour === 0 ? 24 : t.hour;
    case 'HourOfDay': return t.hour;
    case 'MinuteOfHour': return t.minute;
    case 'SecondOfMinute': return t.second;
    case 'NanoOfSecond': return t.nano;
    case 'MilliOfDay': return Number(t.toNanoOfDay() / 1_000_000n);
    case 'NanoOfDay': return Number(t.toNanoOfDay());
  }
}

function textOf(field: Field, value: number, style: 'short' | 'full' | 'narrow'): string {
  const cut = (s: string) => (style === 'full' ? s : style === 'narrow' ? s[0] : s.slice(0, 3));
  switch (field) {
    case 'MonthOfYear': return cut(MONTHS[value - 1]);
    case 'DayOfWeek': return cut(DAYS[value - 1]);
    case 'AmPmOfDay': return value === 0 ? 'AM' : 'PM';
    case 'Era': return style === 'full' ? (value === 1 ? 'Anno Domini' : 'Before Christ') : style === 'narrow' ? (value === 1 ? 'A' : 'B') : value === 1 ? 'AD' : 'BC';
    default: return style === 'full' ? QUARTERS[value - 1] : `Q${value}`;
  }
}

function formatElements(elements: readonly Element[], v: LocalDate | LocalTime | LocalDateTime): string {
  let out = '';
  for (const e of elements) {
    switch (e.kind) {
      case 'literal': out += e.text; break;
      case 'text': out += textOf(e.field, fieldValue(e.field, v), e.style); break;
      case 'reduced': out += String(((fieldValue(e.field, v) % 100) + 100) % 100).padStart(2, '0'); break;
      case 'fraction': out += String(fieldValue('NanoOfSecond', v)).padStart(9, '0').slice(0, e.digits); break;
      case 'number': {
        const n = fieldValue(e.field, v);
        const digits = String(Math.abs(n)).padStart(e.min, '0');
        if (digits.length > e.max) throw new Error(`Field ${e.field} cannot be printed as the value ${n} exceeds the maximum print width of ${e.max}`);
        out += n < 0 ? `-${digits}` : e.exceedsPad && digits.length > e.min ? `+${digits}` : digits;
        break;
      }
      case 'optional':
        try {
          out += formatElements(e.elements, v);
        } catch {
          // an optional section whose fields the value lacks prints nothing
        }
        break;
    }
  }
  return out;
}

function parseText(elements: readonly Element[], text: string): { date?: LocalDate; time?: LocalTime } {
  const fields = new Map<Field, number>();
  const fail = (index: number): never => {
    throw new Error(`Text '${text}' could not be parsed at index ${index}`);
  };
  const end = parseInto(elements, text, 0, fields);
  if (end < 0) fail(~end);
  if (end < text.length) throw new Error(`Text '${text}' could not be parsed, unparsed text found at index ${end}`);
  try {
    return resolve(fields);
  } catch (e) {
    throw new Error(`Text '${text}' could not be parsed: ${(e as Error).message}`);
  }
}

/** Returns the index after the parsed text, or ~index of the failure. */
function parseInto(elements: readonly Element[], text: string, start: number, fields: Map<Field, number>): number {
  let pos = start;
  for (let k = 0; k < elements.length; k++) {
    const e = elements[k];
    switch (e.kind) {
      case 'literal':
        if (!text.startsWith(e.text, pos)) return ~pos;
        pos += e.text.length;
        break;
      case 'text': {
        const count = e.field === 'MonthOfYear' ? 12 : e.field === 'DayOfWeek' ? 7 : e.field === 'AmPmOfDay' ? 2 : e.field === 'Era' ? 2 : 4;
        let hit = -1;
        for (let v = 0; v < count && hit < 0; v++) {
          const value = e.field === 'AmPmOfDay' ? v : e.field === 'Era' ? 1 - v : v + 1;
          if (text.startsWith(textOf(e.field, value, e.style), pos)) {
            hit = value;
            pos += textOf(e.field, value, e.style).length;
          }
        }
        if (hit < 0) return ~pos;
        fields.set(e.field, hit);
        break;
      }
      case 'reduced':
      case 'fraction':
      case 'number': {
        const neg = e.kind === 'number' && (text[pos] === '-' || text[pos] === '+');
        const from = neg ? pos + 1 : pos;
        let available = 0;
        while (from + available < text.length && /\d/.test(text[from + available])) available++;
        const [min, max] = e.kind === 'reduced' ? [2, 2] : e.kind === 'fraction' ? [e.digits, e.digits] : [e.min, e.max];
        // adjacent value parsing: leave the digits that the following fixed-width fields need
        let reserved = 0;
        if (min !== max) for (const n of elements.slice(k + 1)) {
          if (n.kind === 'number' && n.min === n.max) reserved += n.min;
          else if (n.kind === 'reduced') reserved += 2;
          else if (n.kind === 'fraction') reserved += n.digits;
          else break;
        }
        const take = Math.min(max, Math.max(min, available - reserved));
        if (available < take || take === 0) return ~pos;
        const digits = text.slice(from, from + take);
        pos = from + take;
        if (e.kind === 'fraction') fields.set('NanoOfSecond', Number(digits.padEnd(9, '0')));
        else if (e.kind === 'reduced') fields.set(e.field, 2000 + Number(digits));
        else fields.set(e.field, text[from - 1] === '-' && neg ? -Number(digits) : Number(digits));
        break;
      }
      case 'optional': {
        const copy = new Map(fields);
        const after = parseInto(e.elements, text, pos, copy);
        if (after >= 0) {
          for (const [f, v] of copy) fields.set(f, v);
          pos = after;
        }
        break;
      }
    }
  }
  return pos;
}

function resolve(f: Map<Field, number>): { date?: LocalDate; time?: LocalTime } {
  const range = (field: Field, lo: number, hi: number): number | undefined => {
    const v = f.get(field);
    if (v !== undefined && (v < lo || v > hi)) throw new Error(`Invalid value for ${field} (valid values ${lo} - ${hi}): ${v}`);
    return v;
  };
  let date: LocalDate | undefined;
  const yoe = f.get('YearOfEra');
  const year = f.get('Year') ?? (yoe === undefined ? undefined : f.get('Era') === 0 ? 1 - yoe : yoe);
  const month = range('MonthOfYear', 1, 12);
  const day = range('DayOfMonth', 1, 31);
  const doy = range('DayOfYear', 1, 366);
  if (year !== undefined && month !== undefined && day !== undefined) {
    date = new LocalDate(year, month, Math.min(day, daysInMonth(year, month)));
  } else if (year !== undefined && doy !== undefined) {
    date = new LocalDate(year, 1, 1).plusDays(doy - 1);
  }
  let hour = range('HourOfDay', 0, 23);
  const clockDay = range('ClockHourOfDay', 1, 24);
  if (hour === undefined && clockDay !== undefined) hour = clockDay === 24 ? 0 : clockDay;
  const ampm = f.get('AmPmOfDay');
  const hap = range('HourOfAmPm', 0, 11) ?? (range('ClockHourOfAmPm', 1, 12) === undefined ? undefined : f.get('ClockHourOfAmPm')! % 12);
  if (hour === undefined && hap !== undefined && ampm !== undefined) hour = ampm * 12 + hap;
  let time: LocalTime | undefined;
  const milliOfDay = f.get('MilliOfDay');
  const nanoOfDay = f.get('NanoOfDay');
  if (hour !== undefined) {
    time = new LocalTime(hour, range('MinuteOfHour', 0, 59) ?? 0, range('SecondOfMinute', 0, 59) ?? 0, f.get('NanoOfSecond') ?? 0);
  } else if (nanoOfDay !== undefined) {
    time = LocalTime.ofNanoOfDay(BigInt(nanoOfDay));
  } else if (milliOfDay !== undefined) {
    time = LocalTime.ofNanoOfDay(BigInt(milliOfDay) * 1_000_000n);
  }
  return { date, time };
}
