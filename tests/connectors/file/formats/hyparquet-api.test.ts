import { suite } from 'uvu';
import * as assert from 'uvu/assert';
import { loadHyparquet, loadHyparquetWriter } from '../../../../connectors/file/formats/hyparquet-api';

const s = suite('hyparquet-api');

s('loads the ES modules once, with gzip, zstd and snappy decompressors', async () => {
  const [hp, compressors] = await loadHyparquet();
  assert.type(hp.parquetReadObjects, 'function');
  for (const codec of ['GZIP', 'ZSTD', 'SNAPPY', 'BROTLI']) assert.type(compressors[codec], 'function', codec);
  assert.is(await loadHyparquet(), await loadHyparquet());
  assert.type((await loadHyparquetWriter()).ParquetWriter, 'function');
});

s.run();
