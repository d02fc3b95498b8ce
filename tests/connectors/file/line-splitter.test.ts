import { Readable } from 'node:stream';
import iconv from 'iconv-lite';
import { suite } from 'uvu';
import * as assert from 'uvu/assert';
import { LineSplitter, checkEncoding, readLines } from '../../../connectors/file/line-splitter';

const s = suite('line-splitter');

s('\\n, \\r\\n and a lone \\r end lines; a final terminator adds no empty line', () => {
  const sp = new LineSplitter();
  const lines = [...sp.push('a\nb\r'), ...sp.push('\nc\rd'), ...sp.push('\n\ne'), ...sp.end()];
  assert.equal(lines, ['a', 'b', 'c', 'd', '', 'e']);
  const sp2 = new LineSplitter();
  assert.equal([...sp2.push('x\n'), ...sp2.end()], ['x']);
});

s('decodes across chunk boundaries in any charset', async () => {
  const bytes = iconv.encode('你好\n世界\n', 'gbk');
  // Split inside a two-byte character.
  const chunks = [bytes.subarray(0, 3), bytes.subarray(3)];
  const out: string[] = [];
  for await (const lines of readLines(Readable.from(chunks), 'gbk')) out.push(...lines);
  assert.equal(out, ['你好', '世界']);
});

s('unknown charsets fail with COMMON-08 naming the charset', () => {
  assert.is(checkEncoding('GBK'), 'GBK');
  assert.throws(() => checkEncoding('klingon-8'), /COMMON-08.*unsupported encoding 'klingon-8'/);
});

s.run();
