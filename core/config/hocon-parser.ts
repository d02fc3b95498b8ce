import { describeToken, pathFromTokens } from './hocon-path';
import { syntaxError } from './hocon-syntax-error';
import { isSimple, isWhitespaceText, type Syntax, type Token } from './hocon-tokenizer';

/**
 * The syntax tree of one config text, before any merging: objects keep every field in source order
 * (duplicates included) so that the value builder can apply HOCON's merge rules and SeaTunnel's
 * plugin-list rule, which depends on where an object sits.
 */
export type AstValue = AstSimple | AstObject | AstArray | AstConcat;

export interface AstSimple { readonly kind: 'simple'; readonly token: Token }
export interface AstObject { readonly kind: 'object'; readonly items: readonly AstItem[]; readonly line: number; readonly column: number }
export interface AstArray { readonly kind: 'array'; readonly elements: readonly AstValue[]; readonly line: number; readonly column: number }
/** Adjacent values on one line (`"a_"${x}`, `[1] [2]`, `foo bar`): two or more parts. */
export interface AstConcat { readonly kind: 'concat'; readonly parts: readonly AstValue[]; readonly line: number; readonly column: number }

export type AstItem = AstField | AstInclude;

export interface AstField {
  readonly kind: 'field';
  readonly path: readonly string[];
  /** `object` when the value followed the key directly (`Name { ... }`). */
  readonly separator: 'colon' | 'equals' | 'plusEquals' | 'object';
  readonly value: AstValue;
  readonly line: number;
  readonly column: number;
}

export interface AstInclude {
  readonly kind: 'include';
  readonly target: 'heuristic' | 'file' | 'url' | 'classpath';
  readonly name: string;
  readonly required: boolean;
  readonly line: number;
  readonly column: number;
}

/** Parses a token list (from `tokenize`) into the root value, following Typesafe's ConfigDocumentParser. */
export function parseAst(tokens: readonly Token[], file: string, syntax: Syntax): AstValue {
  return new Parser(tokens, file, syntax).document();
}

const isValueStart = (t: Token): boolean => isSimple(t) || t.kind === 'openCurly' || t.kind === 'openSquare';
const INCLUDE_KINDS = [['url(', 'url'], ['file(', 'file'], ['classpath(', 'classpath']] as const;

class Parser {
  private i = 0;
  private readonly pushed: Token[] = [];

  constructor(private readonly tokens: readonly Token[], private readonly file: string, private readonly syntax: Syntax) {}

  private error(t: { line: number; column: number }, message: string) {
    return syntaxError({ file: this.file, line: t.line, column: t.column }, message);
  }

  private pop(): Token {
    const t = this.pushed.length ? this.pushed.pop()! : this.tokens[Math.min(this.i++, this.tokens.length - 1)];
    if (this.syntax === 'json') {
      if (t.kind === 'unquoted' && !isWhitespaceText(t)) {
        const why = /^-?\d+$/.test(t.text) ? 'an integer outside the 64-bit range (quote it to keep it as a string)' : 'not valid JSON (strings need double quotes)';
        throw this.error(t, `'${t.text}' is ${why}`);
      }
      if (t.kind === 'substitution') throw this.error(t, `substitutions such as ${t.text} are not allowed in JSON`);
    }
    return t;
  }

  private push(t: Token): void {
    this.pushed.push(t);
  }

  /** The next token that is not a line break or inter-value whitespace. */
  private nextSkipping(): Token {
    for (;;) {
      const t = this.pop();
      if (t.kind !== 'newline' && !isWhitespaceText(t)) return t;
    }
  }

  document(): AstValue {
    let t = this.nextSkipping();
    let root: AstValue;
    if (t.kind === 'openCurly' || t.kind === 'openSquare') {
      root = this.value(t);
    } else if (this.syntax === 'json') {
      throw this.error(t, t.kind === 'eof' ? 'empty JSON document' : `a JSON document must hold an object or an array, got ${describeToken(t)}`);
    } else {
      this.push(t);
      root = this.object(false, t);
    }
    t = this.nextSkipping();
    if (t.kind !== 'eof') throw this.error(t, `unexpected ${describeToken(t)} after the end of the root ${root.kind === 'array' ? 'list' : 'object'}`);
    return root;
  }

  private value(t: Token): AstValue {
    if (isSimple(t)) return { kind: 'simple', token: t };
    if (t.kind === 'openCurly') return this.object(true, t);
    if (t.kind === 'openSquare') return this.array(t);
    throw this.error(t, `expected a value, got ${describeToken(t)}`);
  }

  private object(hadOpenCurly: boolean, open: Token): AstObject {
    const items: AstItem[] = [];
    const seen = new Set<string>();
    let afterComma = false;
    let last: AstField | undefined;
    for (;;) {
      let t = this.nextSkipping();
      if (t.kind === 'closeCurly') {
        if (this.syntax === 'json' && afterComma) throw this.error(t, "expected a field name after ',', got '}'");
        if (!hadOpenCurly) throw this.error(t, "unbalanced '}' with no matching '{'");
        break;
      }
      if (t.kind === 'eof') {
        if (hadOpenCurly) throw this.error(t, `end of input: expected '}' to close the object opened at line ${open.line}, column ${open.column}`);
        this.push(t);
        break;
      }
      if (this.syntax === 'conf' && t.kind === 'unquoted' && t.text === 'include') {
        items.push(this.include(t));
      } else {
        last = this.field(t);
        if (this.syntax === 'json') {
          if (seen.has(last.path[0])) throw this.error(last, `duplicate key '${last.path[0]}' (JSON does not allow duplicate keys)`);
          seen.add(last.path[0]);
        }
        items.push(last);
      }
      afterComma = false;
      if (this.elementSeparator()) {
        afterComma = true;
        continue;
      }
      t = this.nextSkipping();
      const after = last ? ` after the value of '${last.path.join('->')}'` : '';
      if (t.kind === 'closeCurly') {
        if (!hadOpenCurly) throw this.error(t, "unbalanced '}' with no matching '{'");
        break;
      }
      if (t.kind === 'eof' && !hadOpenCurly) {
        this.push(t);
        break;
      }
      const expected = hadOpenCurly ? `'}', ',' or a new line` : `',' or a new line`;
      throw this.error(t, `expected ${expected}${after}, got ${describeToken(t)}`);
    }
    return { kind: 'object', items, line: open.line, column: open.column };
  }

  private field(first: Token): AstField {
    const path = this.key(first);
    const sepToken = this.nextSkipping();
    let separator: AstField['separator'];
    let value: AstValue;
    if (this.syntax === 'conf' && sepToken.kind === 'openCurly') {
      separator = 'object';
      value = this.value(sepToken);
    } else {
      if (sepToken.kind === 'colon') separator = 'colon';
      else if (sepToken.kind === 'equals' && this.syntax === 'conf') separator = 'equals';
      else if (sepToken.kind === 'plusEquals' && this.syntax === 'conf') separator = 'plusEquals';
      else {
        const allowed = this.syntax === 'json' ? "':'" : "'=', ':', '+=' or '{'";
        throw this.error(sepToken, `key '${path.join('->')}' must be followed by ${allowed}, got ${describeToken(sepToken)}`);
      }
      value = this.concatenation() ?? this.value(this.nextSkipping());
    }
    return { kind: 'field', path, separator, value, line: first.line, column: first.column };
  }

  private key(first: Token): string[] {
    const at = { file: this.file, line: first.line, column: first.column };
    if (this.syntax === 'json') {
      if (first.kind !== 'string') throw this.error(first, `expected '}' or a quoted field name, got ${describeToken(first)}`);
      return [first.text];
    }
    const parts: Token[] = [];
    let t = first;
    while (t.kind === 'string' || t.kind === 'unquoted' || t.kind === 'number' || t.kind === 'boolean' || t.kind === 'null') {
      parts.push(t);
      t = this.pop();
    }
    this.push(t);
    if (parts.length === 0) throw this.error(first, `expected a key, got ${describeToken(first)}`);
    return pathFromTokens(parts, at);
  }

  /** Values side by side on one line; a single value is returned as is, none gives undefined. */
  private concatenation(): AstValue | undefined {
    if (this.syntax === 'json') return undefined;
    let t = this.nextSkipping();
    const parts: AstValue[] = [];
    while (isValueStart(t)) {
      parts.push(this.value(t));
      t = this.pop(); // a line break ends the value
    }
    this.push(t);
    if (parts.length < 2) return parts[0];
    const first = parts[0];
    const pos = first.kind === 'simple' ? first.token : first;
    return { kind: 'concat', parts, line: pos.line, column: pos.column };
  }

  /** In CONF a line break separates elements like a comma does; returns whether a separator was seen. */
  private elementSeparator(): boolean {
    if (this.syntax === 'json') {
      const t = this.nextSkipping();
      if (t.kind === 'comma') return true;
      this.push(t);
      return false;
    }
    let sawNewline = false;
    for (;;) {
      const t = this.pop();
      if (t.kind === 'comma') return true;
      if (t.kind === 'newline') sawNewline = true;
      else if (!isWhitespaceText(t)) {
        this.push(t);
        return sawNewline;
      }
    }
  }

  private array(open: Token): AstArray {
    const elements: AstValue[] = [];
    const first = this.concatenation();
    if (first) {
      elements.push(first);
    } else {
      const t = this.nextSkipping();
      if (t.kind === 'closeSquare') return { kind: 'array', elements, line: open.line, column: open.column };
      if (!isValueStart(t)) throw this.error(t, `expected ']' or a first element after '[', got ${describeToken(t)} (quote it if it belongs to a string)`);
      elements.push(this.value(t));
    }
    for (;;) {
      if (!this.elementSeparator()) {
        const t = this.nextSkipping();
        if (t.kind === 'closeSquare') return { kind: 'array', elements, line: open.line, column: open.column };
        const what = t.kind === 'eof' ? `end of input (the list opened at line ${open.line}, column ${open.column} is not closed)` : describeToken(t);
        throw this.error(t, `expected ',' or ']' in a list, got ${what}`);
      }
      const next = this.concatenation();
      if (next) {
        elements.push(next);
        continue;
      }
      const t = this.nextSkipping();
      if (isValueStart(t)) elements.push(this.value(t));
      else if (this.syntax === 'conf' && t.kind === 'closeSquare') this.push(t); // one trailing comma is fine
      else throw this.error(t, `expected a list element after ',', got ${describeToken(t)}`);
    }
  }

  private include(keyword: Token): AstInclude {
    const t = this.nextSkipping();
    if (t.kind === 'unquoted' && t.text.startsWith('required(')) {
      const rest = t.text.slice('required('.length);
      if (rest) this.push({ ...t, text: rest });
      const inc = this.includeResource(keyword, true);
      const close = this.nextSkipping();
      if (close.kind !== 'unquoted' || close.text !== ')') throw this.error(close, `expected ')' to close 'include required(', got ${describeToken(close)}`);
      return inc;
    }
    this.push(t);
    return this.includeResource(keyword, false);
  }

  private includeResource(keyword: Token, required: boolean): AstInclude {
    const at = { line: keyword.line, column: keyword.column };
    let t = this.nextSkipping();
    if (t.kind === 'string') return { kind: 'include', target: 'heuristic', name: t.text, required, ...at };
    if (t.kind !== 'unquoted') throw this.error(t, `'include' must be followed by a quoted file name, got ${describeToken(t)}`);
    const kind = INCLUDE_KINDS.find(([prefix]) => t.text.startsWith(prefix));
    if (!kind) throw this.error(t, `'include' expects "name", file("name"), classpath("name") or url("name") (no space before '('), got ${describeToken(t)}`);
    const rest = t.text.slice(t.text.indexOf('(') + 1);
    if (rest) this.push({ ...t, text: rest });
    const name = this.nextSkipping();
    if (name.kind !== 'string') throw this.error(name, `expected a quoted name inside ${kind[0]}), got ${describeToken(name)}`);
    t = this.nextSkipping();
    if (t.kind !== 'unquoted' || !t.text.startsWith(')')) throw this.error(t, `expected ')' after ${kind[0]}"${name.text}", got ${describeToken(t)}`);
    if (t.text.length > 1) this.push({ ...t, text: t.text.slice(1) });
    return { kind: 'include', target: kind[1], name: name.text, required, ...at };
  }
}
