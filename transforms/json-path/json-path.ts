import { type Filter, type Operand, type Step, apply, compare } from './json-path-steps';
import type { JsonValue } from './lenient-json';

/**
 * JSONPath as Jayway reads it: `$`, `.name`, `['name']`, `['a','b']`, `[n]`, `[-n]`, `[a,b]`, `[start:end]`,
 * `[*]`, `.*`, `..name` (deep scan) and filters `[?(@.price < 10 && @.tag)]` with == != < <= > >= =~ /re/.
 * A definite path (names and single indexes only) yields one value and throws PathNotFoundError when it
 * leads nowhere; any other path yields the list of matches. Nothing is evaluated as code.
 */
export class JsonPathError extends Error {}
export class PathNotFoundError extends JsonPathError {}

export interface CompiledJsonPath {
  readonly path: string;
  readonly definite: boolean;
  read(root: JsonValue): JsonValue;
}


/** Compiles a path; throws JsonPathError naming the position of a syntax error. */
export function compileJsonPath(path: string): CompiledJsonPath {
  const p = new PathParser(path.trim());
  const steps = p.steps();
  const definite = steps.every((s) => (s.kind === 'names' && s.names.length === 1) || (s.kind === 'indexes' && s.indexes.length === 1));
  return {
    path,
    definite,
    read(root) {
      let current: JsonValue[] = [root];
      for (const [i, s] of steps.entries()) {
        const next: JsonValue[] = [];
        for (const v of current) {
          if (definite && !apply(s, v, root, next)) {
            throw new PathNotFoundError(`No results for path: ${describe(steps.slice(0, i + 1))}`);
          }
          if (!definite) apply(s, v, root, next);
        }
        current = next;
      }
      return definite ? current[0] : current;
    },
  };
}

function describe(steps: Step[]): string {
  return `$${steps.map((s) => (s.kind === 'names' ? `['${s.names.join("','")}']` : s.kind === 'indexes' ? `[${s.indexes.join(',')}]` : '[*]')).join('')}`;
}

class PathParser {
  private i = 0;

  constructor(private readonly s: string) {}

  private fail(why: string): never {
    throw new JsonPathError(`Invalid path '${this.s}' at position ${this.i}: ${why}`);
  }

  steps(): Step[] {
    if (this.s[0] !== '$') this.fail("a path starts with '$'");
    this.i = 1;
    const steps = this.relative();
    if (this.i < this.s.length) this.fail(`unexpected '${this.s[this.i]}'`);
    return steps;
  }

  /** Steps after `$` or `@`, up to the end or a character that closes a filter. */
  relative(): Step[] {
    const steps: Step[] = [];
    for (;;) {
      const c = this.s[this.i];
      if (c === '.' && this.s[this.i + 1] === '.') {
        this.i += 2;
        const then = this.s[this.i] === '[' ? this.bracket() : this.dotted();
        steps.push({ kind: 'scan', then });
      } else if (c === '.') {
        this.i++;
        steps.push(this.dotted());
      } else if (c === '[') {
        steps.push(this.bracket());
      } else {
        return steps;
      }
    }
  }

  private dotted(): Step {
    if (this.s[this.i] === '*') {
      this.i++;
      return { kind: 'wildcard' };
    }
    const m = /^[^.[\]()\s!=<>&|,]+/.exec(this.s.slice(this.i));
    if (!m) this.fail('expected a property name');
    this.i += m[0].length;
    if (this.s[this.i] === '(') this.fail(`path functions such as ${m[0]}() are not supported`);
    return { kind: 'names', names: [m[0]] };
  }

  private bracket(): Step {
    this.i++;
    this.blank();
    let step: Step;
    const c = this.s[this.i];
    if (c === '*') {
      this.i++;
      step = { kind: 'wildcard' };
    } else if (c === '?') {
      this.i++;
      this.expect('(');
      const test = this.orExpr();
      this.expect(')');
      step = { kind: 'filter', test };
    } else if (c === "'" || c === '"') {
      const names = [this.quoted()];
      while (this.accept(',')) names.push(this.quoted());
      step = { kind: 'names', names };
    } else {
      const m = /^\s*(-?\d*)\s*(?::\s*(-?\d*)\s*(?::\s*(-?\d+)\s*)?)?/.exec(this.s.slice(this.i))!;
      if (m[0].includes(':')) {
        this.i += m[0].length;
        const step3 = m[3] ? Number(m[3]) : 1;
        if (step3 <= 0) this.fail('slice step must be positive');
        step = { kind: 'slice', start: m[1] ? Number(m[1]) : undefined, end: m[2] ? Number(m[2]) : undefined, step: step3 };
      } else {
        const indexes = [this.integer()];
        while (this.accept(',')) indexes.push(this.integer());
        step = { kind: 'indexes', indexes };
      }
    }
    this.expect(']');
    return step;
  }

  // ---- filter expressions

  private orExpr(): Filter {
    let left = this.andExpr();
    while (this.accept('||')) {
      const l = left;
      const r = this.andExpr();
      left = (c, root) => l(c, root) || r(c, root);
    }
    return left;
  }

  private andExpr(): Filter {
    let left = this.unaryExpr();
    while (this.accept('&&')) {
      const l = left;
      const r = this.unaryExpr();
      left = (c, root) => l(c, root) && r(c, root);
    }
    return left;
  }

  private unaryExpr(): Filter {
    if (this.accept('!')) {
      const f = this.unaryExpr();
      return (c, root) => !f(c, root);
    }
    if (this.accept('(')) {
      const f = this.orExpr();
      this.expect(')');
      return f;
    }
    const left = this.operand();
    this.blank();
    const op = /^(==|!=|<=|>=|<|>|=~)/.exec(this.s.slice(this.i))?.[0];
    if (!op) return (c, root) => left(c, root) !== undefined;
    this.i += op.length;
    if (op === '=~') {
      this.blank();
      const m = /^\/((?:\\.|[^/\\])*)\/([imsu]*)/.exec(this.s.slice(this.i));
      if (!m) this.fail('expected /regex/ after =~');
      this.i += m[0].length;
      const re = new RegExp(m[1], m[2]);
      return (c, root) => {
        const v = left(c, root);
        return typeof v === 'string' && re.test(v);
      };
    }
    const right = this.operand();
    return (c, root) => compare(op, left(c, root), right(c, root));
  }

  private operand(): Operand {
    this.blank();
    const c = this.s[this.i];
    if (c === '@' || c === '$') {
      this.i++;
      const steps = this.relative();
      return (current, root) => {
        let values: JsonValue[] = [c === '@' ? current : root];
        for (const s of steps) {
          const next: JsonValue[] = [];
          for (const v of values) apply(s, v, root, next);
          values = next;
        }
        return values.length ? values[0] : undefined;
      };
    }
    if (c === "'" || c === '"') {
      const text = this.quoted();
      return () => text;
    }
    const m = /^(true|false|null|-?\d+(?:\.\d+)?(?:[eE][+-]?\d+)?)/.exec(this.s.slice(this.i));
    if (!m) this.fail('expected @, $, a string, a number, true, false or null');
    this.i += m[0].length;
    const v: JsonValue = m[1] === 'true' ? true : m[1] === 'false' ? false : m[1] === 'null' ? null : Number(m[1]);
    return () => v;
  }

  private quoted(): string {
    this.blank();
    const q = this.s[this.i];
    if (q !== "'" && q !== '"') this.fail('expected a quoted name');
    let out = '';
    for (this.i++; this.i < this.s.length && this.s[this.i] !== q; this.i++) {
      if (this.s[this.i] === '\\') this.i++;
      out += this.s[this.i];
    }
    if (this.s[this.i] !== q) this.fail('unterminated quoted name');
    this.i++;
    this.blank();
    return out;
  }

  private integer(): number {
    this.blank();
    const m = /^-?\d+/.exec(this.s.slice(this.i));
    if (!m) this.fail('expected an index, a name, * or a filter');
    this.i += m[0].length;
    this.blank();
    return Number(m[0]);
  }

  private blank(): void {
    while (this.s[this.i] === ' ') this.i++;
  }

  private accept(t: string): boolean {
    this.blank();
    if (!this.s.startsWith(t, this.i)) return false;
    this.i += t.length;
    this.blank();
    return true;
  }

  private expect(t: string): void {
    if (!this.accept(t)) this.fail(`expected '${t}'`);
  }
}
