import type { AstField, AstInclude, AstObject, AstValue } from './hocon-parser';
import { formatPosition, syntaxError } from './hocon-syntax-error';
import type { Syntax, Token } from './hocon-tokenizer';
import {
  consolidate, containsUnresolved, list, obj, str, underPath, withFallback,
  type HoconValue, type ObjectValue,
} from './hocon-value';
import { isPluginBlock, pluginList, type PluginFieldBuilder } from './seatunnel-plugin-list';

/** Loads an included file as an unresolved object whose substitutions carry `prefix`. */
export type IncludeLoader = (include: AstInclude, fromFile: string, prefix: readonly string[]) => ObjectValue;

export interface BuildOptions {
  readonly file: string;
  readonly syntax: Syntax;
  /** Where this text is included (empty for the main file): substitutions are looked up under it first. */
  readonly prefix?: readonly string[];
  readonly include: IncludeLoader;
}

/**
 * Turns a syntax tree into the unresolved value tree, applying HOCON's rules in source order (Typesafe's
 * ConfigParser): repeated keys merge when both sides are objects and otherwise the last wins, `a->b = 1`
 * nests, `+=` appends through a self-reference, includes merge in place, and SeaTunnel's plugin blocks
 * become lists.
 */
export function buildValue(root: AstValue, options: BuildOptions): HoconValue {
  return new ValueBuilder(options).value(root);
}

class ValueBuilder implements PluginFieldBuilder {
  private readonly pathStack: (readonly string[])[] = [];
  private arrayDepth = 0;
  private readonly prefix: readonly string[];

  constructor(private readonly options: BuildOptions) {
    this.prefix = options.prefix ?? [];
  }

  value(n: AstValue): HoconValue {
    switch (n.kind) {
      case 'simple':
        return this.simple(n.token);
      case 'object':
        return isPluginBlock(this.pathStack, this.options.syntax) ? pluginList(n, this) : this.object(n);
      case 'array': {
        this.arrayDepth++;
        const items = n.elements.map((e) => this.value(e));
        this.arrayDepth--;
        return list(items);
      }
      case 'concat': {
        const pieces = consolidate(n.parts.map((p) => this.value(p)), this.where(n));
        return pieces.length === 1 ? pieces[0] : { t: 'concat', pieces };
      }
    }
  }

  fieldValue(f: AstField): HoconValue {
    this.pathStack.push(f.path);
    try {
      if (f.separator !== 'plusEquals') return this.value(f.value);
      // `a += x` is `a = ${?a} [x]`, which cannot refer into a list.
      if (this.arrayDepth > 0) throw syntaxError(this.pos(f), "'+=' cannot be used inside a list (a substitution cannot point into a list)");
      this.arrayDepth++;
      const v = this.value(f.value);
      this.arrayDepth--;
      const path = [...this.prefix, ...this.pathStack.flat()];
      const self: HoconValue = {
        t: 'ref', path, prefixLength: this.prefix.length, optional: true,
        text: `\${?${path.slice(this.prefix.length).join('->')}}`, where: this.where(f),
      };
      return { t: 'concat', pieces: [self, list([v])] };
    } finally {
      this.pathStack.pop();
    }
  }

  discardInclude(include: AstInclude): void {
    this.loadInclude(include);
  }

  private object(n: AstObject): ObjectValue {
    const fields = new Map<string, HoconValue>();
    const put = (key: string, v: HoconValue) => {
      const existing = fields.get(key);
      fields.set(key, existing === undefined ? v : withFallback(v, existing));
    };
    for (const item of n.items) {
      if (item.kind === 'include') {
        for (const [k, v] of this.loadInclude(item).fields) put(k, v);
      } else {
        const [key, ...rest] = item.path;
        put(key, underPath(rest, this.fieldValue(item)));
      }
    }
    return obj(fields);
  }

  private loadInclude(item: AstInclude): ObjectValue {
    const included = this.options.include(item, this.options.file, [...this.prefix, ...this.pathStack.flat()]);
    if (this.arrayDepth > 0 && containsUnresolved(included)) {
      throw syntaxError(this.pos(item), `the file included here is inside a list and uses substitutions, which cannot be resolved there; move the include out of the list`);
    }
    return included;
  }

  private simple(t: Token): HoconValue {
    switch (t.kind) {
      case 'string': return str(t.text, true);
      case 'unquoted': return str(t.text, false);
      case 'number': return { t: 'number', value: t.number!, raw: t.text };
      case 'boolean': return { t: 'boolean', value: t.bool! };
      case 'null': return { t: 'null' };
      case 'substitution':
        return {
          t: 'ref', path: [...this.prefix, ...t.path!], prefixLength: this.prefix.length, optional: t.optional === true,
          text: t.text, where: this.where(t),
        };
      default:
        throw syntaxError(this.pos(t), `unexpected token '${t.text}'`);
    }
  }

  private pos(at: { line: number; column: number }) {
    return { file: this.options.file, line: at.line, column: at.column };
  }

  private where(at: { line: number; column: number }): string {
    return formatPosition(this.pos(at));
  }
}
