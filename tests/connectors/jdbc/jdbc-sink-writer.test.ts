import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { suite } from 'uvu';
import * as assert from 'uvu/assert';
import { TablePath, catalogTable, column, tableSchema } from '../../../core/catalog/catalog-table';
import { SeatideError } from '../../../core/errors';
import { Types } from '../../../core/types/data-type';
import { RowKind, SeaTunnelRow } from '../../../core/types/row';
import { jdbcSink } from '../../../connectors/jdbc/jdbc-sink';
import { createSink, mysqlUrl, pgUrl, subtask, withMysql, withMysqlDatabase, withPg, withPgDatabase } from '../../support/services';

const s = suite('jdbc-sink-writer');

const input = catalogTable(new TablePath('src', undefined, 'items'), tableSchema([column('id', Types.INT, { nullable: false }), column('name', Types.STRING)], { name: 'pk', columnNames: ['id'] }));
const rows = (from: number, to: number) => Array.from({ length: to - from + 1 }, (_, i) => new SeaTunnelRow([from + i, `n${from + i}`], RowKind.INSERT, 'src.items'));

const targets = [
  {
    name: 'PostgreSQL',
    within: withPgDatabase,
    options: (db: string) => ({ url: pgUrl(db), driver: 'org.postgresql.Driver', user: 'postgres', generate_sink_sql: true, database: db, table: 'public.items' }),
    count: async (db: string) => Number((await withPg((c) => c.query('SELECT count(*) AS n FROM items'), db)).rows[0].n),
  },
  {
    name: 'MariaDB',
    within: withMysqlDatabase,
    options: (db: string) => ({ url: mysqlUrl(db), driver: 'org.mariadb.jdbc.Driver', user: 'root', generate_sink_sql: true, database: db, table: 'items' }),
    count: async (db: string) => Number(((await withMysql((c) => c.query(`SELECT count(*) AS n FROM ${db}.items`)))[0] as { n: number }[])[0].n),
  },
];

for (const t of targets) {
  s(`${t.name}: rows stay invisible until the sink commits the prepared transaction`, async () => {
    await t.within(async (db) => {
      const sink = await createSink(jdbcSink, t.options(db), [input]);
      const writer = await sink.createWriter(subtask());
      await writer.write(rows(1, 60));
      await writer.write(rows(61, 100));
      assert.is(await t.count(db), 0, 'nothing visible while writing');
      const info = await writer.prepareCommit?.(7);
      assert.ok(info, 'a writer with rows prepares a commit');
      await writer.close();
      assert.is(await t.count(db), 0, 'nothing visible after prepareCommit and close');
      await sink.commit?.([info]);
      assert.is(await t.count(db), 100);
      await sink.commit?.([info]);
      assert.is(await t.count(db), 100, 'committing the same info again changes nothing');
      await sink.close?.();
    });
  });

  s(`${t.name}: abort discards everything written`, async () => {
    await t.within(async (db) => {
      const sink = await createSink(jdbcSink, t.options(db), [input]);
      const writer = await sink.createWriter(subtask());
      await writer.write(rows(1, 10));
      await writer.prepareCommit?.(1);
      await writer.abort?.();
      await sink.abort?.([]);
      await sink.close?.();
      assert.is(await t.count(db), 0);
    });
  });
}

s('a write after prepareCommit commits the prepared rows first; the later commit is a no-op', async () => {
  await withPgDatabase(async (db) => {
    const sink = await createSink(jdbcSink, targets[0].options(db), [input]);
    const writer = await sink.createWriter(subtask());
    await writer.write(rows(1, 5));
    const first = await writer.prepareCommit?.(1);
    await writer.write(rows(6, 8));
    assert.is(await targets[0].count(db), 5);
    await sink.commit?.([first]);
    const second = await writer.prepareCommit?.(2);
    await writer.close();
    await sink.commit?.([second]);
    assert.is(await targets[0].count(db), 8);
    await sink.close?.();
  });
});

s('a failing batch raises SINK-01 with the database reason; nothing of the transaction is kept', async () => {
  await withPgDatabase(async (db) => {
    const sink = await createSink(jdbcSink, targets[0].options(db), [input]);
    const writer = await sink.createWriter(subtask());
    await writer.write(rows(1, 3));
    const tooBig = [new SeaTunnelRow([2 ** 40, 'too big for int'], RowKind.INSERT, 'src.items')];
    const err = await Promise.resolve(writer.write(tooBig)).then(() => undefined, (e: unknown) => e);
    assert.instance(err, SeatideError);
    assert.is((err as SeatideError).code, 'SINK-01');
    assert.match((err as SeatideError).message, /out of range for type integer/);
    assert.match((err as SeatideError).message, `postgresql://127.0.0.1:5432/${db}`);
    await writer.abort?.();
    await sink.close?.();
    assert.is(await targets[0].count(db), 0);
  });
});

s('a DELETE or upsert row with a null key fails with COMMON-23 naming the key column', async () => {
  await withPgDatabase(async (db) => {
    const sink = await createSink(jdbcSink, targets[0].options(db), [input]);
    const writer = await sink.createWriter(subtask());
    const err = await Promise.resolve(writer.write([new SeaTunnelRow([null, 'x'], RowKind.DELETE, 'src.items')])).then(() => undefined, (e: unknown) => e);
    assert.is((err as SeatideError).code, 'COMMON-23');
    assert.match((err as SeatideError).message, "primary key column 'id' is null");
    await writer.abort?.();
    await sink.close?.();
  });
});

s('SQLite commits each batch (a single-writer database): rows are visible at once and nothing is prepared', async () => {
  const dir = mkdtempSync(join(tmpdir(), 'seatide-sqlite-'));
  try {
    const file = join(dir, 'w.db');
    const sink = await createSink(jdbcSink, { url: `jdbc:sqlite:${file}`, driver: 'org.sqlite.JDBC', generate_sink_sql: true, database: 'main', table: 'items' }, [input]);
    const writers = await Promise.all([0, 1].map((i) => sink.createWriter(subtask(i, 2))));
    await Promise.all([writers[0].write(rows(1, 500)), writers[1].write(rows(501, 1000))]);
    const Database = (await import('better-sqlite3')).default;
    const check = new Database(file, { readonly: true });
    try {
      assert.equal(check.prepare('SELECT count(*) AS n FROM items').get(), { n: 1000 });
    } finally {
      check.close();
    }
    for (const w of writers) assert.is(await w.prepareCommit?.(1), undefined);
    for (const w of writers) await w.close();
    await sink.close?.();
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
});

s.run();
