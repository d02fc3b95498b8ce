/**
 * SeaTunnel's type system (SqlType) as a discriminated union. Values of each type at run time:
 * STRING string · BOOLEAN boolean · TINYINT/SMALLINT/INT number · BIGINT bigint · FLOAT/DOUBLE number ·
 * DECIMAL Decimal · NULL null · BYTES Uint8Array · DATE LocalDate · TIME LocalTime · TIMESTAMP LocalDateTime ·
 * ARRAY unknown[] · MAP Map · ROW SeaTunnelRow · vectors Uint8Array (sparse: Map<number, number>).
 * Any field may hold null.
 */
export type SimpleKind =
  | 'STRING' | 'BOOLEAN' | 'TINYINT' | 'SMALLINT' | 'INT' | 'BIGINT' | 'FLOAT' | 'DOUBLE' | 'NULL' | 'BYTES'
  | 'DATE' | 'TIME' | 'TIMESTAMP'
  | 'FLOAT_VECTOR' | 'FLOAT16_VECTOR' | 'BFLOAT16_VECTOR' | 'BINARY_VECTOR' | 'SPARSE_FLOAT_VECTOR';

export interface SimpleType { readonly kind: SimpleKind }
export interface DecimalType { readonly kind: 'DECIMAL'; readonly precision: number; readonly scale: number }
export interface ArrayType { readonly kind: 'ARRAY'; readonly element: DataType }
export interface MapType { readonly kind: 'MAP'; readonly key: DataType; readonly value: DataType }
export interface RowType { readonly kind: 'ROW'; readonly names: readonly string[]; readonly types: readonly DataType[] }

export type DataType = SimpleType | DecimalType | ArrayType | MapType | RowType;
export type TypeKind = DataType['kind'];

const simple = (kind: SimpleKind): SimpleType => Object.freeze({ kind });

/** Shared instances of the simple types, so `type === Types.INT` style checks stay cheap. */
export const Types = Object.freeze({
  STRING: simple('STRING'),
  BOOLEAN: simple('BOOLEAN'),
  TINYINT: simple('TINYINT'),
  SMALLINT: simple('SMALLINT'),
  INT: simple('INT'),
  BIGINT: simple('BIGINT'),
  FLOAT: simple('FLOAT'),
  DOUBLE: simple('DOUBLE'),
  NULL: simple('NULL'),
  BYTES: simple('BYTES'),
  DATE: simple('DATE'),
  TIME: simple('TIME'),
  TIMESTAMP: simple('TIMESTAMP'),
  FLOAT_VECTOR: simple('FLOAT_VECTOR'),
  FLOAT16_VECTOR: simple('FLOAT16_VECTOR'),
  BFLOAT16_VECTOR: simple('BFLOAT16_VECTOR'),
  BINARY_VECTOR: simple('BINARY_VECTOR'),
  SPARSE_FLOAT_VECTOR: simple('SPARSE_FLOAT_VECTOR'),
});

export const decimalType = (precision: number, scale: number): DecimalType => Object.freeze({ kind: 'DECIMAL', precision, scale });
export const arrayType = (element: DataType): ArrayType => Object.freeze({ kind: 'ARRAY', element });
export const mapType = (key: DataType, value: DataType): MapType => Object.freeze({ kind: 'MAP', key, value });
export const rowType = (names: readonly string[], types: readonly DataType[]): RowType =>
  Object.freeze({ kind: 'ROW', names: Object.freeze([...names]), types: Object.freeze([...types]) });

export const isNumericKind = (k: TypeKind): boolean =>
  k === 'TINYINT' || k === 'SMALLINT' || k === 'INT' || k === 'BIGINT' || k === 'FLOAT' || k === 'DOUBLE' || k === 'DECIMAL';

/** Type equality as SeaTunnel defines it: decimals by (p,s), arrays by element, maps by key+value, rows by names+types. */
export function sameType(a: DataType, b: DataType): boolean {
  if (a === b) return true;
  if (a.kind !== b.kind) return false;
  switch (a.kind) {
    case 'DECIMAL': return a.precision === (b as DecimalType).precision && a.scale === (b as DecimalType).scale;
    case 'ARRAY': return sameType(a.element, (b as ArrayType).element);
    case 'MAP': return sameType(a.key, (b as MapType).key) && sameType(a.value, (b as MapType).value);
    case 'ROW': {
      const r = b as RowType;
      return a.names.length === r.names.length && a.names.every((n, i) => n === r.names[i] && sameType(a.types[i], r.types[i]));
    }
    default: return true;
  }
}

/** SeaTunnel's toString of a type: `STRING`, `Decimal(10, 2)`, `ARRAY<INT>`, `Map<STRING, INT>`, `ROW<a INT,b STRING>`. */
export function typeToString(t: DataType): string {
  switch (t.kind) {
    case 'DECIMAL': return `Decimal(${t.precision}, ${t.scale})`;
    case 'ARRAY': return `ARRAY<${typeToString(t.element)}>`;
    case 'MAP': return `Map<${typeToString(t.key)}, ${typeToString(t.value)}>`;
    case 'ROW': return `ROW<${t.names.map((n, i) => `${n} ${typeToString(t.types[i])}`).join(',')}>`;
    default: return t.kind;
  }
}

/** The type as a config type string that parses back to the same type (`decimal(10, 2)`, `map<string, int>`). */
export function typeToConfigString(t: DataType): string {
  switch (t.kind) {
    case 'DECIMAL': return `decimal(${t.precision}, ${t.scale})`;
    case 'ARRAY': return `array<${typeToConfigString(t.element)}>`;
    case 'MAP': return `map<${typeToConfigString(t.key)}, ${typeToConfigString(t.value)}>`;
    case 'ROW': return `{${t.names.map((n, i) => `${JSON.stringify(n)} = ${JSON.stringify(typeToConfigString(t.types[i]))}`).join(', ')}}`;
    default: return t.kind.toLowerCase();
  }
}
