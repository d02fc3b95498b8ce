import type { DataType, TypeKind } from '../../core/types/data-type';
import { typeToString } from '../../core/types/data-type';
import type { Expr } from './ast';
import { exprText } from './ast';
import { SqlTypeError } from './sql-error';

/** A compiled expression: reads the input row's fields, returns the value. Built once, run per row. */
export type Evaluator = (fields: readonly unknown[]) => unknown;

/** A function argument after type checking. */
export interface Arg {
  readonly type: DataType;
  readonly eval: Evaluator;
  /** True for literals and expressions of literals; `value` then holds the value. */
  readonly isConst: boolean;
  readonly value?: unknown;
  readonly expr: Expr;
}

/**
 * A SQL function: its names, arity, result type (checked once at create time from the argument types) and
 * evaluator (built once from the argument evaluators, so no per-row argument arrays are allocated).
 */
export interface SqlFunction {
  readonly names: readonly string[];
  readonly minArgs: number;
  readonly maxArgs: number;
  type(args: readonly Arg[], name: string): DataType;
  compile(args: readonly Arg[], result: DataType, name: string): Evaluator;
}

const NUMERIC: readonly TypeKind[] = ['TINYINT', 'SMALLINT', 'INT', 'BIGINT', 'FLOAT', 'DOUBLE', 'DECIMAL'];
const INTEGRAL: readonly TypeKind[] = ['TINYINT', 'SMALLINT', 'INT', 'BIGINT'];
const TEMPORAL: readonly TypeKind[] = ['DATE', 'TIME', 'TIMESTAMP'];

export const isNumeric = (t: DataType): boolean => NUMERIC.includes(t.kind);
export const isIntegral = (t: DataType): boolean => INTEGRAL.includes(t.kind);
export const isTemporal = (t: DataType): boolean => TEMPORAL.includes(t.kind);

export type ArgKind = 'string' | 'numeric' | 'integral' | 'temporal' | 'date' | 'time' | 'timestamp' | 'any';

const ACCEPTS: Record<ArgKind, (t: DataType) => boolean> = {
  string: (t) => t.kind === 'STRING',
  numeric: isNumeric,
  integral: isIntegral,
  temporal: isTemporal,
  date: (t) => t.kind === 'DATE' || t.kind === 'TIMESTAMP',
  time: (t) => t.kind === 'TIME' || t.kind === 'TIMESTAMP',
  timestamp: (t) => t.kind === 'TIMESTAMP',
  any: () => true,
};
const DESCRIBE: Record<ArgKind, string> = {
  string: 'a STRING', numeric: 'a number', integral: 'an integer', temporal: 'a DATE, TIME or TIMESTAMP',
  date: 'a DATE or TIMESTAMP', time: 'a TIME or TIMESTAMP', timestamp: 'a TIMESTAMP', any: 'a value',
};

/** Checks argument types; a NULL-typed argument (the NULL literal) fits every kind. Throws SqlTypeError. */
export function expectArgs(name: string, args: readonly Arg[], kinds: readonly ArgKind[]): void {
  args.forEach((a, i) => {
    const kind = kinds[Math.min(i, kinds.length - 1)];
    if (a.type.kind !== 'NULL' && !ACCEPTS[kind](a.type)) {
      throw new SqlTypeError(
        `${name.toUpperCase()}() argument ${i + 1} must be ${DESCRIBE[kind]}, but '${exprText(a.expr)}' is ${typeToString(a.type)}`,
        a.expr.pos,
      );
    }
  });
}

/** A function with fixed argument kinds and result type whose body sees non-null values only. */
export function simple(
  names: readonly string[],
  kinds: readonly ArgKind[],
  result: DataType,
  body: (...values: any[]) => unknown,
  minArgs = kinds.length,
): SqlFunction {
  return {
    names,
    minArgs,
    maxArgs: kinds.length,
    type: (args, name) => {
      expectArgs(name, args, kinds);
      return result;
    },
    compile: (args) => nullSafe(args, body),
  };
}

/** Evaluates the arguments and returns null as soon as one is null; otherwise calls `body`. */
export function nullSafe(args: readonly Arg[], body: (...values: any[]) => unknown): (f: readonly unknown[]) => unknown {
  switch (args.length) {
    case 0: return () => body();
    case 1: {
      const [a] = args.map((x) => x.eval);
      return (f) => {
        const x = a(f);
        return x === null || x === undefined ? null : body(x);
      };
    }
    case 2: {
      const [a, b] = args.map((x) => x.eval);
      return (f) => {
        const x = a(f);
        if (x === null || x === undefined) return null;
        const y = b(f);
        return y === null || y === undefined ? null : body(x, y);
      };
    }
    default: {
      const evals = args.map((x) => x.eval);
      return (f) => {
        const values = new Array(evals.length);
        for (let i = 0; i < evals.length; i++) {
          const v = evals[i](f);
          if (v === null || v === undefined) return null;
          values[i] = v;
        }
        return body(...values);
      };
    }
  }
}

/** The constant value of an argument that must be a literal (format patterns that decide a type). */
export function constString(name: string, a: Arg | undefined, what: string): string | undefined {
  if (!a) return undefined;
  if (!a.isConst || (a.value !== null && typeof a.value !== 'string')) {
    throw new SqlTypeError(`${name.toUpperCase()}() ${what} must be a string literal, got '${exprText(a.expr)}'`, a.expr.pos);
  }
  return (a.value as string | null) ?? undefined;
}

