import { suite } from 'uvu';
import * as assert from 'uvu/assert';
import { ReadonlyConfig } from '../../../core/options/readonly-config';
import { Decimal } from '../../../core/types/decimal';
import { SeaTunnelRow } from '../../../core/types/row';
import { LocalDate, LocalDateTime, LocalTime } from '../../../core/types/temporal';
import { readFakeTableConfig } from '../../../connectors/fake/fake-config';
import { FakeDataGenerator } from '../../../connectors/fake/fake-data-generator';
import { thrown } from '../../support/connector-harness';

const s = suite('fake-data-generator');
const gen = (raw: Record<string, unknown>) => {
  const t = readFakeTableConfig(new ReadonlyConfig(raw));
  return new FakeDataGenerator(t.table, t.settings, t.tableId);
};

s('every basic type gets a value of its runtime class; null type stays null', () => {
  const g = gen({
    schema: {
      fields: {
        c_null: 'null', c_string: 'string', c_boolean: 'boolean', c_tinyint: 'tinyint', c_smallint: 'smallint', c_int: 'int',
        c_bigint: 'bigint', c_float: 'float', c_double: 'double', c_decimal: 'decimal(30, 8)', c_date: 'date', c_time: 'time',
        c_timestamp: 'timestamp', c_bytes: 'bytes',
      },
    },
  });
  for (let i = 0; i < 100; i++) {
    const f = g.row().fields;
    assert.is(f[0], null);
    assert.is(typeof f[1], 'string');
    assert.is(typeof f[2], 'boolean');
    assert.ok((f[3] as number) >= 0 && (f[3] as number) < 127);
    assert.ok((f[4] as number) >= 0 && (f[4] as number) < 32767);
    assert.ok(Number.isInteger(f[5]));
    assert.is(typeof f[6], 'bigint');
    assert.is(Math.fround(f[7] as number), f[7]);
    assert.is(typeof f[8], 'number');
    assert.ok(f[9] instanceof Decimal && f[9].scale === 8 && f[9].precision <= 30);
    assert.ok(f[10] instanceof LocalDate && f[10].year === new Date().getFullYear() && f[10].day <= 28);
    assert.ok(f[11] instanceof LocalTime);
    assert.ok(f[12] instanceof LocalDateTime);
    assert.ok(f[13] instanceof Uint8Array && f[13].length === 5 && /^[A-Za-z]+$/.test(Buffer.from(f[13]).toString()));
  }
});

s('ranges are [min, max)', () => {
  const g = gen({ 'tinyint.min': 1, 'tinyint.max': 9, 'bigint.min': 30, 'bigint.max': 39, 'float.min': 40, 'float.max': 43, 'double.min': 44, 'double.max': 47, schema: { fields: { t: 'tinyint', b: 'bigint', f: 'float', d: 'double' } } });
  for (let i = 0; i < 500; i++) {
    const [t, b, f, d] = g.row().fields as [number, bigint, number, number];
    assert.ok(t >= 1 && t < 9);
    assert.ok(b >= 30n && b < 39n);
    assert.ok(f >= 40 && f <= 43);
    assert.ok(d >= 44 && d < 47);
  }
  const same = gen({ 'int.min': 5, 'int.max': 5, schema: { fields: { i: 'int' } } });
  assert.is(same.row().fields[0], 5);
});

s('containers use array.size and map.size; rows recurse', () => {
  const g = gen({ 'array.size': 3, 'map.size': 2, 'string.length': 12, schema: { fields: { a: 'array<int>', m: 'map<string, array<int>>', r: { x: 'string', y: { z: 'int' } } } } });
  const [a, m, r] = g.row().fields as [number[], Map<string, number[]>, SeaTunnelRow];
  assert.is(a.length, 3);
  assert.is(m.size, 2);
  for (const v of m.values()) assert.is(v.length, 3);
  assert.ok(r instanceof SeaTunnelRow);
  assert.is((r.fields[0] as string).length, 12);
  assert.ok(r.fields[1] instanceof SeaTunnelRow);
});

s('columns form: columnLength wins over string.length (0 gives empty strings), defaultValue is constant', () => {
  const g = gen({
    'string.length': 9,
    schema: {
      columns: [
        { name: 'short', type: 'string', columnLength: 3 },
        { name: 'zero', type: 'string' },
        { name: 'fixed', type: 'int', defaultValue: 42 },
        { name: 'when', type: 'date', defaultValue: '2020-02-03' },
        { name: 'flag', type: 'boolean', defaultValue: 'TRUE' },
      ],
    },
  });
  const f = g.row().fields;
  assert.is((f[0] as string).length, 3);
  assert.is(f[1], '');
  assert.is(f[2], 42);
  assert.ok((f[3] as LocalDate).equals(new LocalDate(2020, 2, 3)));
  assert.is(f[4], true);
  const bad = thrown(() => gen({ schema: { columns: [{ name: 'n', type: 'int', defaultValue: 'abc' }] } }));
  assert.match(bad!.message, "defaultValue of column 'n'");
});

s('date and time templates', () => {
  const g = gen({ 'date.year.template': [2020], 'date.month.template': [2], 'date.day.template': [29], 'time.hour.template': [23], schema: { fields: { ts: 'timestamp' } } });
  const ts = g.row().fields[0] as LocalDateTime;
  assert.is(ts.date.toString(), '2020-02-29');
  assert.is(ts.time.hour, 23);
  const bad = gen({ 'date.year.template': [2021], 'date.month.template': [2], 'date.day.template': [30], schema: { fields: { d: 'date' } } });
  assert.ok(thrown(() => bad.row()));
});

s('vectors', () => {
  const g = gen({ 'vector.dimension': 3, 'vector.float.max': 1, schema: { fields: { v: 'float_vector', b: 'binary_vector', sp: 'sparse_float_vector' } } });
  const [v, b, sp] = g.row().fields as [Uint8Array, Uint8Array, Map<number, number>];
  assert.is(v.length, 12);
  assert.is(b.length, 1);
  assert.is(sp.size, 3);
});

s.run();
