import { type DataType, type RowType, Types, typeToString } from '../../core/types/data-type';
import { Decimal } from '../../core/types/decimal';
import { type Binary, type Case, type Expr, type Extract, type FunctionCall, exprText } from './ast';
import { castFunction, castTargetType } from './cast';
import { compileCondition } from './compile-condition';
import { FUNCTIONS } from './functions/function-catalog';
import { dateOf, timeOf } from './functions/datetime-functions';
import { javaString } from './java-text';
import { resolveColumn } from './resolve-column';
import { SqlRuntimeError, SqlTypeError } from './sql-error';
import { type Arg, type Evaluator, isNumeric, isTemporal } from './sql-function';
import { arithmeticType, commonTypeOf } from './type-rules';
import { sqlEquals, toDecimal, toDouble } from './values';
import { now } from './zone';

/** A compiled expression: its static type, its evaluator, and the input column it copies, if any. */
export interface Compiled extends Arg {
  readonly sourceColumn?: string;
}

/** Functions whose value changes between calls: never folded into constants. */
const VOLATILE = new Set(['RAND', 'RANDOM', 'UUID', 'NOW']);
const EXTRACT_FIELDS = new Set(['YEAR', 'MONTH', 'DAY', 'HOUR', 'MINUTE', 'SECOND', 'MILLISECOND', 'DAYOFWEEK', 'DAYOFYEAR']);
const LITERAL_TYPES: Record<string, DataType> = { INT: Types.INT, BIGINT: Types.BIGINT, DOUBLE: Types.DOUBLE, STRING: Types.STRING, BOOLEAN: Types.BOOLEAN, NULL: Types.NULL };

/**
 * Type-checks an expression against the input row type and turns it into a tree of closures, once, at
 * create time. Sub-trees made only of literals and deterministic functions are evaluated once here.
 */
export class ExpressionCompiler {
  constructor(private readonly input: RowType) {}

  compile(e: Expr): Compiled {
    const c = this.build(e);
    if (c.isConst || e.kind === 'literal' || !this.foldable(e)) return c;
    try {
      const value = c.eval([]);
      return { ...c, isConst: true, value, eval: () => value };
    } catch {
      // a constant that fails (cast('x' as int)) fails each row at run time, as it would unfolded
      return c;
    }
  }

  private foldable(e: Expr): boolean {
    switch (e.kind) {
      case 'literal': return true;
      case 'column':
      case 'timeKey': return false;
      case 'function': return !VOLATILE.has(e.name.toUpperCase()) && e.args.every((a) => this.foldable(a));
      case 'paren': return this.foldable(e.inner);
      case 'unary':
      case 'cast':
      case 'extract':
      case 'isNull': return this.foldable(e.operand);
      case 'binary':
      case 'compare':
      case 'logical': return this.foldable(e.left) && this.foldable(e.right);
      case 'in': return this.foldable(e.operand) && e.items.every((i) => this.foldable(i));
      case 'like': return this.foldable(e.operand) && this.foldable(e.pattern);
      case 'between': return [e.operand, e.low, e.high].every((x) => this.foldable(x));
      case 'case': return [e.operand, ...e.whens.flatMap((w) => [w.when, w.then]), e.otherwise].every((x) => !x || this.foldable(x));
    }
  }

  private build(e: Expr): Compiled {
    switch (e.kind) {
      case 'literal': {
        const value = e.value;
        return { type: LITERAL_TYPES[e.type], eval: () => value, isConst: true, value, expr: e };
      }
      case 'column': return { ...resolveColumn(e, this.input), isConst: false, expr: e };
      case 'paren': return { ...this.compile(e.inner), expr: e };
      case 'unary': {
        if (e.op === 'NOT') return this.predicate(e);
        const operand = this.compile(e.operand);
        if (!isNumeric(operand.type) && operand.type.kind !== 'NULL') {
          throw new SqlTypeError(`Unsupported SQL Expression: ${exprText(e)} (${typeToString(operand.type)} is not a number)`, e.pos);
        }
        if (e.op === '+') return { ...operand, expr: e, sourceColumn: undefined };
        const v = operand.eval;
        const neg = (x: unknown): unknown => (x === null ? null : x instanceof Decimal ? x.negate() : typeof x === 'bigint' ? BigInt.asIntN(64, -x) : -(x as number));
        return { type: operand.type, eval: (f) => neg(v(f)), isConst: false, expr: e };
      }
      case 'binary': return this.binary(e);
      case 'compare':
      case 'logical':
      case 'isNull':
      case 'in':
      case 'like':
      case 'between': return this.predicate(e);
      case 'case': return this.caseExpr(e);
      case 'cast': {
        const operand = this.compile(e.operand);
        const type = castTargetType(e.target);
        let convert: (v: unknown) => unknown;
        try {
          convert = castFunction(operand.type, type);
        } catch (err) {
          throw new SqlTypeError(`${(err as Error).message} in '${exprText(e)}'`, e.pos);
        }
        const v = operand.eval;
        return { type, eval: (f) => { const x = v(f); return x === null || x === undefined ? null : convert(x); }, isConst: false, expr: e };
      }
      case 'extract': return this.extract(e);
      case 'function': return this.functionCall(e);
      case 'timeKey': {
        const type = e.name === 'CURRENT_DATE' ? Types.DATE : e.name === 'CURRENT_TIME' ? Types.TIME : Types.TIMESTAMP;
        const ev: Evaluator = e.name === 'CURRENT_DATE' ? () => now().date : e.name === 'CURRENT_TIME' ? () => now().time : () => now();
        return { type, eval: ev, isConst: false, expr: e };
      }
    }
  }

  private predicate(e: Expr): Compiled {
    const c = compileCondition(e, this);
    return { type: Types.BOOLEAN, eval: c, isConst: false, expr: e };
  }

  private binary(e: Binary): Compiled {
    const l = this.compile(e.left);
    const r = this.compile(e.right);
    if (e.op === '||') {
      const lt = l.type;
      const rt = r.type;
      const text = (v: unknown, t: DataType) => (v === null || v === undefined ? '' : typeof v === 'string' ? v : javaString(v, t));
      return { type: Types.STRING, eval: (f) => text(l.eval(f), lt) + text(r.eval(f), rt), isConst: false, expr: e };
    }
    const type = arithmeticType(l.type, r.type);
    if (!type) {
      throw new SqlTypeError(`Unsupported SQL Expression: ${exprText(e)} (${typeToString(l.type)} ${e.op} ${typeToString(r.type)})`, e.pos);
    }
    const op = arithmetic(e.op, type);
    const le = l.eval;
    const re = r.eval;
    return {
      type,
      eval: (f) => {
        const x = le(f);
        if (x === null || x === undefined) return null;
        const y = re(f);
        return y === null || y === undefined ? null : op(x, y);
      },
      isConst: false,
      expr: e,
    };
  }

  /** CASE: the first matching WHEN's value (or ELSE, or null) converted to the type all branches share. */
  private caseExpr(e: Case): Compiled {
    const operand = e.operand ? this.compile(e.operand) : undefined;
    // searched form: each WHEN is a condition; simple form: each WHEN value is compared with the operand
    const whens = e.whens.map((w) => ({
      test: operand ? undefined : compileCondition(w.when, this),
      when: operand ? this.compile(w.when) : undefined,
      then: this.compile(w.then),
    }));
    const otherwise = e.otherwise ? this.compile(e.otherwise) : undefined;
    const results = [...whens.map((w) => w.then), ...(otherwise ? [otherwise] : [])];
    const type = commonTypeOf(results.map((x) => x.type));
    if (typeof type === 'string') throw new SqlTypeError(`CASE branches must share a type: ${type}`, e.pos);
    const conv = (c: Compiled) => {
      const to = castFunction(c.type, type);
      const v = c.eval;
      return (f: readonly unknown[]) => { const x = v(f); return x === null || x === undefined ? null : to(x); };
    };
    const branches = whens.map((w) => ({ test: w.test, when: w.when?.eval, then: conv(w.then) }));
    const other = otherwise ? conv(otherwise) : () => null;
    const subject = operand?.eval;
    return {
      type,
      eval: (f) => {
        const s = subject ? subject(f) : null;
        for (let k = 0; k < branches.length; k++) {
          const b = branches[k];
          if (b.test ? b.test(f) : sqlEquals(s, b.when!(f))) return b.then(f);
        }
        return other(f);
      },
      isConst: false,
      expr: e,
    };
  }

  private extract(e: Extract): Compiled {
    if (!EXTRACT_FIELDS.has(e.field)) throw new SqlTypeError(`Unsupported dateTimeField: ${e.fieldRaw} for function: EXTRACT`, e.pos);
    const operand = this.compile(e.operand);
    if (!isTemporal(operand.type) && operand.type.kind !== 'NULL') {
      throw new SqlTypeError(`EXTRACT needs a DATE, TIME or TIMESTAMP, but '${exprText(e.operand)}' is ${typeToString(operand.type)}`, e.pos);
    }
    const kind = operand.type.kind;
    const dateField = ['YEAR', 'MONTH', 'DAY', 'DAYOFWEEK', 'DAYOFYEAR'].includes(e.field);
    if (kind === 'TIME' && dateField) throw new SqlTypeError(`EXTRACT(${e.field}) needs a DATE or TIMESTAMP, not TIME`, e.pos);
    // an hour of a DATE (or a year of a TIME) is null, as in SeaTunnel
    const applies = dateField ? kind !== 'TIME' : kind !== 'DATE';
    const v = operand.eval;
    const get = (x: never): number => {
      switch (e.field) {
        case 'YEAR': return dateOf(x).year;
        case 'MONTH': return dateOf(x).month;
        case 'DAY': return dateOf(x).day;
        case 'DAYOFWEEK': return dateOf(x).dayOfWeek();
        case 'DAYOFYEAR': return dateOf(x).dayOfYear();
        case 'HOUR': return timeOf(x).hour;
        case 'MINUTE': return timeOf(x).minute;
        case 'SECOND': return timeOf(x).second;
        default: return Math.floor(timeOf(x).nano / 1_000_000);
      }
    };
    return { type: Types.INT, eval: (f) => { const x = v(f); return x === null || !applies ? null : get(x as never); }, isConst: false, expr: e };
  }

  private functionCall(e: FunctionCall): Compiled {
    const fn = FUNCTIONS.get(e.name.toUpperCase());
    if (!fn) throw new SqlTypeError(`Unsupported function: ${e.name}`, e.pos);
    if (e.args.length < fn.minArgs || e.args.length > fn.maxArgs) {
      const range = fn.maxArgs === Infinity ? `at least ${fn.minArgs}` : fn.minArgs === fn.maxArgs ? `${fn.minArgs}` : `${fn.minArgs} to ${fn.maxArgs}`;
      throw new SqlTypeError(`${e.name.toUpperCase()}() takes ${range} argument${fn.maxArgs === 1 ? '' : 's'}, got ${e.args.length}`, e.pos);
    }
    const args = e.args.map((a) => this.compile(a));
    const type = fn.type(args, e.name);
    return { type, eval: fn.compile(args, type, e.name), isConst: false, expr: e };
  }
}

/** The operator on non-null operands for a result type: Java int/long wrap-around, exact decimals. */
function arithmetic(op: Binary['op'], type: DataType): (x: unknown, y: unknown) => unknown {
  const divByZero = (): never => {
    throw new SqlRuntimeError('/ by zero');
  };
  switch (type.kind) {
    case 'INT':
      switch (op) {
        case '+': return (x, y) => ((x as number) + (y as number)) | 0;
        case '-': return (x, y) => ((x as number) - (y as number)) | 0;
        case '*': return (x, y) => Math.imul(x as number, y as number);
        case '/': return (x, y) => (y === 0 ? divByZero() : Math.trunc((x as number) / (y as number)) | 0);
        default: return (x, y) => (y === 0 ? divByZero() : (x as number) % (y as number)) | 0;
      }
    case 'BIGINT': {
      const big = (v: unknown) => (typeof v === 'bigint' ? v : BigInt(v as number));
      switch (op) {
        case '+': return (x, y) => BigInt.asIntN(64, big(x) + big(y));
        case '-': return (x, y) => BigInt.asIntN(64, big(x) - big(y));
        case '*': return (x, y) => BigInt.asIntN(64, big(x) * big(y));
        case '/': return (x, y) => (big(y) === 0n ? divByZero() : BigInt.asIntN(64, big(x) / big(y)));
        default: return (x, y) => (big(y) === 0n ? divByZero() : big(x) % big(y));
      }
    }
    case 'DECIMAL': {
      const s = type.scale;
      const dec = (v: unknown) => toDecimal(v as number);
      switch (op) {
        case '+': return (x, y) => dec(x).add(dec(y)).round(s, 'HALF_UP');
        case '-': return (x, y) => dec(x).subtract(dec(y)).round(s, 'HALF_UP');
        case '*': return (x, y) => dec(x).multiply(dec(y)).round(s, 'HALF_UP');
        // SeaTunnel divides decimals at the result scale rounding UP
        case '/': return (x, y) => (dec(y).signum() === 0 ? divByZero() : dec(x).divide(dec(y), s, 'UP'));
        default: return (x, y) => (dec(y).signum() === 0 ? divByZero() : dec(x).remainder(dec(y)).round(s, 'HALF_UP'));
      }
    }
    default: {
      const d = (v: unknown) => toDouble(v as number);
      switch (op) {
        case '+': return (x, y) => d(x) + d(y);
        case '-': return (x, y) => d(x) - d(y);
        case '*': return (x, y) => d(x) * d(y);
        case '/': return (x, y) => d(x) / d(y);
        default: return (x, y) => d(x) % d(y);
      }
    }
  }
}
