import { suite } from 'uvu';
import * as assert from 'uvu/assert';
import { isSeatideError } from '../../../core/errors';
import { type RowType, typeToString } from '../../../core/types/data-type';
import { parseDataType } from '../../../core/types/parse-data-type';
import { thrown } from '../../support/connector-harness';

const s = suite('parse-data-type');
const str = (t: string) => typeToString(parseDataType(t, 'f'));

s('simple names are case-insensitive and ignore spaces', () => {
  assert.is(str('string'), 'STRING');
  assert.is(str('STRING'), 'STRING');
  assert.is(str('Big Int'), 'BIGINT');
  assert.is(str('tiny int'), 'TINYINT');
  assert.is(str('null'), 'NULL');
  assert.is(str('bytes'), 'BYTES');
  assert.is(str('timestamp'), 'TIMESTAMP');
  assert.is(str('float_vector'), 'FLOAT_VECTOR');
});

s('long, short and byte are aliases', () => {
  assert.is(str('long'), 'BIGINT');
  assert.is(str(' Short '), 'SMALLINT');
  assert.is(str('byte'), 'TINYINT');
  assert.is(str('array<long>'), 'ARRAY<BIGINT>');
  assert.is(str('map<byte, short>'), 'Map<TINYINT, SMALLINT>');
  assert.is(str('{c = long}'), 'ROW<c BIGINT>');
});

s('decimal takes the digits of precision and scale', () => {
  assert.is(str('decimal(30, 8)'), 'Decimal(30, 8)');
  assert.is(str('DECIMAL( 38 ,18 )'), 'Decimal(38, 18)');
  const e = thrown(() => parseDataType('decimal(10)', 'c_dec'));
  assert.match(e!.message, 'Decimal type should assign precision and scale information');
  assert.match(e!.message, "'c_dec'");
  assert.is((e as { code?: string }).code, 'COMMON-06');
});

s('arrays accept only basic element types', () => {
  assert.is(str('array<int>'), 'ARRAY<INT>');
  assert.is(str('array<string>'), 'ARRAY<STRING>');
  const nested = thrown(() => parseDataType('array<array<int>>', 'c'));
  assert.ok(isSeatideError(nested));
  assert.match(nested!.message, "'SeaTunnel' unsupported data type 'array<int>' of 'c'");
  assert.match(thrown(() => parseDataType('array<date>', 'c'))!.message, "unsupported data type 'date' of 'c'");
});

s('maps split at the first comma, the second for decimal keys', () => {
  assert.is(str('map<string, array<int>>'), 'Map<STRING, ARRAY<INT>>');
  assert.is(str('map<decimal(10, 2), int>'), 'Map<Decimal(10, 2), INT>');
  assert.is(str('map<string, map<int, string>>'), 'Map<STRING, Map<INT, STRING>>');
  assert.match(thrown(() => parseDataType('map<array<int>, int>', 'm'))!.message, 'Unsupported key types');
});

s('rows inside generics in HOCON and JSON text', () => {
  const expected = 'Map<STRING, ROW<c_int INT,c_string STRING>>';
  assert.is(str('map<string, {c_int=int\nc_string=string}>'), expected);
  assert.is(str('map<string, {c_int=int,c_string=string}>'), expected);
  assert.is(str('map<string, {"c_int":"int","c_string":"string"}>'), expected);
  assert.is(str('map<string, {c_int=int,c_string=string,c_row={c_int=int}}>'), 'Map<STRING, ROW<c_int INT,c_string STRING,c_row ROW<c_int INT>>>');
  assert.is(str('{a = "decimal(10, 2)", b = map<string, int>}'), 'ROW<a Decimal(10, 2),b Map<STRING, INT>>');
});

s('row types from config objects keep field order and nest', () => {
  const t = parseDataType({ z: 'int', a: { x: 'string', y: 'array<int>' } }) as RowType;
  assert.equal(t.names, ['z', 'a']);
  assert.is(typeToString(t), 'ROW<z INT,a ROW<x STRING,y ARRAY<INT>>>');
});

s('unknown and bare generic names are COMMON-07', () => {
  for (const bad of ['uuid', 'array', 'map', 'decimal', 'row', 'MULTIPLE_ROW', 'map<string, MULTIPLE_ROW>', 'array<int']) {
    const e = thrown(() => parseDataType(bad, 'test'));
    assert.ok(isSeatideError(e), bad);
    assert.is((e as { code: string }).code, 'COMMON-07', bad);
  }
  assert.match(thrown(() => parseDataType('uuid', 'test'))!.message, "'SeaTunnel' unsupported data type 'uuid' of 'test'");
  assert.match(thrown(() => parseDataType('map<string, MULTIPLE_ROW>', 'test'))!.message, "unsupported data type 'MULTIPLE_ROW' of 'test'");
});

s('malformed row text and non-type values in rows', () => {
  assert.match(thrown(() => parseDataType('{uuid}', 'test'))!.message, 'HOCON Config parse from {conf = {uuid}} failed.');
  assert.match(thrown(() => parseDataType('{c_0 = [e]}', 'test'))!.message, "Unsupported parse SeaTunnel Type from '[e]'.");
  assert.match(thrown(() => parseDataType({ c: 1 } as never, 'test'))!.message, "Unsupported parse SeaTunnel Type from '1'.");
});

s.run();
