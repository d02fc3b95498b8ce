import fs from 'node:fs';
import path from 'node:path';
import type { Writable } from 'node:stream';
import { finished } from 'node:stream/promises';
import zlib from 'node:zlib';
import type { CompressCodec } from '../file-options';
import { fileError } from '../input-members';
import { iconv } from '../lazy-modules';

const FLUSH_CHARS = 1 << 20;

/**
 * A text file being written: appended text is buffered, encoded with `encoding` (UTF-8, GBK, ...) and
 * optionally gzip-compressed; `flush` waits for the disk when the stream is backed up.
 */
export class TextFileOutput {
  private chunks: string[] = [];
  private size = 0;
  private readonly out: Writable;
  private readonly file: fs.WriteStream;
  private readonly utf8: boolean;
  private failure: Error | undefined;

  constructor(
    readonly path: string,
    private readonly encoding: string,
    compress: CompressCodec,
  ) {
    fs.mkdirSync(dirname(path), { recursive: true });
    this.file = fs.createWriteStream(path);
    this.file.on('error', (e) => (this.failure ??= fileError('write', path, e)));
    if (compress === 'gzip') {
      const gzip = zlib.createGzip();
      gzip.on('error', (e) => (this.failure ??= fileError('compress', path, e)));
      gzip.pipe(this.file);
      this.out = gzip;
    } else {
      this.out = this.file;
    }
    this.utf8 = /^utf-?8$/i.test(encoding);
  }

  append(text: string): void {
    this.chunks.push(text);
    this.size += text.length;
  }

  /** Hands buffered text to the stream once enough accumulated (or always with `force`). */
  async flush(force = false): Promise<void> {
    if (this.failure) throw this.failure;
    if (this.size === 0 || (!force && this.size < FLUSH_CHARS)) return;
    const text = this.chunks.join('');
    this.chunks = [];
    this.size = 0;
    const bytes = this.utf8 ? Buffer.from(text, 'utf8') : iconv().encode(text, this.encoding);
    if (!this.out.write(bytes)) await new Promise<void>((resolve) => this.out.once('drain', resolve));
    if (this.failure) throw this.failure;
  }

  /** Writes what is left and waits until the file is complete on disk. */
  async close(): Promise<void> {
    await this.flush(true);
    this.out.end();
    try {
      await finished(this.file);
    } catch (e) {
      throw this.failure ?? fileError('write', this.path, e);
    }
    if (this.failure) throw this.failure;
  }
}

const dirname = (p: string) => path.dirname(p);

/** Encodes text with a charset (for headers and non-streamed formats). */
export function encodeText(text: string, encoding: string): Buffer {
  return /^utf-?8$/i.test(encoding) ? Buffer.from(text, 'utf8') : iconv().encode(text, encoding);
}
