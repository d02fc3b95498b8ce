import { ErrorCodes, SeatideError, messageOf } from '../../core/errors';
import { sleep } from '../../core/time/sleep';
import type { SourceReader, SubtaskContext } from '../../core/plugin/contracts';
import { type RowBatch, SeaTunnelRow } from '../../core/types/row';
import type { FakeTableConfig } from './fake-config';
import { FakeDataGenerator } from './fake-data-generator';

/** Rows per yielded batch: large enough to amortise the pipeline, small enough to keep cancel prompt. */
export const FAKE_BATCH_SIZE = 1000;

/** One unit of work: `rowNum` random rows (or every explicit row) of one table. */
export interface FakeSplit {
  readonly tableIndex: number;
  readonly splitId: number;
  readonly rowNum: number;
}

/** Where a reader stands: the index of its current split and the rows of it already emitted. */
export interface FakeReaderState {
  readonly split: number;
  readonly rows: number;
}

/**
 * The splits of reader `subtask` of `parallelism`, as SeaTunnel's enumerator assigns them: each table gets
 * ceil(row.num / split.num) rows per split, `row.num` rows per reader, split ids round-robin over the readers.
 */
export function fakeSplitsFor(tables: readonly FakeTableConfig[], subtask: number, parallelism: number): FakeSplit[] {
  const out: FakeSplit[] = [];
  tables.forEach((t, tableIndex) => {
    const perSplit = Math.ceil(t.rowNum / t.splitNum);
    for (let num = 0, id = subtask; num < t.rowNum; num += perSplit, id += parallelism) {
      out.push({ tableIndex, splitId: id, rowNum: Math.min(perSplit, t.rowNum - num) });
    }
  });
  return out;
}

/**
 * Emits its splits one after another, `split.read-interval` ms apart (the smallest over the tables). A split
 * of a table with explicit `rows` emits all of them; otherwise it generates its row count. Bounded: ends
 * after the last split. Unbounded: then waits for `ctx.signal` (the job being stopped) and ends.
 */
export class FakeReader implements SourceReader {
  private readonly splits: FakeSplit[];
  private readonly generators: FakeDataGenerator[];
  private readonly interval: number;
  private split = 0;
  private emitted = 0;

  constructor(
    private readonly tables: readonly FakeTableConfig[],
    private readonly ctx: SubtaskContext,
    private readonly bounded: boolean,
  ) {
    this.splits = fakeSplitsFor(tables, ctx.subtaskIndex, ctx.parallelism);
    this.generators = tables.map((t) => new FakeDataGenerator(t.table, t.settings, t.tableId));
    this.interval = tables.length ? Math.min(...tables.map((t) => t.splitReadInterval)) : 0;
    const restored = ctx.restoredState as Partial<FakeReaderState> | undefined;
    if (restored && Number.isInteger(restored.split) && Number.isInteger(restored.rows)) {
      this.split = restored.split!;
      this.emitted = restored.rows!;
    }
  }

  async *read(): AsyncIterable<RowBatch> {
    const signal = this.ctx.signal;
    let first = true;
    for (; this.split < this.splits.length; this.split++, this.emitted = 0) {
      if (!first && this.interval > 0) await sleep(this.interval, signal);
      first = false;
      if (signal.aborted) return;
      const split = this.splits[this.split];
      const table = this.tables[split.tableIndex];
      const explicit = table.rows;
      const total = explicit ? explicit.length : split.rowNum;
      const generator = this.generators[split.tableIndex];
      while (this.emitted < total) {
        const n = Math.min(FAKE_BATCH_SIZE, total - this.emitted);
        const batch = explicit ? copyRows(explicit, this.emitted, n) : generate(generator, n, table.tableId);
        this.emitted += n;
        yield batch;
        if (signal.aborted) return;
      }
    }
    if (!this.bounded) await untilAborted(signal);
  }

  snapshotState(): FakeReaderState {
    return { split: this.split, rows: this.emitted };
  }
}

function generate(generator: FakeDataGenerator, n: number, tableId: string): RowBatch {
  try {
    return generator.rows(n);
  } catch (e) {
    // e.g. date templates that name an impossible day
    throw new SeatideError(ErrorCodes.SOURCE_READ, `FakeSource table '${tableId}': ${messageOf(e)}`, { cause: e, details: { table: tableId } });
  }
}

function copyRows(rows: readonly SeaTunnelRow[], from: number, n: number): RowBatch {
  const out = new Array<SeaTunnelRow>(n);
  for (let i = 0; i < n; i++) {
    const r = rows[from + i];
    out[i] = new SeaTunnelRow(r.fields.slice(), r.kind, r.tableId);
  }
  return out;
}

/** Waits until the job stops; a long timer keeps the process alive meanwhile (an idle stream is still a job). */
function untilAborted(signal: AbortSignal): Promise<void> {
  return new Promise((resolve) => {
    if (signal.aborted) return resolve();
    const keepAlive = setInterval(() => undefined, 1 << 30);
    signal.addEventListener(
      'abort',
      () => {
        clearInterval(keepAlive);
        resolve();
      },
      { once: true },
    );
  });
}
