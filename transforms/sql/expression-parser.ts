import type { CastTarget, CompareOp, Expr, Literal } from './ast';
import { SqlSyntaxError, SqlValidationError } from './sql-error';
import { TokenCursor } from './token-cursor';
import type { Token } from './tokenizer';

/** Words that never name a column or an alias without AS. */
export const RESERVED = new Set([
  'SELECT', 'FROM', 'WHERE', 'AND', 'OR', 'NOT', 'AS', 'IN', 'IS', 'LIKE', 'BETWEEN', 'CASE', 'WHEN', 'THEN',
  'ELSE', 'END', 'ORDER', 'GROUP', 'BY', 'HAVING', 'LIMIT', 'OFFSET', 'FETCH', 'UNION', 'INTERSECT', 'EXCEPT',
  'MINUS', 'JOIN', 'ON', 'USING', 'DISTINCT', 'NULL', 'TRUE', 'FALSE', 'INNER', 'OUTER', 'CROSS', 'NATURAL',
  'WINDOW', 'QUALIFY',
]);
const COMPARE_OPS = new Set(['=', '!=', '<>', '<', '<=', '>', '>=']);
const TIME_KEYS = new Set(['CURRENT_DATE', 'CURRENT_TIME', 'CURRENT_TIMESTAMP']);
const INT_MIN = -2147483648;
const INT_MAX = 2147483647;
const LONG_MIN = -(2n ** 63n);
const LONG_MAX = 2n ** 63n - 1n;

/**
 * The expression grammar, lowest precedence first: OR, AND, NOT, predicates (comparison, IS [NOT] NULL,
 * [NOT] IN/LIKE/BETWEEN), ||, + -, * / %, unary minus, then literals, columns, functions, CASE, CAST, EXTRACT.
 */
export class ExpressionParser extends TokenCursor {
  constructor(
    tokens: readonly Token[],
    protected readonly sql: string,
  ) {
    super(tokens);
  }

  expr(): Expr {
    let left = this.and();
    while (this.isWord('OR')) {
      const pos = this.next().pos;
      left = { kind: 'logical', op: 'OR', left, right: this.and(), pos };
    }
    return left;
  }

  private and(): Expr {
    let left = this.not();
    while (this.isWord('AND')) {
      const pos = this.next().pos;
      left = { kind: 'logical', op: 'AND', left, right: this.not(), pos };
    }
    return left;
  }

  private not(): Expr {
    if (this.isWord('NOT')) {
      const pos = this.next().pos;
      return { kind: 'unary', op: 'NOT', operand: this.not(), pos };
    }
    return this.predicate();
  }

  private predicate(): Expr {
    const left = this.concat();
    const t = this.peek();
    if (t.kind === 'op' && COMPARE_OPS.has(t.text)) {
      this.next();
      return { kind: 'compare', op: t.text as CompareOp, left, right: this.concat(), pos: t.pos };
    }
    if (this.acceptWord('IS')) {
      const not = this.acceptWord('NOT');
      this.expectWord('NULL');
      return { kind: 'isNull', operand: left, not, pos: t.pos };
    }
    const not = this.isWord('NOT') && ['IN', 'LIKE', 'BETWEEN'].includes(this.peekAt(1).upper);
    if (not) this.next();
    if (this.acceptWord('IN')) {
      this.expectOp('(');
      if (this.isWord('SELECT')) throw new SqlValidationError('Unsupported sub query syntax', this.peek().pos);
      const items = [this.expr()];
      while (this.acceptOp(',')) items.push(this.expr());
      this.expectOp(')');
      return { kind: 'in', operand: left, items, not, pos: t.pos };
    }
    if (this.acceptWord('LIKE')) return { kind: 'like', operand: left, pattern: this.concat(), not, pos: t.pos };
    if (this.acceptWord('BETWEEN')) {
      const low = this.concat();
      this.expectWord('AND');
      return { kind: 'between', operand: left, low, high: this.concat(), not, pos: t.pos };
    }
    return left;
  }

  private concat(): Expr {
    let left = this.additive();
    while (this.peek().text === '||' && this.peek().kind === 'op') {
      const pos = this.next().pos;
      left = { kind: 'binary', op: '||', left, right: this.additive(), pos };
    }
    return left;
  }

  private additive(): Expr {
    let left = this.multiplicative();
    for (;;) {
      const t = this.peek();
      if (t.kind !== 'op' || (t.text !== '+' && t.text !== '-')) return left;
      this.next();
      left = { kind: 'binary', op: t.text, left, right: this.multiplicative(), pos: t.pos };
    }
  }

  private multiplicative(): Expr {
    let left = this.unary();
    for (;;) {
      const t = this.peek();
      if (t.kind !== 'op' || (t.text !== '*' && t.text !== '/' && t.text !== '%')) return left;
      this.next();
      left = { kind: 'binary', op: t.text, left, right: this.unary(), pos: t.pos };
    }
  }

  private unary(): Expr {
    const t = this.peek();
    if (t.kind === 'op' && (t.text === '-' || t.text === '+')) {
      this.next();
      const operand = this.unary();
      if (t.text === '-' && operand.kind === 'literal' && (operand.type === 'INT' || operand.type === 'BIGINT' || operand.type === 'DOUBLE')) {
        return negateLiteral(operand, t);
      }
      return { kind: 'unary', op: t.text, operand, pos: t.pos };
    }
    return this.primary();
  }

  private primary(): Expr {
    const t = this.next();
    switch (t.kind) {
      case 'integer': return integerLiteral(t.text, t);
      case 'decimal': return { kind: 'literal', type: 'DOUBLE', value: Number(t.text), raw: t.text, pos: t.pos };
      case 'string': return { kind: 'literal', type: 'STRING', value: t.text, raw: t.text, pos: t.pos };
      case 'quoted': return this.columnPath(t);
      case 'op':
        if (t.text === '(') {
          if (this.isWord('SELECT')) throw new SqlValidationError('Unsupported sub query syntax', this.peek().pos);
          const inner = this.expr();
          this.expectOp(')');
          return { kind: 'paren', inner, pos: t.pos };
        }
        return this.fail(`unexpected ${this.describe(t)}`, t);
      case 'eof': return this.fail('unexpected end of query', t);
      case 'ident': return this.word(t);
    }
  }

  private word(t: Token): Expr {
    switch (t.upper) {
      case 'NULL': return { kind: 'literal', type: 'NULL', value: null, raw: 'NULL', pos: t.pos };
      case 'TRUE':
      case 'FALSE': return { kind: 'literal', type: 'BOOLEAN', value: t.upper === 'TRUE', raw: t.text, pos: t.pos };
      case 'CASE': return this.caseExpr(t);
      case 'CAST': return this.castExpr(t);
      case 'EXTRACT': return this.extractExpr(t);
    }
    if (TIME_KEYS.has(t.upper)) {
      if (this.peek().text === '(' && this.peekAt(1).text === ')') this.i += 2;
      return { kind: 'timeKey', name: t.upper as 'CURRENT_DATE', raw: this.sql.slice(t.pos.offset, this.prev().end), pos: t.pos };
    }
    if (this.peek().kind === 'op' && this.peek().text === '(') return this.functionCall(t);
    if (RESERVED.has(t.upper)) this.fail(`unexpected keyword ${t.text}`, t);
    return this.columnPath(t);
  }

  private columnPath(first: Token): Expr {
    const parts = [first.text];
    while (this.peek().text === '.' && this.peek().kind === 'op') {
      this.next();
      const p = this.next();
      // a bare number is a map key (`m.3`)
      if (p.kind !== 'ident' && p.kind !== 'quoted' && p.kind !== 'integer') this.fail(`expected a field name after '.' but found ${this.describe(p)}`, p);
      parts.push(p.text);
    }
    return { kind: 'column', parts, raw: this.sql.slice(first.pos.offset, this.prev().end), pos: first.pos };
  }

  private functionCall(name: Token): Expr {
    this.expectOp('(');
    const args: Expr[] = [];
    if (this.isWord('DISTINCT')) throw new SqlValidationError('Unsupported DISTINCT syntax', this.peek().pos);
    if (!this.acceptOp(')')) {
      // standard SQL spellings: POSITION(a IN b), SUBSTRING(s FROM i FOR n)
      const position = name.upper === 'POSITION';
      args.push(position ? this.concat() : this.expr());
      if (position && this.acceptWord('IN')) args.push(this.expr());
      if ((name.upper === 'SUBSTRING' || name.upper === 'SUBSTR') && this.acceptWord('FROM')) {
        args.push(this.expr());
        if (this.acceptWord('FOR')) args.push(this.expr());
      }
      while (this.acceptOp(',')) args.push(this.expr());
      this.expectOp(')');
    }
    return { kind: 'function', name: name.text, args, pos: name.pos };
  }

  private caseExpr(t: Token): Expr {
    const operand = this.isWord('WHEN') ? undefined : this.expr();
    const whens: { when: Expr; then: Expr }[] = [];
    while (this.acceptWord('WHEN')) {
      const when = this.expr();
      this.expectWord('THEN');
      whens.push({ when, then: this.expr() });
    }
    if (whens.length === 0) this.fail(`expected WHEN but found ${this.describe(this.peek())}`, this.peek());
    const otherwise = this.acceptWord('ELSE') ? this.expr() : undefined;
    this.expectWord('END');
    return { kind: 'case', operand, whens, otherwise, pos: t.pos };
  }

  private castExpr(t: Token): Expr {
    this.expectOp('(');
    const operand = this.expr();
    this.expectWord('AS');
    const start = this.next();
    if (start.kind !== 'ident' && start.kind !== 'quoted') this.fail(`expected a type name but found ${this.describe(start)}`, start);
    const args: number[] = [];
    if (this.acceptOp('(')) {
      do {
        const n = this.next();
        if (n.kind !== 'integer') this.fail(`expected a number but found ${this.describe(n)}`, n);
        args.push(Number(n.text));
      } while (this.acceptOp(','));
      this.expectOp(')');
    }
    const target: CastTarget = { name: start.text.toUpperCase(), args, raw: this.sql.slice(start.pos.offset, this.prev().end), pos: start.pos };
    this.expectOp(')');
    return { kind: 'cast', operand, target, pos: t.pos };
  }

  private extractExpr(t: Token): Expr {
    this.expectOp('(');
    const field = this.next();
    if (field.kind !== 'ident') this.fail(`expected a date/time field but found ${this.describe(field)}`, field);
    this.expectWord('FROM');
    const operand = this.expr();
    this.expectOp(')');
    return { kind: 'extract', field: field.upper, fieldRaw: field.text, operand, pos: t.pos };
  }
}

function integerLiteral(text: string, t: Token): Literal {
  const v = BigInt(text);
  if (v <= BigInt(INT_MAX)) return { kind: 'literal', type: 'INT', value: Number(v), raw: text, pos: t.pos };
  if (v <= LONG_MAX) return { kind: 'literal', type: 'BIGINT', value: v, raw: text, pos: t.pos };
  throw new SqlSyntaxError(`integer literal ${text} is out of the BIGINT range`, t.pos);
}

/** `-5` is one literal, typed by its negated value (so -2147483648 is an INT, as in Java). */
function negateLiteral(lit: Literal, minus: Token): Literal {
  const raw = `-${lit.raw}`;
  if (lit.type === 'DOUBLE') return { kind: 'literal', type: 'DOUBLE', value: -(lit.value as number), raw, pos: minus.pos };
  const v = -BigInt(lit.value as number | bigint);
  if (v < LONG_MIN) throw new SqlSyntaxError(`integer literal ${raw} is out of the BIGINT range`, minus.pos);
  return v >= BigInt(INT_MIN) && v <= BigInt(INT_MAX)
    ? { kind: 'literal', type: 'INT', value: Number(v), raw, pos: minus.pos }
    : { kind: 'literal', type: 'BIGINT', value: v, raw, pos: minus.pos };
}
