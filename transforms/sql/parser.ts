import type { Expr, SelectItem, SelectStatement } from './ast';
import { ExpressionParser, RESERVED } from './expression-parser';
import { SqlValidationError } from './sql-error';
import { tokenize } from './tokenizer';

const JOIN_WORDS = new Set(['JOIN', 'INNER', 'LEFT', 'RIGHT', 'FULL', 'OUTER', 'CROSS', 'NATURAL']);
const SET_OPERATIONS = new Set(['UNION', 'INTERSECT', 'EXCEPT', 'MINUS']);

/**
 * Parses the one statement form the Sql transform runs: `SELECT items FROM table [WHERE cond]`. Statements
 * SeaTunnel rejects (non-SELECT, DISTINCT, sub-queries, schema-qualified or aliased tables, JOIN, GROUP BY,
 * HAVING, ORDER BY, LIMIT/OFFSET, set operations) raise SqlValidationError; malformed text SqlSyntaxError.
 */
export function parseSelect(sql: string): SelectStatement {
  return new Parser(tokenize(sql), sql).statement();
}

class Parser extends ExpressionParser {
  statement(): SelectStatement {
    const first = this.peek();
    if (!this.isWord('SELECT')) {
      if (first.kind === 'op' && first.text === '(') throw new SqlValidationError('Unsupported SQL syntax: parenthesized query', first.pos);
      if (first.kind === 'ident' && first.upper === 'WITH') throw new SqlValidationError('Unsupported WITH syntax', first.pos);
      if (first.kind === 'ident') throw new SqlValidationError('Only supported DQL(select) SQL', first.pos);
      this.fail(`expected SELECT but found ${this.describe(first)}`, first);
    }
    this.next();
    if (this.isWord('DISTINCT')) throw new SqlValidationError('Unsupported DISTINCT syntax', this.peek().pos);
    if (this.isWord('ALL')) this.next();
    const items = [this.selectItem()];
    while (this.acceptOp(',')) items.push(this.selectItem());
    const from = this.fromClause();
    let where: Expr | undefined;
    if (this.acceptWord('WHERE')) where = this.expr();
    this.rejectTail();
    this.acceptOp(';');
    const end = this.peek();
    if (end.kind !== 'eof') this.fail(`unexpected ${this.describe(end)}`, end);
    return { items, from, where };
  }

  private selectItem(): SelectItem {
    const t = this.peek();
    if (this.acceptOp('*')) return { kind: 'all', pos: t.pos };
    // table.* selects every column too (the FROM name is not enforced)
    if ((t.kind === 'ident' || t.kind === 'quoted') && this.peekAt(1).text === '.' && this.peekAt(2).text === '*') {
      this.i += 3;
      return { kind: 'all', pos: t.pos };
    }
    const expr = this.expr();
    let alias: string | undefined;
    if (this.acceptWord('AS')) {
      const a = this.next();
      if (a.kind !== 'ident' && a.kind !== 'quoted' && a.kind !== 'string') this.fail(`expected an alias after AS but found ${this.describe(a)}`, a);
      alias = a.text;
    } else {
      const a = this.peek();
      if (a.kind === 'quoted' || (a.kind === 'ident' && !RESERVED.has(a.upper))) {
        this.next();
        alias = a.text;
      }
    }
    return { kind: 'expr', expr, alias, pos: t.pos };
  }

  private fromClause(): SelectStatement['from'] {
    const kw = this.peek();
    if (!this.acceptWord('FROM')) {
      if (kw.kind === 'eof') throw new SqlValidationError('Unsupported SQL syntax: a FROM clause is required', kw.pos);
      this.fail(`expected ',' or FROM but found ${this.describe(kw)}`, kw);
    }
    const t = this.next();
    if (t.kind === 'op' && t.text === '(') throw new SqlValidationError('Unsupported sub table syntax', t.pos);
    if (t.kind !== 'quoted' && (t.kind !== 'ident' || RESERVED.has(t.upper))) this.fail(`expected a table name but found ${this.describe(t)}`, t);
    if (this.peek().text === '.') throw new SqlValidationError('Unsupported schema syntax', t.pos);
    const next = this.peek();
    if (next.kind === 'op' && next.text === ',') throw new SqlValidationError('Unsupported table join syntax', next.pos);
    if (next.kind === 'ident' && JOIN_WORDS.has(next.upper)) throw new SqlValidationError('Unsupported table join syntax', next.pos);
    if (this.isWord('AS') || next.kind === 'quoted' || (next.kind === 'ident' && !RESERVED.has(next.upper))) {
      throw new SqlValidationError('Unsupported table alias name syntax', next.pos);
    }
    return { name: t.text, pos: t.pos };
  }

  /** Clauses after WHERE that SeaTunnel's engine does not run. */
  private rejectTail(): void {
    const t = this.peek();
    if (t.kind !== 'ident') return;
    if (t.upper === 'GROUP') throw new SqlValidationError('Unsupported GROUP BY syntax', t.pos);
    if (t.upper === 'HAVING') throw new SqlValidationError('Unsupported HAVING syntax', t.pos);
    if (t.upper === 'ORDER') throw new SqlValidationError('Unsupported ORDER BY syntax', t.pos);
    if (t.upper === 'LIMIT' || t.upper === 'OFFSET' || t.upper === 'FETCH') throw new SqlValidationError('Unsupported LIMIT,OFFSET syntax', t.pos);
    if (SET_OPERATIONS.has(t.upper)) throw new SqlValidationError(`Unsupported SQL syntax: ${t.upper}`, t.pos);
  }
}
