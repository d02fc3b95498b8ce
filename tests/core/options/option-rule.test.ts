import { suite } from 'uvu';
import * as assert from 'uvu/assert';
import { Options } from '../../../core/options/option';
import { OptionRule } from '../../../core/options/option-rule';
import { ReadonlyConfig } from '../../../core/options/readonly-config';

const s = suite('option-rule');

const HOST = Options.key('host').stringType();
const PORT = Options.key('port').intType().defaultTo(80);
const TABLE = Options.key('table').stringType();
const QUERY = Options.key('query').stringType();
const USER = Options.key('user').stringType();
const PASSWORD = Options.key('password').stringType();
const MODE = Options.key('mode').enumType('RANGE', 'TEMPLATE').defaultTo('RANGE');
const TEMPLATE = Options.key('template').listType();

const rule = OptionRule.builder().required(HOST).optional(PORT).exclusive(TABLE, QUERY).bundled(USER, PASSWORD).conditional(MODE, 'TEMPLATE', TEMPLATE).build();
const check = (raw: Record<string, unknown>) => rule.validate(new ReadonlyConfig(raw, { kind: 'source', identifier: 'Db' }));
const fails = (raw: Record<string, unknown>, message: string) => {
  try {
    check(raw);
  } catch (e) {
    assert.is((e as { code: string }).code, 'API-02');
    assert.ok((e as Error).message.includes(message), `${(e as Error).message}\n does not include\n ${message}`);
    assert.ok((e as Error).message.includes("source 'Db'"), 'names the plugin');
    return;
  }
  assert.unreachable(`expected: ${message}`);
};

s('a complete config passes', () => check({ host: 'h', table: 't' }));

s('required: lists the missing options', () => fails({ table: 't' }, "There are unconfigured options, the options('host') are required."));

s('exclusive: none set, and both set', () => {
  fails({ host: 'h' }, "There are unconfigured options, these options('table', 'query') are mutually exclusive");
  fails({ host: 'h', table: 't', query: 'q' }, "These options('table', 'query') are mutually exclusive");
});

s('bundled: all or none', () => {
  fails({ host: 'h', table: 't', user: 'u' }, "These options('user', 'password') are bundled, must be present or absent together. The options present are: 'user'. The options absent are 'password'.");
});

s('conditional: case-insensitive enum value triggers the requirement', () => {
  fails({ host: 'h', table: 't', mode: 'template' }, "the options('template') are required because ['mode' == TEMPLATE] is true.");
  check({ host: 'h', table: 't', mode: 'template', template: ['a'] });
});

s('types are checked at validation and name the option', () => {
  fails({ host: 'h', table: 't', port: 'eighty' }, "option 'port' expects an integer");
  fails({ host: 'h', table: 't', mode: 'other' }, "option 'mode' expects one of [RANGE, TEMPLATE]");
});

s('values convert leniently as SeaTunnel does', () => {
  const c = new ReadonlyConfig({ port: '8080', mode: 'template', template: 'a, b ,c', flag: 'TRUE' });
  assert.is(c.get(PORT), 8080);
  assert.is(c.get(MODE), 'TEMPLATE');
  assert.equal(c.get(TEMPLATE), ['a', 'b', 'c']);
  assert.is(c.get(Options.key('flag').booleanType()), true);
  assert.is(c.get(Options.key('absent').intType().defaultTo(5)), 5);
});

s('lookup: exact dotted key first, then the nested form, then fallback keys', () => {
  const ROW_NUM = Options.key('row.num').intType();
  assert.is(new ReadonlyConfig({ 'row.num': 3 }).get(ROW_NUM), 3);
  assert.is(new ReadonlyConfig({ row: { num: 4 } }).get(ROW_NUM), 4);
  const OUT = Options.key('plugin_output').stringType().withFallbackKeys('result_table_name');
  assert.is(new ReadonlyConfig({ result_table_name: 'old' }).get(OUT), 'old');
  assert.is(new ReadonlyConfig({ result_table_name: 'old', plugin_output: 'new' }).get(OUT), 'new');
});

s('builder rejects a required option with a default and duplicates', () => {
  assert.throws(() => OptionRule.builder().required(PORT), /should have no default value/);
  assert.throws(() => OptionRule.builder().optional(HOST).optional(HOST), /duplicate/);
  assert.throws(() => OptionRule.builder().exclusive(HOST), /must be greater than 1/);
});

s('numbers: big values, bigint from the parser, bounds', () => {
  const c = new ReadonlyConfig({ f: 3.4028235e38, l: 12n, neg: -1 }, { kind: 'source', identifier: 'X' });
  assert.is(c.get(Options.key('f').floatType()), 3.4028235e38);
  assert.is(c.get(Options.key('l').longType()), 12);
  assert.throws(() => c.get(Options.key('neg').intType().min(0)), /option 'neg' .*greater than or equal to 0/);
  assert.throws(() => new ReadonlyConfig({ i: 2 ** 31 }).get(Options.key('i').intType()), /option 'i' expects an integer \(32-bit\)/);
});

s.run();
