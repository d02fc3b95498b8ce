import fs from 'node:fs';
import path from 'node:path';
import { suite } from 'uvu';
import * as assert from 'uvu/assert';
import { silentLogger } from '../../../core/logging/logger';
import { ReadonlyConfig } from '../../../core/options/readonly-config';
import { typeToString } from '../../../core/types/data-type';
import { SOURCE_RULE, TABLE_RULE, buildReadPlans } from '../../../connectors/file/source-plan';
import { rejection } from '../../support/connector-harness';
import { E2E_DATA, tempDir } from './file-test-kit';

const s = suite('source-plan');
const t = tempDir();
s.after(() => t.cleanup());
const plans = (raw: Record<string, unknown>, outputName?: string) => buildReadPlans(new ReadonlyConfig(raw, { kind: 'source', identifier: 'LocalFile' }), outputName, silentLogger);

s('options resolve with SeaTunnel defaults; csv defaults to commas, text to \\u0001', async () => {
  const [text] = await plans({ path: `${E2E_DATA}/text`, file_format_type: 'text', schema: { fields: { a: 'string' } } });
  assert.equal([text.options.delimiter, text.options.encoding, text.options.skipHeader, text.options.dateFormat, text.options.archive], ['\u0001', 'UTF-8', 0, 'yyyy-MM-dd', 'none']);
  const [csv] = await plans({ path: `${E2E_DATA}/text`, file_format_type: 'csv', schema: { fields: { a: 'string' } } });
  assert.is(csv.options.delimiter, ',');
  const [old] = await plans({ path: `${E2E_DATA}/text`, file_format_type: 'csv', delimiter: ';', schema: { fields: { a: 'string' } } });
  assert.is(old.options.delimiter, ';', 'the deprecated key `delimiter` still works');
});

s('the table: configured columns (kept as declared), projection, partition columns, path from schema.table', async () => {
  const [p] = await plans({ path: `${E2E_DATA}/json`, file_format_type: 'json', read_columns: ['b'], schema: { table: 'db.t', columns: [{ name: 'a', type: 'int' }, { name: 'b', type: 'string', nullable: false, comment: 'bee' }] } });
  assert.is(p.table.tablePath.toString(), 'db.t');
  assert.equal(p.projection, [1]);
  assert.equal(p.table.schema.columns.map((c) => [c.name, typeToString(c.type), c.nullable, c.comment]), [
    ['b', 'STRING', false, 'bee'],
    ['name', 'STRING', true, undefined],
    ['hobby', 'STRING', true, undefined],
  ]);
  assert.equal(p.partitionNames, ['name', 'hobby']);
});

s('rules: json needs a schema, xml its tags, each tables_configs entry its path', async () => {
  assert.match((await rejection(plans({ path: t.dir, file_format_type: 'excel' })))?.message ?? '', /'schema'.*required because/);
  assert.match((await rejection(plans({ tables_configs: [{ file_format_type: 'text' }] })))?.message ?? '', /the options\('path'\) are required/);
  assert.match((await rejection(plans({ path: t.dir, file_format_type: 'text', compress_codec: 'lzo' })))?.message ?? '', /compress_codec 'lzo' is not supported/);
  assert.match((await rejection(plans({ path: t.dir, file_format_type: 'text', read_columns: ['a'] })))?.message ?? '', /not support column projection/);
  assert.ok(SOURCE_RULE.allOptions.some((o) => o.key === 'tables_configs'));
  assert.ok(TABLE_RULE.allOptions.some((o) => o.key === 'skip_header_row_number'));
});

s('no files: the configured (or content) table and nothing to read', async () => {
  const empty = path.join(t.dir, 'empty');
  fs.mkdirSync(empty);
  const [p] = await plans({ path: empty, file_format_type: 'parquet' }, 'fake');
  assert.equal([p.files.length, p.table.tablePath.toString(), p.table.schema.columns.length], [0, 'fake', 0]);
});

s.run();
