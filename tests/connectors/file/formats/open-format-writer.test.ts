import fs from 'node:fs';
import path from 'node:path';
import { suite } from 'uvu';
import * as assert from 'uvu/assert';
import { openFormatWriter } from '../../../../connectors/file/formats/open-format-writer';
import { rejection } from '../../../support/connector-harness';
import { row, tempDir } from '../file-test-kit';
import { spec } from './writer-spec';

const s = suite('open-format-writer');
const t = tempDir();
s.after(() => t.cleanup());

s('opens a writer per format; binary is not a row format', async () => {
  for (const format of ['text', 'csv', 'json', 'xml', 'excel', 'parquet'] as const) {
    const file = path.join(t.dir, `f.${format}`);
    const w = await openFormatWriter(file, spec({ a: 'int' }, { format }));
    await w.write([row('t', 1)]);
    await w.close();
    assert.ok(fs.statSync(file).size > 0, format);
  }
  const e = await rejection(openFormatWriter(path.join(t.dir, 'b'), spec({ a: 'int' }, { format: 'binary' })));
  assert.match(e?.message ?? '', /'binary' cannot be written/);
});

s.run();
