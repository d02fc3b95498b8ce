import { suite } from 'uvu';
import * as assert from 'uvu/assert';
import { jdbcSource } from '../../../connectors/jdbc/jdbc-source';
import { createSource, pgUrl, subtask, withPg, withPgDatabase } from '../../support/services';

const s = suite('jdbc-source-reader');

const backends = (db: string) => withPg(async (c) => Number((await c.query("SELECT count(*) AS n FROM pg_stat_activity WHERE datname = $1 AND application_name = 'seatide'", [db])).rows[0].n));

s('a reader takes the splits i, i + p, ... and gives its connection back when closed mid-read', async () => {
  await withPgDatabase(async (db) => {
    await withPg((c) => c.query('CREATE TABLE t AS SELECT i AS id FROM generate_series(1, 1000) i'), db);
    const source = await createSource(jdbcSource, { url: pgUrl(db), driver: 'org.postgresql.Driver', user: 'postgres', query: 'SELECT * FROM t', partition_column: 'id', partition_num: 5, fetch_size: 50 });
    const reader = await source.createReader(subtask(1, 2));
    const ids: number[] = [];
    for await (const b of reader.read()) ids.push(...b.map((r) => r.fields[0] as number));
    await reader.close?.();
    // splits of 200 ids; reader 1 of 2 reads splits 1 and 3
    assert.equal([Math.min(...ids), Math.max(...ids), ids.length], [201, 800, 400]);
    assert.ok(ids.every((id) => (id > 200 && id <= 400) || (id > 600 && id <= 800)));

    const early = await source.createReader(subtask(0, 1));
    for await (const _ of early.read()) break;
    assert.is(await backends(db), 1, 'the reader holds one connection while reading');
    await early.close?.();
    await new Promise((r) => setTimeout(r, 100));
    assert.is(await backends(db), 0, 'closing the reader closed its connection');
  });
});

s.run();
