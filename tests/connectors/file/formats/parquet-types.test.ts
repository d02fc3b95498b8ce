import { suite } from 'uvu';
import * as assert from 'uvu/assert';
import { Types, arrayType, decimalType, mapType, rowType, sameType } from '../../../../core/types/data-type';
import type { SchemaTree } from '../../../../connectors/file/formats/hyparquet-api';
import { decimalBytes, parquetToType, typeToParquet } from '../../../../connectors/file/formats/parquet-types';

const s = suite('parquet-types');

/** Builds the schema tree of a flat element list (depth first). */
function tree(elements: ReturnType<typeof typeToParquet>): SchemaTree {
  let i = 0;
  const next = (): SchemaTree => {
    const element = elements[i++];
    const children = Array.from({ length: element.num_children ?? 0 }, () => next());
    return { element, children };
  };
  return next();
}

s('every writable type maps back to itself', () => {
  const types = [
    Types.STRING, Types.BOOLEAN, Types.TINYINT, Types.SMALLINT, Types.INT, Types.BIGINT, Types.FLOAT, Types.DOUBLE, Types.BYTES, Types.DATE, Types.TIMESTAMP,
    decimalType(38, 18), arrayType(Types.INT), mapType(Types.STRING, arrayType(Types.DOUBLE)), rowType(['a', 'b'], [Types.STRING, mapType(Types.INT, Types.INT)]),
  ];
  for (const type of types) assert.ok(sameType(parquetToType(tree(typeToParquet('c', type)), 'c'), type), String(type.kind));
});

s('decimal sizes follow parquet-avro; 2-level lists read too; unwritable types name the column', () => {
  assert.equal([1, 9, 18, 38].map(decimalBytes), [1, 4, 8, 16]);
  const twoLevel: SchemaTree = {
    element: { name: 'c', converted_type: 'LIST', repetition_type: 'OPTIONAL', num_children: 1 },
    children: [{ element: { name: 'array', type: 'INT32', repetition_type: 'REPEATED' }, children: [] }],
  };
  assert.ok(sameType(parquetToType(twoLevel, 'c'), arrayType(Types.INT)));
  assert.throws(() => typeToParquet('t', Types.TIME), /not supported for this data type \[TIME\] of column 't'/);
});

s.run();
