import * as assert from 'uvu/assert';
import { SeatideError } from '../../core/errors';

/** Runs `fn`, which must throw a SeatideError with `code` whose message contains every fragment. */
export function expectCode(fn: () => unknown, code: string, ...fragments: string[]): SeatideError {
  let caught: unknown;
  try {
    fn();
  } catch (e) {
    caught = e;
  }
  assert.instance(caught, SeatideError, `expected ${code}`);
  const err = caught as SeatideError;
  assert.is(err.code, code, err.message);
  for (const f of fragments) assert.ok(err.message.includes(f), `'${f}' not in: ${err.message}`);
  return err;
}
