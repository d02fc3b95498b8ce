import { suite } from 'uvu';
import * as assert from 'uvu/assert';
import { exprText } from '../../../transforms/sql/ast';
import { parseSelect } from '../../../transforms/sql/parser';
import { thrown } from '../transform-harness';

const s = suite('parser');
const texts = (sql: string) => parseSelect(sql).items.map((i) => (i.kind === 'all' ? '*' : `${exprText(i.expr)}${i.alias ? ` AS ${i.alias}` : ''}`));
const fail = (sql: string) => thrown(() => parseSelect(sql))?.message;

s('select items: *, t.*, aliases with and without AS, backtick aliases', () => {
  assert.equal(texts('select *, t.*, a, b c, d as `e f`, 1 as "g" from t'), ['*', '*', 'a', 'b AS c', 'd AS e f', '1 AS g']);
});

s('statements SeaTunnel rejects are validation errors naming the clause', () => {
  assert.is(fail('insert into t values (1)'), 'Only supported DQL(select) SQL');
  assert.is(fail('with x as (select 1) select * from x'), 'Unsupported WITH syntax');
  assert.is(fail('select distinct a from t'), 'Unsupported DISTINCT syntax');
  assert.is(fail('select a from (select a from t)'), 'Unsupported sub table syntax');
  assert.is(fail('select a from db.t'), 'Unsupported schema syntax');
  assert.is(fail('select a from t x'), 'Unsupported table alias name syntax');
  assert.is(fail('select a from t, u'), 'Unsupported table join syntax');
  assert.is(fail('select a from t left join u on a = b'), 'Unsupported table join syntax');
  assert.is(fail('select a from t where a = 1 group by a'), 'Unsupported GROUP BY syntax');
  assert.is(fail('select a from t having a > 1'), 'Unsupported HAVING syntax');
  assert.is(fail('select a from t order by a'), 'Unsupported ORDER BY syntax');
  assert.is(fail('select a from t limit 5'), 'Unsupported LIMIT,OFFSET syntax');
  assert.is(fail('select a from t union select a from u'), 'Unsupported SQL syntax: UNION');
  assert.is(fail('select a from t where a in (select a from u)'), 'Unsupported sub query syntax');
  assert.is(fail('select a'), 'Unsupported SQL syntax: a FROM clause is required');
});

s('malformed text is a syntax error at the offending token', () => {
  const e = thrown(() => parseSelect('select a,\n from t')) as Error & { pos: { line: number; column: number } };
  assert.equal([e.message, e.pos.line, e.pos.column], ["unexpected keyword from", 2, 2]);
  assert.is(fail('select a from t where'), 'unexpected end of query');
  assert.is(fail('select cast(a as) from t'), "expected a type name but found ')'");
  assert.is(fail('select case end from t'), "unexpected keyword end");
  assert.is(fail('select a from t;;'), "unexpected ';'");
  assert.is(fail('select 99999999999999999999 from t'), 'integer literal 99999999999999999999 is out of the BIGINT range');
  assert.equal(texts('select a from t;'), ['a']);
});

s.run();
