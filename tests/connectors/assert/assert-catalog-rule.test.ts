import { suite } from 'uvu';
import * as assert from 'uvu/assert';
import { catalogTableFromConfig } from '../../../core/catalog/schema-from-config';
import { checkCatalogTableRule, parseCatalogTableRule } from '../../../connectors/assert/assert-catalog-rule';
import { thrown } from '../../support/connector-harness';

const s = suite('assert-catalog-rule');
const fail = (where: string, text: string): never => {
  throw new Error(`${where}: ${text}`);
};
const table = catalogTableFromConfig(
  {
    schema: {
      table: 'test.fakeTable',
      columns: [{ name: 'id', type: 'bigint' }, { name: 'name', type: 'string' }, { name: 'age', type: 'int' }],
      primaryKey: { name: 'primary key', columnNames: ['id'] },
      constraintKeys: [{ constraintName: 'unique_name', constraintType: 'UNIQUE_KEY', constraintColumns: [{ columnName: 'id', sortType: 'ASC' }] }],
    },
  },
  undefined,
  'FakeSource',
);
const good = {
  table_identifier_rule: { catalog_name: 'FakeSource', table: 'test.fakeTable' },
  primary_key_rule: { primary_key_name: 'primary key', primary_key_columns: ['id'] },
  constraint_key_rule: [{ constraint_key_name: 'unique_name', constraint_key_type: 'UNIQUE_KEY', constraint_key_columns: [{ constraint_key_column_name: 'id', constraint_key_sort_type: 'ASC' }] }],
  column_rule: [{ name: 'age', type: 'int' }, { name: 'id', type: 'bigint' }, { name: 'name', type: 'string' }],
};
const check = (rule: Record<string, unknown>) => thrown(() => checkCatalogTableRule(parseCatalogTableRule(rule, fail), table));

s('fake_to_assert_with_catalogtable passes (columns in any order)', () => {
  assert.is(check(good), undefined);
});

s('mismatches are ASSERT-03 with what differs', () => {
  const cases: [Record<string, unknown>, string][] = [
    [{ ...good, table_identifier_rule: { catalog_name: 'Other', table: 'test.fakeTable' } }, 'tableIdentifier: FakeSource.test.fakeTable is not equal to Other.test.fakeTable'],
    [{ ...good, primary_key_rule: { primary_key_name: 'pk', primary_key_columns: ['id'] } }, 'primaryKey: primary key is not equal to pk'],
    [{ ...good, primary_key_rule: { primary_key_name: 'primary key', primary_key_columns: ['name'] } }, 'primaryKey columns: [id] is not equal to [name]'],
    [{ ...good, constraint_key_rule: [{ constraint_key_name: 'unique_name', constraint_key_type: 'INDEX_KEY', constraint_key_columns: [{ constraint_key_column_name: 'id' }] }] }, 'constraintKeys: [unique_name UNIQUE_KEY(id ASC)] is not equal to [unique_name INDEX_KEY(id ASC)]'],
    [{ ...good, column_rule: [{ name: 'id', type: 'int' }, { name: 'name', type: 'string' }, { name: 'age', type: 'int' }] }, 'columns: [id BIGINT, name STRING, age INT] is not equal to [id INT, name STRING, age INT]'],
    [{ column_rule: [{ name: 'id', type: 'bigint' }] }, 'columns:'],
  ];
  for (const [rule, msg] of cases) {
    const e = check(rule);
    assert.match(e?.message ?? '', msg, msg);
    assert.is((e as { code?: string }).code, 'ASSERT-03');
  }
});

s('a table without keys fails key rules', () => {
  const bare = catalogTableFromConfig({ schema: { fields: { id: 'int' } } });
  assert.match(thrown(() => checkCatalogTableRule(parseCatalogTableRule({ primary_key_rule: { primary_key_name: 'x' } }, fail), bare))!.message, 'primaryKey is null');
  assert.match(thrown(() => checkCatalogTableRule(parseCatalogTableRule({ constraint_key_rule: [] }, fail), bare))!.message, 'constraintKeys is null');
});

s('generic row types compare by structure (fake_generic_row_type)', () => {
  const t = catalogTableFromConfig({ schema: { fields: { c_0: 'map<string, {c_int=int\nc_string=string}>', c_3: 'map<string, {"c_int":"int","c_string":"string"}>' } } });
  const rule = parseCatalogTableRule({ column_rule: [{ name: 'c_0', type: 'map<string, {c_int=int\nc_string=string}>' }, { name: 'c_3', type: 'map<string, {c_int = int, c_string = string}>' }] }, fail);
  assert.is(thrown(() => checkCatalogTableRule(rule, t)), undefined);
});

s('malformed rules are reported with their place', () => {
  assert.match(thrown(() => parseCatalogTableRule({ column_rule: [{ type: 'int' }] }, fail))!.message, ".column_rule[0]: needs 'name'");
  assert.match(thrown(() => parseCatalogTableRule({ constraint_key_rule: [{ constraint_key_name: 'x', constraint_key_type: 'NOPE', constraint_key_columns: [] }] }, fail))!.message, 'must be one of');
});

s.run();
