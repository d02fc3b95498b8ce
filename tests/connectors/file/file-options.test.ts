import { suite } from 'uvu';
import * as assert from 'uvu/assert';
import { ReadonlyConfig } from '../../../core/options/readonly-config';
import * as O from '../../../connectors/file/file-options';

const s = suite('file-options');
const cfg = (raw: Record<string, unknown>) => new ReadonlyConfig(raw, { kind: 'source', identifier: 'LocalFile' });

s('SeaTunnel defaults and case-insensitive enums', () => {
  const c = cfg({ file_format_type: 'JSON', compress_codec: 'GZIP', archive_compress_codec: 'TAR_GZ' });
  assert.equal([c.get(O.SOURCE_FILE_FORMAT), c.get(O.COMPRESS_CODEC), c.get(O.ARCHIVE_COMPRESS_CODEC)], ['json', 'gzip', 'tar_gz']);
  const d = cfg({});
  assert.equal([d.get(O.FIELD_DELIMITER), d.get(O.ENCODING), d.get(O.SKIP_HEADER_ROW_NUMBER), d.get(O.SINK_FILE_FORMAT), d.get(O.TMP_PATH), d.get(O.BATCH_SIZE)], ['\u0001', 'UTF-8', 0, 'csv', '/tmp/seatunnel', 1_000_000]);
  assert.is(cfg({ delimiter: '|' }).get(O.FIELD_DELIMITER), '|');
  assert.throws(() => cfg({ file_format_type: 'avro' }).get(O.SOURCE_FILE_FORMAT), /'file_format_type' expects one of \[text, csv/);
});

s('suffixes as SeaTunnel names files', () => {
  assert.equal([O.FORMAT_SUFFIXES.text[0], O.FORMAT_SUFFIXES.excel, O.FORMAT_SUFFIXES.binary, O.CODEC_SUFFIXES.lzo], ['.txt', ['.xlsx', '.xls'], [], '.lzo']);
});

s.run();
