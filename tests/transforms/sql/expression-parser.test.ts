import { suite } from 'uvu';
import * as assert from 'uvu/assert';
import { exprText } from '../../../transforms/sql/ast';
import { parseSelect } from '../../../transforms/sql/parser';
import { thrown } from '../transform-harness';

const s = suite('expression-parser');
const texts = (sql: string) => parseSelect(sql).items.map((i) => (i.kind === 'all' ? '*' : exprText(i.expr)));

s('precedence: OR < AND < NOT < comparison < || < + - < * / % < unary minus', () => {
  const w = (cond: string) => exprText(parseSelect(`select a from t where ${cond}`).where!);
  assert.is(w('a = 1 or b = 2 and not c = 3'), 'a = 1 OR b = 2 AND NOT c = 3');
  const tree = parseSelect("select a || b + c * -d from t").items[0];
  assert.ok(tree.kind === 'expr' && tree.expr.kind === 'binary' && tree.expr.op === '||');
  assert.is(texts('select -5, - a, 2147483648, -2147483648 from t').join(' | '), '-5 | -a | 2147483648 | -2147483648');
  const lits = parseSelect('select 2147483647, 2147483648, 1.0 from t').items.map((i) => (i.kind === 'expr' && i.expr.kind === 'literal' ? i.expr.type : ''));
  assert.equal(lits, ['INT', 'BIGINT', 'DOUBLE']);
});

s('predicates: IS [NOT] NULL, [NOT] IN, [NOT] LIKE, [NOT] BETWEEN, CASE both forms, CAST, EXTRACT', () => {
  const w = (cond: string) => exprText(parseSelect(`select a from t where ${cond}`).where!);
  assert.is(w("a is not null and b not in (1, 2) and c not like 'x%' and d not between 1 and 2"), "a IS NOT NULL AND b NOT IN (1, 2) AND c NOT LIKE 'x%' AND d NOT BETWEEN 1 AND 2");
  assert.equal(texts("select case a when 1 then 'x' else 'y' end, case when a > 1 then 2 end, cast(a as decimal(10, 2)), extract(year from b) from t"),
    ["CASE a WHEN 1 THEN 'x' ELSE 'y' END", 'CASE WHEN a > 1 THEN 2 END', 'CAST(a AS decimal(10, 2))', 'EXTRACT(year FROM b)']);
  assert.equal(texts('select current_date, current_timestamp(), now(), c_row.c_inner.`x y` from t'), ['current_date', 'current_timestamp()', 'now()', 'c_row.c_inner.`x y`']);
});

s('function calls: any name with ( is a call (LEFT, RIGHT, INSERT too); POSITION(a IN b); SUBSTRING(s FROM i FOR n)', () => {
  assert.equal(texts("select left(a, 1), insert(a, 1, 1, 'x'), position('x' in a), substring(a from 2 for 3), f() from t"),
    ["left(a, 1)", "insert(a, 1, 1, 'x')", "position('x', a)", 'substring(a, 2, 3)', 'f()']);
  assert.equal(texts('select m.3, `m`.`k` from t'), ['m.3', '`m`.`k`']);
  assert.is(thrown(() => parseSelect('select count(distinct a) from t'))?.message, 'Unsupported DISTINCT syntax');
  assert.is(thrown(() => parseSelect('select a.(b) from t'))?.message, "expected a field name after '.' but found '('");
  assert.is(thrown(() => parseSelect('select cast(a as decimal(x)) from t'))?.message, "expected a number but found 'x'");
  assert.is(thrown(() => parseSelect('select extract(1 from a) from t'))?.message, "expected a date/time field but found '1'");
  assert.is(thrown(() => parseSelect('select a is b from t'))?.message, "expected NULL but found 'b'");
});

s.run();
