import { suite } from 'uvu';
import * as assert from 'uvu/assert';
import { parsePartitions } from '../../../connectors/file/partition-path';

const s = suite('partition-path');

s('hive-style directories in path order', () => {
  assert.equal([...parsePartitions('/data/name=tyrantlucifer/hobby=coding/e2e.txt')], [
    ['name', 'tyrantlucifer'],
    ['hobby', 'coding'],
  ]);
  assert.equal([...parsePartitions('/data/plain/e2e.txt')], []);
  assert.equal([...parsePartitions('/d/k=a=b/x')], [['k', 'a']]);
  assert.equal([...parsePartitions('/d/k=/x')], [['k', '']]);
});

s.run();
