import { suite } from 'uvu';
import * as assert from 'uvu/assert';
import { ReadonlyConfig } from '../../../core/options/readonly-config';
import * as O from '../../../connectors/fake/fake-options';
import { thrown } from '../../support/connector-harness';

const s = suite('fake-options');
const get = <T, R>(o: import('../../../core/options/option').Option<T, R>, raw: Record<string, unknown>) => new ReadonlyConfig(raw).get(o);

s('fake modes are case-insensitive enums defaulting to RANGE', () => {
  assert.is(get(O.STRING_FAKE_MODE, {}), 'RANGE');
  assert.is(get(O.STRING_FAKE_MODE, { 'string.fake.mode': 'template' }), 'TEMPLATE');
  assert.match(thrown(() => get(O.INT_FAKE_MODE, { 'int.fake.mode': 'random' }))!.message, 'one of [RANGE, TEMPLATE]');
});

s('Java maxima are accepted as values', () => {
  assert.is(get(O.BIGINT_MAX, { 'bigint.max': 9223372036854775807 }), 9223372036854775807);
  // the config parser hands integers beyond 2^53 over as bigints
  assert.is(get(O.BIGINT_MAX, { 'bigint.max': 9223372036854775807n }), O.LONG_MAX_VALUE);
  assert.equal(get(O.BIGINT_TEMPLATE, { 'bigint.template': [1, 9007199254740993n] }), [1, 9007199254740992]);
  assert.equal(get(O.BIGINT_TEMPLATE, { 'bigint.template': '3, 4' }), [3, 4]);
  assert.is(get(O.FLOAT_MAX, { 'float.max': 3.4028234663852886e38 }), O.FLOAT_MAX_VALUE);
  assert.is(get(O.DOUBLE_MAX, { 'double.max': Number.MAX_VALUE }), Number.MAX_VALUE);
});

s('counts and sizes cannot be negative; split.num at least 1', () => {
  assert.match(thrown(() => get(O.ROW_NUM, { 'row.num': -1 }))!.message, "option 'row.num'");
  assert.match(thrown(() => get(O.SPLIT_NUM, { 'split.num': 0 }))!.message, "option 'split.num'");
  assert.match(thrown(() => get(O.ARRAY_SIZE, { 'array.size': -2 }))!.message, "option 'array.size'");
});

s('template lists from lists or comma strings', () => {
  assert.equal(get(O.INT_TEMPLATE, { 'int.template': [20, '21'] }), [20, 21]);
  assert.equal(get(O.STRING_TEMPLATE, { 'string.template': 'x,y' }), ['x', 'y']);
  assert.ok(thrown(() => get(O.INT_TEMPLATE, { 'int.template': ['a'] })));
});

s.run();
