import path from 'node:path';
import { suite } from 'uvu';
import * as assert from 'uvu/assert';
import { Decimal } from '../../../../core/types/decimal';
import { LocalDateTime } from '../../../../core/types/temporal';
import { parquetRowType } from '../../../../connectors/file/formats/parquet-reader';
import { rejection } from '../../../support/connector-harness';
import { filesUnder, plain, readFiles, row, table, tempDir, writeFiles } from '../file-test-kit';

const s = suite('parquet-writer');
const t = tempDir();
s.after(() => t.cleanup());

s('column names are lower-cased; nulls, decimals and timestamps survive; codecs compress', async () => {
  const tbl = table('fake', { ID: 'bigint', Price: 'decimal(10, 3)', At: 'timestamp', Tags: 'array<string>', Attrs: 'map<string, int>' });
  const data = [
    row('fake', 1n, Decimal.parse('-12.345'), LocalDateTime.of(2024, 5, 6, 7, 8, 9, 123_000_000), ['a', 'b'], new Map([['x', 1]])),
    row('fake', null, null, null, null, null),
  ];
  for (const codec of ['none', 'snappy', 'gzip', 'brotli']) {
    const dir = path.join(t.dir, codec);
    await writeFiles({ path: dir, tmp_path: path.join(t.dir, 'tmp'), file_format_type: 'parquet', compress_codec: codec }, [tbl], data);
    const file = path.join(dir, filesUnder(dir)[0]);
    assert.match(file, codec === 'gzip' ? /\.gz\.parquet$/ : /\.parquet$/);
    assert.equal((await parquetRowType(file)).names, ['id', 'price', 'at', 'tags', 'attrs']);
    const { rows } = await readFiles({ path: dir, file_format_type: 'parquet' });
    assert.equal(rows.map(plain), data.map(plain), codec);
  }
});

s('codecs the writer lacks are refused naming the option', async () => {
  const e = await rejection(writeFiles({ path: path.join(t.dir, 'z'), file_format_type: 'parquet', compress_codec: 'zstd' }, [table('fake', { a: 'int' })], []));
  assert.match(e?.message ?? '', /API-02.*compress_codec 'zstd' is not supported for parquet/);
});

s.run();
