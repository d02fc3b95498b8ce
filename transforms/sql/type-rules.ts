import { type DataType, type TypeKind, Types, decimalType, sameType, typeToString } from '../../core/types/data-type';
import { isNumeric } from './sql-function';

/** SeaTunnel's numeric order (SqlType declaration order): a wider type comes later. */
const ORDER: readonly TypeKind[] = ['TINYINT', 'SMALLINT', 'INT', 'BIGINT', 'FLOAT', 'DOUBLE', 'DECIMAL'];

const mergeDecimals = (a: DataType, b: DataType): DataType => {
  const p = Math.max(a.kind === 'DECIMAL' ? a.precision : 0, b.kind === 'DECIMAL' ? b.precision : 0);
  const s = Math.max(a.kind === 'DECIMAL' ? a.scale : 0, b.kind === 'DECIMAL' ? b.scale : 0);
  return decimalType(p, s);
};

/**
 * The type both values fit (ZetaSQLType.getMaxType): NULL yields to the other side, equal types stay,
 * numbers widen (decimals to the larger precision and scale); anything else returns undefined.
 */
export function commonType(a: DataType, b: DataType): DataType | undefined {
  if (a.kind === 'NULL') return b;
  if (b.kind === 'NULL') return a;
  if (sameType(a, b)) return a;
  if (!isNumeric(a) || !isNumeric(b)) return undefined;
  if (a.kind === 'DECIMAL' || b.kind === 'DECIMAL') return mergeDecimals(a, b);
  return ORDER.indexOf(a.kind) >= ORDER.indexOf(b.kind) ? a : b;
}

/** commonType over a list; the message names the first pair that does not fit. */
export function commonTypeOf(types: readonly DataType[]): DataType | string {
  let result: DataType = Types.NULL;
  for (const t of types) {
    const next = commonType(result, t);
    if (!next) return `${typeToString(result)} type not compatible ${typeToString(t)}`;
    result = next;
  }
  return result;
}

const SMALL_INTS: readonly TypeKind[] = ['TINYINT', 'SMALLINT', 'INT'];

/**
 * Result type of `+ - * / %` (ZetaSQLType for BinaryExpression): small integers give INT, with a BIGINT
 * BIGINT, a DECIMAL on either side DECIMAL(max p, max s), FLOAT/DOUBLE DOUBLE. A NULL operand takes the
 * other side's type. Undefined when an operand is not a number.
 */
export function arithmeticType(a: DataType, b: DataType): DataType | undefined {
  if (a.kind === 'NULL' && b.kind === 'NULL') return Types.INT;
  if (a.kind === 'NULL') return arithmeticType(b, b);
  if (b.kind === 'NULL') return arithmeticType(a, a);
  if (!isNumeric(a) || !isNumeric(b)) return undefined;
  if (SMALL_INTS.includes(a.kind) && SMALL_INTS.includes(b.kind)) return Types.INT;
  const integral = (t: DataType) => SMALL_INTS.includes(t.kind) || t.kind === 'BIGINT';
  if (integral(a) && integral(b)) return Types.BIGINT;
  if (a.kind === 'DECIMAL' || b.kind === 'DECIMAL') return mergeDecimals(a, b);
  return Types.DOUBLE;
}
