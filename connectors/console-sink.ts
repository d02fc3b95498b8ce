import { type CatalogTable, rowTypeOf } from '../core/catalog/catalog-table';
import { Options } from '../core/options/option';
import { OptionRule } from '../core/options/option-rule';
import type { Sink, SinkFactory, SinkFactoryContext, SinkWriter, SubtaskContext } from '../core/plugin/contracts';
import { type RowType, typeToString } from '../core/types/data-type';
import { formatValue } from '../core/types/format-value';
import { sleep } from '../core/time/sleep';
import { ROW_KIND_NAMES, type RowBatch, type SeaTunnelRow } from '../core/types/row';

export const LOG_PRINT_DATA = Options.key('log.print.data').booleanType().defaultTo(true).describe('Print each row; false prints only the row types');
export const LOG_PRINT_DELAY = Options.key('log.print.delay.ms').intType().defaultTo(0).describe('Milliseconds to pause after each printed row');
export const MULTI_TABLE_SINK_REPLICA = Options.key('multi_table_sink_replica').intType().defaultTo(1).describe('Writers per table in a multi-table sink (accepted for compatibility)');

/** Where Console writes: process.stdout, or anything with the same `write` (tests pass a collector). */
export interface ConsoleOutput {
  write(chunk: string): boolean;
  once?(event: 'drain', listener: () => void): unknown;
}

/**
 * A Console sink writing to `out`. Each writer prints `output rowType: name<STRING>, ...` once per table, then
 * one line per row, as SeaTunnel's Console does:
 * `subtaskIndex=0  rowIndex=1:  SeaTunnelRow#tableId=fake SeaTunnelRow#kind=INSERT : 1, A`.
 * Lines of a batch go out in one write; the writer waits for `drain` when the stream is full.
 */
export function createConsoleSink(out: ConsoleOutput = process.stdout) {
  return {
    kind: 'sink',
    guarantee: { level: 'at-least-once', note: 'rows are printed as they arrive; rows since the last checkpoint are printed again after a resume' },
    identifier: 'Console',
    description: 'Prints rows to standard output',
    optionRule: OptionRule.builder().optional(LOG_PRINT_DATA, LOG_PRINT_DELAY, MULTI_TABLE_SINK_REPLICA).build(),

    create(ctx: SinkFactoryContext): Sink {
      const printData = ctx.options.get(LOG_PRINT_DATA);
      const delayMs = ctx.options.get(LOG_PRINT_DELAY);
      const tables = ctx.inputTables;
      return {
        createWriter: (sub) => new ConsoleWriter(out, tables, sub, printData, delayMs),
      };
    },
  } satisfies SinkFactory;
}

export const consoleSink = createConsoleSink();

interface TableState {
  readonly type?: RowType;
  count: number;
}

class ConsoleWriter implements SinkWriter {
  private readonly byId = new Map<string, TableState>();
  private readonly single?: TableState;

  constructor(
    private readonly out: ConsoleOutput,
    tables: readonly CatalogTable[],
    private readonly sub: SubtaskContext,
    private readonly printData: boolean,
    private readonly delayMs: number,
  ) {
    let header = '';
    for (const t of tables) {
      const type = rowTypeOf(t);
      this.byId.set(t.tablePath.toString(), { type, count: 0 });
      header += `output rowType: ${type.names.map((n, i) => `${n}<${typeToString(type.types[i])}>`).join(', ')}\n`;
    }
    if (tables.length === 1) this.single = this.byId.get(tables[0].tablePath.toString());
    if (header) out.write(header);
  }

  async write(batch: RowBatch): Promise<void> {
    if (!this.printData) {
      if (this.delayMs > 0) await sleep(this.delayMs * batch.length);
      return;
    }
    if (this.delayMs > 0) {
      for (const row of batch) {
        await this.emit(this.line(row));
        await sleep(this.delayMs);
      }
      return;
    }
    let text = '';
    for (let i = 0; i < batch.length; i++) text += this.line(batch[i]);
    await this.emit(text);
  }

  close(): void {}

  private state(row: SeaTunnelRow): TableState {
    let s = this.single ?? this.byId.get(row.tableId);
    if (!s) {
      s = { count: 0 };
      this.byId.set(row.tableId, s);
    }
    return s;
  }

  private line(row: SeaTunnelRow): string {
    const s = this.state(row);
    s.count++;
    const types = s.type?.types;
    const fields = row.fields;
    let values = '';
    for (let i = 0; i < fields.length; i++) values += (i ? ', ' : '') + formatValue(fields[i], types?.[i]);
    return `subtaskIndex=${this.sub.subtaskIndex}  rowIndex=${s.count}:  SeaTunnelRow#tableId=${row.tableId} SeaTunnelRow#kind=${ROW_KIND_NAMES[row.kind]} : ${values}\n`;
  }

  private emit(text: string): Promise<void> | void {
    if (this.out.write(text) || !this.out.once) return;
    return new Promise((resolve) => this.out.once!('drain', resolve));
  }
}
