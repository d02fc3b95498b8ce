import fs from 'node:fs';
import path from 'node:path';
import { finished } from 'node:stream/promises';
import { ErrorCodes, SeatideError } from '../../../core/errors';
import { fileError } from '../input-members';

/**
 * Puts files read by the binary format back together (SeaTunnel's BinaryWriteStrategy): rows of one file
 * arrive in `partIndex` order and their bytes are appended to `<dir>/<relativePath>`.
 */
export class BinaryFileWriter {
  private readonly streams = new Map<string, { stream: fs.WriteStream; last: bigint }>();

  constructor(private readonly dir: string) {}

  /** The files written so far, by relative path. */
  get files(): string[] {
    return [...this.streams.keys()];
  }

  async write(data: Uint8Array, relativePath: string, partIndex: bigint): Promise<void> {
    let entry = this.streams.get(relativePath);
    const file = path.join(this.dir, relativePath);
    if (!entry) {
      fs.mkdirSync(path.dirname(file), { recursive: true });
      entry = { stream: fs.createWriteStream(file), last: -1n };
      entry.stream.on('error', () => undefined);
      this.streams.set(relativePath, entry);
    }
    if (partIndex - 1n !== entry.last) {
      throw new SeatideError(ErrorCodes.SINK_WRITE, `Binary file '${relativePath}': last order is ${entry.last}, but get ${partIndex}`, { details: { file } });
    }
    entry.last = partIndex;
    if (!entry.stream.write(data)) await new Promise<void>((resolve) => entry.stream.once('drain', resolve));
  }

  async close(): Promise<void> {
    for (const [rel, { stream }] of this.streams) {
      stream.end();
      try {
        await finished(stream);
      } catch (e) {
        throw fileError('write', path.join(this.dir, rel), e);
      }
    }
  }
}
