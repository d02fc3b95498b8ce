import path from 'node:path';
import { ErrorCodes, SeatideError } from '../errors';
import type { ConfigObject } from '../options/readonly-config';
import { buildValue, type IncludeLoader } from './hocon-builder';
import { createIncludeLoader } from './hocon-includes';
import { parseAst } from './hocon-parser';
import { resolveDocument } from './hocon-resolver';
import { syntaxError } from './hocon-syntax-error';
import { tokenize, type Syntax } from './hocon-tokenizer';
import { list, obj, str, type HoconValue, type ObjectValue } from './hocon-value';

export type { Syntax } from './hocon-tokenizer';

/** A plain config value as returned to callers: integers beyond 2^53 are bigints so no digit is lost. */
export type PlainValue = string | number | bigint | boolean | null | PlainValue[] | { [key: string]: PlainValue };

export interface ParseHoconOptions {
  /** Path or label used in messages; relative includes are resolved against its folder. */
  readonly file?: string;
  /** `json` switches to strict JSON and turns SeaTunnel's plugin-list conversion off. */
  readonly syntax?: Syntax;
  /** Fallback for substitutions the document does not define (default: none). */
  readonly env?: Readonly<Record<string, string | undefined>>;
  /** The `-i` variables as a tree of strings and string lists, consulted after `env`. */
  readonly variables?: Readonly<Record<string, unknown>>;
}

/**
 * Parses HOCON (or JSON) text with SeaTunnel's patched Typesafe Config semantics and resolves its
 * substitutions: `->` is the path separator, top-level `source`/`transform`/`sink` blocks become
 * plugin lists, numbers follow Typesafe (int, long, double; whole doubles become integers).
 * Throws CONFIG-02 (syntax, with file:line:column), CONFIG-03 (unresolved substitution) or CONFIG-06 (include).
 */
export function parseHocon(text: string, options: ParseHoconOptions = {}): ConfigObject {
  const file = options.file ?? '<text>';
  const chain = options.file ? [path.resolve(options.file)] : [];
  const root = parseDocument(text, file, options.syntax ?? 'conf', [], createIncludeLoader(parseDocument, chain));
  const resolved = resolveDocument(root, { env: options.env ?? {}, variables: fromPlain(options.variables ?? {}) as ObjectValue });
  return toPlain(resolved) as ConfigObject;
}

/** Text to the unresolved value tree of its root object. */
export function parseDocument(text: string, file: string, syntax: Syntax, prefix: readonly string[], include: IncludeLoader): ObjectValue {
  const ast = parseAst(tokenize(text, file, syntax), file, syntax);
  if (ast.kind !== 'object') throw syntaxError({ file, line: ast.kind === 'simple' ? ast.token.line : ast.line, column: 1 }, 'the root of a config must be an object, not a list');
  return buildValue(ast, { file, syntax, prefix, include }) as ObjectValue;
}

/** A resolved value tree to plain objects and arrays (keys set as own data properties, even `__proto__`). */
export function toPlain(v: HoconValue): PlainValue {
  switch (v.t) {
    case 'object': {
      const out: { [key: string]: PlainValue } = {};
      for (const [k, child] of v.fields) {
        const value = toPlain(child);
        if (k === '__proto__') Object.defineProperty(out, k, { value, enumerable: true, writable: true, configurable: true });
        else out[k] = value;
      }
      return out;
    }
    case 'list': return v.items.map(toPlain);
    case 'string':
    case 'number':
    case 'boolean': return v.value;
    case 'null': return null;
    default: throw new SeatideError(ErrorCodes.INTERNAL, `an unresolved ${v.t} value was left after resolution`);
  }
}

/** Plain data (the `-i` tree) to values that substitutions can return. */
export function fromPlain(v: unknown): HoconValue {
  if (Array.isArray(v)) return list(v.map(fromPlain));
  if (v !== null && typeof v === 'object') return obj(new Map(Object.entries(v).map(([k, x]) => [k, fromPlain(x)])));
  if (typeof v === 'number' || typeof v === 'bigint') return { t: 'number', value: v, raw: String(v) };
  if (typeof v === 'boolean') return { t: 'boolean', value: v };
  if (v === null || v === undefined) return { t: 'null' };
  return str(String(v));
}
