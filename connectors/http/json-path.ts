/**
 * A JSONPath evaluator for the paths SeaTunnel's Http connector takes (`content_field`, `json_field`),
 * read as Jayway JsonPath does with ALWAYS_RETURN_LIST and DEFAULT_PATH_LEAF_TO_NULL: the result is always
 * a list of matches, and a missing last property yields null (so parallel `json_field` paths stay
 * aligned). Supported: `$`, `.name`, `['name']`, `..name` (deep scan), `.*` / `[*]`, `[0]`, `[-1]`,
 * `[0,2]`, `['a','b']`, `[1:3]` (with step). Filters `[?(...)]` and functions are rejected; nothing is
 * evaluated as code.
 */

type Segment =
  | { readonly kind: 'names'; readonly names: readonly string[] }
  | { readonly kind: 'indexes'; readonly indexes: readonly number[] }
  | { readonly kind: 'slice'; readonly start?: number; readonly end?: number; readonly step: number }
  | { readonly kind: 'wildcard' }
  | { readonly kind: 'deep'; readonly inner: Segment };

export interface JsonPath {
  readonly path: string;
  /** No wildcard, deep scan, slice or multiple selection: at most one match. */
  readonly definite: boolean;
  read(document: unknown): unknown[];
}

export function compileJsonPath(path: string): JsonPath {
  const segments = parse(path);
  const definite = segments.every((s) => (s.kind === 'names' && s.names.length === 1) || (s.kind === 'indexes' && s.indexes.length === 1));
  return {
    path,
    definite,
    read: (document) => evaluate(segments, document),
  };
}

function parse(path: string): Segment[] {
  const p = path.trim();
  const fail = (why: string, at: number): never => {
    throw new Error(`invalid JSONPath '${path}' at ${at}: ${why}`);
  };
  if (!p.startsWith('$')) fail("a path starts with '$'", 0);
  const out: Segment[] = [];
  let i = 1;
  const name = (): string => {
    const m = /^[^.[\]\s]+/.exec(p.slice(i));
    if (!m) return fail('expected a property name', i);
    i += m[0].length;
    return m[0];
  };
  while (i < p.length) {
    if (p.startsWith('..', i)) {
      i += 2;
      if (p[i] === '*') {
        i++;
        out.push({ kind: 'deep', inner: { kind: 'wildcard' } });
      } else if (p[i] === '[') {
        out.push({ kind: 'deep', inner: bracket() });
      } else {
        out.push({ kind: 'deep', inner: { kind: 'names', names: [name()] } });
      }
    } else if (p[i] === '.') {
      i++;
      if (p[i] === '*') {
        i++;
        out.push({ kind: 'wildcard' });
      } else {
        out.push({ kind: 'names', names: [name()] });
      }
    } else if (p[i] === '[') {
      out.push(bracket());
    } else {
      fail(`unexpected '${p[i]}'`, i);
    }
  }
  return out;

  function bracket(): Segment {
    const close = findClose(p, i);
    if (close < 0) return fail("missing ']'", i);
    const inside = p.slice(i + 1, close).trim();
    const at = i;
    i = close + 1;
    if (inside === '*') return { kind: 'wildcard' };
    if (inside.startsWith('?') || inside.startsWith('(')) return fail('filters and expressions are not supported', at);
    if (/^['"]/.test(inside)) {
      const names: string[] = [];
      const re = /\s*(?:'((?:[^'\\]|\\.)*)'|"((?:[^"\\]|\\.)*)")\s*(?:,|$)/gy;
      let m: RegExpExecArray | null;
      while (re.lastIndex < inside.length && (m = re.exec(inside))) names.push((m[1] ?? m[2]).replace(/\\(.)/g, '$1'));
      if (re.lastIndex !== inside.length || names.length === 0) return fail('bad quoted name list', at);
      return { kind: 'names', names };
    }
    const slice = /^(-?\d+)?\s*:\s*(-?\d+)?\s*(?::\s*(-?\d+))?$/.exec(inside);
    if (slice) {
      const step = slice[3] ? Number(slice[3]) : 1;
      if (step === 0) fail('slice step cannot be 0', at);
      return { kind: 'slice', start: slice[1] ? Number(slice[1]) : undefined, end: slice[2] ? Number(slice[2]) : undefined, step };
    }
    if (/^-?\d+(\s*,\s*-?\d+)*$/.test(inside)) return { kind: 'indexes', indexes: inside.split(',').map((x) => Number(x.trim())) };
    return fail(`unsupported selector [${inside}]`, at);
  }
}

function findClose(p: string, open: number): number {
  let quote = '';
  for (let j = open + 1; j < p.length; j++) {
    const c = p[j];
    if (quote) {
      if (c === '\\') j++;
      else if (c === quote) quote = '';
    } else if (c === "'" || c === '"') quote = c;
    else if (c === ']') return j;
  }
  return -1;
}

// Exact numbers parsed by lossless-json are objects too; they are leaves here.
const isObject = (v: unknown): v is Record<string, unknown> =>
  typeof v === 'object' && v !== null && !Array.isArray(v) && (v as { isLosslessNumber?: unknown }).isLosslessNumber !== true;

function evaluate(segments: readonly Segment[], document: unknown): unknown[] {
  let current: unknown[] = [document];
  segments.forEach((seg, n) => {
    const last = n === segments.length - 1;
    const next: unknown[] = [];
    for (const node of current) apply(seg, node, last, next);
    current = next;
  });
  return current;
}

function apply(seg: Segment, node: unknown, last: boolean, out: unknown[]): void {
  switch (seg.kind) {
    case 'names':
      if (!isObject(node)) return;
      for (const n of seg.names) {
        if (Object.prototype.hasOwnProperty.call(node, n)) out.push(node[n]);
        else if (last) out.push(null); // DEFAULT_PATH_LEAF_TO_NULL
      }
      return;
    case 'indexes':
      if (!Array.isArray(node)) return;
      for (const k of seg.indexes) {
        const idx = k < 0 ? node.length + k : k;
        if (idx >= 0 && idx < node.length) out.push(node[idx]);
      }
      return;
    case 'slice': {
      if (!Array.isArray(node)) return;
      const len = node.length;
      const norm = (v: number | undefined, dflt: number) => (v === undefined ? dflt : v < 0 ? Math.max(0, len + v) : Math.min(v, len));
      if (seg.step > 0) for (let k = norm(seg.start, 0); k < norm(seg.end, len); k += seg.step) out.push(node[k]);
      else for (let k = seg.start === undefined ? len - 1 : norm(seg.start, len - 1); k > (seg.end === undefined ? -1 : norm(seg.end, -1)); k += seg.step) out.push(node[k]);
      return;
    }
    case 'wildcard':
      if (Array.isArray(node)) out.push(...node);
      else if (isObject(node)) out.push(...Object.values(node));
      return;
    case 'deep': {
      // Jayway scans depth-first: the node itself, then its children, each subtree in document order.
      const visit = (v: unknown) => {
        apply(seg.inner, v, false, out);
        if (Array.isArray(v)) v.forEach(visit);
        else if (isObject(v)) Object.values(v).forEach(visit);
      };
      visit(node);
      return;
    }
  }
}
