import { suite } from 'uvu';
import * as assert from 'uvu/assert';
import { ErrorCodes, SeatideError } from '../../../core/errors';
import { Types, rowType } from '../../../core/types/data-type';
import { type TableReadPlan, emittedPositions, parseError } from '../../../connectors/file/read-plan';

const s = suite('read-plan');

s('parseError names file, place and field; file errors pass through', () => {
  const e = parseError('/d/a.txt', 'line 3', new RangeError('For input string: "x"'), 'n');
  assert.is(e.code, 'COMMON-16');
  assert.is(e.text, `LocalFile cannot parse line 3 of file '/d/a.txt', field 'n': For input string: "x"`);
  assert.equal(e.context, { file: '/d/a.txt', where: 'line 3', field: 'n' });
  const io = new SeatideError(ErrorCodes.FILE_OPERATION, 'disk gone');
  assert.is(parseError('/d/a.txt', 'line 1', io), io);
});

s('emittedPositions: the projection or every column', () => {
  const plan = { fileType: rowType(['a', 'b', 'c'], [Types.INT, Types.INT, Types.INT]) } as unknown as TableReadPlan;
  assert.equal(emittedPositions(plan), [0, 1, 2]);
  assert.equal(emittedPositions({ ...plan, projection: [2, 0] }), [2, 0]);
});

s.run();
