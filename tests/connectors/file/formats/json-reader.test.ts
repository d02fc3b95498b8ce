import fs from 'node:fs';
import path from 'node:path';
import { suite } from 'uvu';
import * as assert from 'uvu/assert';
import { parseJsonText } from '../../../../connectors/file/formats/json-reader';
import { rejection } from '../../../support/connector-harness';
import { E2E_DATA, plain, readFiles, tempDir } from '../file-test-kit';

const s = suite('json-reader');
const t = tempDir();
s.after(() => t.cleanup());

s('one object per line (or an array of objects); missing fields are null', async () => {
  const file = path.join(t.dir, 'a.json');
  fs.writeFileSync(file, '{"id": 1, "tags": ["a"], "m": {"1": 2}}\n\n[{"id": "2"}, {"id": 3, "extra": true}]\n');
  const { rows } = await readFiles({ path: file, file_format_type: 'json', schema: { fields: { id: 'bigint', tags: 'array<string>', m: 'map<int, int>' } } });
  assert.equal(rows.map(plain), [['1n', ['a'], { 1: 2 }], ['2n', null, null], ['3n', null, null]]);
});

s('big integers and decimals keep every digit', async () => {
  assert.equal(String((parseJsonText('{"x": 88574263949141714798.835853182708550244}') as { x: unknown }).x), '88574263949141714798.835853182708550244');
  const { rows } = await readFiles({ path: `${E2E_DATA}/json`, file_format_type: 'json', schema: { fields: { c_bigint: 'bigint', c_decimal: 'decimal(38, 18)', c_bytes: 'bytes' } } });
  assert.equal(plain(rows[0]), ['4712806879122100224n', '88574263949141714798.835853182708550244', `bytes:${Buffer.from('CskVt').toString('hex')}`, 'tyrantlucifer', 'coding']);
});

s('gbk files decode with encoding', async () => {
  const { rows } = await readFiles({ path: `${E2E_DATA}/encoding/json`, file_format_type: 'json', encoding: 'gbk', schema: { fields: { c_string: 'string' } } });
  assert.is(rows.length, 4);
  assert.ok(rows.every((r) => /测试|你好|海底|字符/.test(String(r.fields[0]))));
});

s('bad JSON names the file and line', async () => {
  const file = path.join(t.dir, 'bad.json');
  fs.writeFileSync(file, '{"id": 1}\n{"id": \n');
  const e = await rejection(readFiles({ path: file, file_format_type: 'json', schema: { fields: { id: 'int' } } }));
  assert.match(e?.message ?? '', /COMMON-16.*line 2 of file '.*bad\.json'/);
});

s.run();
