import { ErrorCodes, SeatideError } from '../errors';
import {
  consolidate, isUnresolved, list, mergeObjects, obj, str,
  type HoconValue, type MergeValue, type ObjectValue, type RefValue,
} from './hocon-value';

/** Where substitutions not found in the document are looked up, in this order. */
export interface ResolveSources {
  /** Environment variables, by exact name (a one-element path only, as Typesafe does). */
  readonly env: Readonly<Record<string, string | undefined>>;
  /** The `-i` variables as a tree (keys split on `.`); consulted last, and never for `${?x}`. */
  readonly variables: ObjectValue;
}

/**
 * Resolves every `${...}` of a document and returns a tree without unresolved values.
 * Substitutions look forward to the final value of their path; a field that refers to itself
 * (`a = ${a} [2]`, `a += 1`) sees the value its path had before that field (HOCON's self-reference
 * rule), which is done by overriding the path while the field resolves. Lookups resolve only what lies
 * on their path, so `bar { foo = 1, baz = ${bar->foo} }` is not a cycle.
 */
export function resolveDocument(root: ObjectValue, sources: ResolveSources): ObjectValue {
  return new Resolver(root, sources).resolveField(root, []) as ObjectValue;
}

/** Thrown when a lookup runs into a value that is being resolved; caught by the nearest substitution. */
class CycleError extends Error {}

const MISSING = Symbol('missing');
const CYCLE = Symbol('cycle');
type Override = HoconValue | typeof MISSING | typeof CYCLE;
type Found = { readonly value: HoconValue | undefined } | undefined;

class Resolver {
  private readonly cache = new Map<HoconValue, HoconValue | typeof MISSING>();
  private readonly inProgress = new Set<HoconValue>();
  private readonly done = new WeakSet<HoconValue>();
  private readonly overrides: { readonly key: string; readonly value: Override }[] = [];
  /** Lowest override index a running resolution consulted: results that used an outer override are not cached. */
  private lowestOverrideUsed = Infinity;
  private readonly remainders = new Map<MergeValue, MergeValue[]>();

  constructor(private readonly root: ObjectValue, private readonly sources: ResolveSources) {}

  /** Resolves the value of the field at `path` (null inside lists and concatenations). */
  resolveField(v: HoconValue, path: readonly string[] | null): HoconValue | undefined {
    if (this.done.has(v)) return v;
    switch (v.t) {
      case 'object': return this.cached(v, () => this.resolveObject(v, path));
      case 'list': return this.cached(v, () => this.resolveList(v.items));
      case 'ref':
      case 'concat': return this.cached(v, () => this.withOverride(path, CYCLE, () => this.resolveElement(v, path)));
      case 'merge': return this.cached(v, () => this.resolveMerge(v, path));
      default: return v;
    }
  }

  private resolveElement(v: HoconValue, path: readonly string[] | null): HoconValue | undefined {
    switch (v.t) {
      case 'object': return this.resolveObject(v, path);
      case 'list': return this.resolveList(v.items);
      case 'ref': return this.resolveRef(v);
      case 'concat': {
        const pieces: HoconValue[] = [];
        for (const p of v.pieces) {
          const r = this.resolveField(p, null);
          if (r !== undefined) pieces.push(r);
        }
        return consolidate(pieces, whereOf(v))[0];
      }
      case 'merge': return this.resolveMerge(v, path);
      default: return v;
    }
  }

  private resolveObject(v: ObjectValue, path: readonly string[] | null): ObjectValue {
    const fields = new Map<string, HoconValue>();
    for (const [k, child] of v.fields) {
      const r = this.resolveField(child, path ? [...path, k] : null);
      if (r !== undefined) fields.set(k, r);
    }
    return this.finished(obj(fields, v.trailing === true));
  }

  private resolveList(items: readonly HoconValue[]): HoconValue {
    const out: HoconValue[] = [];
    for (const item of items) {
      const r = this.resolveField(item, null);
      if (r !== undefined) out.push(r);
    }
    return this.finished(list(out));
  }

  /** Newest first; each value sees the values below it under its own path; a non-object ends the merge. */
  private resolveMerge(m: MergeValue, path: readonly string[] | null): HoconValue | undefined {
    let acc: HoconValue | undefined;
    for (let i = 0; i < m.stack.length; i++) {
      const r = this.withOverride(path, this.remainder(m, i + 1), () => this.resolveElement(m.stack[i], path));
      if (r === undefined) continue;
      if (acc === undefined) acc = r;
      else if (r.t === 'object' && acc.t === 'object') acc = this.finished(mergeObjects(acc, r, mergeResolved));
      if (acc.t !== 'object' || r.t !== 'object') break;
    }
    return acc;
  }

  private remainder(m: MergeValue, from: number): Override {
    if (from >= m.stack.length) return MISSING;
    let rs = this.remainders.get(m);
    if (!rs) this.remainders.set(m, (rs = []));
    return (rs[from] ??= { t: 'merge', stack: m.stack.slice(from) });
  }

  private resolveRef(ref: RefValue): HoconValue | undefined {
    const unprefixed = ref.path.slice(ref.prefixLength);
    let found: Found;
    try {
      if (ref.prefixLength > 0) found = this.lookup(ref.path);
      if (found === undefined) found = this.lookup(unprefixed);
    } catch (e) {
      if (!(e instanceof CycleError)) throw e;
      if (ref.optional) return undefined;
      throw new SeatideError(ErrorCodes.CONFIG_UNRESOLVED, `${ref.where}: substitution ${ref.text} is part of a cycle (it refers back to itself)`, { details: { at: ref.where, substitution: ref.text } });
    }
    if (found?.value !== undefined) return found.value;
    if (found === undefined && unprefixed.length === 1) {
      const env = this.sources.env[unprefixed[0]];
      if (env !== undefined) return str(env);
    }
    if (ref.optional) return undefined;
    const fromVariables = (ref.prefixLength > 0 ? lookupResolved(this.sources.variables, ref.path) : undefined)
      ?? lookupResolved(this.sources.variables, unprefixed);
    if (fromVariables !== undefined) return fromVariables;
    const name = unprefixed.join('->');
    throw new SeatideError(
      ErrorCodes.CONFIG_UNRESOLVED,
      `${ref.where}: substitution ${ref.text} is not resolved: no '${name}' in the config, the environment or the -i variables (use \${?${name}} if it is optional, or quote "${ref.text}" for a -i variable with a default)`,
      { details: { at: ref.where, substitution: ref.text } },
    );
  }

  /** The resolved value at `path` in the document: undefined when absent, `{ value: undefined }` when it resolves to nothing. */
  private lookup(path: readonly string[]): Found {
    let node: HoconValue = this.root;
    for (let i = 0; i < path.length; i++) {
      if (isUnresolved(node)) {
        const r = this.resolveField(node, path.slice(0, i));
        if (r === undefined) return undefined;
        node = r;
      }
      if (node.t !== 'object') return undefined;
      const o = this.findOverride(path, i + 1);
      if (o === CYCLE) throw new CycleError();
      if (o === MISSING) return undefined;
      const next: HoconValue | undefined = o ?? node.fields.get(path[i]);
      if (next === undefined) return undefined;
      node = next;
    }
    return { value: this.resolveField(node, path) };
  }

  private findOverride(path: readonly string[], length: number): Override | undefined {
    if (this.overrides.length === 0) return undefined;
    const key = path.slice(0, length).join('\u0000');
    for (let i = this.overrides.length - 1; i >= 0; i--) {
      if (this.overrides[i].key === key) {
        this.lowestOverrideUsed = Math.min(this.lowestOverrideUsed, i);
        return this.overrides[i].value;
      }
    }
    return undefined;
  }

  private withOverride<T>(path: readonly string[] | null, value: Override, fn: () => T): T {
    if (path === null || path.length === 0) return fn();
    this.overrides.push({ key: path.join('\u0000'), value });
    try {
      return fn();
    } finally {
      this.overrides.pop();
    }
  }

  private cached(v: HoconValue, compute: () => HoconValue | undefined): HoconValue | undefined {
    const hit = this.cache.get(v);
    if (hit !== undefined) return hit === MISSING ? undefined : hit;
    if (this.inProgress.has(v)) throw new CycleError();
    this.inProgress.add(v);
    const depth = this.overrides.length;
    const outerLowest = this.lowestOverrideUsed;
    this.lowestOverrideUsed = Infinity;
    try {
      const r = compute();
      if (this.lowestOverrideUsed >= depth) this.cache.set(v, r ?? MISSING);
      return r;
    } finally {
      this.inProgress.delete(v);
      this.lowestOverrideUsed = Math.min(outerLowest, this.lowestOverrideUsed);
    }
  }

  private finished<T extends HoconValue>(v: T): T {
    this.done.add(v);
    return v;
  }
}

function mergeResolved(newer: HoconValue, older: HoconValue): HoconValue {
  return newer.t === 'object' && older.t === 'object' ? mergeObjects(newer, older, mergeResolved) : newer;
}

/** Path lookup in an already resolved tree (the `-i` variables). */
function lookupResolved(root: ObjectValue, path: readonly string[]): HoconValue | undefined {
  let node: HoconValue = root;
  for (const key of path) {
    if (node.t !== 'object') return undefined;
    const next = node.fields.get(key);
    if (next === undefined) return undefined;
    node = next;
  }
  return node;
}

function whereOf(v: HoconValue): string {
  if (v.t === 'ref') return v.where;
  if (v.t === 'concat') {
    for (const p of v.pieces) {
      const w = whereOf(p);
      if (w) return w;
    }
  }
  return '';
}
