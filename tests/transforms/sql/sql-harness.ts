import { type DataType, rowType, typeToString } from '../../../core/types/data-type';
import { convertValue } from '../../../core/types/convert-value';
import { parseDataType } from '../../../core/types/parse-data-type';
import { compileQuery } from '../../../transforms/sql/compile-query';
import { javaString } from '../../../transforms/sql/java-text';

/** Runs SQL expressions against one row of typed values, for the SQL engine's own tests. */

export type Columns = readonly (readonly [string, string, unknown])[];

const DEFAULT: Columns = [
  ['i', 'int', 7], ['n', 'int', null], ['l', 'bigint', 10_000_000_000], ['d', 'double', 2.5], ['f', 'float', 1.5],
  ['s', 'string', 'Hello World'], ['e', 'string', ''], ['dec', 'decimal(10, 2)', '12.34'], ['b', 'boolean', true],
  ['dt', 'date', '2021-04-15'], ['tm', 'time', '13:34:45'], ['ts', 'timestamp', '2021-04-15T13:34:45.235'],
  ['ti', 'tinyint', 3], ['si', 'smallint', 300], ['bin', 'bytes', 'AQID'],
];

export function rowOf(columns: Columns = DEFAULT): { type: ReturnType<typeof rowType>; fields: unknown[] } {
  const types = columns.map(([n, t]) => parseDataType(t, n));
  return { type: rowType(columns.map(([n]) => n), types), fields: columns.map(([n, , v], i) => convertValue(v, types[i], n)) };
}

/** The value and type of `expr` over the row. */
export function sql(expr: string, columns: Columns = DEFAULT): { value: unknown; type: DataType; text: string; typeName: string } {
  const { type, fields } = rowOf(columns);
  const q = compileQuery(`select ${expr} from t`, type);
  const out = q.project(fields);
  if (!out) throw new Error('row dropped');
  const t = q.columns[0].type;
  return { value: out[0], type: t, text: javaString(out[0], t), typeName: typeToString(t) };
}

/** The Java-style text of `expr`'s value ('null' for null). */
export const text = (expr: string, columns?: Columns): string => sql(expr, columns).text;

/** Whether WHERE `cond` keeps the row. */
export function where(cond: string, columns: Columns = DEFAULT): boolean {
  const { type, fields } = rowOf(columns);
  return compileQuery(`select * from t where ${cond}`, type).project(fields) !== null;
}

/** The message of the error compiling or evaluating `expr`. */
export function sqlError(expr: string, columns?: Columns): string {
  try {
    sql(expr, columns);
  } catch (e) {
    return (e as Error).message;
  }
  return '(no error)';
}
