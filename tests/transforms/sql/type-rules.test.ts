import { suite } from 'uvu';
import * as assert from 'uvu/assert';
import { Types, decimalType, typeToString } from '../../../core/types/data-type';
import { arithmeticType, commonType, commonTypeOf } from '../../../transforms/sql/type-rules';

const s = suite('type-rules');
const name = (t: ReturnType<typeof commonType>) => (t ? typeToString(t) : 'none');

s('arithmetic: small ints → INT, with BIGINT → BIGINT, decimals widen, floats → DOUBLE, strings never', () => {
  assert.equal([
    arithmeticType(Types.TINYINT, Types.SMALLINT), arithmeticType(Types.INT, Types.BIGINT), arithmeticType(decimalType(10, 2), decimalType(5, 4)),
    arithmeticType(Types.INT, decimalType(8, 1)), arithmeticType(Types.FLOAT, Types.INT), arithmeticType(Types.DOUBLE, decimalType(8, 1)),
    arithmeticType(Types.NULL, Types.BIGINT), arithmeticType(Types.STRING, Types.INT),
  ].map(name), ['INT', 'BIGINT', 'Decimal(10, 4)', 'Decimal(8, 1)', 'DOUBLE', 'Decimal(8, 1)', 'BIGINT', 'none']);
});

s('common type: NULL yields, numbers widen in SeaTunnel order, other kinds must match', () => {
  assert.equal([commonType(Types.INT, Types.DOUBLE), commonType(Types.BIGINT, Types.FLOAT), commonType(Types.NULL, Types.DATE), commonType(Types.DATE, Types.STRING)].map(name),
    ['DOUBLE', 'FLOAT', 'DATE', 'none']);
  assert.is(commonTypeOf([Types.INT, Types.STRING]), 'INT type not compatible STRING');
  assert.is(name(commonTypeOf([Types.NULL, Types.NULL]) as never), 'NULL');
});

s.run();
