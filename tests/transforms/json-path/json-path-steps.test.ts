import { suite } from 'uvu';
import * as assert from 'uvu/assert';
import { type Step, apply, compare } from '../../../transforms/json-path/json-path-steps';
import { parseLenientJson } from '../../../transforms/json-path/lenient-json';

const s = suite('json-path-steps');
const doc = parseLenientJson('{"a": [1, 2, 3, 4], "b": {"c": {"a": 9}}, "n": null}');
const run = (step: Step, v = doc) => {
  const out: unknown[] = [];
  const found = apply(step, v, doc, out as never);
  return [found, JSON.parse(JSON.stringify(out))];
};

s('names and indexes report whether they found anything (definite paths fail on false)', () => {
  assert.equal(run({ kind: 'names', names: ['n', 'zz'] }), [true, [null]]);
  assert.equal(run({ kind: 'names', names: ['zz'] }), [false, []]);
  assert.equal(run({ kind: 'indexes', indexes: [-1, 0, 9] }, (doc as { a: never }).a), [true, [4, 1]]);
  assert.equal(run({ kind: 'indexes', indexes: [0] }), [false, []]);
});

s('slices, wildcards, deep scans and filters always succeed, possibly with nothing', () => {
  const a = (doc as { a: never }).a;
  assert.equal(run({ kind: 'slice', start: 1, end: -1, step: 1 }, a), [true, [2, 3]]);
  assert.equal(run({ kind: 'slice', step: 2 }, a), [true, [1, 3]]);
  assert.equal(run({ kind: 'wildcard' }, (doc as { b: never }).b), [true, [{ a: 9 }]]);
  assert.equal(run({ kind: 'scan', then: { kind: 'names', names: ['a'] } }), [true, [[1, 2, 3, 4], 9]]);
  assert.equal(run({ kind: 'filter', test: (x) => (x as number) > 2 }, a), [true, [3, 4]]);
});

s('comparisons: numbers and strings ordered, structures equal by content, mixed kinds never match', () => {
  assert.equal([compare('<', 1, 2), compare('>=', 'b', 'a'), compare('==', 2n, 2), compare('==', [1, { x: 3n }], [1, { x: 3n }]), compare('<', 1, '2'), compare('!=', 1, '1'), compare('==', undefined, null)],
    [true, true, true, true, false, true, false]);
});

s.run();
