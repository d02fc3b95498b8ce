import { suite } from 'uvu';
import * as assert from 'uvu/assert';
import { quoteCsvValue, splitCsvLine } from '../../../../connectors/file/formats/csv-line';

const s = suite('csv-line');

s('splits plain and quoted values', () => {
  assert.equal(splitCsvLine('a,b,c', ','), ['a', 'b', 'c']);
  assert.equal(splitCsvLine('"a,1","say ""hi""",', ','), ['a,1', 'say "hi"', '']);
  assert.equal(splitCsvLine(',,', ','), ['', '', '']);
  assert.equal(splitCsvLine('x;"y;z"', ';'), ['x', 'y;z']);
  assert.equal(splitCsvLine('', ','), []);
});

s('a malformed line gives no values, an open quote runs to the end', () => {
  assert.equal(splitCsvLine('"a"b,c', ','), []);
  assert.equal(splitCsvLine('"a,b', ','), ['a,b']);
});

s('quotes only what needs quoting, and the result splits back', () => {
  assert.is(quoteCsvValue('plain', ','), 'plain');
  const tricky = ['a,b', 'say "x"', 'line\nbreak'];
  const line = tricky.map((v) => quoteCsvValue(v, ',')).join(',');
  assert.is(line, '"a,b","say ""x""","line\nbreak"');
  assert.equal(splitCsvLine('"a,b","say ""x"""', ','), tricky.slice(0, 2));
});

s.run();
