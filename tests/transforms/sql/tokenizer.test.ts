import { suite } from 'uvu';
import * as assert from 'uvu/assert';
import { tokenize } from '../../../transforms/sql/tokenizer';
import { thrown } from '../transform-harness';

const s = suite('tokenizer');
const kinds = (sql: string) => tokenize(sql).map((t) => `${t.kind}:${t.text}`);

s('words, quoted identifiers, strings, numbers and operators', () => {
  assert.equal(kinds("select `a b`, \"c\", 'it''s', 12, 1.5e3, .5 || x <> y"), [
    'ident:select', 'quoted:a b', 'op:,', 'quoted:c', 'op:,', "string:it's", 'op:,', 'integer:12', 'op:,', 'decimal:1.5e3', 'op:,', 'decimal:.5',
    'op:||', 'ident:x', 'op:<>', 'ident:y', 'eof:',
  ]);
});

s('string literals keep backslashes (regex patterns arrive unchanged); comments are skipped', () => {
  assert.equal(kinds("'\\d{4}' -- note\n/* block\n */ x"), ['string:\\d{4}', 'ident:x', 'eof:']);
  assert.equal(kinds('名字 _x$1'), ['ident:名字', 'ident:_x$1', 'eof:']);
});

s('positions count lines and columns from 1, across multi-line literals and comments', () => {
  const t = tokenize("select\n  'a\nb' /* c\n d */ x");
  assert.equal(t.map((x) => [x.text, x.pos.line, x.pos.column]), [['select', 1, 1], ['a\nb', 2, 3], ['x', 4, 7], ['', 4, 8]]);
});

s('unterminated literals and stray characters are errors with a position', () => {
  assert.equal([thrown(() => tokenize("a 'b"))?.message, (thrown(() => tokenize("a 'b")) as { pos?: { column: number } }).pos?.column], ['unterminated string literal', 3]);
  assert.is(thrown(() => tokenize('a ? b'))?.message, "unexpected character '?'");
  assert.is(thrown(() => tokenize('`x'))?.message, 'unterminated quoted identifier `');
  assert.is(thrown(() => tokenize('12abc'))?.message, "invalid number '12a'");
});

s.run();
