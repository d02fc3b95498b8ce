import { suite } from 'uvu';
import * as assert from 'uvu/assert';
import { LocalDateTime } from '../../../../core/types/temporal';
import { epochMillisOfLocal, localFromEpochMillis } from '../../../../connectors/file/formats/zone-time';

const s = suite('zone-time');

s('local wall-clock times round-trip through instants', () => {
  const dt = LocalDateTime.of(2023, 6, 26, 2, 51, 9, 32_000_000);
  const ms = epochMillisOfLocal(dt);
  assert.equal(localFromEpochMillis(ms), dt);
  assert.equal(localFromEpochMillis(ms, 5_000), LocalDateTime.of(2023, 6, 26, 2, 51, 9, 32_005_000));
  // The tests run with TZ=UTC (scripts/test.mjs): the instant is the wall clock read as UTC.
  if (process.env.TZ === 'UTC') assert.is(ms, Date.UTC(2023, 5, 26, 2, 51, 9, 32));
});

s.run();
