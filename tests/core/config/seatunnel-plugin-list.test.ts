import { suite } from 'uvu';
import * as assert from 'uvu/assert';
import { parseHocon } from '../../../core/config/parse-hocon';
import { isPluginBlock, PLUGIN_BLOCKS } from '../../../core/config/seatunnel-plugin-list';

const s = suite('seatunnel-plugin-list');

const parse = (text: string, syntax: 'conf' | 'json' = 'conf') => parseHocon(text, { file: 'p.conf', syntax });

s('turns each block of source/transform/sink into an ordered list with plugin_name last', () => {
  const config = parse(`
source {
  FakeSource { parallelism = 2, result_table_name = "fake", row.num = 16
               schema = { fields { name = "string", age = "int" } } }
  FakeSource { row.num = 3, plugin_output = "fake2" }
}
transform {
}
sink {
  Console {}
  c.Console { plugin_name = "Override" }
}`);
  assert.equal(config, {
    source: [
      { parallelism: 2, result_table_name: 'fake', 'row.num': 16, schema: { fields: { name: 'string', age: 'int' } }, plugin_name: 'FakeSource' },
      { 'row.num': 3, plugin_output: 'fake2', plugin_name: 'FakeSource' },
    ],
    transform: [],
    sink: [{ plugin_name: 'Console' }, { plugin_name: 'Override' }],
  });
  const source = config.source as Record<string, unknown>[];
  assert.equal(Object.keys(source[0]), ['parallelism', 'result_table_name', 'row.num', 'schema', 'plugin_name']);
  assert.equal(Object.keys((source[0].schema as { fields: object }).fields), ['name', 'age']);
});

s('handles path keys, = objects, non-object values and comma-separated plugins', () => {
  assert.equal(parse('sink { Jdbc->x { url = "a" }, B = { k = 1 }, Console = 1 }').sink, [
    { x: { url: 'a' }, plugin_name: 'Jdbc' }, { k: 1, plugin_name: 'B' }, 1,
  ]);
  assert.equal(parse('transform { Sql { query = "a" }, Sql { query = "b" } }').transform, [
    { query: 'a', plugin_name: 'Sql' }, { query: 'b', plugin_name: 'Sql' },
  ]);
});

s('adds plugin_name after resolving a plugin given by substitution', () => {
  assert.equal(parse('base { k = 1 }\nsource { Fake = ${base} { j = 2 } }').source, [{ k: 1, j: 2, plugin_name: 'Fake' }]);
  assert.equal(parse('name = "Mine"\nsource { Fake { plugin_name = ${name} } }').source, [{ plugin_name: 'Mine' }]);
});

s('converts only fields of the root object (nested source/sink keys stay objects)', () => {
  const config = parse('source { Kafka { nested { source { Inner { k = 1 } } }, sink = { q = 1 } } }');
  assert.equal(config.source, [{ nested: { source: { Inner: { k: 1 } } }, sink: { q: 1 }, plugin_name: 'Kafka' }]);
  assert.equal(parse('env { source { A {} } }'), { env: { source: { A: {} } } });
  assert.equal(parse('source->x { A { k = 1 } }'), { source: { x: [{ k: 1, plugin_name: 'A' }] } });
  assert.ok(isPluginBlock([['sink']], 'conf'));
  assert.ok(isPluginBlock([['source', 'x']], 'conf'));
  assert.not.ok(isPluginBlock([['sink'], ['Console']], 'conf'));
  assert.not.ok(isPluginBlock([['sink']], 'json'));
  assert.equal([...PLUGIN_BLOCKS], ['source', 'transform', 'sink']);
});

s('mangles the array form in HOCON exactly as SeaTunnel does', () => {
  assert.equal(parse('sink = [ { plugin_name = "Console", k = 1 } ]'), { sink: [['Console', 1]] });
});

s('lets the last repeated block win, while env blocks merge', () => {
  assert.equal(parse('env { job.mode = BATCH }\nenv { parallelism = 3 }\nsource { A { x = 1 } }\nsource { B { y = 2 } }'), {
    env: { 'job.mode': 'BATCH', parallelism: 3 },
    source: [{ y: 2, plugin_name: 'B' }],
  });
  assert.equal(parse('sink { Console {} }\nsink {}').sink, []);
});

s('does nothing in JSON syntax', () => {
  assert.equal(parse('{"source": {"FakeSource": {"a": 1}}, "sink": [{"plugin_name": "Console"}]}', 'json'), {
    source: { FakeSource: { a: 1 } },
    sink: [{ plugin_name: 'Console' }],
  });
});

s.run();
