import { ErrorCodes, SeatideError } from '../errors';
import type { Option } from './option';

/** A plain config tree as parsed from HOCON or JSON. */
export type ConfigObject = Record<string, unknown>;

export const isConfigObject = (v: unknown): v is ConfigObject =>
  typeof v === 'object' && v !== null && !Array.isArray(v) && Object.getPrototypeOf(v) === Object.prototype;

/** Who owns a config, for error messages: `source 'FakeSource'`, `env`. */
export interface ConfigOwner {
  readonly kind: string;
  readonly identifier: string;
}

export const ownerName = (o: ConfigOwner): string => (o.identifier ? `${o.kind} '${o.identifier}'` : o.kind);

/**
 * Read-only view of one plugin's (or env's) options, with SeaTunnel's lenient lookup: the exact key first
 * (`"row.num"`), then the key split on dots through nested objects (`row { num = 10 }`), then each fallback
 * key the same way. `get` converts and checks the value with the option's schema, so callers receive typed
 * values and errors that name the option and its owner.
 */
export class ReadonlyConfig {
  private readonly cache = new Map<string, unknown>();

  constructor(
    readonly raw: Readonly<ConfigObject>,
    readonly owner: ConfigOwner = { kind: 'config', identifier: '' },
  ) {}

  /** The raw value at `key` (exact, then dotted path), or undefined. */
  lookup(key: string): unknown {
    return lookupKey(this.raw, key);
  }

  /** Which of the option's keys is present, or undefined. */
  presentKey(option: Option<unknown, unknown>): string | undefined {
    return option.allKeys.find((k) => lookupKey(this.raw, k) !== undefined);
  }

  has(option: Option<unknown, unknown>): boolean {
    return this.presentKey(option) !== undefined;
  }

  /** The converted value, or the option's default. Throws API-02 naming the option when the value is invalid. */
  get<T, R>(option: Option<T, R>): R {
    if (this.cache.has(option.key)) return this.cache.get(option.key) as R;
    const key = this.presentKey(option as Option<unknown, unknown>);
    const value = key === undefined ? option.defaultValue : convertOption(option as Option<unknown, unknown>, lookupKey(this.raw, key), this.owner, key);
    this.cache.set(option.key, value);
    return value as R;
  }

  /** A nested object as its own config (for `schema`, `rules`, `tables_configs` entries). */
  sub(key: string): ReadonlyConfig | undefined {
    const v = this.lookup(key);
    return isConfigObject(v) ? new ReadonlyConfig(v, this.owner) : undefined;
  }

  keys(): string[] {
    return Object.keys(this.raw);
  }

  toJSON(): Readonly<ConfigObject> {
    return this.raw;
  }
}

/** Exact key, then the dotted path through nested objects. */
export function lookupKey(tree: Readonly<ConfigObject>, key: string): unknown {
  if (Object.prototype.hasOwnProperty.call(tree, key)) return tree[key];
  if (!key.includes('.')) return undefined;
  // Try every split point so that `a.b.c` finds {a: {"b.c": 1}} as well as {a: {b: {c: 1}}}.
  const parts = key.split('.');
  for (let i = 1; i < parts.length; i++) {
    const head = parts.slice(0, i).join('.');
    const next = tree[head];
    if (Object.prototype.hasOwnProperty.call(tree, head) && isConfigObject(next)) {
      const found = lookupKey(next, parts.slice(i).join('.'));
      if (found !== undefined) return found;
    }
  }
  return undefined;
}

/** Converts and checks one raw value with the option's schema. */
export function convertOption(option: Option<unknown, unknown>, value: unknown, owner: ConfigOwner, key = option.key): unknown {
  if (value === null) return option.defaultValue ?? null;
  const { value: converted, error } = option.schema.validate(value, { convert: true });
  if (error) {
    const expected = option.choices.length ? `one of [${option.choices.join(', ')}]` : describeType(option.valueType);
    throw new SeatideError(
      ErrorCodes.OPTION_VALIDATE,
      `${ownerName(owner)}: option '${key}' expects ${expected}, got ${preview(value)} (${error.details[0]?.message ?? error.message})`,
      { details: { plugin: owner.identifier, kind: owner.kind, option: key } },
    );
  }
  return converted;
}

function describeType(t: string): string {
  switch (t) {
    case 'int': return 'an integer (32-bit)';
    case 'long': return 'an integer';
    case 'float':
    case 'double': return 'a number';
    case 'boolean': return 'true or false';
    case 'list': return 'a list';
    case 'map':
    case 'object': return 'an object';
    case 'duration': return 'a duration in milliseconds';
    case 'decimal': return 'a decimal number';
    default: return `a ${t}`;
  }
}

export function preview(v: unknown): string {
  const s = typeof v === 'string' ? JSON.stringify(v) : JSON.stringify(v, (_k, x) => (typeof x === 'bigint' ? x.toString() : x)) ?? String(v);
  return s.length > 80 ? `${s.slice(0, 77)}...` : s;
}
