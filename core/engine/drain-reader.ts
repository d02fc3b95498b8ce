import { Observable } from 'rxjs';
import type { RowBatch } from '../types/row';

/** Longest stretch a reader keeps the event loop before yielding it. */
const SLICE_MS = 10;

/**
 * Where a checkpoint coordinator holds a reader: `idle` before each pull (everything handled so far), `arrived`
 * when a batch came back (before it is handled), `ended` when the reader is done. A returned promise parks
 * the reader until it settles.
 */
export interface PullGate {
  idle(): void | Promise<void>;
  arrived(): void | Promise<void>;
  ended(): void;
}

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
  gate?: PullGate,
): Observable<number> {
  return new Observable<number>((subscriber) => {
    const iterator = batches[Symbol.asyncIterator]();
    const stop = new AbortController();
    (async () => {
      let sliceStart = performance.now();
      while (!stop.signal.aborted) {
        // Batches whose sinks finish synchronously chain as microtasks, which would keep timers, I/O and
        // HTTP requests waiting until the job ends; hand the event loop a turn every few milliseconds.
        if (performance.now() - sliceStart > SLICE_MS) {
          await new Promise((resolve) => setImmediate(resolve));
          sliceStart = performance.now();
        }
        const idle = gate?.idle();
        if (idle) await idle;
        if (stop.signal.aborted) return;
        const next = await nextOrStop(iterator, stop.signal);
        if (next === 'stop' || stop.signal.aborted) return;
        if (next.done) break;
        const batch = next.value;
        if (batch.length === 0) continue;
        const arrived = gate?.arrived();
        if (arrived) await arrived;
        if (stop.signal.aborted) return;
        const pending = handle(batch);
        if (pending) await pending;
        if (stop.signal.aborted) return;
        subscriber.next(batch.length);
      }
      gate?.ended();
      subscriber.complete();
    })().catch((e: unknown) => {
      if (!stop.signal.aborted) subscriber.error(e);
    });

    return () => {
      stop.abort();
      // Ask the generator to finish; a reader stuck in an await finishes when that await settles.
      void iterator.return?.().catch(() => undefined);
    };
  });
}

/**
 * The reader's next batch, or 'stop' as soon as `signal` aborts. The abort listener lives for one call only:
 * racing every call against one long-lived promise would keep each resolved batch reachable from it (a
 * reaction per call), so every row ever read would stay in memory.
 */
function nextOrStop(iterator: AsyncIterator<RowBatch>, signal: AbortSignal): Promise<IteratorResult<RowBatch> | 'stop'> {
  return new Promise((resolve, reject) => {
    if (signal.aborted) return resolve('stop');
    const onAbort = () => resolve('stop');
    signal.addEventListener('abort', onAbort, { once: true });
    iterator.next().then(
      (r) => {
        signal.removeEventListener('abort', onAbort);
        resolve(r);
      },
      (e: unknown) => {
        signal.removeEventListener('abort', onAbort);
        reject(e);
      },
    );
  });
}
