import { type DataType, Types } from '../../../core/types/data-type';
import type { Decimal, RoundingMode } from '../../../core/types/decimal';
import { SqlRuntimeError } from '../sql-error';
import { type SqlFunction, expectArgs, nullSafe, simple } from '../sql-function';
import { doubleToInt, doubleToLong, toDecimal, toDouble } from '../values';

/** Numeric functions with SeaTunnel's result types (ABS/ROUND keep the argument's type, MOD the divisor's). */

type Num = number | bigint | Decimal;
const d = (v: Num): number => toDouble(v);
const math = (name: string, fn: (x: number) => number): SqlFunction => simple([name], ['numeric'], Types.DOUBLE, (x: Num) => fn(d(x)));

const positive = (name: string, fn: (x: number) => number) => (x: Num): number => {
  if (d(x) <= 0) throw new SqlRuntimeError(`Unsupported function ${name}() argument: ${d(x)}`);
  return fn(d(x));
};

export const numericFunctions: readonly SqlFunction[] = [
  sameType(['ABS'], (v) => (typeof v === 'number' ? Math.abs(v) : typeof v === 'bigint' ? (v < 0n ? -v : v) : v.abs())),
  math('ACOS', Math.acos),
  math('ASIN', Math.asin),
  math('ATAN', Math.atan),
  math('COS', Math.cos),
  math('COSH', Math.cosh),
  math('COT', (x) => {
    const t = Math.tan(x);
    if (t === 0) throw new SqlRuntimeError('Division by zero');
    return 1 / t;
  }),
  math('SIN', Math.sin),
  math('SINH', Math.sinh),
  math('TAN', Math.tan),
  math('TANH', Math.tanh),
  simple(['ATAN2'], ['numeric', 'numeric'], Types.DOUBLE, (y: Num, x: Num) => Math.atan2(d(y), d(x))),
  mod(),
  rounding(['CEIL', 'CEILING'], 'CEILING', () => Types.INT),
  math('EXP', Math.exp),
  rounding(['FLOOR'], 'FLOOR', () => Types.INT),
  simple(['LN'], ['numeric'], Types.DOUBLE, positive('LN', Math.log)),
  simple(['LOG'], ['numeric', 'numeric'], Types.DOUBLE, (base: Num, x: Num) => {
    if (d(base) <= 0) throw new SqlRuntimeError(`Unsupported function LOG() base: ${d(base)}`);
    if (d(x) <= 0) throw new SqlRuntimeError(`Unsupported function LOG() argument: ${d(x)}`);
    if (d(base) === Math.E) return Math.log(d(x));
    return d(base) === 10 ? Math.log10(d(x)) : Math.log(d(x)) / Math.log(d(base));
  }),
  simple(['LOG10'], ['numeric'], Types.DOUBLE, positive('LOG10', Math.log10)),
  // Math.toRadians multiplies by this constant; dividing by 180 first can differ in the last bit
  math('RADIANS', (x) => x * 0.017453292519943295),
  math('SQRT', Math.sqrt),
  simple(['PI'], [], Types.DOUBLE, () => Math.PI),
  simple(['POWER'], ['numeric', 'numeric'], Types.DOUBLE, (x: Num, y: Num) => Math.pow(d(x), d(y))),
  random(),
  rounding(['ROUND'], 'HALF_UP', (t) => t),
  sign(),
  rounding(['TRUNC', 'TRUNCATE'], 'DOWN', () => Types.DOUBLE),
];

function sameType(names: string[], fn: (v: Num) => Num): SqlFunction {
  return {
    names, minArgs: 1, maxArgs: 1,
    type: (args, name) => {
      expectArgs(name, args, ['numeric']);
      return args[0].type;
    },
    compile: (args) => nullSafe(args, fn),
  };
}

/** MOD(a, b) = a - b * trunc(a / b) in exact decimal arithmetic, typed as the divisor. */
function mod(): SqlFunction {
  return {
    names: ['MOD'], minArgs: 2, maxArgs: 2,
    type: (args, name) => {
      expectArgs(name, args, ['numeric', 'numeric']);
      return args[1].type.kind === 'NULL' ? args[0].type : args[1].type;
    },
    compile: (args, result) => {
      const out = fromDecimal(result);
      return nullSafe(args, (a: Num, b: Num) => {
        if (d(b) === 0) throw new SqlRuntimeError('Mod by zero');
        return out(toDecimal(a).remainder(toDecimal(b)));
      });
    },
  };
}

/** A decimal result as a value of `t`. */
export function fromDecimal(t: DataType): (v: Decimal) => unknown {
  switch (t.kind) {
    case 'TINYINT':
    case 'SMALLINT':
    case 'INT': return (v) => Number(BigInt.asIntN(32, v.round(0, 'DOWN').unscaled));
    case 'BIGINT': return (v) => BigInt.asIntN(64, v.round(0, 'DOWN').unscaled);
    case 'FLOAT': return (v) => Math.fround(v.toNumber());
    case 'DECIMAL': return (v) => v.round(t.scale, 'HALF_UP');
    default: return (v) => v.toNumber();
  }
}

/**
 * CEIL/FLOOR/ROUND/TRUNC(x[, scale]): integers change only for a negative scale, decimals and floats are
 * rounded at `scale` digits with the mode, then the value is given the function's result type.
 */
function rounding(names: string[], mode: RoundingMode, resultOf: (arg: DataType) => DataType): SqlFunction {
  return {
    names, minArgs: 1, maxArgs: 2,
    type: (args, name) => {
      expectArgs(name, args, ['numeric', 'numeric']);
      return resultOf(args[0].type);
    },
    compile: (args, result) => {
      const [x, s] = args;
      const argKind = x.type.kind;
      const out = fromDecimal(result);
      const asResult = (v: Num): unknown => {
        if (result.kind === 'INT') return doubleToInt(d(v));
        if (result.kind === 'DOUBLE') return d(v);
        if (result.kind === 'FLOAT') return Math.fround(d(v));
        if (result.kind === 'BIGINT') return typeof v === 'bigint' ? v : doubleToLong(d(v));
        return typeof v === 'number' && (result.kind === 'TINYINT' || result.kind === 'SMALLINT') ? v : out(toDecimal(v));
      };
      return (f) => {
        const v = x.eval(f) as Num | null;
        if (v === null) return null;
        const sv = s?.eval(f);
        const scale = sv === null || sv === undefined ? 0 : doubleToInt(d(sv as Num));
        if (argKind === 'TINYINT' || argKind === 'SMALLINT' || argKind === 'INT' || argKind === 'BIGINT') {
          if (scale >= 0) return asResult(v);
          return asResult(toDecimal(v).round(scale, mode).unscaled);
        }
        if (argKind === 'DECIMAL') return asResult((v as Decimal).round(scale, mode));
        const n = v as number;
        if (!Number.isFinite(n)) return asResult(n);
        if (scale === 0 && mode !== 'HALF_UP') {
          return asResult(mode === 'CEILING' ? Math.ceil(n) : mode === 'FLOOR' ? Math.floor(n) : Math.trunc(n));
        }
        return asResult(toDecimal(n).round(scale, mode).toNumber());
      };
    },
  };
}

/** SIGN(x): -1, 0 or 1; SeaTunnel returns 0 (not null) for a null argument. */
function sign(): SqlFunction {
  return {
    names: ['SIGN'], minArgs: 1, maxArgs: 1,
    type: (args, name) => {
      expectArgs(name, args, ['numeric']);
      return Types.INT;
    },
    compile: ([a]) => (f) => {
      const v = a.eval(f) as Num | null;
      if (v === null) return 0;
      if (typeof v === 'bigint') return v < 0n ? -1 : v > 0n ? 1 : 0;
      const n = d(v);
      return n === 0 || Number.isNaN(n) ? 0 : n < 0 ? -1 : 1;
    },
  };
}

/** RAND([seed]): a seeded call repeats java.util.Random(seed).nextDouble(). */
function random(): SqlFunction {
  return {
    names: ['RAND', 'RANDOM'], minArgs: 0, maxArgs: 1,
    type: (args, name) => {
      expectArgs(name, args, ['numeric']);
      return Types.DOUBLE;
    },
    compile: ([seed]) => (f) => {
      const s = seed?.eval(f) as Num | null | undefined;
      return s === null || s === undefined ? Math.random() : javaRandomDouble(doubleToInt(d(s)));
    },
  };
}

const MULTIPLIER = 0x5deece66dn;
const MASK = (1n << 48n) - 1n;

export function javaRandomDouble(seed: number): number {
  let state = (BigInt(seed) ^ MULTIPLIER) & MASK;
  const next = (bits: bigint): bigint => {
    state = (state * MULTIPLIER + 0xbn) & MASK;
    return state >> (48n - bits);
  };
  const hi = next(26n);
  const lo = next(27n);
  return Number((hi << 27n) + lo) * 2 ** -53;
}

