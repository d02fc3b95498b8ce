import path from 'node:path';
import { SeatideError } from '../../../core/errors';
import { type RowType, Types, rowType } from '../../../core/types/data-type';
import { SeaTunnelRow } from '../../../core/types/row';
import { fileError, openFile } from '../input-members';
import { BATCH_ROWS, type FormatReader } from '../read-plan';

/** The fixed row type of the binary format: a chunk of bytes, the file's path relative to `path`, the chunk's index. */
export const BINARY_ROW_TYPE: RowType = rowType(['data', 'relativePath', 'partIndex'], [Types.BYTES, Types.STRING, Types.BIGINT]);

export const BINARY_CHUNK = 1024;

/**
 * Reads any file as SeaTunnel's BinaryReadStrategy: 1024-byte chunks (the last one shorter), each a row
 * (data, relativePath, partIndex), so that a binary sink can put the file back together.
 */
export const readBinaryFile: FormatReader = async function* (plan, file, tail) {
  const base = path.resolve(plan.options.basePath);
  const relativePath = base === path.resolve(file) ? path.basename(file) : path.relative(base, file);
  let partIndex = 0n;
  let pending: Buffer = Buffer.alloc(0);
  let batch: SeaTunnelRow[] = [];
  const emit = (bytes: Buffer) => {
    const fields: unknown[] = [new Uint8Array(bytes), relativePath, partIndex++, ...tail];
    batch.push(new SeaTunnelRow(fields, undefined, plan.tableId));
  };
  try {
    for await (const chunk of openFile(file)) {
      pending = pending.length ? Buffer.concat([pending, chunk as Buffer]) : (chunk as Buffer);
      let offset = 0;
      while (pending.length - offset >= BINARY_CHUNK) {
        emit(Buffer.from(pending.subarray(offset, offset + BINARY_CHUNK)));
        offset += BINARY_CHUNK;
      }
      pending = pending.subarray(offset);
      if (batch.length >= BATCH_ROWS) {
        yield batch;
        batch = [];
      }
    }
  } catch (e) {
    throw e instanceof SeatideError ? e : fileError('read', file, e);
  }
  if (pending.length > 0) emit(Buffer.from(pending));
  if (batch.length > 0) yield batch;
};
