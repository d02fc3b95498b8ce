import fs from 'node:fs';
import path from 'node:path';
import { suite } from 'uvu';
import * as assert from 'uvu/assert';
import { openJsonWriter } from '../../../../connectors/file/formats/json-writer';
import { row, tempDir } from '../file-test-kit';
import { spec } from './writer-spec';

const s = suite('json-writer');
const t = tempDir();
s.after(() => t.cleanup());

s('one object per row with the sink columns, in the configured encoding', async () => {
  const file = path.join(t.dir, 'a.json');
  const w = openJsonWriter(file, { ...spec({ id: 'bigint', name: 'string', skip: 'int' }, { encoding: 'GBK' }), names: ['id', 'name'], positions: [0, 1] });
  await w.write([row('t', 1n, '你好', 9), row('t', null, 'x', 9)]);
  await w.close();
  const text = new TextDecoder('gbk').decode(fs.readFileSync(file));
  assert.is(text, '{"id":1,"name":"你好"}\n{"id":null,"name":"x"}');
});

s.run();
