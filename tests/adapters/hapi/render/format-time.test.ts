import { suite } from 'uvu';
import * as assert from 'uvu/assert';
import { formatTime } from '../../../../adapters/hapi/render/format-time';

const s = suite('render/format-time');

const ms = Date.UTC(2023, 6, 18, 3, 4, 5, 678);

s("yyyy-MM-dd HH:mm:ss in the server's zone (TZ), milliseconds dropped", () => {
  const saved = process.env.TZ;
  try {
    process.env.TZ = 'UTC';
    assert.is(formatTime(ms), '2023-07-18 03:04:05');
    process.env.TZ = 'Asia/Shanghai';
    assert.is(formatTime(ms), '2023-07-18 11:04:05');
    process.env.TZ = 'America/Los_Angeles';
    assert.is(formatTime(ms), '2023-07-17 20:04:05');
  } finally {
    if (saved === undefined) delete process.env.TZ;
    else process.env.TZ = saved;
  }
});

s.run();
