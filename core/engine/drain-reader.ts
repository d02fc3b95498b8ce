import { Observable } from 'rxjs';
import type { RowBatch } from '../types/row';

/**
 * Pulls a reader's batches one at a time and hands each to `handle`; the next batch is pulled only after
 * `handle` has settled. This is where backpressure lives: a source can never run ahead of its slowest
 * sink by more than one batch, whatever the speeds (RxJS's own `from(asyncIterable)` pulls eagerly and
 * would buffer without bound). Emits the row count of each handled batch; completes when the reader ends.
 * Unsubscribing (cancel, or a failure elsewhere) stops pulling at once, even while the reader is waiting.
 */
export function drainReader(
  batches: AsyncIterable<RowBatch>,
  handle: (batch: RowBatch) => void | Promise<unknown>,
): Observable<number> {
  return new Observable<number>((subscriber) => {
    const iterator = batches[Symbol.asyncIterator]();
    let stopped = false;
    let wakeStop: () => void = () => undefined;
    const stop = new Promise<'stop'>((resolve) => {
      wakeStop = () => resolve('stop');
    });

    (async () => {
      while (!stopped) {
        const next = await Promise.race([iterator.next(), stop]);
        if (next === 'stop' || stopped) return;
        if (next.done) break;
        const batch = next.value;
        if (batch.length === 0) continue;
        const pending = handle(batch);
        if (pending) await pending;
        if (stopped) return;
        subscriber.next(batch.length);
      }
      subscriber.complete();
    })().catch((e: unknown) => {
      if (!stopped) subscriber.error(e);
    });

    return () => {
      stopped = true;
      wakeStop();
      // Ask the generator to finish; a reader stuck in an await finishes when that await settles.
      void iterator.return?.().catch(() => undefined);
    };
  });
}
