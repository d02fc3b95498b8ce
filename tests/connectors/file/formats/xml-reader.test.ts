import fs from 'node:fs';
import path from 'node:path';
import { suite } from 'uvu';
import * as assert from 'uvu/assert';
import { rejection } from '../../../support/connector-harness';
import { E2E_DATA, makeZip, plain, readFiles, tempDir } from '../file-test-kit';

const s = suite('xml-reader');
const t = tempDir();
s.after(() => t.cleanup());

const E2E_SCHEMA = {
  fields: {
    c_bytes: 'tinyint', c_short: 'smallint', c_int: 'int', c_bigint: 'bigint', c_string: 'string', c_double: 'double', c_float: 'float',
    c_decimal: 'decimal(10, 2)', c_boolean: 'boolean', c_map: 'map<string, string>', c_array: 'array<string>', c_date: 'date',
    c_datetime: 'timestamp', c_time: 'time',
  },
};

s('attribute format: the e2e record', async () => {
  const { rows } = await readFiles({ path: `${E2E_DATA}/xml`, file_format_type: 'xml', xml_row_tag: 'RECORD', xml_use_attr_format: true, schema: E2E_SCHEMA });
  assert.equal(plain(rows[0]), [1, 22, 333, '4444n', 'DusayI', 5.555, Math.fround(6.666), '7.78', false, { age: '26', name: 'Ivan' }, ['Ivan', 'Dusayi'], '2024-01-31', '2024-01-31T16:00:48', '16:00:48']);
});

s('element format inside a zip; rows without any schema field are skipped; blanks are null', async () => {
  const xml = '<?xml version="1.0"?><ROOT><ROW><id>1</id><name>a &amp; b</name></ROW><ROW><other>x</other></ROW><ROW><id>2</id><name> </name></ROW></ROOT>';
  const zip = path.join(t.dir, 'x.zip');
  await makeZip(zip, { 'data.xml': xml });
  const { rows } = await readFiles({
    path: zip, file_format_type: 'xml', archive_compress_codec: 'zip', xml_row_tag: 'ROW', xml_use_attr_format: false, schema: { fields: { id: 'int', name: 'string' } },
  });
  assert.equal(rows.map((r) => r.fields), [[1, 'a & b'], [2, null]]);
});

s('xml needs xml_row_tag and xml_use_attr_format; broken XML names the file', async () => {
  const missing = await rejection(readFiles({ path: `${E2E_DATA}/xml`, file_format_type: 'xml', schema: E2E_SCHEMA }));
  assert.match(missing?.message ?? '', /API-02.*'xml_row_tag', 'xml_use_attr_format'/);
  const bad = path.join(t.dir, 'bad.xml');
  fs.writeFileSync(bad, '<A><B></A>');
  const e = await rejection(readFiles({ path: bad, file_format_type: 'xml', xml_row_tag: 'B', xml_use_attr_format: true, schema: { fields: { id: 'int' } } }));
  assert.match(e?.message ?? '', /COMMON-01.*bad\.xml/);
});

s.run();
