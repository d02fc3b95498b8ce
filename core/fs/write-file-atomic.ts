import fs from 'node:fs/promises';
import path from 'node:path';

/** Two writes of one file may overlap (a job's end and a shutdown): each gets its own temp file. */
let writes = 0;

/**
 * Writes `text` to `target` so that a crash leaves either the old file or the new one, never a part: a temp
 * file beside it, fsynced, renamed over the target, and the directory fsynced so the rename itself survives.
 */
export async function writeFileAtomic(target: string, text: string): Promise<void> {
  const dir = path.dirname(target);
  await fs.mkdir(dir, { recursive: true });
  const tmp = `${target}.${process.pid}.${++writes}.tmp`;
  const handle = await fs.open(tmp, 'w');
  try {
    await handle.writeFile(text);
    await handle.sync();
  } finally {
    await handle.close();
  }
  await fs.rename(tmp, target);
  await syncDirectory(dir);
}

async function syncDirectory(dir: string): Promise<void> {
  let handle: fs.FileHandle | undefined;
  try {
    handle = await fs.open(dir, 'r');
    await handle.sync();
  } catch {
    // Some platforms (Windows) cannot open or fsync a directory; the rename is still atomic there.
  } finally {
    await handle?.close();
  }
}
