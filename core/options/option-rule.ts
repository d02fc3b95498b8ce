import { ErrorCodes, SeatideError } from '../errors';
import type { Option } from './option';
import { type ReadonlyConfig, ownerName } from './readonly-config';

type AnyOpt = Option<unknown, unknown>;

/** One requirement of a rule, as data (SeaTunnel's RequiredOption kinds). */
export type Requirement =
  | { readonly type: 'required'; readonly options: readonly AnyOpt[] }
  | { readonly type: 'exclusive'; readonly options: readonly AnyOpt[] }
  | { readonly type: 'bundled'; readonly options: readonly AnyOpt[] }
  | { readonly type: 'conditional'; readonly when: AnyOpt; readonly values: readonly unknown[]; readonly options: readonly AnyOpt[] };

/**
 * Which options a plugin takes and how they relate: the same data validates a job, documents the plugin
 * (`seatide plugins NAME`) and is served over REST. Built with `OptionRule.builder()`.
 */
export class OptionRule {
  private constructor(
    readonly optionalOptions: readonly AnyOpt[],
    readonly requirements: readonly Requirement[],
  ) {}

  static builder(): OptionRuleBuilder {
    return new OptionRuleBuilder();
  }

  static readonly EMPTY = new OptionRule([], []);

  /** @internal used by the builder */
  static of(optional: AnyOpt[], requirements: Requirement[]): OptionRule {
    return new OptionRule(Object.freeze([...optional]), Object.freeze([...requirements]));
  }

  /** Every option the rule mentions, once, in declaration order. */
  get allOptions(): AnyOpt[] {
    const seen = new Map<string, AnyOpt>();
    for (const o of this.optionalOptions) seen.set(o.key, o);
    for (const r of this.requirements) {
      if (r.type === 'conditional') seen.set(r.when.key, seen.get(r.when.key) ?? r.when);
      for (const o of r.options) seen.set(o.key, seen.get(o.key) ?? o);
    }
    return [...seen.values()];
  }

  /**
   * Checks presence rules in declaration order, then converts every declared option that is set, so a wrong
   * type fails here rather than mid-job. Throws API-02 with SeaTunnel's message, prefixed by the owner.
   */
  validate(config: ReadonlyConfig): void {
    const fail = (message: string, keys: string[]): never => {
      throw new SeatideError(ErrorCodes.OPTION_VALIDATE, `${ownerName(config.owner)}: ${message}`, {
        details: { plugin: config.owner.identifier, kind: config.owner.kind, options: keys },
      });
    };
    const present = (o: AnyOpt) => config.has(o);
    const names = (os: readonly AnyOpt[]) => os.map((o) => `'${o.key}'`).join(', ');
    for (const r of this.requirements) {
      const missing = r.options.filter((o) => !present(o) && !o.hasDefault);
      switch (r.type) {
        case 'required':
          if (missing.length) fail(`There are unconfigured options, the options(${names(missing)}) are required.`, missing.map((o) => o.key));
          break;
        case 'exclusive': {
          const set = r.options.filter(present);
          if (set.length === 0) {
            fail(`There are unconfigured options, these options(${names(r.options)}) are mutually exclusive, allowing only one set("[] for a set") of options to be configured.`, r.options.map((o) => o.key));
          }
          if (set.length > 1) fail(`These options(${names(set)}) are mutually exclusive, allowing only one set("[] for a set") of options to be configured.`, set.map((o) => o.key));
          break;
        }
        case 'bundled': {
          const set = r.options.filter(present);
          if (set.length > 0 && set.length < r.options.length) {
            const absent = r.options.filter((o) => !present(o));
            fail(`These options(${names(r.options)}) are bundled, must be present or absent together. The options present are: ${names(set)}. The options absent are ${names(absent)}.`, absent.map((o) => o.key));
          }
          break;
        }
        case 'conditional': {
          const actual = config.get(r.when);
          const matches = r.values.some((v) => sameValue(actual, v));
          if (matches && missing.length) {
            const cond = r.values.map((v) => `'${r.when.key}' == ${String(v)}`).join(' || ');
            fail(`There are unconfigured options, the options(${names(missing)}) are required because [${cond}] is true.`, missing.map((o) => o.key));
          }
          break;
        }
      }
    }
    for (const o of this.allOptions) if (present(o)) config.get(o);
  }
}

const sameValue = (a: unknown, b: unknown): boolean =>
  typeof a === 'string' && typeof b === 'string' ? a.toLowerCase() === b.toLowerCase() : a === b;

export class OptionRuleBuilder {
  private readonly optionals: AnyOpt[] = [];
  private readonly requirements: Requirement[] = [];
  private readonly keys = new Set<string>();

  private add(o: AnyOpt, where: string): AnyOpt {
    if (this.keys.has(o.key)) throw new Error(`${where} '${o.key}' duplicate in options.`);
    this.keys.add(o.key);
    return o;
  }

  optional(...options: Option<any, any>[]): this {
    for (const o of options) this.optionals.push(this.add(o, 'Optional'));
    return this;
  }

  /** Absolutely required options. A required option must have no default value. */
  required(...options: Option<any, any>[]): this {
    for (const o of options) if (o.hasDefault) throw new Error(`Required option '${o.key}' should have no default value.`);
    this.requirements.push({ type: 'required', options: options.map((o) => this.add(o, 'RequiredOption')) });
    return this;
  }

  /** Exactly one of these must be set. */
  exclusive(...options: Option<any, any>[]): this {
    if (options.length < 2) throw new Error('The number of exclusive options must be greater than 1.');
    this.requirements.push({ type: 'exclusive', options: options.map((o) => this.add(o, 'ExclusiveOption')) });
    return this;
  }

  /** All or none of these. */
  bundled(...options: Option<any, any>[]): this {
    this.requirements.push({ type: 'bundled', options: options.map((o) => this.add(o, 'BundledOption')) });
    return this;
  }

  /** When `when` (its value or default) equals one of `values`, the options are required. */
  conditional<T>(when: Option<T, any>, values: T | readonly T[], ...options: Option<any, any>[]): this {
    const list = Array.isArray(values) ? values : [values];
    const w = when as AnyOpt;
    if (!this.keys.has(w.key)) this.optionals.push(this.add(w, 'Optional'));
    this.requirements.push({ type: 'conditional', when: w, values: list, options: options.map((o) => (this.keys.has(o.key) ? o : this.add(o, 'ConditionalOption'))) });
    return this;
  }

  build(): OptionRule {
    return OptionRule.of(this.optionals, this.requirements);
  }
}
