import fs from 'node:fs';
import path from 'node:path';
import { suite } from 'uvu';
import * as assert from 'uvu/assert';
import { openXmlWriter } from '../../../../connectors/file/formats/xml-writer';
import { row, tempDir } from '../file-test-kit';
import { spec } from './writer-spec';

const s = suite('xml-writer');
const t = tempDir();
s.after(() => t.cleanup());

s('attribute format, escaped', async () => {
  const file = path.join(t.dir, 'a.xml');
  const w = openXmlWriter(file, spec({ id: 'int', name: 'string', m: 'map<string, string>' }));
  await w.write([row('t', 1, 'a "b" & <c>', new Map([['k', 'v']]))]);
  await w.close();
  assert.is(fs.readFileSync(file, 'utf8'), '<?xml version="1.0" encoding="UTF-8"?>\n\n<RECORDS>\n\t<RECORD id="1" name="a &quot;b&quot; &amp; &lt;c&gt;" m="{&quot;k&quot;:&quot;v&quot;}"/>\n</RECORDS>\n');
});

s('element format with custom tags; null is an empty element', async () => {
  const file = path.join(t.dir, 'b.xml');
  const w = openXmlWriter(file, spec({ id: 'int', name: 'string' }, { xmlUseAttr: false, xmlRootTag: 'ROOT', xmlRowTag: 'ROW' }));
  await w.write([row('t', 1, null)]);
  await w.close();
  assert.is(fs.readFileSync(file, 'utf8'), '<?xml version="1.0" encoding="UTF-8"?>\n\n<ROOT>\n\t<ROW>\n\t\t<id>1</id>\n\t\t<name/>\n\t</ROW>\n</ROOT>\n');
});

s.run();
