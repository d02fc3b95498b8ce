import { suite } from 'uvu';
import * as assert from 'uvu/assert';
import { Types, arrayType, decimalType, mapType, rowType } from '../../../core/types/data-type';
import { Decimal } from '../../../core/types/decimal';
import { SeaTunnelRow } from '../../../core/types/row';
import { LocalDate, LocalDateTime, LocalTime } from '../../../core/types/temporal';
import { jsonText } from '../../../connectors/common/json-text';

const s = suite('json-text');

s('a row prints as an object with exact numbers', () => {
  const type = rowType(
    ['s', 'b', 'l', 'f', 'd', 'dec', 'bytes', 'date', 'ts', 't', 'arr', 'm', 'n'],
    [Types.STRING, Types.BOOLEAN, Types.BIGINT, Types.FLOAT, Types.DOUBLE, decimalType(38, 18), Types.BYTES, Types.DATE, Types.TIMESTAMP, Types.TIME, arrayType(Types.INT), mapType(Types.INT, Types.STRING), Types.NULL],
  );
  const value = new SeaTunnelRow([
    'a"b',
    true,
    7084913402530365000n,
    Math.fround(1.23),
    1e308,
    Decimal.parse('2924137191386439303744.39292216'),
    new Uint8Array([104, 105]),
    new LocalDate(2023, 4, 22),
    LocalDateTime.of(2022, 1, 26, 17, 39),
    new LocalTime(1, 2, 3, 400_000_000),
    [1, null],
    new Map([[5, 'five']]),
    null,
  ]);
  assert.is(
    jsonText(value, type),
    '{"s":"a\\"b","b":true,"l":7084913402530365000,"f":1.23,"d":1.0E308,"dec":2924137191386439303744.39292216,"bytes":"aGk=","date":"2023-04-22","ts":"2022-01-26T17:39:00","t":"01:02:03.4","arr":[1,null],"m":{"5":"five"},"n":null}',
  );
});

s('non-finite doubles are quoted, as Jackson does', () => {
  assert.is(jsonText(Number.NaN, Types.DOUBLE), '"NaN"');
  assert.is(jsonText(-Infinity, Types.DOUBLE), '"-Infinity"');
});

s.run();
