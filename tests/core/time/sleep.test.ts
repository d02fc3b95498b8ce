import { suite } from 'uvu';
import * as assert from 'uvu/assert';
import { sleep } from '../../../core/time/sleep';

const s = suite('sleep');

s('waits the time given', async () => {
  const started = Date.now();
  await sleep(30);
  assert.ok(Date.now() - started >= 25);
});

s('ends early when the signal aborts, and at once when it already has', async () => {
  const ac = new AbortController();
  const started = Date.now();
  setTimeout(() => ac.abort(), 20);
  await sleep(5000, ac.signal);
  assert.ok(Date.now() - started < 1000);
  const t = Date.now();
  await sleep(5000, ac.signal);
  assert.ok(Date.now() - t < 50);
});

s.run();
