import { suite } from 'uvu';
import * as assert from 'uvu/assert';
import { parseDataType } from '../../../core/types/parse-data-type';
import { convertValue } from '../../../core/types/convert-value';
import { toJsonTree } from '../../../transforms/json-path/json-tree';

const s = suite('json-tree');
const tree = (type: string, literal: unknown) => {
  const t = parseDataType(type, 'f');
  return JSON.parse(JSON.stringify(toJsonTree(convertValue(literal, t, 'f'), t)));
};

s('text fields are parsed, structured fields serialized as SeaTunnel would', () => {
  assert.equal(tree('string', '{a: 1}'), { a: 1 });
  assert.equal(tree('bytes', Buffer.from('[1,"x"]').toString('base64')), [1, 'x']);
  assert.equal(tree('array<int>', [1, 2]), [1, 2]);
  assert.equal(tree('map<int, string>', { 1: 'a' }), { 1: 'a' });
  assert.equal(tree('{a = "decimal(5, 2)", b = date, c = float, d = bytes}', ['1.50', '2020-01-02', 3.14, 'AQ==']), [1.5, '2020-01-02', 3.14, 'AQ==']);
});

s.run();
