import { ErrorCodes, SeatideError } from '../errors';
import type { ConfigObject } from '../options/readonly-config';

/**
 * Sink placeholders SeaTunnel fills per table at run time; `-i` may not define them and the
 * variable pass leaves `${table_name}` / `${table_name:x}` alone so the sink can still see them.
 */
export const RESERVED_PLACEHOLDERS: ReadonlySet<string> = new Set([
  'database_name', 'schema_name', 'schema_full_name', 'table_name', 'table_full_name', 'primary_key', 'unique_key', 'field_names',
]);

/**
 * Splits one `-i` argument as SeaTunnel's ParameterSplitter does: on commas outside `"..."` and
 * `[...]` (quotes and brackets are kept), trimming each item and dropping a trailing empty one.
 */
export function splitVariableArgument(value: string): string[] {
  const out: string[] = [];
  let current = '';
  let inBrackets = false;
  let inQuotes = false;
  for (const c of value) {
    if (c === '[') inBrackets = true;
    else if (c === ']') inBrackets = false;
    else if (c === '"') inQuotes = !inQuotes;
    if (c === ',' && !inQuotes && !inBrackets) {
      out.push(javaTrim(current));
      current = '';
    } else {
      current += c;
    }
  }
  if (current.length > 0) out.push(javaTrim(current));
  return out;
}

/**
 * Raw `-i` arguments to name → value (split on the first `=`; items without one are ignored; the last
 * definition wins). Rejects the reserved sink placeholder names with CONFIG-05.
 */
export function parseVariables(args: readonly string[]): Map<string, string> {
  const vars = new Map<string, string>();
  for (const item of args.flatMap(splitVariableArgument)) {
    const eq = item.indexOf('=');
    if (eq < 0) continue;
    const key = item.slice(0, eq);
    if (RESERVED_PLACEHOLDERS.has(key)) {
      throw new SeatideError(ErrorCodes.CONFIG_VARIABLE, `System placeholders cannot be used. Incorrect config parameter: ${key}`, { details: { variable: key } });
    }
    vars.set(key, item.slice(eq + 1));
  }
  return vars;
}

/**
 * The variables as a tree for unquoted substitutions, as SeaTunnel's patched PropertiesParser builds it:
 * keys split on `.` (so `${a->b}` finds `-i a.b=v`), a key that is also a parent is dropped, and a value
 * written `[x,y]` becomes the list ["x", "y"] (split on commas, nothing trimmed).
 */
export function variablesTree(vars: ReadonlyMap<string, string>): Record<string, unknown> {
  const paths = [...vars.keys()].map((k) => k.split('.'));
  const parents = new Set<string>();
  for (const p of paths) for (let i = 1; i < p.length; i++) parents.add(p.slice(0, i).join('\u0000'));
  const root: Record<string, unknown> = Object.create(null);
  for (const p of paths) {
    if (parents.has(p.join('\u0000'))) continue;
    let node = root;
    for (const key of p.slice(0, -1)) {
      if (typeof node[key] !== 'object' || node[key] === null) node[key] = Object.create(null);
      node = node[key] as Record<string, unknown>;
    }
    const raw = vars.get(p.join('.'))!;
    node[p[p.length - 1]] = raw.startsWith('[') && raw.endsWith(']') && raw.length >= 2 ? javaSplitComma(raw.slice(1, -1)) : raw;
  }
  return root;
}

const PLACEHOLDER = /\$\{([^:{}]+)(?::[^}]*)?\}/g;

/**
 * SeaTunnel's variable pass over string values: `${name}` / `${name:default}` take the `-i` value, else
 * the default (trimmed; `${name:}` is empty), else stay as written. Replacements are strings. Like
 * SeaTunnel it walks objects under the top-level keys (and objects directly in top-level lists, i.e.
 * plugins) and strings in lists, but not objects inside lists (FakeSource `rows` stay untouched), and
 * top-level scalars are not touched. Reserved sink placeholders are skipped. Mutates and returns `config`.
 */
export function substituteVariables(config: ConfigObject, vars: ReadonlyMap<string, string>): ConfigObject {
  for (const value of Object.values(config)) {
    if (isMap(value)) substituteInMap(value, vars);
    else if (Array.isArray(value)) for (const item of value) if (isMap(item)) substituteInMap(item, vars);
  }
  return config;
}

function substituteInMap(map: Record<string, unknown>, vars: ReadonlyMap<string, string>): void {
  for (const [key, value] of Object.entries(map)) {
    if (isMap(value)) substituteInMap(value, vars);
    else if (Array.isArray(value)) map[key] = value.map((x) => (typeof x === 'string' ? substituteString(x, vars) : x));
    else if (typeof value === 'string') map[key] = substituteString(value, vars);
  }
}

export function substituteString(input: string, vars: ReadonlyMap<string, string>): string {
  if (!input.includes('${')) return input;
  let out = input;
  for (const m of input.matchAll(PLACEHOLDER)) {
    const name = m[1];
    if (RESERVED_PLACEHOLDERS.has(name)) continue;
    const value = vars.get(name);
    const one = new RegExp(`\\$\\{${escapeRegExp(name)}(:[^}]*)?\\}`, 'g');
    out = out.replace(one, (whole: string, def: string | undefined) => {
      if (value) return value;
      return def === undefined ? whole : javaTrim(def.slice(1));
    });
  }
  return out;
}

const isMap = (v: unknown): v is Record<string, unknown> => typeof v === 'object' && v !== null && !Array.isArray(v);

const escapeRegExp = (s: string): string => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/** String.trim in Java: strips code points up to U+0020 only. */
function javaTrim(s: string): string {
  let a = 0;
  let b = s.length;
  while (a < b && s.charCodeAt(a) <= 0x20) a++;
  while (b > a && s.charCodeAt(b - 1) <= 0x20) b--;
  return s.slice(a, b);
}

/** String.split(",") in Java: trailing empty strings are removed, and "" gives [""]. */
function javaSplitComma(s: string): string[] {
  if (!s.includes(',')) return [s];
  const parts = s.split(',');
  while (parts.length > 0 && parts[parts.length - 1] === '') parts.pop();
  return parts;
}
