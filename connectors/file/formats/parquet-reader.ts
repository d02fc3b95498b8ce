import { promises as fsp } from 'node:fs';
import { ErrorCodes, SeatideError } from '../../../core/errors';
import { type DataType, type RowType, rowType } from '../../../core/types/data-type';
import { convertValue } from '../../../core/types/convert-value';
import { Decimal } from '../../../core/types/decimal';
import { SeaTunnelRow } from '../../../core/types/row';
import { LocalDate, LocalTime } from '../../../core/types/temporal';
import { fileError } from '../input-members';
import { BATCH_ROWS, type FormatReader, emittedPositions, parseError } from '../read-plan';
import { type AsyncBuffer, type FileMetaData, type SchemaTree, loadHyparquet } from './hyparquet-api';
import { parquetToType } from './parquet-types';
import { localFromEpochMillis } from './zone-time';


const decoder = new TextDecoder();
const PARQUET_MAGIC = 'PAR1';

/** Dates and timestamps straight into the runtime's types (local zone, as SeaTunnel's JVM default zone). */
const PARSERS = {
  dateFromDays: (days: number) => LocalDate.ofEpochDay(days),
  timestampFromMilliseconds: (ms: bigint | number) => localFromEpochMillis(Number(ms)),
  timestampFromMicroseconds: (us: bigint | number) => {
    const v = BigInt(us);
    const ms = v / 1000n - (v % 1000n < 0n ? 1n : 0n);
    return localFromEpochMillis(Number(ms), Number(v - ms * 1000n) * 1000);
  },
  timestampFromNanoseconds: (ns: bigint | number) => {
    const v = BigInt(ns);
    const ms = v / 1_000_000n - (v % 1_000_000n < 0n ? 1n : 0n);
    return localFromEpochMillis(Number(ms), Number(v - ms * 1_000_000n));
  },
  jsonFromBytes: (bytes: Uint8Array) => bytes && decoder.decode(bytes),
};

interface OpenedParquet {
  readonly metadata: FileMetaData;
  readonly schema: SchemaTree;
  readonly buffer: AsyncBuffer;
}

async function openParquet(file: string): Promise<OpenedParquet> {
  const [hp] = await loadHyparquet();
  try {
    const handle = await fsp.open(file, 'r');
    const magic = Buffer.alloc(4);
    try {
      await handle.read(magic, 0, 4, 0);
    } finally {
      await handle.close();
    }
    if (magic.toString('latin1') !== PARQUET_MAGIC) {
      throw new SeatideError(ErrorCodes.FILE_OPERATION, `This file [${file}] is not a parquet file, please check the format of this file`, { details: { file } });
    }
    const buffer = await hp.asyncBufferFromFile(file);
    const metadata = await hp.parquetMetadataAsync(buffer);
    return { metadata, schema: hp.parquetSchema(metadata), buffer };
  } catch (e) {
    throw fileError('read', file, e);
  }
}

/** The columns of a parquet file as a row type (names as written), for a source without a schema. */
export async function parquetRowType(file: string): Promise<RowType> {
  const { schema } = await openParquet(file);
  return rowType(
    schema.children.map((c) => c.element.name),
    schema.children.map((c) => parquetToType(c, c.element.name)),
  );
}

/**
 * Reads a parquet file one row group at a time, as SeaTunnel's ParquetReadStrategy: columns by name
 * (the file's own types), decimals exact, timestamps in the local zone.
 */
export const readParquetFile: FormatReader = async function* (plan, file, tail) {
  const [hp, compressors] = await loadHyparquet();
  const { metadata, schema, buffer } = await openParquet(file);
  const positions = emittedPositions(plan);
  const names = positions.map((p) => plan.fileType.names[p]);
  const types = positions.map((p) => plan.fileType.types[p]);
  for (const n of names) {
    if (!schema.children.some((c) => c.element.name === n)) {
      throw new SeatideError(ErrorCodes.FILE_OPERATION, `Column '${n}' is not in parquet file '${file}'`, { details: { file, field: n } });
    }
  }
  const raw = withRawDecimals(metadata);
  let rowStart = 0;
  for (const group of metadata.row_groups) {
    const rowEnd = rowStart + Number(group.num_rows);
    let records: Record<string, unknown>[];
    try {
      records = (await hp.parquetReadObjects({
        file: buffer,
        metadata: raw,
        columns: names,
        rowStart,
        rowEnd,
        utf8: false,
        parsers: PARSERS as Record<string, (v: never) => unknown>,
        compressors,
      })) as Record<string, unknown>[];
    } catch (e) {
      throw fileError('read', file, e);
    }
    let batch: SeaTunnelRow[] = [];
    for (let r = 0; r < records.length; r++) {
      const record = records[r];
      const fields = new Array<unknown>(names.length + tail.length);
      for (let k = 0; k < names.length; k++) {
        try {
          fields[k] = fromParquet(record[names[k]], types[k], names[k]);
        } catch (e) {
          throw parseError(file, `row ${rowStart + r + 1}`, e, names[k]);
        }
      }
      for (let t = 0; t < tail.length; t++) fields[names.length + t] = tail[t];
      batch.push(new SeaTunnelRow(fields, undefined, plan.tableId));
      if (batch.length >= BATCH_ROWS) {
        yield batch;
        batch = [];
      }
    }
    if (batch.length > 0) yield batch;
    rowStart = rowEnd;
  }
};

/** A copy of the metadata whose decimal columns read as their raw unscaled values (hyparquet rounds them to doubles). */
function withRawDecimals(metadata: FileMetaData): FileMetaData {
  const schema = metadata.schema.map((e) =>
    e.converted_type === 'DECIMAL' || e.logical_type?.type === 'DECIMAL' ? { ...e, converted_type: undefined, logical_type: undefined } : e,
  );
  return { ...metadata, schema };
}

function unscaledOf(v: unknown): bigint {
  if (typeof v === 'bigint') return v;
  if (typeof v === 'number') return BigInt(v);
  const bytes = v as Uint8Array;
  let n = 0n;
  for (let i = 0; i < bytes.length; i++) n = (n << 8n) | BigInt(bytes[i]);
  // Two's complement, big-endian.
  if (bytes.length > 0 && bytes[0] & 0x80) n -= 1n << BigInt(bytes.length * 8);
  return n;
}

function fromParquet(v: unknown, type: DataType, field: string): unknown {
  if (v === null || v === undefined) return null;
  switch (type.kind) {
    case 'DECIMAL':
      return new Decimal(unscaledOf(v), type.scale);
    case 'BIGINT':
      return typeof v === 'bigint' ? v : BigInt(v as number);
    case 'TINYINT':
    case 'SMALLINT':
    case 'INT':
      return Number(v);
    case 'FLOAT':
    case 'DOUBLE':
      return Number(v);
    case 'STRING':
      return typeof v === 'string' ? v : v instanceof Uint8Array ? decoder.decode(v) : String(v);
    case 'BYTES':
      return v instanceof Uint8Array ? v : new TextEncoder().encode(String(v));
    case 'TIME':
      return typeof v === 'bigint' ? LocalTime.ofNanoOfDay(v * 1000n) : LocalTime.ofNanoOfDay(BigInt(v as number) * 1_000_000n);
    case 'ARRAY':
      return Array.from(v as ArrayLike<unknown>, (e) => fromParquet(e, type.element, field));
    case 'MAP': {
      const out = new Map<unknown, unknown>();
      const entries = v instanceof Map ? [...v.entries()] : Object.entries(v as Record<string, unknown>);
      for (const [k, x] of entries) {
        const key = typeof k === 'string' && type.key.kind !== 'STRING' ? convertValue(k, type.key, `${field}.key`) : fromParquet(k, type.key, field);
        out.set(key, fromParquet(x, type.value, field));
      }
      return out;
    }
    case 'ROW': {
      const record = v as Record<string, unknown>;
      return new SeaTunnelRow(type.names.map((n, i) => fromParquet(record[n], type.types[i], `${field}.${n}`)));
    }
    default:
      return v;
  }
}
