import fs from 'node:fs';
import type { Readable } from 'node:stream';
import { finished } from 'node:stream/promises';
import zlib from 'node:zlib';
import type yauzlTypes from 'yauzl';
import { ErrorCodes, SeatideError } from '../../core/errors';
import type { Logger } from '../../core/logging/logger';
import type { ArchiveCodec, CompressCodec } from './file-options';
import { tarStream, yauzl } from './lazy-modules';

/** One readable unit of a source file: the file itself, or one member of an archive. */
export interface InputMember {
  /** The file path, or the member's name inside the archive. */
  readonly name: string;
  readonly stream: Readable;
}

export interface MemberOptions {
  readonly archive: ArchiveCodec;
  readonly compress: CompressCodec;
  /** Archive members must end with one of these to be read (SeaTunnel's checkFileType); empty accepts all. */
  readonly suffixes: readonly string[];
  readonly logger?: Logger;
}

/**
 * Opens `file` and yields what to read from it: the file itself, or each regular member of a zip, tar or
 * tar.gz archive, one after the other; each stream is decompressed with `compress_codec` (gzip). A member
 * the caller leaves unread is drained before the next one is opened.
 */
export async function* openMembers(file: string, options: MemberOptions): AsyncIterable<InputMember> {
  const wrap = (m: InputMember): InputMember => ({ name: m.name, stream: decompress(m.stream, options.compress) });
  switch (options.archive) {
    case 'zip':
      for await (const m of zipMembers(file)) {
        if (!accepted(m.name, options)) {
          m.stream.resume();
          continue;
        }
        yield* handOver(wrap(m));
      }
      return;
    case 'tar':
    case 'tar_gz':
      for await (const m of tarMembers(file, options.archive === 'tar_gz')) {
        if (!accepted(m.name, options)) continue;
        yield* handOver(wrap(m));
      }
      return;
    default:
      yield* handOver(wrap({ name: file, stream: openFile(file) }));
  }
}

/** Yields one member; drains what the caller left unread, or closes it when the caller stopped early. */
async function* handOver(member: InputMember): AsyncIterable<InputMember> {
  let done = false;
  try {
    yield member;
    done = true;
  } finally {
    if (!done) member.stream.destroy();
  }
  await drain(member.stream);
}

/** A read stream whose open error names the file (COMMON-01). */
export function openFile(file: string): Readable {
  const stream = fs.createReadStream(file, { highWaterMark: 256 * 1024 });
  return stream.on('error', (e) => stream.destroy(fileError('read', file, e)));
}

export function fileError(operation: string, file: string, cause: unknown): SeatideError {
  if (cause instanceof SeatideError) return cause;
  return new SeatideError(ErrorCodes.FILE_OPERATION, `LocalFile ${operation} file '${file}' failed: ${(cause as Error)?.message ?? String(cause)}`, {
    cause,
    details: { file },
  });
}

function accepted(name: string, options: MemberOptions): boolean {
  if (options.suffixes.length === 0 || options.suffixes.some((s) => name.endsWith(s))) return true;
  options.logger?.warn(`The ${name} file format is incorrect. Please check the format in the compressed file.`);
  return false;
}

function decompress(stream: Readable, codec: CompressCodec): Readable {
  if (codec !== 'gzip') return stream;
  const gunzip = zlib.createGunzip();
  stream.on('error', (e) => gunzip.destroy(e));
  return stream.pipe(gunzip);
}

async function drain(stream: Readable): Promise<void> {
  if (stream.readableEnded || stream.destroyed) return;
  stream.resume();
  await finished(stream).catch(() => undefined);
}

async function* zipMembers(file: string): AsyncIterable<InputMember> {
  const zip = await new Promise<yauzlTypes.ZipFile>((resolve, reject) =>
    yauzl().open(file, { lazyEntries: true, autoClose: false }, (err, z) => (err || !z ? reject(fileError('unzip', file, err)) : resolve(z))),
  );
  try {
    for (;;) {
      const entry = await nextZipEntry(zip, file);
      if (!entry) return;
      if (entry.fileName.endsWith('/')) continue;
      const stream = await new Promise<Readable>((resolve, reject) =>
        zip.openReadStream(entry, (err, s) => (err || !s ? reject(fileError('unzip', `${file}!${entry.fileName}`, err)) : resolve(s))),
      );
      yield { name: entry.fileName, stream };
      await drain(stream);
    }
  } finally {
    zip.close();
  }
}

function nextZipEntry(zip: yauzlTypes.ZipFile, file: string): Promise<yauzlTypes.Entry | undefined> {
  return new Promise((resolve, reject) => {
    const done = () => {
      zip.off('entry', onEntry);
      zip.off('end', onEnd);
      zip.off('error', onError);
    };
    const onEntry = (e: yauzlTypes.Entry) => (done(), resolve(e));
    const onEnd = () => (done(), resolve(undefined));
    const onError = (e: Error) => (done(), reject(fileError('unzip', file, e)));
    zip.on('entry', onEntry).on('end', onEnd).on('error', onError);
    zip.readEntry();
  });
}

async function* tarMembers(file: string, gzip: boolean): AsyncIterable<InputMember> {
  const extract = tarStream().extract();
  const source = openFile(file);
  const fail = (e: Error) => extract.destroy(fileError(gzip ? 'untar (tar.gz)' : 'untar', file, e));
  source.on('error', fail);
  if (gzip) {
    const gunzip = zlib.createGunzip().on('error', fail);
    source.pipe(gunzip).pipe(extract);
  } else {
    source.pipe(extract);
  }
  try {
    for await (const entry of extract) {
      const stream = entry as unknown as Readable;
      const type = entry.header.type;
      if (type !== 'file' && type !== 'contiguous-file') {
        stream.resume();
        continue;
      }
      yield { name: entry.header.name, stream };
      await drain(stream);
    }
  } catch (e) {
    throw fileError(gzip ? 'untar (tar.gz)' : 'untar', file, e);
  } finally {
    source.destroy();
  }
}
