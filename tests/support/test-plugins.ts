import { catalogTable, column, TablePath, tableSchema } from '../../core/catalog/catalog-table';
import { Options } from '../../core/options/option';
import { OptionRule } from '../../core/options/option-rule';
import type { SinkFactory, SinkWriter, SourceFactory, TransformFactory } from '../../core/plugin/contracts';
import { Types } from '../../core/types/data-type';
import { type RowBatch, SeaTunnelRow } from '../../core/types/row';
import { sleep } from '../../core/time/sleep';

/** Plugins for engine tests: a counting source, a collecting sink, a filter, each observable from the test. */
const ROWS = Options.key('rows').intType().defaultTo(10);
const BATCH = Options.key('batch').intType().defaultTo(4);
const TABLE = Options.key('table').stringType().defaultTo('seq');
const ENDLESS = Options.key('endless').booleanType().defaultTo(false);
const PAUSE = Options.key('pause_ms').intType().defaultTo(0);

export interface SeqProbe {
  pulled: number;
  closedReaders: number;
}

/**
 * `Seq { rows = N, batch = B, pause_ms = P }`: each reader emits ids 0..N-1 (as bigint) with its subtask
 * index, P ms apart per batch; its state is the next id, so a restored reader goes on where it stopped.
 */
export function seqSource(probe: SeqProbe = { pulled: 0, closedReaders: 0 }): SourceFactory {
  return {
    kind: 'source',
    identifier: 'Seq',
    optionRule: OptionRule.builder().optional(ROWS, BATCH, TABLE, ENDLESS, PAUSE).build(),
    create(ctx) {
      const rows = ctx.options.get(ROWS);
      const size = ctx.options.get(BATCH);
      const tableId = ctx.options.get(TABLE);
      const endless = ctx.options.get(ENDLESS);
      const pause = ctx.options.get(PAUSE);
      const table = catalogTable(TablePath.parse(tableId), tableSchema([column('id', Types.BIGINT), column('subtask', Types.INT)]));
      return {
        tables: [table],
        boundedness: endless ? 'UNBOUNDED' : 'BOUNDED',
        createReader(sub) {
          let next = (sub.restoredState as { next?: number } | undefined)?.next ?? 0;
          return {
            async *read() {
              while (next < rows) {
                if (pause) await sleep(pause, sub.signal);
                if (sub.signal.aborted) return;
                const batch: RowBatch = [];
                for (let j = next; j < Math.min(rows, next + size); j++) batch.push(new SeaTunnelRow([BigInt(j), sub.subtaskIndex], 0, tableId));
                probe.pulled += batch.length;
                next += batch.length;
                yield batch;
              }
              if (endless) await new Promise((resolve) => sub.signal.addEventListener('abort', resolve, { once: true }));
            },
            snapshotState: () => ({ next }),
            close() {
              probe.closedReaders++;
            },
          };
        },
      };
    },
  };
}

export interface CollectProbe {
  rows: SeaTunnelRow[];
  committed: unknown[][];
  finished: number;
  aborted: number;
  closed: number;
  /** Failures thrown so far (`fail_at`). */
  failures?: number;
}

const DELAY = Options.key('delay_ms').intType().defaultTo(0);
const FAIL_AT = Options.key('fail_at').intType().defaultTo(-1);
const FAIL_TIMES = Options.key('fail_times').intType().defaultTo(-1);

/**
 * `Collect { delay_ms, fail_at, fail_times }`: keeps every committed row; can be slow, or fail when it
 * reaches the Nth row (the first `fail_times` times only, when set: a fault that passes on a retry).
 */
export function collectSink(probe: CollectProbe = { rows: [], committed: [], finished: 0, aborted: 0, closed: 0 }): SinkFactory {
  return {
    kind: 'sink',
    identifier: 'Collect',
    optionRule: OptionRule.builder().optional(DELAY, FAIL_AT, FAIL_TIMES).build(),
    create(ctx) {
      const delay = ctx.options.get(DELAY);
      const failAt = ctx.options.get(FAIL_AT);
      const failTimes = ctx.options.get(FAIL_TIMES);
      const staged = new Map<string, SeaTunnelRow[]>();
      let prepared = 0;
      return {
        createWriter(sub): SinkWriter {
          let pending: SeaTunnelRow[] = [];
          return {
            async write(batch) {
              if (delay) await new Promise((r) => setTimeout(r, delay));
              for (const row of batch) {
                if (failAt >= 0 && probe.rows.length + pending.length === failAt && (failTimes < 0 || (probe.failures ?? 0) < failTimes)) {
                  probe.failures = (probe.failures ?? 0) + 1;
                  throw new Error(`boom at row ${failAt}`);
                }
                pending.push(row);
              }
            },
            prepareCommit() {
              // Commit infos are stored with checkpoints, so they are JSON: the rows wait here under a token.
              const token = `${sub.subtaskIndex}-${++prepared}`;
              staged.set(token, pending);
              pending = [];
              return { subtask: sub.subtaskIndex, token };
            },
            close() {
              probe.closed++;
            },
            abort() {
              probe.aborted++;
              pending = [];
            },
          };
        },
        commit(infos) {
          probe.committed.push([...infos]);
          for (const { token } of infos as { token: string }[]) {
            for (const r of staged.get(token) ?? []) probe.rows.push(r);
            staged.delete(token);
          }
        },
        finish() {
          probe.finished++;
        },
      };
    },
  };
}

const MOD = Options.key('keep_mod').intType().defaultTo(2);

/** `EvenIds { keep_mod = 2 }`: keeps rows whose id is divisible by keep_mod. */
export const evenIdsTransform: TransformFactory = {
  kind: 'transform',
  identifier: 'EvenIds',
  optionRule: OptionRule.builder().optional(MOD).build(),
  create(ctx) {
    const mod = BigInt(ctx.options.get(MOD));
    return {
      outputTable: ctx.inputTable,
      map: (row) => ((row.fields[0] as bigint) % mod === 0n ? row : null),
    };
  },
};
