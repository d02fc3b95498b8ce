/**
 * Java regular expressions on JavaScript's engine. SeaTunnel's Replace, Split, LIKE and REGEXP_* take Java
 * patterns and replacement strings; the common syntax is shared, and the differences that matter in configs
 * are translated here: leading inline flags `(?i)`, `\Q...\E`, `\A` `\z` `\Z`, POSIX `\p{Alpha}` classes,
 * possessive quantifiers and atomic groups (run as greedy ones), `\h`, `\e`. Java replacement strings use
 * `$n`, `${name}` and backslash escapes, and Java's split keeps its own rules for limits and empty strings.
 */
export interface JavaPatternFlags {
  readonly caseInsensitive?: boolean;
  readonly dotAll?: boolean;
  readonly multiline?: boolean;
}

export interface JavaPattern {
  readonly source: string;
  /** Sticky-free, non-global: for test/exec from the start. */
  readonly regex: RegExp;
  /** Global: for scanning every match. */
  readonly global: RegExp;
  readonly groupCount: number;
}

const POSIX: Record<string, string> = {
  Lower: 'a-z', Upper: 'A-Z', ASCII: '\\x00-\\x7F', Alpha: 'a-zA-Z', Digit: '0-9', Alnum: 'a-zA-Z0-9',
  Punct: '!-\\/:-@\\[-`{-~', Graph: '!-~', Print: ' -~', Blank: ' \\t', Cntrl: '\\x00-\\x1F\\x7F',
  XDigit: '0-9a-fA-F', Space: ' \\t\\n\\x0B\\f\\r', javaLowerCase: 'a-z', javaUpperCase: 'A-Z',
  javaWhitespace: ' \\t\\n\\x0B\\f\\r\\x1C-\\x1F',
};
const HORIZONTAL_SPACE = ' \\t\\xA0\\u1680\\u180e\\u2000-\\u200a\\u202f\\u205f\\u3000';

/** Compiles a Java pattern; throws an Error whose message names the pattern when it is not valid. */
export function compileJavaRegex(pattern: string, flags: JavaPatternFlags = {}): JavaPattern {
  let src = pattern;
  let i = !!flags.caseInsensitive;
  let s = !!flags.dotAll;
  let m = !!flags.multiline;
  // Leading inline flags apply to the whole pattern, which JavaScript can express as RegExp flags.
  for (let lead = /^\(\?([imsux]+)\)/.exec(src); lead; lead = /^\(\?([imsux]+)\)/.exec(src)) {
    i ||= lead[1].includes('i');
    s ||= lead[1].includes('s');
    m ||= lead[1].includes('m');
    src = src.slice(lead[0].length);
  }
  const translated = translate(src, pattern);
  const unicode = /\\[pP]\{/.test(translated);
  const f = `${i ? 'i' : ''}${s ? 's' : ''}${m ? 'm' : ''}${unicode ? 'u' : ''}`;
  try {
    const regex = new RegExp(translated, f);
    const groupCount = (new RegExp(`${translated}|`, f).exec('')?.length ?? 1) - 1;
    return { source: pattern, regex, global: new RegExp(translated, `${f}g`), groupCount };
  } catch (e) {
    throw new Error(`invalid regular expression '${pattern}': ${(e as Error).message}`);
  }
}

function translate(src: string, original: string): string {
  let out = '';
  let inClass = false;
  // whether the last thing written was a quantifier, so a following '+' makes it possessive
  let afterQuantifier = false;
  for (let k = 0; k < src.length; k++) {
    const c = src[k];
    const quantified = afterQuantifier;
    afterQuantifier = false;
    if (c === '\\') {
      const n = src[k + 1];
      if (n === 'Q') {
        const end = src.indexOf('\\E', k + 2);
        const literal = src.slice(k + 2, end < 0 ? src.length : end);
        out += literal.replace(/[\\^$.*+?()[\]{}|/-]/g, '\\$&');
        k = end < 0 ? src.length : end + 1;
        continue;
      }
      const posix = /^\\([pP])\{(?:Is)?(\w+)\}/.exec(src.slice(k));
      if (posix && POSIX[posix[2]] !== undefined) {
        const body = POSIX[posix[2]];
        out += inClass ? body : `[${posix[1] === 'P' ? '^' : ''}${body}]`;
        k += posix[0].length - 1;
        continue;
      }
      if (n === 'A' && !inClass) out += '^';
      else if ((n === 'z' || n === 'Z') && !inClass) out += n === 'Z' ? '(?=\\n?$)' : '$';
      else if (n === 'h') out += inClass ? HORIZONTAL_SPACE : `[${HORIZONTAL_SPACE}]`;
      else if (n === 'e') out += '\\x1B';
      else if (n === 'a') out += '\\x07';
      else if (n === undefined) throw new Error(`invalid regular expression '${original}': trailing backslash`);
      else out += c + n;
      k++;
      continue;
    }
    if (inClass) {
      if (c === '&' && src[k + 1] === '&') throw new Error(`invalid regular expression '${original}': character class intersection is not supported`);
      if (c === '[') out += '\\[';
      else {
        if (c === ']') inClass = false;
        out += c;
      }
      continue;
    }
    if (c === '[') {
      inClass = true;
      out += c;
      // a leading ']' (or '^]') is a literal in Java
      if (src[k + 1] === '^') {
        out += '^';
        k++;
      }
      if (src[k + 1] === ']') {
        out += '\\]';
        k++;
      }
      continue;
    }
    if (c === '(' && src.startsWith('(?>', k)) {
      out += '(?:';
      k += 2;
      continue;
    }
    // possessive quantifiers (x*+, x++, x?+, x{n}+) run as greedy ones
    if (c === '+' && quantified) continue;
    if (c === '{') {
      const m = /^\{\d+(?:,\d*)?\}/.exec(src.slice(k));
      if (m) {
        out += m[0];
        k += m[0].length - 1;
        afterQuantifier = true;
        continue;
      }
    }
    afterQuantifier = c === '*' || c === '+' || c === '?';
    out += c;
  }
  return out;
}

/** Builds the replacement function for a Java replacement string (`$1`, `${name}`, `\$`). */
export function javaReplacement(template: string, groupCount: number): (match: string, ...rest: unknown[]) => string {
  if (!/[$\\]/.test(template)) return () => template;
  type Part = string | number | { name: string };
  const parts: Part[] = [];
  let literal = '';
  for (let k = 0; k < template.length; k++) {
    const c = template[k];
    if (c === '\\') {
      k++;
      if (k >= template.length) throw new Error(`character to be escaped is missing in replacement '${template}'`);
      literal += template[k];
    } else if (c === '$') {
      if (k + 1 >= template.length) throw new Error(`Illegal group reference: group index is missing in replacement '${template}'`);
      if (template[k + 1] === '{') {
        const end = template.indexOf('}', k + 2);
        if (end < 0) throw new Error(`named capturing group is missing trailing '}' in replacement '${template}'`);
        parts.push(literal, { name: template.slice(k + 2, end) });
        literal = '';
        k = end;
        continue;
      }
      if (!/\d/.test(template[k + 1])) throw new Error(`Illegal group reference in replacement '${template}'`);
      // Java takes as many digits as still name an existing group
      let group = Number(template[++k]);
      if (group > groupCount) throw new Error(`No group ${group} in replacement '${template}'`);
      while (k + 1 < template.length && /\d/.test(template[k + 1]) && group * 10 + Number(template[k + 1]) <= groupCount) {
        group = group * 10 + Number(template[++k]);
      }
      parts.push(literal, group);
      literal = '';
    } else {
      literal += c;
    }
  }
  parts.push(literal);
  return (match: string, ...rest: unknown[]) => {
    const last = rest[rest.length - 1];
    const named = typeof last === 'object' && last !== null ? (last as Record<string, string | undefined>) : undefined;
    let out = '';
    for (const p of parts) {
      if (typeof p === 'string') out += p;
      else if (typeof p === 'number') out += p === 0 ? match : ((rest[p - 1] as string | undefined) ?? '');
      else {
        if (!named || !(p.name in named)) throw new Error(`No group with name {${p.name}}`);
        out += named[p.name] ?? '';
      }
    }
    return out;
  };
}

/** String.replaceAll(regex, replacement) / replaceFirst. */
export function javaReplace(input: string, p: JavaPattern, replacement: string, firstOnly = false): string {
  const fn = javaReplacement(replacement, p.groupCount);
  return input.replace(firstOnly ? p.regex : p.global, fn);
}

/** String.split(regex, limit) with Java's rules: limit > 0 keeps the rest in the last part; 0 drops trailing empties. */
export function javaSplit(input: string, p: JavaPattern, limit = 0): string[] {
  const parts: string[] = [];
  const re = p.global;
  re.lastIndex = 0;
  let index = 0;
  for (let m = re.exec(input); m; m = re.exec(input)) {
    const start = m.index;
    const end = start + m[0].length;
    if (end === start) re.lastIndex = end + 1;
    if (limit > 0 && parts.length >= limit - 1) break;
    // a zero-width match at the start never yields a leading empty string (Java 8+)
    if (index === 0 && start === 0 && end === 0) continue;
    parts.push(input.slice(index, start));
    index = end;
  }
  if (index === 0) return [input];
  parts.push(input.slice(index));
  if (limit === 0) while (parts.length > 0 && parts[parts.length - 1] === '') parts.pop();
  return parts;
}
