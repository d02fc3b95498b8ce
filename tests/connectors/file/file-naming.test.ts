import { suite } from 'uvu';
import * as assert from 'uvu/assert';
import { ReadonlyConfig } from '../../../core/options/readonly-config';
import { fileName, partitionDir, substitute, transactionDirPrefix, transactionId } from '../../../connectors/file/file-naming';
import { parseSinkConfig } from '../../../connectors/file/sink-config';
import { row, table } from './file-test-kit';

const s = suite('file-naming');
const t = table('fake', { name: 'string', age: 'int' });
const config = (raw: Record<string, unknown>) => parseSinkConfig(new ReadonlyConfig({ path: '/out', ...raw }, { kind: 'sink', identifier: 'LocalFile' }), t);

s('transaction ids and directories follow SeaTunnel', () => {
  assert.is(transactionId('42', 'abcdef0123', 1, 3), 'T_42_abcdef0123_1_3');
  assert.is(transactionDirPrefix('/tmp/seatunnel', '42', 'abcdef0123'), '/tmp/seatunnel/seatunnel/42/abcdef0123');
});

s('file names: expression, part number, codec and format suffixes', () => {
  assert.is(fileName(config({ file_format_type: 'text' }), 'T_1_u_0_1', 0), 'T_1_u_0_1_0.txt');
  assert.is(fileName(config({ file_format_type: 'json', compress_codec: 'gzip' }), 'T_1_u_0_1', 2), 'T_1_u_0_1_2.gz.json');
  const withNow = fileName(config({ file_format_type: 'csv', file_name_expression: '${transactionId}_${now}', filename_time_format: 'yyyy' }), 'T', 0);
  assert.match(withNow, /^T_\d{4}_0\.csv$/);
  const withUuid = fileName(config({ file_format_type: 'parquet', file_name_expression: 'x_${uuid}_${transactionId}' }), 'T', 1);
  assert.match(withUuid, /^x_[0-9a-f-]{36}_T_1\.parquet$/);
});

s('partition directories from partition_by, with or without an expression', () => {
  const r = row('fake', 'ann', 7);
  assert.is(partitionDir(config({}), r, [t.schema.columns[0].type, t.schema.columns[1].type]), '');
  const plain = config({ partition_by: ['name', 'age'], is_partition_field_write_in_file: true });
  assert.is(partitionDir(plain, r, t.schema.columns.map((c) => c.type)), 'name=ann/age=7');
  const expr = config({ partition_by: ['age'], partition_dir_expression: 'p_${v0}', is_partition_field_write_in_file: true });
  assert.is(partitionDir(expr, r, t.schema.columns.map((c) => c.type)), 'p_7');
});

s('substitute leaves unknown placeholders', () => {
  assert.is(substitute('${a}-${b}', { a: '1' }), '1-${b}');
});

s.run();
