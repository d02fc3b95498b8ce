import type { DataType } from '../../core/types/data-type';
import { typeToString } from '../../core/types/data-type';
import { type JavaPattern, compileJavaRegex } from '../java-regex';
import { type Compare, type Expr, type Like, exprText } from './ast';
import { javaString } from './java-text';
import { SqlRuntimeError, SqlTypeError } from './sql-error';
import type { Arg } from './sql-function';
import { sqlCompare, sqlEquals } from './values';

export type Condition = (fields: readonly unknown[]) => boolean;

/** What conditions need from the expression compiler. */
export interface ValueCompiler {
  compile(e: Expr): Arg;
}

const FAST_NUMBER = new Set(['TINYINT', 'SMALLINT', 'INT', 'FLOAT', 'DOUBLE']);

/**
 * Compiles a WHERE condition (or a predicate in the select list) with SeaTunnel's two-valued logic: a
 * comparison with a null side is false (`!=` is true when exactly one side is null), IN with a null operand
 * is false, LIKE and NOT LIKE of null are both false.
 */
export function compileCondition(e: Expr, values: ValueCompiler): Condition {
  switch (e.kind) {
    case 'paren': return compileCondition(e.inner, values);
    case 'logical': {
      const l = compileCondition(e.left, values);
      const r = compileCondition(e.right, values);
      return e.op === 'AND' ? (f) => l(f) && r(f) : (f) => l(f) || r(f);
    }
    case 'unary':
      if (e.op === 'NOT') {
        const c = compileCondition(e.operand, values);
        return (f) => !c(f);
      }
      break;
    case 'compare': return compare(e, values);
    case 'isNull': {
      const v = values.compile(e.operand).eval;
      return e.not ? (f) => v(f) !== null : (f) => v(f) === null;
    }
    case 'in': {
      const left = values.compile(e.operand).eval;
      const items = e.items.map((i) => values.compile(i).eval);
      const not = e.not;
      return (f) => {
        const l = left(f);
        for (let k = 0; k < items.length; k++) {
          const r = items[k](f);
          if (l === null) {
            if (r === null) return true;
            return false;
          }
          if (sqlEquals(l, r)) return !not;
        }
        return not;
      };
    }
    case 'like': return like(e, values);
    case 'between': {
      const v = values.compile(e.operand);
      const lo = values.compile(e.low);
      const hi = values.compile(e.high);
      return (f) => {
        const x = v.eval(f);
        const a = lo.eval(f);
        const b = hi.eval(f);
        if (x === null || a === null || b === null) return false;
        const inside = sqlCompare(x, a, v.type, lo.type) >= 0 && sqlCompare(x, b, v.type, hi.type) <= 0;
        return e.not ? !inside : inside;
      };
    }
  }
  const value = values.compile(e);
  if (value.type.kind !== 'BOOLEAN' && value.type.kind !== 'NULL') {
    throw new SqlTypeError(`a condition must be a boolean expression, but '${exprText(e)}' is ${typeToString(value.type)}`, e.pos);
  }
  const v = value.eval;
  return (f) => v(f) === true;
}

function compare(e: Compare, values: ValueCompiler): Condition {
  const l = values.compile(e.left);
  const r = values.compile(e.right);
  const le = l.eval;
  const re = r.eval;
  const fast = FAST_NUMBER.has(l.type.kind) && FAST_NUMBER.has(r.type.kind);
  const ordered = (test: (c: number) => boolean): Condition => {
    if (fast) {
      return (f) => {
        const x = le(f) as number | null;
        const y = re(f) as number | null;
        return x !== null && y !== null && test(x < y ? -1 : x > y ? 1 : x === y ? 0 : NaN);
      };
    }
    return (f) => {
      const x = le(f);
      if (x === null) return false;
      const y = re(f);
      return y !== null && test(sqlCompare(x, y, l.type as DataType, r.type as DataType));
    };
  };
  switch (e.op) {
    case '=':
      if (fast) return (f) => { const x = le(f); return x !== null && x === re(f); };
      return (f) => sqlEquals(le(f), re(f));
    case '!=':
    case '<>':
      return (f) => {
        const x = le(f);
        const y = re(f);
        if (x === null) return y !== null;
        return y === null || !sqlEquals(x, y);
      };
    case '<': return ordered((c) => c < 0);
    case '<=': return ordered((c) => c <= 0);
    case '>': return ordered((c) => c > 0);
    case '>=': return ordered((c) => c >= 0);
  }
}

/**
 * SeaTunnel's LIKE: a leading/trailing `%` becomes `.*`, a leading/trailing `_` becomes `.`, and the rest of
 * the pattern is a Java regular expression matched against the whole text.
 */
export function likeToRegex(pattern: string): string {
  let regex = pattern;
  if (regex.startsWith('%')) regex = `.*${regex.slice(1)}`;
  if (regex.endsWith('%')) regex = `${regex.slice(0, -1)}.*`;
  if (regex.startsWith('_')) regex = `.${regex.slice(1)}`;
  if (regex.endsWith('_')) regex = `${regex.slice(0, -1)}.`;
  if (regex.length >= 3 && regex.endsWith('_.*')) regex = `${regex.slice(0, -3)}..*`;
  if (regex.length >= 2 && regex.startsWith("'") && regex.endsWith("'")) regex = regex.slice(1, -1);
  return regex;
}

function like(e: Like, values: ValueCompiler): Condition {
  const v = values.compile(e.operand);
  const p = values.compile(e.pattern);
  const full = (pattern: string): RegExp => {
    let compiled: JavaPattern;
    try {
      compiled = compileJavaRegex(likeToRegex(pattern));
    } catch (err) {
      throw new SqlRuntimeError(`LIKE '${pattern}': ${(err as Error).message}`);
    }
    return new RegExp(`^(?:${compiled.regex.source})$`, compiled.regex.flags);
  };
  const cache = new Map<string, RegExp>();
  const regexOf = p.isConst && typeof p.value === 'string'
    ? (() => { const r = full(p.value as string); return () => r; })()
    : (pattern: string) => {
      let r = cache.get(pattern);
      if (!r) {
        if (cache.size > 1000) cache.clear();
        r = full(pattern);
        cache.set(pattern, r);
      }
      return r;
    };
  const not = e.not;
  return (f) => {
    const x = v.eval(f);
    if (x === null) return false;
    const pattern = p.eval(f);
    if (pattern === null) return false;
    const text = typeof x === 'string' ? x : javaString(x, v.type);
    const hit = regexOf(typeof pattern === 'string' ? pattern : javaString(pattern, p.type)).test(text);
    return not ? !hit : hit;
  };
}
