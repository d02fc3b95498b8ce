import { Types } from '../../../core/types/data-type';
import { type JavaPattern, compileJavaRegex, javaReplacement } from '../../java-regex';
import { javaString } from '../java-text';
import { SqlRuntimeError } from '../sql-error';
import { type Arg, type SqlFunction, expectArgs } from '../sql-function';
import { doubleToInt, toDouble } from '../values';

/** REGEXP_REPLACE, REGEXP_LIKE and REGEXP_SUBSTR: Java regular expressions, H2's argument forms. */

const int = (v: unknown): number => doubleToInt(toDouble(v as number));

export const regexFunctions: readonly SqlFunction[] = [regexpReplace(), regexpLike(), regexpSubstr()];

/** Regex flags of REGEXP_* (`i`, `c`, `n`, `m`); patterns that are literals compile once. */
function regexFor(pattern: Arg, mode: Arg | undefined): (f: readonly unknown[]) => JavaPattern {
  const build = (p: string, m: string | null): JavaPattern => {
    let caseInsensitive = false;
    let dotAll = false;
    let multiline = false;
    for (const c of m ?? '') {
      if (c === 'i') caseInsensitive = true;
      else if (c === 'c') caseInsensitive = false;
      else if (c === 'n') dotAll = true;
      else if (c === 'm') multiline = true;
      else throw new SqlRuntimeError(`Unsupported regexpMode arg: ${m}`);
    }
    try {
      return compileJavaRegex(p, { caseInsensitive, dotAll, multiline });
    } catch (e) {
      throw new SqlRuntimeError((e as Error).message);
    }
  };
  if (pattern.isConst && (!mode || mode.isConst) && typeof pattern.value === 'string') {
    const compiled = build(pattern.value, (mode?.value as string | null) ?? null);
    return () => compiled;
  }
  const cache = new Map<string, JavaPattern>();
  return (f) => {
    const p = pattern.eval(f) as string | null;
    const m = mode ? (mode.eval(f) as string | null) : null;
    if (p === null) throw new SqlRuntimeError('regular expression must not be null');
    const key = `${m ?? ''}\u0000${p}`;
    let c = cache.get(key);
    if (!c) {
      if (cache.size > 1000) cache.clear();
      c = build(p, m);
      cache.set(key, c);
    }
    return c;
  };
}

function regexpReplace(): SqlFunction {
  return {
    names: ['REGEXP_REPLACE'], minArgs: 3, maxArgs: 4,
    type: (args, name) => {
      expectArgs(name, args, ['string']);
      return Types.STRING;
    },
    compile: ([input, pattern, replacement, mode]) => {
      const regex = regexFor(pattern, mode);
      return (f) => {
        const s = input.eval(f) as string | null;
        if (s === null) return null;
        const p = regex(f);
        const r = replacement.eval(f);
        if (r === null) return null;
        try {
          return s.replace(p.global, javaReplacement(javaString(r), p.groupCount));
        } catch (e) {
          throw new SqlRuntimeError(`REGEXP_REPLACE: ${(e as Error).message}`);
        }
      };
    },
  };
}

function regexpLike(): SqlFunction {
  return {
    names: ['REGEXP_LIKE'], minArgs: 2, maxArgs: 3,
    type: (args, name) => {
      expectArgs(name, args, ['string']);
      return Types.BOOLEAN;
    },
    compile: ([input, pattern, mode]) => {
      const regex = regexFor(pattern, mode);
      return (f) => {
        const s = input.eval(f) as string | null;
        return s === null ? null : regex(f).regex.test(s);
      };
    },
  };
}

/** REGEXP_SUBSTR(s, regex[, position, occurrence, mode, group]): the 6-argument form or the 2-argument one. */
function regexpSubstr(): SqlFunction {
  return {
    names: ['REGEXP_SUBSTR'], minArgs: 2, maxArgs: 6,
    type: (args, name) => {
      expectArgs(name, args, ['string', 'string', 'numeric', 'numeric', 'string', 'numeric']);
      return Types.STRING;
    },
    compile: ([input, pattern, position, occurrence, mode, group]) => {
      const regex = regexFor(pattern, mode);
      const num = (a: Arg | undefined, f: readonly unknown[], dflt: number) => {
        const v = a?.eval(f);
        return v === null || v === undefined ? dflt : int(v);
      };
      return (f) => {
        const s = input.eval(f) as string | null;
        if (s === null) return null;
        const p = regex(f).global;
        p.lastIndex = Math.max(0, num(position, f, 1) - 1);
        const wanted = num(occurrence, f, 1);
        let m: RegExpExecArray | null = null;
        for (let k = 0; k < Math.max(1, wanted); k++) {
          m = p.exec(s);
          if (!m) return null;
          if (m[0] === '') p.lastIndex++;
        }
        const g = num(group, f, 0);
        if (g < 0 || g >= m!.length) throw new SqlRuntimeError(`REGEXP_SUBSTR: No group ${g}`);
        return m![g] ?? null;
      };
    },
  };
}
