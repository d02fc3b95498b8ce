import { promises as fsp } from 'node:fs';
import path from 'node:path';
import { fileError } from './input-members';

/** What a writer hands over for one table at a checkpoint: its transaction directory and the files to move. */
export interface FileCommitInfo {
  readonly transactionDir: string;
  /** [file in the transaction directory, its final place under `path`]. */
  readonly moves: readonly (readonly [string, string])[];
  /** Where empty directories stop being removed after the transaction (`<tmp_path>/seatunnel`). */
  readonly tmpRoot: string;
}

/** The commit infos inside what writers returned from prepareCommit (each a list, one per table). */
export function flattenInfos(infos: readonly unknown[]): FileCommitInfo[] {
  return infos.flatMap((i) => (Array.isArray(i) ? i : [i])).filter((i): i is FileCommitInfo => !!i && typeof i === 'object' && 'moves' in i);
}

/**
 * Moves every prepared file into place, then deletes the transaction directories. Idempotent: a file
 * already moved (no longer in the transaction directory) is skipped, so a repeated commit is harmless.
 */
export async function commitFiles(infos: readonly FileCommitInfo[]): Promise<void> {
  for (const info of infos) {
    for (const [from, to] of info.moves) await moveFile(from, to);
    await removeTransaction(info.transactionDir, info.tmpRoot);
  }
}

/** Undoes commits (moves files back when they were moved) and deletes the transaction directories. */
export async function abortFiles(infos: readonly FileCommitInfo[]): Promise<void> {
  for (const info of infos) {
    for (const [from, to] of info.moves) {
      if ((await exists(to)) && !(await exists(from))) await moveFile(to, from);
    }
    await removeTransaction(info.transactionDir, info.tmpRoot);
  }
}

/** Deletes a transaction directory and its parents up to `tmpRoot` while they are empty. */
export async function removeTransaction(dir: string, tmpRoot: string): Promise<void> {
  await fsp.rm(dir, { recursive: true, force: true });
  let parent = path.dirname(dir);
  const stop = path.resolve(tmpRoot);
  while (path.resolve(parent).startsWith(stop) && path.resolve(parent) !== stop) {
    try {
      await fsp.rmdir(parent);
    } catch {
      return;
    }
    parent = path.dirname(parent);
  }
}

async function exists(p: string): Promise<boolean> {
  return fsp.access(p).then(
    () => true,
    () => false,
  );
}

async function moveFile(from: string, to: string): Promise<void> {
  if (!(await exists(from))) return;
  try {
    await fsp.mkdir(path.dirname(to), { recursive: true });
    await fsp.rename(from, to);
  } catch (e) {
    if ((e as NodeJS.ErrnoException).code !== 'EXDEV') throw fileError('move', `${from} -> ${to}`, e);
    // Another file system: copy, then drop the original.
    try {
      await fsp.copyFile(from, to);
      await fsp.unlink(from);
    } catch (e2) {
      throw fileError('move', `${from} -> ${to}`, e2);
    }
  }
}
