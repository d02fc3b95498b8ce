import type { JsonValue } from './lenient-json';

/** The steps a compiled JSONPath is made of, and how each one selects values. */

export type Step =
  | { kind: 'names'; names: string[] }
  | { kind: 'indexes'; indexes: number[] }
  | { kind: 'slice'; start?: number; end?: number; step: number }
  | { kind: 'wildcard' }
  | { kind: 'scan'; then: Step }
  | { kind: 'filter'; test: Filter };

export type Filter = (current: JsonValue, root: JsonValue) => boolean;
export type Operand = (current: JsonValue, root: JsonValue) => JsonValue | undefined;

export const isObject = (v: unknown): v is { [k: string]: JsonValue } => typeof v === 'object' && v !== null && !Array.isArray(v);

/** Adds the step's matches on `v` to `out`; false when a definite step found nothing. */
export function apply(s: Step, v: JsonValue, root: JsonValue, out: JsonValue[]): boolean {
  switch (s.kind) {
    case 'names': {
      if (!isObject(v)) return false;
      let found = false;
      for (const n of s.names) {
        if (Object.prototype.hasOwnProperty.call(v, n)) {
          out.push(v[n]);
          found = true;
        }
      }
      return found;
    }
    case 'indexes': {
      if (!Array.isArray(v)) return false;
      let found = false;
      for (const i of s.indexes) {
        const at = i < 0 ? v.length + i : i;
        if (at >= 0 && at < v.length) {
          out.push(v[at]);
          found = true;
        }
      }
      return found;
    }
    case 'slice': {
      if (!Array.isArray(v)) return false;
      const len = v.length;
      const norm = (x: number) => (x < 0 ? Math.max(0, len + x) : Math.min(len, x));
      for (let k = norm(s.start ?? 0); k < norm(s.end ?? len); k += s.step) out.push(v[k]);
      return true;
    }
    case 'wildcard':
      if (Array.isArray(v)) out.push(...v);
      else if (isObject(v)) out.push(...Object.values(v));
      return true;
    case 'scan': {
      const visit = (x: JsonValue) => {
        apply(s.then, x, root, out);
        if (Array.isArray(x)) x.forEach(visit);
        else if (isObject(x)) Object.values(x).forEach(visit);
      };
      visit(v);
      return true;
    }
    case 'filter': {
      const items = Array.isArray(v) ? v : isObject(v) ? [v] : [];
      for (const x of items) if (s.test(x, root)) out.push(x);
      return true;
    }
  }
}

/** Filter comparisons: numbers and strings are ordered, anything is equal to its own JSON. */
export function compare(op: string, a: JsonValue | undefined, b: JsonValue | undefined): boolean {
  if (a === undefined || b === undefined) return false;
  const num = (x: JsonValue) => (typeof x === 'bigint' ? Number(x) : x);
  const x = num(a);
  const y = num(b);
  switch (op) {
    case '==': return x === y || (typeof x === 'object' && json(x) === json(y));
    case '!=': return !(x === y || (typeof x === 'object' && json(x) === json(y)));
  }
  if (typeof x === 'number' && typeof y === 'number') {
    return op === '<' ? x < y : op === '<=' ? x <= y : op === '>' ? x > y : x >= y;
  }
  if (typeof x === 'string' && typeof y === 'string') {
    return op === '<' ? x < y : op === '<=' ? x <= y : op === '>' ? x > y : x >= y;
  }
  return false;
}

const json = (v: JsonValue): string => JSON.stringify(v, (_k, x) => (typeof x === 'bigint' ? x.toString() : x));
