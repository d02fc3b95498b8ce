import { suite } from 'uvu';
import * as assert from 'uvu/assert';
import { localDateTimeAt, now, systemZone, zoneOf } from '../../../transforms/sql/zone';
import { thrown } from '../transform-harness';

const s = suite('zone');
const at = Date.UTC(2023, 0, 1, 12, 0, 0);

s('fixed offsets as java.time.ZoneId.of reads them', () => {
  assert.equal(['UTC', 'Z', 'UTC+8', 'GMT-03:30', '+05:45', 'UT+0130', '-2'].map((z) => zoneOf(z)(at)), [0, 0, 480, -210, 345, 90, -120]);
  assert.match(thrown(() => zoneOf('UTC+19'))?.message ?? '', /Invalid ID for offset-based ZoneId: UTC\+19/);
});

s('region ids follow daylight saving through Intl', () => {
  assert.is(zoneOf('America/New_York')(Date.UTC(2023, 0, 15)), -300);
  assert.is(zoneOf('America/New_York')(Date.UTC(2023, 6, 15)), -240);
  assert.is(zoneOf('Asia/Kolkata')(at), 330);
  assert.is(thrown(() => zoneOf('Nowhere/City'))?.message, 'Unknown time-zone ID: Nowhere/City');
});

s('wall-clock times: in a zone, and in the process zone for now()', () => {
  assert.is(localDateTimeAt(1672502400000, zoneOf('UTC+8')).toString(), '2023-01-01T00:00');
  assert.is(systemZone(at), -new Date(at).getTimezoneOffset());
  const n = now();
  const d = new Date();
  assert.ok(Math.abs(n.toEpochMillis(-d.getTimezoneOffset()) - d.getTime()) < 2000);
});

s.run();
