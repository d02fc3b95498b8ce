import { suite } from 'uvu';
import * as assert from 'uvu/assert';
import { catalogTableFromConfig } from '../../../core/catalog/schema-from-config';
import { ReadonlyConfig } from '../../../core/options/readonly-config';
import { typeToString } from '../../../core/types/data-type';
import { thrown } from '../../support/connector-harness';

const s = suite('schema-from-config');
const owner = { kind: 'source', identifier: 'FakeSource' };
const cfg = (raw: Record<string, unknown>) => new ReadonlyConfig(raw, owner);

s('fields form: ordered name -> type, nested objects are rows', () => {
  const t = catalogTableFromConfig(cfg({ schema: { fields: { id: 'bigint', c_decimal: 'decimal(30, 8)', c_row: { c_int: 'int', c_inner: { x: 'string' } } } } }));
  assert.equal(t.schema.columns.map((c) => c.name), ['id', 'c_decimal', 'c_row']);
  assert.equal(t.schema.columns.map((c) => typeToString(c.type)), ['BIGINT', 'Decimal(30, 8)', 'ROW<c_int INT,c_inner ROW<x STRING>>']);
  assert.is(t.schema.columns[0].nullable, true);
  assert.is(t.schema.columns[0].columnLength, undefined);
});

s('columns form with defaults, primary key and constraint keys', () => {
  const t = catalogTableFromConfig(
    cfg({
      schema: {
        table: 'test.fakeTable',
        columns: [
          { name: 'id', type: 'bigint', nullable: false },
          { name: 'name', type: 'string', columnLength: 10, comment: 'the name', defaultValue: 'x' },
          { name: 'age', type: 'int', columnScale: 2 },
        ],
        primaryKey: { name: 'primary key', columnNames: ['id'] },
        constraintKeys: [{ constraintName: 'unique_name', constraintType: 'UNIQUE_KEY', constraintColumns: [{ columnName: 'id' }] }],
      },
    }),
    undefined,
    'FakeSource',
  );
  assert.is(t.catalogName, 'FakeSource');
  assert.is(t.tablePath.toString(), 'test.fakeTable');
  const [id, name, age] = t.schema.columns;
  assert.is(id.nullable, false);
  assert.is(id.columnLength, 0);
  assert.is(name.columnLength, 10);
  assert.is(name.comment, 'the name');
  assert.is(name.defaultValue, 'x');
  assert.is(age.columnScale, 2);
  assert.equal(t.schema.primaryKey, { name: 'primary key', columnNames: ['id'] });
  assert.equal(t.schema.constraintKeys, [{ constraintName: 'unique_name', constraintType: 'UNIQUE_KEY', columns: [{ columnName: 'id', sortType: 'ASC' }] }]);
});

s('table path: schema.table, schema_first, output name, config name, default', () => {
  assert.is(catalogTableFromConfig(cfg({ schema: { table: 'db.s.t', fields: { a: 'int' } } })).tablePath.toString(), 'db.s.t');
  const first = catalogTableFromConfig(cfg({ schema: { table: 's.t', schema_first: true, fields: { a: 'int' } } })).tablePath;
  assert.is(first.schemaName, 's');
  assert.is(first.databaseName, undefined);
  assert.is(catalogTableFromConfig(cfg({ schema: { fields: { a: 'int' } } }), 'fake').tablePath.toString(), 'fake');
  assert.is(catalogTableFromConfig(cfg({ result_table_name: 'r', schema: { fields: { a: 'int' } } })).tablePath.toString(), 'r');
  assert.is(catalogTableFromConfig(cfg({ schema: { fields: { a: 'int' } } })).tablePath.toString(), 'default.default.default');
  assert.is(catalogTableFromConfig({ schema: { fields: { a: 'int' } }, comment: 'c' }).comment, 'c');
});

s("SeaTunnel's messages for broken schemas", () => {
  const msg = (raw: Record<string, unknown>) => thrown(() => catalogTableFromConfig(cfg(raw)))?.message ?? '';
  assert.match(msg({}), "source 'FakeSource': Schema config need option [schema], please correct your config first");
  assert.match(msg({ schema: { fields: { a: 'int' }, columns: [] } }), "Schema config can't contains both [fields] and [columns]");
  assert.match(msg({ schema: { columns: [{ type: 'int' }] } }), 'schema.columns.* config need option [name]');
  assert.match(msg({ schema: { columns: [{ name: 'a' }] } }), 'schema.columns.* config need option [type]');
  assert.match(msg({ schema: { fields: { a: 'int' }, primaryKey: { columnNames: ['a'] } } }), 'need option [primaryKey.name]');
  assert.match(msg({ schema: { fields: { a: 'int' }, primaryKey: { name: 'pk' } } }), 'need option [primaryKey.columnNames]');
  assert.match(msg({ schema: { fields: { a: 'int' }, constraintKeys: [{ constraintType: 'KEY', constraintColumns: [] }] } }), 'need option [constraintName]');
  assert.match(msg({ schema: { fields: { a: 'uuid' } } }), "'SeaTunnel' unsupported data type 'uuid' of 'a'");
  assert.match(msg({ schema: { fields: { a: ['int'] } } }), 'unsupported data type \'["int"]\' of \'a\'');
  assert.match(msg({ schema: { table: 'a.b.c.d', fields: { a: 'int' } } }), "Cannot get split 'a.b.c.d'");
});

s.run();
