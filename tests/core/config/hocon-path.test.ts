import { suite } from 'uvu';
import * as assert from 'uvu/assert';
import { SeatideError } from '../../../core/errors';
import { describeToken, pathFromTokens, tokenText } from '../../../core/config/hocon-path';
import { tokenize } from '../../../core/config/hocon-tokenizer';

const s = suite('hocon-path');

/** The path of a key written in CONF syntax (all tokens before the `=`). */
const keyPath = (key: string): string[] => {
  const tokens = tokenize(`${key} = 1`, 'k.conf', 'conf');
  const eq = tokens.findIndex((t) => t.kind === 'equals');
  return pathFromTokens(tokens.slice(0, eq), { file: 'k.conf', line: 1, column: 1 });
};

s('splits on -> only: dotted keys stay one key', () => {
  assert.equal(keyPath('job.mode'), ['job.mode']);
  assert.equal(keyPath('a->b->c'), ['a', 'b', 'c']);
  assert.equal(keyPath('spark.app.name->x.y'), ['spark.app.name', 'x.y']);
});

s('never splits inside quotes, and joins adjacent pieces of a key', () => {
  assert.equal(keyPath('"a->b"'), ['a->b']);
  assert.equal(keyPath('a "b" c'), ['a b c']);
  assert.equal(keyPath('"x"'), ['x']);
  assert.equal(keyPath('""'), ['']);
});

s('spells numbers and booleans in keys as written', () => {
  assert.equal(keyPath('1.0'), ['1.0']);
  assert.equal(keyPath('true_flag'), ['true_flag']);
  assert.equal(keyPath('10s->null'), ['10s', 'null']);
});

s('rejects empty path elements with the position of the key', () => {
  for (const bad of ['a->->b', 'a->', 'x y->']) {
    try {
      keyPath(bad);
      assert.unreachable(bad);
    } catch (e) {
      assert.instance(e, SeatideError);
      assert.match((e as SeatideError).message, /k\.conf:1:1: path '.*' has a leading, trailing or doubled '->'/);
    }
  }
});

s("keeps a key one piece where '->' spans two tokens, as SeaTunnel's tokenizer splits it", () => {
  // '-' starts a number token, so '->a' and '1->b' are two unquoted tokens and nothing is split
  assert.equal(keyPath('->a'), ['->a']);
  assert.equal(keyPath('1->b'), ['1->b']);
});

s('describes tokens for messages', () => {
  const [a, , n, , str] = tokenize('a = 1.50, "s"', 't', 'conf');
  assert.is(describeToken(a), "'a'");
  assert.is(describeToken(n), 'number 1.50');
  assert.is(tokenText(n), '1.50');
  assert.is(describeToken(str), 'string "s"');
  assert.is(describeToken(tokenize('', 't', 'conf')[0]), 'end of input');
});

s.run();
