import { suite } from 'uvu';
import * as assert from 'uvu/assert';
import { ReadonlyConfig } from '../../../core/options/readonly-config';
import { SINK_RULE, parseSinkConfig } from '../../../connectors/file/sink-config';
import { thrown } from '../../support/connector-harness';
import { table } from './file-test-kit';

const s = suite('sink-config');
const t = table('fake', { Name: 'string', city: 'string', age: 'int' });
const parse = (raw: Record<string, unknown>) => parseSinkConfig(new ReadonlyConfig(raw, { kind: 'sink', identifier: 'LocalFile' }), t);

s('defaults as SeaTunnel: csv, \\u0001 columns, \\n rows, /tmp/seatunnel, ${transactionId}, 1,000,000 rows per file', () => {
  const c = parse({ path: '/out' });
  assert.equal([c.spec.format, c.spec.fieldDelimiter, c.spec.rowDelimiter, c.tmpPath, c.fileNameExpression, c.batchSize], ['csv', '\u0001', '\n', '/tmp/seatunnel', '${transactionId}', 1_000_000]);
  assert.equal(c.spec.names, ['Name', 'city', 'age']);
  assert.equal([c.schemaSaveMode, c.dataSaveMode], ['CREATE_SCHEMA_WHEN_NOT_EXIST', 'APPEND_DATA']);
});

s('sink_columns match case-insensitively; partition columns leave the file unless kept', () => {
  const c = parse({ path: '/out', sink_columns: ['name', 'AGE', 'city'], partition_by: ['city'] });
  assert.equal([c.spec.names, c.spec.positions, c.partitionPositions], [['Name', 'age'], [0, 2], [1]]);
  const kept = parse({ path: '/out', partition_by: ['city'], is_partition_field_write_in_file: true, partition_dir_expression: '${v0}' });
  assert.equal([kept.spec.names.length, kept.partitionDirExpression], [3, '${v0}']);
});

s('bad combinations name the option', () => {
  assert.match(thrown(() => parse({}))?.message ?? '', /the options\('path'\) are required/);
  assert.match(thrown(() => parse({ path: '/o', sink_columns: ['zz'] }))?.message ?? '', /sink_columns: column 'zz' is not in the table/);
  assert.match(thrown(() => parse({ path: '/o', have_partition: true }))?.message ?? '', /'partition_by'.*are required because \['have_partition' == true\]/);
  assert.match(thrown(() => parse({ path: '/o', file_format_type: 'binary' }))?.message ?? '', /only supports binary format/);
  assert.match(thrown(() => parse({ path: '/o', file_format_type: 'json', compress_codec: 'zstd' }))?.message ?? '', /compress_codec 'zstd' is not supported for json/);
  assert.match(thrown(() => parse({ path: '/o', date_format: 'dd.MM.yyyy' }))?.message ?? '', /Illegal format \[dd\.MM\.yyyy\] for option 'date_format'/);
  assert.match(thrown(() => parse({ path: '/o', encoding: 'nope' }))?.message ?? '', /COMMON-08/);
});

s('the rule lists the sink options', () => {
  const keys = SINK_RULE.allOptions.map((o) => o.key);
  for (const k of ['path', 'file_format_type', 'tmp_path', 'batch_size', 'schema_save_mode', 'data_save_mode', 'sink_columns', 'partition_by']) assert.ok(keys.includes(k), k);
});

s.run();
