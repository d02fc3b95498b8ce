import { ErrorCodes, SeatideError } from '../../core/errors';
import { iconv } from './lazy-modules';

/**
 * Splits decoded text into lines as Java's BufferedReader does: `\n`, `\r\n` and a lone `\r` end a line,
 * the last line needs no terminator, and a terminator at the very end adds no empty line.
 */
export class LineSplitter {
  private rest = '';
  private skipLineFeed = false;

  /** The lines completed by `text`. */
  push(text: string): string[] {
    let s = this.rest + text;
    if (this.skipLineFeed && s.length > 0) {
      if (s.charCodeAt(0) === 10) s = s.slice(1);
      this.skipLineFeed = false;
    }
    const parts = s.includes('\r') ? s.split(/\r\n|\r|\n/) : s.split('\n');
    this.rest = parts.pop() ?? '';
    // A chunk ending in \r may be the first half of \r\n: drop a \n that starts the next chunk.
    if (s.endsWith('\r')) this.skipLineFeed = true;
    return parts;
  }

  /** The unterminated last line, if any. */
  end(): string[] {
    const last = this.rest;
    this.rest = '';
    return last === '' ? [] : [last];
  }
}

const isUtf8 = (encoding: string): boolean => /^utf-?8$/i.test(encoding);

/** Checks that the charset is known (UTF-8, or one iconv-lite has); throws COMMON-08 naming it. */
export function checkEncoding(encoding: string, option = 'encoding'): string {
  if (!isUtf8(encoding) && !iconv().encodingExists(encoding)) {
    throw new SeatideError(ErrorCodes.UNSUPPORTED_ENCODING, `unsupported encoding '${encoding}' (option '${option}')`, { details: { option } });
  }
  return encoding;
}

export interface ChunkDecoder {
  write(chunk: Buffer): string;
  end(): string | undefined;
}

/** A decoder that keeps characters split across chunks whole: the built-in one for UTF-8, iconv-lite's for others. */
export function textDecoder(encoding: string): ChunkDecoder {
  if (!isUtf8(encoding)) return iconv().getDecoder(encoding);
  const d = new TextDecoder('utf-8');
  return { write: (chunk) => d.decode(chunk, { stream: true }), end: () => d.decode() };
}

/** Decodes a byte stream with `encoding` and yields its lines in arrays (one array per chunk read). */
export async function* readLines(bytes: AsyncIterable<Buffer | Uint8Array>, encoding: string): AsyncIterable<string[]> {
  const decoder = textDecoder(encoding);
  const splitter = new LineSplitter();
  for await (const chunk of bytes) {
    const text = decoder.write(Buffer.isBuffer(chunk) ? chunk : Buffer.from(chunk.buffer, chunk.byteOffset, chunk.byteLength));
    if (text.length === 0) continue;
    const lines = splitter.push(text);
    if (lines.length > 0) yield lines;
  }
  const tail = decoder.end();
  const lines = tail ? splitter.push(tail) : [];
  lines.push(...splitter.end());
  if (lines.length > 0) yield lines;
}
