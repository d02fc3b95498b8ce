import { catalogTable, column, TablePath, tableSchema } from '../../core/catalog/catalog-table';
import { Options } from '../../core/options/option';
import { OptionRule } from '../../core/options/option-rule';
import type { SinkFactory, SinkWriter, SourceFactory, TransformFactory } from '../../core/plugin/contracts';
import { Types } from '../../core/types/data-type';
import { type RowBatch, SeaTunnelRow } from '../../core/types/row';

/** Plugins for engine tests: a counting source, a collecting sink, a filter, each observable from the test. */
const ROWS = Options.key('rows').intType().defaultTo(10);
const BATCH = Options.key('batch').intType().defaultTo(4);
const TABLE = Options.key('table').stringType().defaultTo('seq');
const ENDLESS = Options.key('endless').booleanType().defaultTo(false);

export interface SeqProbe {
  pulled: number;
  closedReaders: number;
}

/** `Seq { rows = N, batch = B }`: each reader emits ids 0..N-1 (as bigint) with its subtask index. */
export function seqSource(probe: SeqProbe = { pulled: 0, closedReaders: 0 }): SourceFactory {
  return {
    kind: 'source',
    identifier: 'Seq',
    optionRule: OptionRule.builder().optional(ROWS, BATCH, TABLE, ENDLESS).build(),
    create(ctx) {
      const rows = ctx.options.get(ROWS);
      const size = ctx.options.get(BATCH);
      const tableId = ctx.options.get(TABLE);
      const endless = ctx.options.get(ENDLESS);
      const table = catalogTable(TablePath.parse(tableId), tableSchema([column('id', Types.BIGINT), column('subtask', Types.INT)]));
      return {
        tables: [table],
        boundedness: endless ? 'UNBOUNDED' : 'BOUNDED',
        createReader(sub) {
          return {
            async *read() {
              for (let i = 0; i < rows; i += size) {
                const batch: RowBatch = [];
                for (let j = i; j < Math.min(rows, i + size); j++) batch.push(new SeaTunnelRow([BigInt(j), sub.subtaskIndex], 0, tableId));
                probe.pulled += batch.length;
                yield batch;
              }
              if (endless) await new Promise((resolve) => sub.signal.addEventListener('abort', resolve, { once: true }));
            },
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
}

const DELAY = Options.key('delay_ms').intType().defaultTo(0);
const FAIL_AT = Options.key('fail_at').intType().defaultTo(-1);

/** `Collect { delay_ms, fail_at }`: keeps every row; can be slow or fail at the Nth row. */
export function collectSink(probe: CollectProbe = { rows: [], committed: [], finished: 0, aborted: 0, closed: 0 }): SinkFactory {
  return {
    kind: 'sink',
    identifier: 'Collect',
    optionRule: OptionRule.builder().optional(DELAY, FAIL_AT).build(),
    create(ctx) {
      const delay = ctx.options.get(DELAY);
      const failAt = ctx.options.get(FAIL_AT);
      return {
        createWriter(sub): SinkWriter {
          let pending: SeaTunnelRow[] = [];
          return {
            async write(batch) {
              if (delay) await new Promise((r) => setTimeout(r, delay));
              for (const row of batch) {
                if (failAt >= 0 && probe.rows.length + pending.length === failAt) throw new Error(`boom at row ${failAt}`);
                pending.push(row);
              }
            },
            prepareCommit() {
              const out = pending;
              pending = [];
              return { subtask: sub.subtaskIndex, rows: out };
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
          for (const info of infos as { rows: SeaTunnelRow[] }[]) for (const r of info.rows) probe.rows.push(r);
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
