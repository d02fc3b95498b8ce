import fs from 'node:fs';
import path from 'node:path';
import { ErrorCodes, SeatideError } from '../errors';
import type { IncludeLoader } from './hocon-builder';
import { formatPosition } from './hocon-syntax-error';
import type { Syntax } from './hocon-tokenizer';
import { obj, withFallback, type ObjectValue } from './hocon-value';

/** Parses one included file into an unresolved object (see parse-hocon.ts). */
export type ParseIncluded = (text: string, file: string, syntax: Syntax, prefix: readonly string[], include: IncludeLoader) => ObjectValue;

const MAX_DEPTH = 50;

/**
 * Includes of local files only, relative to the including file's folder: `include "x.conf"`,
 * `include file("x")`, `include required("x")`. A name without a known extension tries `.conf` then
 * `.json` and merges what exists (`.conf` wins), as Typesafe does. `url(...)` and `classpath(...)` are
 * refused: a job config must not make the runtime fetch or search for anything.
 */
export function createIncludeLoader(parse: ParseIncluded, chain: readonly string[] = []): IncludeLoader {
  return (include, fromFile, prefix) => {
    const where = formatPosition({ file: fromFile, line: include.line, column: include.column });
    if (include.target === 'url' || include.target === 'classpath') {
      throw includeError(where, `include ${include.target}("${include.name}") is not supported; only local files can be included`);
    }
    const base = path.isAbsolute(include.name) ? include.name : path.resolve(path.dirname(path.resolve(fromFile)), include.name);
    const candidates = /\.(conf|json|properties)$/.test(base) ? [base] : [`${base}.conf`, `${base}.json`];
    let merged: ObjectValue | undefined;
    for (const file of candidates.filter((f) => fs.existsSync(f) && fs.statSync(f).isFile())) {
      if (file.endsWith('.properties')) throw includeError(where, `including .properties files is not supported: ${file}`);
      if (chain.includes(file) || chain.length >= MAX_DEPTH) throw includeError(where, `include cycle: ${[...chain, file].join(' -> ')}`);
      const text = fs.readFileSync(file, 'utf8');
      const value = parse(text, file, file.endsWith('.json') ? 'json' : 'conf', prefix, createIncludeLoader(parse, [...chain, file]));
      // candidates go from most to least preferred, so later ones are fallbacks
      merged = merged === undefined ? value : (withFallback(merged, value) as ObjectValue);
    }
    if (merged) return merged;
    if (include.required) throw includeError(where, `included file not found: ${candidates.join(' or ')}`);
    return obj();
  };
}

function includeError(where: string, text: string): SeatideError {
  return new SeatideError(ErrorCodes.CONFIG_INCLUDE, `${where}: ${text}`, { details: { at: where } });
}
