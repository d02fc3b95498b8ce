/**
 * The parts of hyparquet / hyparquet-writer (ES modules, loaded lazily with import()) that the parquet
 * format uses, typed locally so that CommonJS code and its test loader need no ESM type imports.
 */

export type ParquetType = 'BOOLEAN' | 'INT32' | 'INT64' | 'INT96' | 'FLOAT' | 'DOUBLE' | 'BYTE_ARRAY' | 'FIXED_LEN_BYTE_ARRAY';

export interface SchemaElement {
  type?: ParquetType;
  type_length?: number;
  repetition_type?: 'REQUIRED' | 'OPTIONAL' | 'REPEATED';
  name: string;
  num_children?: number;
  converted_type?: string;
  scale?: number;
  precision?: number;
  logical_type?: { type: string; bitWidth?: number; isSigned?: boolean; unit?: string };
}

export interface SchemaTree {
  children: SchemaTree[];
  element: SchemaElement;
}

export interface FileMetaData {
  schema: SchemaElement[];
  row_groups: { num_rows: bigint | number }[];
}

export interface AsyncBuffer {
  byteLength: number;
  slice(start: number, end?: number): Promise<ArrayBuffer> | ArrayBuffer;
}

export interface HyparquetApi {
  asyncBufferFromFile(file: string): Promise<AsyncBuffer>;
  parquetMetadataAsync(file: AsyncBuffer): Promise<FileMetaData>;
  parquetSchema(metadata: FileMetaData): SchemaTree;
  parquetReadObjects(options: {
    file: AsyncBuffer;
    metadata?: FileMetaData;
    columns?: string[];
    rowStart?: number;
    rowEnd?: number;
    utf8?: boolean;
    parsers?: Record<string, (v: never) => unknown>;
    compressors?: Record<string, unknown>;
  }): Promise<Record<string, unknown>[]>;
}

export interface ParquetFileWriter {
  write(options: { columnData: { name: string; data: unknown[] }[]; rowGroupSize?: number }): void;
  finish(): void;
}

export interface HyparquetWriterApi {
  fileWriter(file: string): unknown;
  ParquetWriter: new (options: {
    writer: unknown;
    schema: SchemaElement[];
    codec?: string;
    compressors?: Record<string, (input: Uint8Array) => Uint8Array>;
    createdBy?: string;
  }) => ParquetFileWriter;
}

let reader: Promise<[HyparquetApi, Record<string, unknown>]> | undefined;
let writer: Promise<HyparquetWriterApi> | undefined;

/** hyparquet and its decompressors (snappy, gzip, brotli, zstd, lz4), loaded once. */
export function loadHyparquet(): Promise<[HyparquetApi, Record<string, unknown>]> {
  reader ??= Promise.all([
    import('hyparquet') as Promise<unknown> as Promise<HyparquetApi>,
    (import('hyparquet-compressors') as Promise<unknown> as Promise<{ compressors: Record<string, unknown> }>).then((m) => m.compressors),
  ]);
  return reader;
}

export function loadHyparquetWriter(): Promise<HyparquetWriterApi> {
  writer ??= import('hyparquet-writer') as Promise<unknown> as Promise<HyparquetWriterApi>;
  return writer;
}
