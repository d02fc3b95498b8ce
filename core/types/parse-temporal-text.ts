import { LocalDate, LocalDateTime, LocalTime } from './temporal';

/**
 * Date and time texts in the formats SeaTunnel recognises (DateUtils / DateTimeUtils / the JSON format's
 * TIME_FORMAT). Each function returns undefined when the text matches no format and throws a RangeError when
 * it matches one but names an impossible date or time (2023-02-30, 25:00:00).
 */

const DATE_PATTERNS: readonly RegExp[] = [
  /^(\d{4})-(\d{2})-(\d{2})$/,
  /^(\d{4})年(\d{2})月(\d{2})日$/,
  /^(\d{4})\/(\d{2})\/(\d{2})$/,
  /^(\d{4})\.(\d{2})\.(\d{2})$/,
  /^(\d{4})(\d{2})(\d{2})$/,
];

/** `yyyy-MM-dd`, `yyyy年MM月dd日`, `yyyy/MM/dd`, `yyyy.MM.dd`, `yyyyMMdd`. */
export function parseDateText(text: string): LocalDate | undefined {
  for (const re of DATE_PATTERNS) {
    const m = re.exec(text);
    if (m) return new LocalDate(Number(m[1]), Number(m[2]), Number(m[3]));
  }
  return undefined;
}

const TIME_STRICT = /^(\d{2}):(\d{2}):(\d{2})(?:\.(\d{0,9}))?$/;
const TIME_ISO = /^(\d{2}):(\d{2})(?::(\d{2})(?:\.(\d{0,9}))?)?$/;

/**
 * `HH:mm:ss[.fffffffff]` (what row literals use); with `isoLocal`, also `HH:mm` (Java's ISO_LOCAL_TIME, what
 * column default values use).
 */
export function parseTimeText(text: string, isoLocal = false): LocalTime | undefined {
  const m = (isoLocal ? TIME_ISO : TIME_STRICT).exec(text);
  if (!m) return undefined;
  return new LocalTime(Number(m[1]), Number(m[2]), Number(m[3] ?? 0), fractionToNanos(m[4]));
}

// Date part with one separator, then ' ' (or 'T' after '-'), then HH:mm:ss with an optional fraction.
const DATETIME = /^(\d{4})([-/.])(\d{2})\2(\d{2})([ T])(\d{2}):(\d{2})(?::(\d{2})(?:\.(\d{0,9}))?)?$/;
const DATETIME_CN = /^(\d{4})年(\d{2})月(\d{2})日 (\d{2})时(\d{2})分(\d{2})秒$/;
const DATETIME_14 = /^(\d{4})(\d{2})(\d{2})(\d{2})(\d{2})(\d{2})$/;

/**
 * `yyyy-MM-dd HH:mm:ss`, `yyyy-MM-ddTHH:mm:ss`, the same with `/` or `.` between date parts (space only), each
 * with an optional fraction of up to 9 digits; `yyyy年MM月dd日 HH时mm分ss秒`; `yyyyMMddHHmmss`.
 */
export function parseTimestampText(text: string): LocalDateTime | undefined {
  if (text.length === 14) {
    const m = DATETIME_14.exec(text);
    return m ? LocalDateTime.of(+m[1], +m[2], +m[3], +m[4], +m[5], +m[6]) : undefined;
  }
  if (text.length < 19) return undefined;
  const m = DATETIME.exec(text);
  if (m) {
    if (m[5] === 'T' && m[2] !== '-') return undefined;
    // Exactly 19 characters means the seconds are there; longer texts may carry a fraction.
    if (m[8] === undefined) return undefined;
    return LocalDateTime.of(+m[1], +m[3], +m[4], +m[6], +m[7], +m[8], fractionToNanos(m[9]));
  }
  const cn = DATETIME_CN.exec(text);
  return cn ? LocalDateTime.of(+cn[1], +cn[2], +cn[3], +cn[4], +cn[5], +cn[6]) : undefined;
}

function fractionToNanos(fraction: string | undefined): number {
  if (!fraction) return 0;
  return Number(fraction.padEnd(9, '0'));
}
