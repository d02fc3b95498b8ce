import path from 'node:path';
import { promises as fsp } from 'node:fs';
import { ErrorCodes, SeatideError } from '../../core/errors';
import type { SinkWriter } from '../../core/plugin/contracts';
import type { DataType } from '../../core/types/data-type';
import type { RowBatch, SeaTunnelRow } from '../../core/types/row';
import type { FileCommitInfo } from './file-commit';
import { fileName, newUuidPrefix, partitionDir, transactionDirPrefix, transactionId } from './file-naming';
import { BinaryFileWriter } from './formats/binary-writer';
import type { FormatWriter } from './formats/format-writer';
import { openFormatWriter } from './formats/open-format-writer';
import type { TableSinkConfig } from './sink-config';

/**
 * One parallel writer of the LocalFile sink. Rows go to files inside a transaction directory; at
 * prepareCommit the files are completed and listed for the sink to move into `path`, and a new
 * transaction begins. Multi-table input: each table has its own files, found by the row's table id.
 */
export class FileSinkWriter implements SinkWriter {
  private readonly writers: TableFileWriter[];
  private readonly byTable = new Map<string, TableFileWriter>();

  constructor(configs: readonly TableSinkConfig[], jobId: string, subtask: number, register: (transactionDir: string) => void) {
    this.writers = configs.map((c) => new TableFileWriter(c, jobId, newUuidPrefix(), subtask, register));
    this.writers.forEach((w) => this.byTable.set(w.config.table.tablePath.toString(), w));
  }

  async write(batch: RowBatch): Promise<void> {
    if (this.writers.length === 1) return this.writers[0].write(batch);
    const groups = new Map<TableFileWriter, SeaTunnelRow[]>();
    for (const row of batch) {
      const w = this.byTable.get(row.tableId);
      if (!w) {
        throw new SeatideError(ErrorCodes.SINK_WRITE, `sink 'LocalFile': row of unknown table '${row.tableId}' (tables: ${[...this.byTable.keys()].join(', ')})`);
      }
      const list = groups.get(w);
      if (list) list.push(row);
      else groups.set(w, [row]);
    }
    for (const [w, rows] of groups) await w.write(rows);
  }

  async prepareCommit(checkpointId: number): Promise<FileCommitInfo[] | undefined> {
    const infos: FileCommitInfo[] = [];
    for (const w of this.writers) {
      const info = await w.prepare(checkpointId);
      if (info) infos.push(info);
    }
    return infos.length > 0 ? infos : undefined;
  }

  /** Completes open files; they stay in the transaction directory until a commit moves or an abort deletes them. */
  async close(): Promise<void> {
    for (const w of this.writers) await w.closeOpen();
  }
}

interface OpenFile {
  readonly tmp: string;
  readonly target: string;
  readonly writer: FormatWriter;
}

class TableFileWriter {
  private txId = '';
  private txDir = '';
  private readonly open = new Map<string, OpenFile>();
  private moves: [string, string][] = [];
  private partId = 0;
  private rowsInPart = 0;
  private binary: BinaryFileWriter | undefined;
  private readonly types: readonly DataType[];

  constructor(
    readonly config: TableSinkConfig,
    private readonly jobId: string,
    private readonly uuidPrefix: string,
    private readonly subtask: number,
    private readonly register: (transactionDir: string) => void,
  ) {
    this.types = config.table.schema.columns.map((c) => c.type);
    this.begin(1);
  }

  private begin(checkpointId: number): void {
    this.txId = transactionId(this.jobId, this.uuidPrefix, this.subtask, checkpointId);
    this.txDir = path.join(transactionDirPrefix(this.config.tmpPath, this.jobId, this.uuidPrefix), this.txId);
    this.register(this.txDir);
  }

  async write(rows: readonly SeaTunnelRow[]): Promise<void> {
    if (this.config.spec.format === 'binary') {
      this.binary ??= new BinaryFileWriter(this.txDir);
      for (const row of rows) await this.binary.write(row.fields[0] as Uint8Array, row.fields[1] as string, BigInt(row.fields[2] as bigint));
      return;
    }
    let groups = new Map<string, SeaTunnelRow[]>();
    for (const row of rows) {
      if (this.rowsInPart >= this.config.batchSize) {
        // batch_size reached: finish the current files and start the next part.
        await this.flush(groups);
        groups = new Map();
        await this.closeOpen();
        this.partId++;
        this.rowsInPart = 0;
      }
      this.rowsInPart++;
      const dir = partitionDir(this.config, row, this.types);
      const list = groups.get(dir);
      if (list) list.push(row);
      else groups.set(dir, [row]);
    }
    await this.flush(groups);
  }

  private async flush(groups: Map<string, SeaTunnelRow[]>): Promise<void> {
    for (const [dir, rows] of groups) {
      let file = this.open.get(dir);
      if (!file) {
        const name = fileName(this.config, this.txId, this.partId);
        const tmp = path.join(this.txDir, dir, name);
        file = { tmp, target: path.join(this.config.path, dir, name), writer: await openFormatWriter(tmp, this.config.spec) };
        this.open.set(dir, file);
      }
      await file.writer.write(rows);
    }
  }

  async closeOpen(): Promise<void> {
    const files = [...this.open.values()];
    this.open.clear();
    for (const f of files) {
      await f.writer.close();
      this.moves.push([f.tmp, f.target]);
    }
    if (this.binary) {
      await this.binary.close();
      for (const rel of this.binary.files) this.moves.push([path.join(this.txDir, rel), path.join(this.config.path, rel)]);
      this.binary = undefined;
    }
  }

  async prepare(checkpointId: number): Promise<FileCommitInfo | undefined> {
    await this.closeOpen();
    const info: FileCommitInfo | undefined =
      this.moves.length > 0 ? { transactionDir: this.txDir, moves: this.moves, tmpRoot: path.join(this.config.tmpPath, 'seatunnel') } : undefined;
    if (!info) await fsp.rm(this.txDir, { recursive: true, force: true });
    this.moves = [];
    this.partId = 0;
    this.rowsInPart = 0;
    this.begin(checkpointId + 1);
    return info;
  }
}
