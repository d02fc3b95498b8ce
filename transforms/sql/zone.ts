import { LocalDateTime } from '../../core/types/temporal';

/**
 * Instants to wall-clock times. SeaTunnel uses the JVM default zone for CURRENT_* and CAST(epoch AS
 * TIMESTAMP); the process time zone (TZ) plays that role here. Named zones for FROM_UNIXTIME go through
 * Intl; fixed offsets (`UTC+8`, `GMT-03:30`, `+05:00`, `Z`) are parsed as java.time.ZoneId.of reads them.
 */
export type ZoneRule = (epochMillis: number) => number;

/** Offset in minutes of the process time zone at an instant. */
export const systemZone: ZoneRule = (ms) => -new Date(ms).getTimezoneOffset();

const zones = new Map<string, ZoneRule>();

/** A zone by its java.time id; throws `Invalid ID for ZoneOffset/region` style errors for unknown ids. */
export function zoneOf(id: string): ZoneRule {
  let z = zones.get(id);
  if (!z) {
    z = parseZone(id);
    zones.set(id, z);
  }
  return z;
}

function parseZone(id: string): ZoneRule {
  if (id === 'Z' || id === 'UTC' || id === 'GMT' || id === 'UT') return () => 0;
  const prefixed = /^(?:UTC|GMT|UT)([+-].*)$/.exec(id);
  const offsetText = prefixed ? prefixed[1] : /^[+-]/.test(id) ? id : undefined;
  if (offsetText !== undefined) {
    const m = /^([+-])(\d{1,2})(?::?(\d{2}))?(?::?(\d{2}))?$/.exec(offsetText);
    if (!m || Number(m[2]) > 18 || Number(m[3] ?? 0) > 59) throw new Error(`Invalid ID for offset-based ZoneId: ${id}`);
    const minutes = (Number(m[2]) * 60 + Number(m[3] ?? 0)) * (m[1] === '-' ? -1 : 1);
    return () => minutes;
  }
  let dtf: Intl.DateTimeFormat;
  try {
    dtf = new Intl.DateTimeFormat('en-US', {
      timeZone: id, hourCycle: 'h23', year: 'numeric', month: 'numeric', day: 'numeric',
      hour: 'numeric', minute: 'numeric', second: 'numeric',
    });
  } catch {
    throw new Error(`Unknown time-zone ID: ${id}`);
  }
  return (ms) => {
    const parts: Record<string, number> = {};
    for (const p of dtf.formatToParts(new Date(ms))) if (p.type !== 'literal') parts[p.type] = Number(p.value);
    const wall = Date.UTC(parts.year, parts.month - 1, parts.day, parts.hour, parts.minute, parts.second);
    return Math.round((wall - Math.floor(ms / 1000) * 1000) / 60_000);
  };
}

/** The wall-clock time at `epochMillis` in `zone`. */
export function localDateTimeAt(epochMillis: number, zone: ZoneRule = systemZone): LocalDateTime {
  return LocalDateTime.ofEpochMillis(epochMillis, zone(epochMillis));
}

/** LocalDateTime.now() in the process time zone. */
export function now(): LocalDateTime {
  return localDateTimeAt(Date.now());
}
