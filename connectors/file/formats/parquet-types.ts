import type { SchemaElement, SchemaTree } from './hyparquet-api';
import { ErrorCodes, SeatideError } from '../../../core/errors';
import { type DataType, Types, arrayType, decimalType, mapType, rowType, typeToString } from '../../../core/types/data-type';

/**
 * Parquet schema <-> SeaTunnel types, as SeaTunnel's ParquetReadStrategy / ParquetWriteStrategy map them:
 * INT32 (INT_8 tinyint, INT_16 smallint, DATE), INT64 (TIMESTAMP_* timestamp), INT96 timestamp, BINARY
 * (annotated: string, else bytes), FIXED_LEN_BYTE_ARRAY decimals, LIST arrays, MAP maps, groups rows.
 */

/** The SeaTunnel type of a parquet schema node; throws COMMON-17 naming the column for what has none. */
export function parquetToType(node: SchemaTree, column: string): DataType {
  const e = node.element;
  if (!node.children.length && e.type) return primitiveType(e, column);
  const ct = e.converted_type;
  const lt = e.logical_type?.type;
  if (ct === 'LIST' || lt === 'LIST') {
    const repeated = node.children[0];
    // 3-level lists wrap the element in a repeated group; 2-level lists repeat the element itself.
    const element = repeated.children.length === 1 && !repeated.element.type ? repeated.children[0] : repeated;
    return arrayType(parquetToType(element, column));
  }
  if (ct === 'MAP' || ct === 'MAP_KEY_VALUE' || lt === 'MAP') {
    const kv = node.children[0];
    return mapType(parquetToType(kv.children[0], column), parquetToType(kv.children[1], column));
  }
  return rowType(
    node.children.map((c) => c.element.name),
    node.children.map((c) => parquetToType(c, column)),
  );
}

function primitiveType(e: SchemaElement, column: string): DataType {
  const ct = e.converted_type;
  const lt = e.logical_type;
  if (ct === 'DECIMAL' || lt?.type === 'DECIMAL') return decimalType(e.precision ?? 38, e.scale ?? 0);
  switch (e.type) {
    case 'BOOLEAN':
      return Types.BOOLEAN;
    case 'INT32':
      if (ct === 'INT_8') return Types.TINYINT;
      if (ct === 'INT_16' || ct === 'UINT_8') return Types.SMALLINT;
      if (ct === 'UINT_16') return Types.INT;
      if (ct === 'UINT_32') return Types.BIGINT;
      if (ct === 'DATE' || lt?.type === 'DATE') return Types.DATE;
      if (ct === 'TIME_MILLIS' || lt?.type === 'TIME') return Types.TIME;
      if (lt?.type === 'INTEGER') return lt.bitWidth === 8 ? Types.TINYINT : lt.bitWidth === 16 ? Types.SMALLINT : Types.INT;
      return Types.INT;
    case 'INT64':
      if (ct === 'TIMESTAMP_MILLIS' || ct === 'TIMESTAMP_MICROS' || lt?.type === 'TIMESTAMP') return Types.TIMESTAMP;
      if (ct === 'TIME_MICROS' || lt?.type === 'TIME') return Types.TIME;
      if (ct === 'UINT_64') return decimalType(20, 0);
      return Types.BIGINT;
    case 'INT96':
      return Types.TIMESTAMP;
    case 'FLOAT':
      return Types.FLOAT;
    case 'DOUBLE':
      return Types.DOUBLE;
    case 'BYTE_ARRAY':
      return ct || lt ? Types.STRING : Types.BYTES;
    case 'FIXED_LEN_BYTE_ARRAY':
      return lt?.type === 'UUID' ? Types.STRING : Types.BYTES;
    default:
      throw new SeatideError(ErrorCodes.UNSUPPORTED_DATA_TYPE, `Parquet type '${e.type}' of column '${column}' has no SeaTunnel type`, {
        details: { field: column },
      });
  }
}

/** Bytes of a FIXED_LEN_BYTE_ARRAY decimal of `precision` digits (as parquet-avro sizes them). */
export function decimalBytes(precision: number): number {
  return Math.ceil((Math.log(10 ** precision - 1) / Math.log(2) + 1) / 8);
}

/** The parquet schema elements (depth first) of one column of SeaTunnel type `type`. */
export function typeToParquet(name: string, type: DataType): SchemaElement[] {
  const optional = 'OPTIONAL' as const;
  switch (type.kind) {
    case 'STRING':
      return [{ name, type: 'BYTE_ARRAY', converted_type: 'UTF8', logical_type: { type: 'STRING' }, repetition_type: optional }];
    case 'BOOLEAN':
      return [{ name, type: 'BOOLEAN', repetition_type: optional }];
    case 'TINYINT':
      return [{ name, type: 'INT32', converted_type: 'INT_8', repetition_type: optional }];
    case 'SMALLINT':
      return [{ name, type: 'INT32', converted_type: 'INT_16', repetition_type: optional }];
    case 'INT':
      return [{ name, type: 'INT32', repetition_type: optional }];
    case 'DATE':
      return [{ name, type: 'INT32', converted_type: 'DATE', logical_type: { type: 'DATE' }, repetition_type: optional }];
    case 'BIGINT':
      return [{ name, type: 'INT64', repetition_type: optional }];
    case 'TIMESTAMP':
      return [{ name, type: 'INT64', converted_type: 'TIMESTAMP_MILLIS', repetition_type: optional }];
    case 'FLOAT':
      return [{ name, type: 'FLOAT', repetition_type: optional }];
    case 'DOUBLE':
      return [{ name, type: 'DOUBLE', repetition_type: optional }];
    case 'DECIMAL':
      return [
        {
          name,
          type: 'FIXED_LEN_BYTE_ARRAY',
          type_length: decimalBytes(type.precision),
          converted_type: 'DECIMAL',
          precision: type.precision,
          scale: type.scale,
          repetition_type: optional,
        },
      ];
    case 'BYTES':
      return [{ name, type: 'BYTE_ARRAY', repetition_type: optional }];
    case 'ARRAY':
      return [
        { name, converted_type: 'LIST', repetition_type: optional, num_children: 1 },
        { name: 'list', repetition_type: 'REPEATED', num_children: 1 },
        ...typeToParquet('element', type.element),
      ];
    case 'MAP': {
      const key = typeToParquet('key', type.key);
      key[0] = { ...key[0], repetition_type: 'REQUIRED' };
      return [
        { name, converted_type: 'MAP', repetition_type: optional, num_children: 1 },
        { name: 'key_value', converted_type: 'MAP_KEY_VALUE', repetition_type: 'REPEATED', num_children: 2 },
        ...key,
        ...typeToParquet('value', type.value),
      ];
    }
    case 'ROW':
      return [
        { name, repetition_type: optional, num_children: type.names.length },
        ...type.names.flatMap((n, i) => typeToParquet(n, type.types[i])),
      ];
    default:
      throw new SeatideError(
        ErrorCodes.UNSUPPORTED_DATA_TYPE,
        `SeaTunnel file connector is not supported for this data type [${typeToString(type)}] of column '${name}' in parquet`,
        { details: { field: name } },
      );
  }
}
