import { promises as fsp } from 'node:fs';
import path from 'node:path';
import { ErrorCodes, SeatideError } from '../../core/errors';

export interface ListOptions {
  /** A file's name must match this regex whole (`file_filter_pattern`). */
  readonly pattern?: RegExp;
  /** A file's path must contain one of these (`read_partitions`); empty means all. */
  readonly readPartitions?: readonly string[];
}

/**
 * The files under `root` (or `root` itself when it is a file), recursively and sorted by path, skipping
 * empty files, hidden files (`.name`) and Hadoop's `_SUCCESS` markers, as SeaTunnel's getFileNamesByPath.
 * A root that does not exist fails with COMMON-01 naming it.
 */
export async function listFiles(root: string, options: ListOptions = {}): Promise<string[]> {
  let stat;
  try {
    stat = await fsp.stat(root);
  } catch (e) {
    throw new SeatideError(ErrorCodes.FILE_OPERATION, `Get file list from this path [${root}] failed: ${(e as Error).message}`, {
      cause: e,
      details: { file: root, option: 'path' },
    });
  }
  const out: string[] = [];
  if (stat.isFile()) {
    if (accept(root, stat.size, options)) out.push(root);
    return out;
  }
  await walk(root, options, out);
  return out;
}

async function walk(dir: string, options: ListOptions, out: string[]): Promise<void> {
  let entries;
  try {
    entries = await fsp.readdir(dir, { withFileTypes: true });
  } catch (e) {
    throw new SeatideError(ErrorCodes.FILE_OPERATION, `Get file list from this path [${dir}] failed: ${(e as Error).message}`, { cause: e, details: { file: dir } });
  }
  entries.sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0));
  for (const e of entries) {
    const full = path.join(dir, e.name);
    if (e.isDirectory()) {
      await walk(full, options, out);
      continue;
    }
    // Symlinks and the like: follow them to decide.
    const stat = e.isFile() ? await fsp.stat(full) : await fsp.stat(full).catch(() => undefined);
    if (!stat) continue;
    if (stat.isDirectory()) await walk(full, options, out);
    else if (stat.isFile() && accept(full, stat.size, options)) out.push(full);
  }
}

function accept(file: string, size: number, options: ListOptions): boolean {
  const name = path.basename(file);
  if (size <= 0 || name === '_SUCCESS' || name.startsWith('.')) return false;
  if (options.pattern && !options.pattern.test(name)) return false;
  const partitions = options.readPartitions ?? [];
  return partitions.length === 0 || partitions.some((p) => file.includes(p));
}

/** `file_filter_pattern` as a whole-name regex; throws API-02 naming the option when it does not compile. */
export function filterPattern(text: string | undefined): RegExp | undefined {
  if (text === undefined || text === '') return undefined;
  try {
    return new RegExp(`^(?:${text})$`, 'u');
  } catch (e) {
    throw new SeatideError(ErrorCodes.OPTION_VALIDATE, `option 'file_filter_pattern' is not a valid regex: ${(e as Error).message}`, {
      cause: e,
      details: { option: 'file_filter_pattern' },
    });
  }
}
