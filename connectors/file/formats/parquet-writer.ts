import fs from 'node:fs';
import path from 'node:path';
import zlib from 'node:zlib';
import { ErrorCodes, SeatideError } from '../../../core/errors';
import type { DataType } from '../../../core/types/data-type';
import type { Decimal } from '../../../core/types/decimal';
import type { SeaTunnelRow } from '../../../core/types/row';
import type { LocalDate, LocalDateTime, LocalTime } from '../../../core/types/temporal';
import type { CompressCodec } from '../file-options';
import { fileError } from '../input-members';
import type { FormatWriter, WriteSpec } from './format-writer';
import { type ParquetFileWriter, type SchemaElement, loadHyparquetWriter } from './hyparquet-api';
import { typeToParquet } from './parquet-types';
import { epochMillisOfLocal } from './zone-time';


const ROW_GROUP_ROWS = 100_000;

/** Parquet codecs the writer can produce, with Node's zlib for gzip and brotli. */
const CODECS: Partial<Record<CompressCodec, { codec: 'UNCOMPRESSED' | 'SNAPPY' | 'GZIP' | 'BROTLI'; compress?: (b: Uint8Array) => Uint8Array }>> = {
  none: { codec: 'UNCOMPRESSED' },
  snappy: { codec: 'SNAPPY' },
  gzip: { codec: 'GZIP', compress: (b) => zlib.gzipSync(b) },
  brotli: { codec: 'BROTLI', compress: (b) => zlib.brotliCompressSync(b) },
};

export const PARQUET_WRITE_CODECS = Object.keys(CODECS) as CompressCodec[];

/**
 * Writes a parquet file as SeaTunnel's ParquetWriteStrategy: top-level column names lower-cased, every
 * column optional, decimals as fixed-length bytes, timestamps as TIMESTAMP_MILLIS in the local zone,
 * arrays as LIST, maps as MAP, rows as groups. Rows are buffered into row groups of up to 100,000.
 */
export async function openParquetWriter(file: string, spec: WriteSpec): Promise<FormatWriter> {
  const codec = CODECS[spec.compress];
  if (!codec) {
    throw new SeatideError(ErrorCodes.OPTION_VALIDATE, `compress_codec '${spec.compress}' is not supported for parquet; use one of: ${PARQUET_WRITE_CODECS.join(', ')}`, {
      details: { option: 'compress_codec' },
    });
  }
  const names = spec.names.map((n) => n.toLowerCase());
  const schema: SchemaElement[] = [{ name: 'SeaTunnelRecord', num_children: names.length }, ...names.flatMap((n, i) => typeToParquet(n, spec.types[i]))];
  const hw = await loadHyparquetWriter();
  await fs.promises.mkdir(path.dirname(file), { recursive: true });
  let writer: ParquetFileWriter;
  try {
    writer = new hw.ParquetWriter({
      writer: hw.fileWriter(file),
      schema,
      codec: codec.codec,
      compressors: codec.compress ? { [codec.codec]: codec.compress } : undefined,
      createdBy: 'seatide',
    });
  } catch (e) {
    throw fileError('write', file, e);
  }
  let columns: unknown[][] = names.map(() => []);
  let buffered = 0;
  const flush = () => {
    if (buffered === 0) return;
    try {
      writer.write({ columnData: names.map((name, i) => ({ name, data: columns[i] })), rowGroupSize: buffered });
    } catch (e) {
      throw fileError('write', file, e);
    }
    columns = names.map(() => []);
    buffered = 0;
  };
  return {
    write(rows: readonly SeaTunnelRow[]) {
      for (const row of rows) {
        for (let i = 0; i < names.length; i++) columns[i].push(toParquet(row.fields[spec.positions[i]], spec.types[i]));
        if (++buffered >= ROW_GROUP_ROWS) flush();
      }
    },
    async close() {
      flush();
      try {
        writer.finish();
      } catch (e) {
        throw fileError('write', file, e);
      }
    },
  };
}

function toParquet(v: unknown, type: DataType): unknown {
  if (v === null || v === undefined) return null;
  switch (type.kind) {
    case 'DECIMAL':
      return (v as Decimal).setScale(type.scale).unscaled;
    case 'DATE':
      return (v as LocalDate).toEpochDay();
    case 'TIMESTAMP':
      return BigInt(epochMillisOfLocal(v as LocalDateTime));
    case 'TIME':
      return Number((v as LocalTime).toNanoOfDay() / 1_000_000n);
    case 'ARRAY':
      return (v as unknown[]).map((e) => toParquet(e, type.element));
    case 'MAP': {
      const out = new Map<unknown, unknown>();
      for (const [k, x] of v as Map<unknown, unknown>) out.set(toParquet(k, type.key), toParquet(x, type.value));
      return out;
    }
    case 'ROW': {
      const fields = (v as SeaTunnelRow).fields;
      const out: Record<string, unknown> = {};
      type.names.forEach((n, i) => {
        out[n] = toParquet(fields[i], type.types[i]);
      });
      return out;
    }
    default:
      return v;
  }
}
