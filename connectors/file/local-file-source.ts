import type { Source, SourceFactory, SourceReader, SubtaskContext } from '../../core/plugin/contracts';
import type { RowBatch } from '../../core/types/row';
import type { FileFormat } from './file-options';
import { readBinaryFile } from './formats/binary-reader';
import { readExcelFile } from './formats/excel-reader';
import { readJsonFile } from './formats/json-reader';
import { readParquetFile } from './formats/parquet-reader';
import { readTextFile } from './formats/text-reader';
import { readXmlFile } from './formats/xml-reader';
import { parsePartitions } from './partition-path';
import type { FormatReader, TableReadPlan } from './read-plan';
import { SOURCE_RULE, buildReadPlans } from './source-plan';

const READERS: Readonly<Record<FileFormat, FormatReader | undefined>> = {
  text: readTextFile,
  csv: readTextFile,
  json: readJsonFile,
  xml: readXmlFile,
  excel: readExcelFile,
  parquet: readParquetFile,
  binary: readBinaryFile,
  orc: undefined,
};

/** Where a reader resumes: files before `index` are done, `rows` rows of file `index` were emitted. */
interface ReaderState {
  readonly index: number;
  readonly rows: number;
}

/**
 * SeaTunnel's LocalFile source: reads the files under `path` (or each `tables_configs` entry's) in one of
 * text, csv, json, xml, excel, parquet or binary, optionally inside zip/tar/tar.gz archives or gzip-compressed,
 * in any charset. Files are spread over the parallel readers; hive-style `k=v` directories become columns.
 */
export const localFileSource = {
  kind: 'source',
  guarantee: { level: 'exactly-once', note: 'resumes at the file and row it had reached' },
  identifier: 'LocalFile',
  description: 'Reads local files (text, csv, json, xml, excel, parquet, binary), with archives, encodings and hive partitions',
  optionRule: SOURCE_RULE,
  async create(ctx): Promise<Source> {
    const plans = await buildReadPlans(ctx.options, ctx.outputName, ctx.logger);
    const work = plans.flatMap((plan) => plan.files.map((file) => ({ plan, file })));
    return {
      tables: plans.map((p) => p.table),
      boundedness: 'BOUNDED',
      createReader: (sub) => new FileSourceReader(work.filter((_, i) => i % sub.parallelism === sub.subtaskIndex), sub),
    };
  },
} satisfies SourceFactory;

class FileSourceReader implements SourceReader {
  private index: number;
  private rows: number;

  constructor(
    private readonly work: readonly { plan: TableReadPlan; file: string }[],
    private readonly ctx: SubtaskContext,
  ) {
    const restored = ctx.restoredState as ReaderState | undefined;
    this.index = restored?.index ?? 0;
    this.rows = restored?.rows ?? 0;
  }

  async *read(): AsyncIterable<RowBatch> {
    for (; this.index < this.work.length; this.index++, this.rows = 0) {
      const { plan, file } = this.work[this.index];
      const reader = READERS[plan.options.format];
      if (!reader) return;
      let skip = this.rows;
      for await (const batch of reader(plan, file, partitionValues(plan, file))) {
        if (this.ctx.signal.aborted) return;
        let out = batch;
        if (skip > 0) {
          out = batch.slice(Math.min(skip, batch.length));
          skip -= batch.length - out.length;
          if (out.length === 0) continue;
        }
        this.rows += out.length;
        yield out;
      }
    }
  }

  snapshotState(): ReaderState {
    return { index: this.index, rows: this.rows };
  }
}

/** The partition values of a file, in the order of the table's partition columns (null when absent). */
function partitionValues(plan: TableReadPlan, file: string): unknown[] {
  if (plan.partitionNames.length === 0) return [];
  const found = parsePartitions(file);
  return plan.partitionNames.map((n) => found.get(n) ?? null);
}
