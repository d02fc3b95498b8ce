import { suite } from 'uvu';
import * as assert from 'uvu/assert';
import { Types, rowType } from '../../../core/types/data-type';
import { ExpressionCompiler } from '../../../transforms/sql/compile-expression';
import { parseSelect } from '../../../transforms/sql/parser';
import { sql, sqlError, text } from './sql-harness';

const s = suite('compile-expression');

s('literal types: INT when it fits, else BIGINT; decimals are DOUBLE; NULL has the NULL type', () => {
  assert.equal(['1', '2147483648', '1.5', "'x'", 'null', 'true', '-2147483648'].map((e) => sql(e).typeName), ['INT', 'BIGINT', 'DOUBLE', 'STRING', 'NULL', 'BOOLEAN', 'INT']);
});

s('INT and BIGINT arithmetic wraps around as Java does; integer division truncates; / 0 fails', () => {
  assert.equal([text('2147483647 + 1'), text('i * 3'), text('-7 / 2'), text('-7 % 2'), text('ti + si'), sql('ti + si').typeName], ['-2147483648', '21', '-3', '-1', '303', 'INT']);
  assert.equal([text('9223372036854775807 + cast(1 as bigint)'), text('l / 3'), sql('l + i').typeName], ['-9223372036854775808', '3333333333', 'BIGINT']);
  assert.match(sqlError('i / 0'), /\/ by zero/);
  assert.match(sqlError('l % 0'), /\/ by zero/);
});

s('DOUBLE arithmetic is IEEE (1/0 is Infinity); DECIMAL arithmetic is exact at the result scale', () => {
  assert.equal([text('d / 0'), text('f + 1'), sql('f + 1').typeName, text('134.22 % 23.12'), text('134.22 - 34.22')], ['Infinity', '2.5', 'DOUBLE', '18.619999999999994', '100.0']);
  assert.equal([text('dec + 0.005'), text('dec * 2'), text('dec / 3'), text('dec - i'), text('dec % 5'), sql('dec + 1').typeName], ['12.35', '24.68', '4.12', '5.34', '2.34', 'Decimal(10, 2)']);
  assert.match(sqlError('dec / 0'), /\/ by zero/);
});

s('null operands give null; || skips nulls and prints values as Java does', () => {
  assert.equal([sql('n + 1').value, sql('1 - n').value, sql('-n').value, text("s || '|' || n || '|' || d")], [null, null, null, 'Hello World||2.5']);
  assert.match(sqlError("s + 1"), /Unsupported SQL Expression: s \+ 1 \(STRING \+ INT\)/);
  assert.match(sqlError("-s"), /'STRING'|STRING is not a number/);
});

s('CASE: searched and simple forms, result converted to the type all branches share', () => {
  assert.equal([text("case when i > 5 then 'big' else 'small' end"), text('case i when 7 then 1 when 8 then 2 end'), text('case when i > 9 then 1 end')], ['big', '1', 'null']);
  assert.equal([text('case when b then 1 else 0.5 end'), sql('case when b then 1 else 0.5 end').typeName, text('case when n = 1 then l else i end'), sql('case i when 7.0 then dec end').typeName],
    ['1.0', 'DOUBLE', '7', 'Decimal(10, 2)']);
  assert.match(sqlError("case when b then 1 else 'x' end"), /CASE branches must share a type: INT type not compatible STRING/);
});

s('EXTRACT: INT fields of dates, times and timestamps; a field the value lacks is null', () => {
  assert.equal(['YEAR FROM dt', 'month from ts', 'DAY FROM ts', 'HOUR FROM tm', 'MINUTE FROM ts', 'SECOND FROM ts', 'MILLISECOND FROM ts', 'DAYOFWEEK FROM dt', 'DAYOFYEAR FROM ts'].map((f) => text(`extract(${f})`)),
    ['2021', '4', '15', '13', '34', '45', '235', '4', '105']);
  assert.equal([sql('extract(HOUR FROM dt)').value, sql('extract(YEAR FROM cast(n as date))').value], [null, null]);
  assert.match(sqlError('extract(YEAR FROM tm)'), /EXTRACT\(YEAR\) needs a DATE or TIMESTAMP, not TIME/);
  assert.match(sqlError('extract(WEEK FROM dt)'), /Unsupported dateTimeField: WEEK for function: EXTRACT/);
  assert.match(sqlError('extract(YEAR FROM s)'), /EXTRACT needs a DATE, TIME or TIMESTAMP/);
});

s('constant sub-expressions are evaluated once at create; volatile ones and failing ones are not', () => {
  const compiler = new ExpressionCompiler(rowType(['a'], [Types.INT]));
  const expr = (e: string) => { const i = parseSelect(`select ${e} from t`).items[0]; if (i.kind !== 'expr') throw new Error(); return compiler.compile(i.expr); };
  assert.equal([expr("upper('x') || 1").isConst, expr("upper('x') || 1").value], [true, 'X1']);
  assert.equal([expr('rand()').isConst, expr('a + 1').isConst, expr('uuid()').isConst, expr('current_date').isConst], [false, false, false, false]);
  const failing = expr("cast('x' as int)");
  assert.is(failing.isConst, false);
  assert.throws(() => failing.eval([1]), /Cannot cast 'x' to INT/);
  assert.match(sqlError('nosuch(1)'), /Unsupported function: nosuch/);
});

s.run();
