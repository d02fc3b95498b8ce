import { ErrorCodes, SeatideError } from '../errors';

/**
 * The value tree between parsing and resolution. `ref`, `concat` and `merge` are the unresolved kinds;
 * objects and lists may hold unresolved children. Field order is source order (Map keeps insertion order).
 */
export type HoconValue = ObjectValue | ListValue | StringValue | NumberValue | BooleanValue | NullValue | RefValue | ConcatValue | MergeValue;

export interface ObjectValue {
  readonly t: 'object';
  readonly fields: Map<string, HoconValue>;
  /** Keys of this object go after the other side's keys when it is a fallback (the `plugin_name` default). */
  readonly trailing?: boolean;
}
export interface ListValue { readonly t: 'list'; readonly items: readonly HoconValue[] }
/** `quoted` is false for unquoted text, which Typesafe drops when it follows a list or object in a concatenation. */
export interface StringValue { readonly t: 'string'; readonly value: string; readonly quoted: boolean }
/** `raw` is the source spelling, used when the number is concatenated into a string (`1.0` stays `1.0`). */
export interface NumberValue { readonly t: 'number'; readonly value: number | bigint; readonly raw: string }
export interface BooleanValue { readonly t: 'boolean'; readonly value: boolean }
export interface NullValue { readonly t: 'null' }
export interface RefValue {
  readonly t: 'ref';
  /** Full path, including the prefix of the include it came from. */
  readonly path: readonly string[];
  /** How many leading elements of `path` are the include prefix (looked up with and then without it). */
  readonly prefixLength: number;
  readonly optional: boolean;
  /** `${...}` as written, and `file:line:column`, for messages. */
  readonly text: string;
  readonly where: string;
}
export interface ConcatValue { readonly t: 'concat'; readonly pieces: readonly HoconValue[] }
/** Values assigned to one path, newest first, that cannot be merged until resolved. */
export interface MergeValue { readonly t: 'merge'; readonly stack: readonly HoconValue[] }

export const isUnresolved = (v: HoconValue): v is RefValue | ConcatValue | MergeValue => v.t === 'ref' || v.t === 'concat' || v.t === 'merge';

export const str = (value: string, quoted = true): StringValue => ({ t: 'string', value, quoted });
export const obj = (fields: Map<string, HoconValue> = new Map(), trailing = false): ObjectValue => (trailing ? { t: 'object', fields, trailing } : { t: 'object', fields });
export const list = (items: readonly HoconValue[]): ListValue => ({ t: 'list', items });

/** Deep check used where Typesafe refuses unresolved content (an include inside a list). */
export function containsUnresolved(v: HoconValue): boolean {
  if (isUnresolved(v)) return true;
  if (v.t === 'object') return [...v.fields.values()].some(containsUnresolved);
  if (v.t === 'list') return v.items.some(containsUnresolved);
  return false;
}

/**
 * `newer.withFallback(older)`: objects merge key by key, any other resolved value hides what came
 * before, and an unresolved side makes a merge stack decided after resolution.
 */
export function withFallback(newer: HoconValue, older: HoconValue): HoconValue {
  if (isUnresolved(newer)) return { t: 'merge', stack: [...stackOf(newer), ...stackOf(older)] };
  if (newer.t !== 'object') return newer;
  if (older.t === 'object') return mergeObjects(newer, older, withFallback);
  if (isUnresolved(older)) return { t: 'merge', stack: [newer, ...stackOf(older)] };
  return newer;
}

const stackOf = (v: HoconValue): readonly HoconValue[] => (v.t === 'merge' ? v.stack : [v]);

/** Key-wise merge; keys keep first-seen order, except a `trailing` fallback whose keys go last. */
export function mergeObjects(newer: ObjectValue, older: ObjectValue, mergeChild: (n: HoconValue, o: HoconValue) => HoconValue): ObjectValue {
  const fields = new Map<string, HoconValue>();
  const [first, second] = older.trailing ? [newer, older] : [older, newer];
  for (const k of first.fields.keys()) fields.set(k, undefined as unknown as HoconValue);
  for (const k of second.fields.keys()) fields.set(k, undefined as unknown as HoconValue);
  for (const k of fields.keys()) {
    const n = newer.fields.get(k);
    const o = older.fields.get(k);
    fields.set(k, n === undefined ? o! : o === undefined ? n : mergeChild(n, o));
  }
  return obj(fields, newer.trailing === true);
}

/**
 * Joins the pieces of a concatenation as far as they are resolved (Typesafe's ConfigConcatenation
 * consolidate/join): strings and scalars join as text, lists append, objects merge (right wins),
 * unquoted text after a list or object is dropped. Returns the remaining pieces (one when fully joined).
 */
export function consolidate(pieces: readonly HoconValue[], where: string): HoconValue[] {
  const out: HoconValue[] = [];
  for (const p of pieces.flatMap((x) => (x.t === 'concat' ? x.pieces : [x]))) {
    if (out.length === 0) {
      out.push(p);
      continue;
    }
    const joined = join(out[out.length - 1], p, where);
    if (joined === undefined) out.push(p);
    else out[out.length - 1] = joined;
  }
  return out;
}

function join(leftIn: HoconValue, rightIn: HoconValue, where: string): HoconValue | undefined {
  let left = leftIn;
  let right = rightIn;
  if (left.t === 'object' && right.t === 'list') left = objectToList(left);
  else if (left.t === 'list' && right.t === 'object') right = objectToList(right);
  if (left.t === 'object' && right.t === 'object') return withFallback(right, left);
  if (left.t === 'list' && right.t === 'list') return list([...left.items, ...right.items]);
  if ((left.t === 'list' || left.t === 'object') && right.t === 'string' && !right.quoted) return left;
  if (isUnresolved(left) || isUnresolved(right)) return undefined;
  const s1 = scalarText(left);
  const s2 = scalarText(right);
  if (s1 === undefined || s2 === undefined) {
    throw new SeatideError(ErrorCodes.CONFIG_SYNTAX, `${where}: cannot concatenate ${kindName(left)} with ${kindName(right)} (only strings and scalars join as text; lists join lists and objects join objects)`, { details: { at: where } });
  }
  return str(s1 + s2);
}

/** An object with integer keys (`{"0": a, "1": b}`) becomes a list when concatenated with a list. */
function objectToList(o: ObjectValue): HoconValue {
  const numbered = [...o.fields.entries()].filter(([k]) => /^-?\d{1,9}$/.test(k)).map(([k, v]) => [Number(k), v] as const);
  if (numbered.length === 0) return o;
  return list(numbered.sort((a, b) => a[0] - b[0]).map(([, v]) => v));
}

/** The text a scalar contributes to a string concatenation; undefined for lists and objects. */
export function scalarText(v: HoconValue): string | undefined {
  switch (v.t) {
    case 'string': return v.value;
    case 'number': return v.raw;
    case 'boolean': return v.value ? 'true' : 'false';
    case 'null': return 'null';
    default: return undefined;
  }
}

const kindName = (v: HoconValue): string => (v.t === 'object' ? 'an object' : v.t === 'list' ? 'a list' : `the ${v.t} ${JSON.stringify(scalarText(v) ?? '')}`);

/** `{k1: {k2: ... value}}` for the rest of a `a->b->c` key. */
export function underPath(keys: readonly string[], value: HoconValue): HoconValue {
  let v = value;
  for (let i = keys.length - 1; i >= 0; i--) v = obj(new Map([[keys[i], v]]));
  return v;
}
