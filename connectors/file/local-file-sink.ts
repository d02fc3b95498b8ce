import { ReadonlyConfig } from '../../core/options/readonly-config';
import { replaceSinkPlaceholders } from '../../core/engine/sink-placeholders';
import type { Sink, SinkFactory } from '../../core/plugin/contracts';
import { type FileCommitInfo, abortFiles, commitFiles, flattenInfos, removeTransaction } from './file-commit';
import { FileSinkWriter } from './file-sink-writer';
import { applySaveModes } from './save-mode';
import { SINK_RULE, type TableSinkConfig, parseSinkConfig } from './sink-config';
import path from 'node:path';

/**
 * SeaTunnel's LocalFile sink: writes text, csv, json, xml, excel, parquet or binary files under `path`
 * (per input table, `${table_name}` and the other placeholders filled), with partition directories,
 * rolling by `batch_size`, encodings and gzip. Two-phase commit: writers fill a transaction directory under
 * `tmp_path`, the commit moves the files into place, an abort deletes them, so files appear whole or not at all.
 */
export const localFileSink = {
  kind: 'sink',
  guarantee: { level: 'exactly-once', note: 'files are written in transaction directories and moved into place when the checkpoint commits' },
  identifier: 'LocalFile',
  description: 'Writes local files (text, csv, json, xml, excel, parquet, binary) with two-phase commit',
  optionRule: SINK_RULE,
  async create(ctx): Promise<Sink> {
    const configs: TableSinkConfig[] = ctx.inputTables.map((table) =>
      parseSinkConfig(new ReadonlyConfig(replaceSinkPlaceholders(ctx.options.raw, table), ctx.options.owner), table),
    );
    // A resumed job's directory holds the files it committed before: save modes must not drop or refuse them.
    if (!ctx.job.resumed) for (const c of configs) await applySaveModes(c.path, c.schemaSaveMode, c.dataSaveMode, ctx.logger);
    const transactions = new Set<string>();
    const tmpRoots = new Map(configs.map((c) => [c.tmpPath, path.join(c.tmpPath, 'seatunnel')]));
    const rootOf = (dir: string) => [...tmpRoots.values()].find((r) => dir.startsWith(r)) ?? path.dirname(dir);
    return {
      createWriter: (sub) => new FileSinkWriter(configs, ctx.job.jobId, sub.subtaskIndex, (dir) => transactions.add(dir)),
      commit: (infos) => commitFiles(flattenInfos(infos)),
      async recover(pending) {
        // Files of the checkpoint are still in their transaction directories until moved: move them (again).
        if (pending) await commitFiles(flattenInfos(pending));
        // Whatever the stopped run wrote after its checkpoint is in this job's other transaction directories.
        for (const c of configs) await removeTransaction(path.join(c.tmpPath, 'seatunnel', ctx.job.jobId), path.join(c.tmpPath, 'seatunnel'));
      },
      async abort(infos) {
        const known: FileCommitInfo[] = flattenInfos(infos);
        await abortFiles(known);
        for (const dir of transactions) await removeTransaction(dir, rootOf(dir));
        transactions.clear();
      },
    };
  },
} satisfies SinkFactory;
