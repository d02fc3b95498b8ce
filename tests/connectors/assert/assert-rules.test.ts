import { suite } from 'uvu';
import * as assert from 'uvu/assert';
import { typeToString } from '../../../core/types/data-type';
import { describeFieldRule, describeValueRule, parseAssertRules } from '../../../connectors/assert/assert-rules';
import { thrown } from '../../support/connector-harness';

const s = suite('assert-rules');
const parse = (rules: Record<string, unknown>) => parseAssertRules(rules, "sink 'Assert'");

s('row rules, field rules with string and object types, equals_to kept raw', () => {
  const r = parse({
    row_rules: [{ rule_type: 'MAX_ROW', rule_value: 1 }, { rule_type: 'min_row', rule_value: '1' }],
    field_rules: [
      { field_name: 'c_map', field_type: 'map<string, {c_int = int}>', field_value: [{ rule_type: 'NOT_NULL', equals_to: { k: [1] } }] },
      { field_name: 'c_row', field_type: { a: 'int' }, field_value: [{ equals_to: [1] }] },
      { field_name: 'c_any', field_type: 5 },
    ],
  });
  assert.equal(r.all!.rowRules, [{ ruleType: 'MAX_ROW', ruleValue: 1, equalsTo: undefined }, { ruleType: 'MIN_ROW', ruleValue: 1, equalsTo: undefined }]);
  const [m, row, any] = r.all!.fieldRules!;
  assert.is(typeToString(m.fieldType!), 'Map<STRING, ROW<c_int INT>>');
  assert.equal(m.valueRules[0].equalsTo, { k: [1] });
  assert.is(typeToString(row.fieldType!), 'ROW<a INT>');
  assert.is(row.valueRules[0].ruleType, undefined);
  assert.is(any.fieldType, undefined);
  assert.equal(any.valueRules, []);
  assert.is(r.byTable, undefined);
});

s('tables_configs and table-names', () => {
  const r = parse({
    'table-names': ['test.table1', 'test.table2'],
    tables_configs: [{ table_path: 'test.table1', row_rules: [{ rule_type: 'MIN_ROW', rule_value: 16 }] }],
  });
  assert.equal(r.tableNames, ['test.table1', 'test.table2']);
  assert.equal([...r.byTable!.keys()], ['test.table1']);
  assert.is(r.all, undefined);
});

s('empty rules are a configuration error; an empty row_rules list still counts as a rule', () => {
  assert.match(thrown(() => parse({}))!.message, 'Assert rule config is empty, please add rule config.');
  assert.match(thrown(() => parse({ rule_ruls: [{ rule_type: 'MAX_ROW', rule_value: 5 }] }))!.message, 'Assert rule config is empty');
  assert.ok(parse({ row_rules: [] }).all);
});

s('bad entries name their place', () => {
  assert.match(thrown(() => parse({ field_rules: [{ field_type: 'int' }] }))!.message, "rules.field_rules[0]: needs 'field_name'");
  assert.match(thrown(() => parse({ row_rules: [{ rule_type: 'MAX_ROWS', rule_value: 1 }] }))!.message, "rules.row_rules[0].rule_type: 'MAX_ROWS' is not one of");
  assert.match(thrown(() => parse({ row_rules: [{ rule_type: 'MAX_ROW' }] }))!.message, 'rule_type MAX_ROW needs a rule_value');
  assert.match(thrown(() => parse({ field_rules: [{ field_name: 'a', field_value: [{ rule_type: 'MIN', rule_value: 'x' }] }] }))!.message, "'x' is not a number");
  assert.match(thrown(() => parse({ tables_configs: [{ row_rules: [] }] }))!.message, "rules.tables_configs[0]: needs 'table_path'");
  assert.match(thrown(() => parse({ field_rules: [{ field_name: 'a', field_type: 'uuid' }] }))!.message, "unsupported data type 'uuid' of 'a'");
});

s("rule texts read as SeaTunnel's", () => {
  assert.is(describeValueRule({ ruleType: 'MIN_ROW', ruleValue: 1007 }), 'AssertFieldRule.AssertRule(ruleType=MIN_ROW, ruleValue=1007.0, equalTo=null)');
  const r = parse({ field_rules: [{ field_name: 'score', field_type: 'int', field_value: [{ rule_type: 'MAX', rule_value: 100 }, { equals_to: { k0: 'v0' } }] }] });
  assert.is(
    describeFieldRule(r.all!.fieldRules![0]),
    'AssertFieldRule(fieldName=score, fieldType=INT, fieldRules=[AssertFieldRule.AssertRule(ruleType=MAX, ruleValue=100.0, equalTo=null), AssertFieldRule.AssertRule(ruleType=null, ruleValue=null, equalTo={k0=v0})])',
  );
});

s.run();
