import type { Position } from './tokenizer';

/** The expression tree the parser builds; `text` is the node's source text (names unaliased columns). */
interface Node {
  readonly pos: Position;
}

export type LiteralType = 'INT' | 'BIGINT' | 'DOUBLE' | 'STRING' | 'BOOLEAN' | 'NULL';

export interface Literal extends Node {
  readonly kind: 'literal';
  readonly type: LiteralType;
  readonly value: number | bigint | string | boolean | null;
  /** As written, for expression names (`3.10` stays `3.10`). */
  readonly raw: string;
}

export interface ColumnRef extends Node {
  readonly kind: 'column';
  /** Path segments with quotes removed: `c_row.c_inner.x` → ['c_row', 'c_inner', 'x']. */
  readonly parts: readonly string[];
  readonly raw: string;
}

export interface Unary extends Node {
  readonly kind: 'unary';
  readonly op: '-' | '+' | 'NOT';
  readonly operand: Expr;
}

export type ArithmeticOp = '+' | '-' | '*' | '/' | '%' | '||';
export type CompareOp = '=' | '!=' | '<>' | '<' | '<=' | '>' | '>=';

export interface Binary extends Node {
  readonly kind: 'binary';
  readonly op: ArithmeticOp;
  readonly left: Expr;
  readonly right: Expr;
}

export interface Compare extends Node {
  readonly kind: 'compare';
  readonly op: CompareOp;
  readonly left: Expr;
  readonly right: Expr;
}

export interface Logical extends Node {
  readonly kind: 'logical';
  readonly op: 'AND' | 'OR';
  readonly left: Expr;
  readonly right: Expr;
}

export interface IsNull extends Node {
  readonly kind: 'isNull';
  readonly operand: Expr;
  readonly not: boolean;
}

export interface InList extends Node {
  readonly kind: 'in';
  readonly operand: Expr;
  readonly items: readonly Expr[];
  readonly not: boolean;
}

export interface Like extends Node {
  readonly kind: 'like';
  readonly operand: Expr;
  readonly pattern: Expr;
  readonly not: boolean;
}

export interface Between extends Node {
  readonly kind: 'between';
  readonly operand: Expr;
  readonly low: Expr;
  readonly high: Expr;
  readonly not: boolean;
}

export interface Case extends Node {
  readonly kind: 'case';
  /** `CASE x WHEN ...` (simple form) when set; `CASE WHEN cond ...` (searched form) otherwise. */
  readonly operand?: Expr;
  readonly whens: readonly { readonly when: Expr; readonly then: Expr }[];
  readonly otherwise?: Expr;
}

export interface CastTarget {
  /** Upper-cased type name as written: INT, VARCHAR, DECIMAL, ... */
  readonly name: string;
  readonly args: readonly number[];
  readonly raw: string;
  readonly pos: Position;
}

export interface Cast extends Node {
  readonly kind: 'cast';
  readonly operand: Expr;
  readonly target: CastTarget;
}

export interface Extract extends Node {
  readonly kind: 'extract';
  /** Upper-cased field: YEAR, MONTH, ..., MILLISECOND, DAYOFWEEK, DAYOFYEAR. */
  readonly field: string;
  readonly fieldRaw: string;
  readonly operand: Expr;
}

export interface FunctionCall extends Node {
  readonly kind: 'function';
  /** As written; matched case-insensitively. */
  readonly name: string;
  readonly args: readonly Expr[];
}

/** CURRENT_DATE, CURRENT_TIME, CURRENT_TIMESTAMP written without parentheses. */
export interface TimeKey extends Node {
  readonly kind: 'timeKey';
  readonly name: 'CURRENT_DATE' | 'CURRENT_TIME' | 'CURRENT_TIMESTAMP';
  readonly raw: string;
}

export interface Paren extends Node {
  readonly kind: 'paren';
  readonly inner: Expr;
}

export type Expr =
  | Literal | ColumnRef | Unary | Binary | Compare | Logical | IsNull | InList | Like | Between
  | Case | Cast | Extract | FunctionCall | TimeKey | Paren;

export type SelectItem =
  | { readonly kind: 'all'; readonly pos: Position }
  | { readonly kind: 'expr'; readonly expr: Expr; readonly alias?: string; readonly pos: Position };

export interface SelectStatement {
  readonly items: readonly SelectItem[];
  readonly from: { readonly name: string; readonly pos: Position };
  readonly where?: Expr;
}

/** JSqlParser-style text of an expression: the name SeaTunnel gives an unaliased select item. */
export function exprText(e: Expr): string {
  switch (e.kind) {
    case 'literal': return e.type === 'STRING' ? `'${e.raw.replace(/'/g, "''")}'` : e.raw;
    case 'column': return e.raw;
    case 'unary': return e.op === 'NOT' ? `NOT ${exprText(e.operand)}` : `${e.op}${exprText(e.operand)}`;
    case 'binary':
    case 'compare': return `${exprText(e.left)} ${e.op} ${exprText(e.right)}`;
    case 'logical': return `${exprText(e.left)} ${e.op} ${exprText(e.right)}`;
    case 'isNull': return `${exprText(e.operand)} IS ${e.not ? 'NOT ' : ''}NULL`;
    case 'in': return `${exprText(e.operand)} ${e.not ? 'NOT ' : ''}IN (${e.items.map(exprText).join(', ')})`;
    case 'like': return `${exprText(e.operand)} ${e.not ? 'NOT ' : ''}LIKE ${exprText(e.pattern)}`;
    case 'between': return `${exprText(e.operand)} ${e.not ? 'NOT ' : ''}BETWEEN ${exprText(e.low)} AND ${exprText(e.high)}`;
    case 'case': {
      const head = e.operand ? `CASE ${exprText(e.operand)} ` : 'CASE ';
      const whens = e.whens.map((w) => `WHEN ${exprText(w.when)} THEN ${exprText(w.then)}`).join(' ');
      return `${head}${whens}${e.otherwise ? ` ELSE ${exprText(e.otherwise)}` : ''} END`;
    }
    case 'cast': return `CAST(${exprText(e.operand)} AS ${e.target.raw})`;
    case 'extract': return `EXTRACT(${e.fieldRaw} FROM ${exprText(e.operand)})`;
    case 'function': return `${e.name}(${e.args.map(exprText).join(', ')})`;
    case 'timeKey': return e.raw;
    case 'paren': return `(${exprText(e.inner)})`;
  }
}
