import { ErrorCodes, SeatideError } from '../core/errors';
import { Options } from '../core/options/option';
import type { ReadonlyConfig } from '../core/options/readonly-config';
import { type JavaPattern, compileJavaRegex } from './java-regex';

/** The options and renaming rule FieldRename and TableRename share (SeaTunnel's rename transforms). */

export const CONVERT_CASE = Options.key('convert_case').enumType('UPPER', 'LOWER').describe('Upper- or lower-case the name');
export const PREFIX = Options.key('prefix').stringType().describe('Text put before the name (trimmed)');
export const SUFFIX = Options.key('suffix').stringType().describe('Text put after the name (trimmed)');
export const REPLACEMENTS_WITH_REGEX = Options.key('replacements_with_regex').objectListType()
  .describe('[{replace_from, replace_to, is_regex = true}]: the last rule that matches replaces its matches');

export interface RenameRule {
  (name: string): string;
  /** Case conversion alone (TableRename applies it to database and schema names). */
  readonly convertCase: (name: string) => string;
}

/**
 * Builds the rule from the options: the last replacement rule that matches the original name wins and its
 * matches are replaced (after case conversion, at the same positions), then prefix and suffix are added.
 */
export function renameRule(options: ReadonlyConfig, plugin: string): RenameRule {
  const mode = options.get(CONVERT_CASE);
  const convertCase = (n: string) => (mode === 'UPPER' ? n.toUpperCase() : mode === 'LOWER' ? n.toLowerCase() : n);
  const prefix = (options.get(PREFIX) ?? '').trim();
  const suffix = (options.get(SUFFIX) ?? '').trim();
  const rules = (options.get(REPLACEMENTS_WITH_REGEX) ?? []).map((r, k) => replacement(r, k, plugin)).filter((r) => r.from !== '');
  const rule = (name: string): string => {
    let to = '';
    let spans: [number, number][] = [];
    for (const r of rules) {
      const found = r.matches(name);
      if (found.length) {
        to = r.to;
        spans = found;
      }
    }
    let out = convertCase(name);
    let offset = 0;
    for (const [start, end] of spans) {
      out = out.slice(0, start + offset) + to + out.slice(end + offset);
      offset += to.length - (end - start);
    }
    return prefix + out + suffix;
  };
  return Object.assign(rule, { convertCase });
}

function replacement(raw: Record<string, unknown>, k: number, plugin: string) {
  const from = raw.replace_from === undefined || raw.replace_from === null ? '' : String(raw.replace_from);
  const to = raw.replace_to === undefined || raw.replace_to === null ? '' : String(raw.replace_to).trim();
  const isRegex = raw.is_regex === undefined || raw.is_regex === null ? true : String(raw.is_regex).toLowerCase() === 'true';
  if (!isRegex) return { from, to, matches: (n: string): [number, number][] => (n === from ? [[0, n.length]] : []) };
  let p: JavaPattern | undefined;
  try {
    p = from === '' ? undefined : compileJavaRegex(from);
  } catch (e) {
    throw new SeatideError(ErrorCodes.OPTION_VALIDATE, `transform '${plugin}': replacements_with_regex[${k}].replace_from: ${(e as Error).message}`, {
      cause: e,
      details: { plugin, option: `replacements_with_regex[${k}].replace_from` },
    });
  }
  const matches = (n: string): [number, number][] => {
    if (!p) return [];
    const spans: [number, number][] = [];
    const re = p.global;
    re.lastIndex = 0;
    for (let m = re.exec(n); m; m = re.exec(n)) {
      spans.push([m.index, m.index + m[0].length]);
      if (m[0] === '') re.lastIndex++;
    }
    return spans;
  };
  return { from, to, matches };
}
