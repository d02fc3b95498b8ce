import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { type CatalogTable, TablePath, catalogTable, column, tableSchema } from '../../../core/catalog/catalog-table';
import type { ConfigObject } from '../../../core/options/readonly-config';
import type { Sink } from '../../../core/plugin/contracts';
import { parseDataType } from '../../../core/types/parse-data-type';
import { SeaTunnelRow } from '../../../core/types/row';
import { localFileSink } from '../../../connectors/file/local-file-sink';
import { localFileSource } from '../../../connectors/file/local-file-source';
import { createSink, createSource, readAll, subtask } from '../../support/connector-harness';

/** Shared helpers of the LocalFile tests: temp directories, tables, read-all and write-commit runs. */

export const E2E_DATA = path.resolve(__dirname, '../../../../shared/conformance/seatunnel-e2e/data/rootfs/seatunnel/read');

/** A fresh temp directory; remove it with `cleanup`. */
export function tempDir(prefix = 'seatide-file-'): { dir: string; cleanup: () => void } {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), prefix));
  return { dir, cleanup: () => fs.rmSync(dir, { recursive: true, force: true }) };
}

/** A table from `name = type` pairs (config type strings). */
export function table(name: string, fields: Record<string, string>): CatalogTable {
  return catalogTable(
    TablePath.parse(name),
    tableSchema(Object.entries(fields).map(([n, t]) => column(n, parseDataType(t, n)))),
  );
}

export const row = (tableId: string, ...fields: unknown[]) => new SeaTunnelRow(fields, undefined, tableId);

/** Every row the LocalFile source reads with these options (one reader unless told). */
export async function readFiles(raw: ConfigObject, opts: { outputName?: string; parallelism?: number } = {}) {
  const source = await createSource(localFileSource, raw, { outputName: opts.outputName });
  const perReader = await readAll(source, opts.parallelism ?? 1);
  return { source, tables: source.tables, rows: perReader.flat(), perReader };
}

/** Writes `rows` through one LocalFile writer; commits unless `commit` is false. Returns the sink and commit infos. */
export async function writeFiles(raw: ConfigObject, tables: readonly CatalogTable[], rows: readonly SeaTunnelRow[], opts: { commit?: boolean; batches?: number } = {}) {
  const sink: Sink = await createSink(localFileSink, raw, tables);
  const writer = await sink.createWriter(subtask());
  const step = Math.max(1, Math.ceil(rows.length / (opts.batches ?? 1)));
  for (let i = 0; i < rows.length; i += step) await writer.write(rows.slice(i, i + step));
  const info = await writer.prepareCommit?.(1);
  await writer.close();
  const infos = info === undefined ? [] : [info];
  if (opts.commit !== false) await sink.commit?.(infos);
  return { sink, infos };
}

/** Every regular file under `dir`, relative, sorted. */
export function filesUnder(dir: string): string[] {
  if (!fs.existsSync(dir)) return [];
  const out: string[] = [];
  const walk = (d: string) => {
    for (const e of fs.readdirSync(d, { withFileTypes: true })) {
      const p = path.join(d, e.name);
      if (e.isDirectory()) walk(p);
      else out.push(path.relative(dir, p));
    }
  };
  walk(dir);
  return out.sort();
}

/** A row's fields as plain comparable values (bigint, Decimal, dates and maps printed). */
export function plain(value: unknown): unknown {
  if (value instanceof SeaTunnelRow) return value.fields.map(plain);
  if (value instanceof Map) return Object.fromEntries([...value].map(([k, v]) => [String(k), plain(v)]));
  if (value instanceof Uint8Array) return `bytes:${Buffer.from(value).toString('hex')}`;
  if (Array.isArray(value)) return value.map(plain);
  if (typeof value === 'bigint') return `${value}n`;
  if (value !== null && typeof value === 'object') return String(value);
  return value;
}

/** Writes a zip archive holding `entries` (name → content). */
export async function makeZip(file: string, entries: Record<string, string | Buffer>): Promise<void> {
  const yazl = await import('yazl');
  const zip = new yazl.ZipFile();
  for (const [name, content] of Object.entries(entries)) zip.addBuffer(Buffer.from(content), name);
  zip.end();
  await new Promise<void>((resolve, reject) => {
    zip.outputStream.pipe(fs.createWriteStream(file)).on('close', resolve).on('error', reject);
  });
}

/** Writes a tar (or tar.gz) archive holding `entries` (name → content). */
export async function makeTar(file: string, entries: Record<string, string | Buffer>, gzip = false): Promise<void> {
  const tar = await import('tar-stream');
  const zlib = await import('node:zlib');
  const pack = tar.pack();
  for (const [name, content] of Object.entries(entries)) pack.entry({ name }, Buffer.from(content));
  pack.finalize();
  const out = fs.createWriteStream(file);
  await new Promise<void>((resolve, reject) => {
    out.on('close', resolve).on('error', reject);
    if (gzip) pack.pipe(zlib.createGzip()).pipe(out);
    else pack.pipe(out);
  });
}
