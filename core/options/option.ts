import Joi from 'joi';

/** What kind of value an option holds; drives conversion, validation and the docs `seatide plugins` prints. */
export type OptionValueType =
  | 'string' | 'boolean' | 'int' | 'long' | 'float' | 'double' | 'decimal' | 'duration'
  | 'enum' | 'list' | 'map' | 'object' | 'any';

/**
 * An option of a plugin: key, type, default, description and fallback keys (SeaTunnel's `Option<T>`).
 * `R` is what `ReadonlyConfig.get` returns: `T` when there is a default, `T | undefined` otherwise.
 * Values are converted leniently as SeaTunnel does (numbers from numeric strings, booleans and enums
 * case-insensitively, lists from comma strings), and checked by the option's joi schema.
 */
export class Option<T, R = T | undefined> {
  constructor(
    readonly key: string,
    readonly valueType: OptionValueType,
    readonly schema: Joi.Schema,
    readonly defaultValue: T | undefined,
    readonly description: string,
    readonly fallbackKeys: readonly string[],
    /** Allowed values of an enum or single-choice option, in their canonical spelling. */
    readonly choices: readonly string[] = [],
    readonly hasDefault = false,
  ) {}

  /** A copy with a default value: `get` then never returns undefined. */
  defaultTo(value: T): Option<T, T> {
    return new Option<T, T>(this.key, this.valueType, this.schema, value, this.description, this.fallbackKeys, this.choices, true);
  }

  describe(description: string): Option<T, R> {
    return new Option<T, R>(this.key, this.valueType, this.schema, this.defaultValue, description, this.fallbackKeys, this.choices, this.hasDefault);
  }

  withFallbackKeys(...keys: string[]): Option<T, R> {
    return new Option<T, R>(this.key, this.valueType, this.schema, this.defaultValue, this.description, [...this.fallbackKeys, ...keys], this.choices, this.hasDefault);
  }

  /** Narrows the joi schema (ranges, patterns): `.check((s) => s.min(0))`. */
  check(refine: (schema: Joi.Schema) => Joi.Schema): Option<T, R> {
    return new Option<T, R>(this.key, this.valueType, refine(this.schema), this.defaultValue, this.description, this.fallbackKeys, this.choices, this.hasDefault);
  }

  /** Lower bound of a numeric option (inclusive). */
  min(n: number): Option<T, R> {
    return this.check((s) => s.custom((v: unknown) => {
      if (typeof v === 'number' && v < n) throw new Error(`must be greater than or equal to ${n}`);
      return v;
    }, `min ${n}`));
  }

  /** Upper bound of a numeric option (inclusive). */
  max(n: number): Option<T, R> {
    return this.check((s) => s.custom((v: unknown) => {
      if (typeof v === 'number' && v > n) throw new Error(`must be less than or equal to ${n}`);
      return v;
    }, `max ${n}`));
  }

  /** Names of the option, the key first, then its fallback keys. */
  get allKeys(): readonly string[] {
    return [this.key, ...this.fallbackKeys];
  }
}

export type AnyOption = Option<unknown, unknown>;

const INT_MIN = -2147483648;
const INT_MAX = 2147483647;

/** Lenient boolean: true/false in any case, as SeaTunnel's ReadonlyConfig. */
const booleanSchema = Joi.boolean().truthy('TRUE', 'True').falsy('FALSE', 'False').sensitive(false);

/** A list: a JSON/HOCON list, or a string split on commas and trimmed. */
function listSchema(item: Joi.Schema): Joi.Schema {
  return Joi.alternatives().try(
    Joi.array().items(item),
    Joi.string().custom((v: string) => (v.trim() === '' ? [] : v.split(',').map((s) => s.trim())), 'comma list'),
  );
}

/** Strings from any scalar; objects and lists become JSON text, as SeaTunnel's String conversion. */
const stringSchema = Joi.any().custom((v: unknown) => {
  if (v === null || v === undefined) return v;
  if (typeof v === 'object') return JSON.stringify(v);
  return String(v);
}, 'string');

/** Starts an option definition: `Options.key('row.num').intType().defaultTo(5).describe('...')`. */
export const Options = {
  key(key: string) {
    const make = <T>(type: OptionValueType, schema: Joi.Schema, choices: string[] = []) =>
      new Option<T>(key, type, schema, undefined, '', [], choices);
    return {
      stringType: () => make<string>('string', stringSchema),
      booleanType: () => make<boolean>('boolean', booleanSchema),
      intType: () => make<number>('int', Joi.number().integer().min(INT_MIN).max(INT_MAX)),
      longType: () => make<number>('long', numberSchema(Joi.number().integer().unsafe())),
      floatType: () => make<number>('float', numberSchema(Joi.number().unsafe())),
      doubleType: () => make<number>('double', numberSchema(Joi.number().unsafe())),
      /** Exact decimals stay strings so no digits are lost. */
      decimalType: () => make<string>('decimal', Joi.alternatives().try(Joi.string().pattern(/^[+-]?\d*\.?\d+([eE][+-]?\d+)?$/), Joi.number().custom((n: number) => String(n)))),
      /** Milliseconds, from a number or a `10s`/`5m`/`100ms` string. */
      durationType: () => make<number>('duration', Joi.alternatives().try(Joi.number().min(0), Joi.string().custom(parseDuration, 'duration'))),
      /** Case-insensitive enum: the value comes back in the spelling given in `values`. */
      enumType: <E extends string>(...values: E[]) => make<E>('enum', enumSchema(values), values),
      /** A string restricted to `values` (SeaTunnel's singleChoice), compared exactly. */
      singleChoice: <E extends string>(...values: E[]) => make<E>('enum', Joi.string().valid(...values), values),
      listType: () => make<string[]>('list', listSchema(stringSchema)),
      intListType: () => make<number[]>('list', listSchema(Joi.number().integer())),
      numberListType: () => make<number[]>('list', listSchema(Joi.number())),
      mapType: () => make<Record<string, string>>('map', Joi.object().pattern(/.*/, stringSchema)),
      objectType: <T = Record<string, unknown>>() => make<T>('object', Joi.object().unknown(true)),
      objectListType: <T = Record<string, unknown>>() => make<T[]>('list', Joi.array().items(Joi.object().unknown(true))),
      anyType: <T = unknown>() => make<T>('any', Joi.any()),
    };
  },
};

/**
 * Numbers beyond 2^53 are legitimate option values (`double.max = 1.7976931348623157E308`), and the config
 * parser keeps big integers exact as bigint; both are accepted and read as JS numbers.
 */
function numberSchema(base: Joi.NumberSchema): Joi.Schema {
  return Joi.any().custom((v: unknown) => {
    const { value, error } = base.validate(typeof v === 'bigint' ? Number(v) : v, { convert: true });
    if (error) throw new Error(error.details[0].message.replace(/^"value" /, ''));
    return value as number;
  }, 'number');
}

function enumSchema(values: readonly string[]): Joi.Schema {
  return Joi.any().custom((v: unknown, helpers) => {
    const hit = typeof v === 'string' ? values.find((x) => x.toLowerCase() === v.trim().toLowerCase()) : undefined;
    if (hit === undefined) return helpers.error('any.only', { valids: values });
    return hit;
  }, 'enum');
}

function parseDuration(text: string): number {
  const m = /^\s*(\d+(?:\.\d+)?)\s*(ms|s|m|h|d)?\s*$/i.exec(text);
  if (!m) throw new Error(`'${text}' is not a duration`);
  const unit = { ms: 1, s: 1000, m: 60_000, h: 3_600_000, d: 86_400_000 }[(m[2] ?? 'ms').toLowerCase() as 'ms'];
  return Number(m[1]) * unit;
}
