import { suite } from 'uvu';
import * as assert from 'uvu/assert';
import { SeatideError } from '../../../core/errors';
import {
  parseVariables, RESERVED_PLACEHOLDERS, splitVariableArgument, substituteString, substituteVariables, variablesTree,
} from '../../../core/config/config-variables';

const s = suite('config-variables');

s('splits -i values on commas outside quotes and brackets, trimming items', () => {
  assert.equal(splitVariableArgument('a=1, b=2'), ['a=1', 'b=2']);
  assert.equal(splitVariableArgument('city="beijing,shanghai",x=[1,2],y=3'), ['city="beijing,shanghai"', 'x=[1,2]', 'y=3']);
  assert.equal(splitVariableArgument('a=1,'), ['a=1']);
  assert.equal(splitVariableArgument(''), []);
});

s('parses name=value on the first =, ignores items without =, and the last definition wins', () => {
  const vars = parseVariables(['username=seatunnel=2.3.1', 'flag', 'a=1,a=2', 'empty=']);
  assert.equal([...vars], [['username', 'seatunnel=2.3.1'], ['a', '2'], ['empty', '']]);
});

s('rejects the reserved sink placeholders as -i names', () => {
  assert.equal([...RESERVED_PLACEHOLDERS].length, 8);
  try {
    parseVariables(['ok=1,table_name=t']);
    assert.unreachable();
  } catch (e) {
    assert.instance(e, SeatideError);
    assert.is((e as SeatideError).code, 'CONFIG-05');
    assert.match((e as Error).message, /System placeholders cannot be used\. Incorrect config parameter: table_name/);
  }
});

s('builds the substitution tree: keys split on dots, parents win, [a,b] becomes a list', () => {
  const tree = variablesTree(new Map([
    ['a.b', 'v'], ['a', 'dropped'], ['list', "['abc','d~f']"], ['empty', '[]'], ['commas', '[x,,]'], ['plain', 'x'],
  ]));
  assert.equal(JSON.parse(JSON.stringify(tree)), { a: { b: 'v' }, list: ["'abc'", "'d~f'"], empty: [''], commas: ['x'], plain: 'x' });
});

s('replaces ${name} and ${name:default} in strings, leaving unknown ones verbatim', () => {
  const vars = new Map([['x', 'X'], ['blank', ''], ['a.b', 'AB']]);
  assert.is(substituteString('${x}-${x:d}-${y:def }-${y:}-${y}', vars), 'X-X-def--${y}');
  assert.is(substituteString('${blank:fallback}|${blank}', vars), 'fallback|${blank}');
  assert.is(substituteString('${a.b}', vars), 'AB');
  assert.is(substituteString('${k0}=${v0}', vars), '${k0}=${v0}');
  assert.is(substituteString('cost ${x} $ and \\ ok', new Map([['x', '$1\\']])), 'cost $1\\ $ and \\ ok');
});

s('leaves reserved sink placeholders alone, with or without a default', () => {
  assert.is(substituteString('${table_name}_copy ${table_name:t} ${database_name:db}', new Map()), '${table_name}_copy ${table_name:t} ${database_name:db}');
});

s('walks objects and string lists, but not objects in lists nor top-level scalars', () => {
  const config = {
    top: '${x}',
    env: { name: '${x}', n: 5, deep: { l: ['${x}', 1, { in: '${x}' }] } },
    source: [{ plugin_name: 'Fake', v: '${x}', rows: [{ fields: ['${x}'] }] }, ['not', '${x}']],
  };
  substituteVariables(config, new Map([['x', 'X']]));
  assert.equal(config, {
    top: '${x}',
    env: { name: 'X', n: 5, deep: { l: ['X', 1, { in: '${x}' }] } },
    source: [{ plugin_name: 'Fake', v: 'X', rows: [{ fields: ['${x}'] }] }, ['not', '${x}']],
  });
});

s.run();
