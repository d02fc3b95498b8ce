import { LocalDateTime, LocalTime } from '../../../core/types/temporal';

/**
 * Instants <-> wall-clock times in the process's time zone, as Java's ZoneId.systemDefault() does for
 * parquet timestamps (SeaTunnel writes and reads them through the JVM's default zone; run with TZ=UTC to
 * make files zone-independent).
 */

const offsetAt = (epochMillis: number): number => -new Date(epochMillis).getTimezoneOffset();

/** The local wall-clock time of an instant, with `extraNanos` (below a millisecond) added. */
export function localFromEpochMillis(epochMillis: number, extraNanos = 0): LocalDateTime {
  const dt = LocalDateTime.ofEpochMillis(epochMillis, offsetAt(epochMillis));
  if (extraNanos === 0) return dt;
  const t = dt.time;
  return new LocalDateTime(dt.date, new LocalTime(t.hour, t.minute, t.second, t.nano + extraNanos));
}

/** The instant (epoch millis) of a local wall-clock time. */
export function epochMillisOfLocal(dt: LocalDateTime): number {
  const asUtc = dt.toEpochMillis(0);
  // The offset at the guessed instant, then once more at the corrected one (DST edges).
  const first = asUtc - offsetAt(asUtc) * 60_000;
  return asUtc - offsetAt(first) * 60_000;
}
