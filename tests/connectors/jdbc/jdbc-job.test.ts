import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { suite } from 'uvu';
import * as assert from 'uvu/assert';
import { mysqlUrl, pgUrl, withMysql, withMysqlDatabase, withPg, withPgDatabase } from '../../support/services';

/**
 * One job config end to end through `seatide run` (the built CLI in dist/): PostgreSQL read in parallel
 * partitions, written to MariaDB with generated upserts, then checked in MariaDB.
 */
const s = suite('jdbc-job');

const root = resolve(__dirname, '../../..');
const runCommand = join(root, 'dist/adapters/cli/commands/run-command.js');

/** The built CLI; builds it when this checkout has not been built yet. */
function ensureBuilt(): void {
  if (existsSync(runCommand) && existsSync(join(root, 'dist/connectors/jdbc/index.js'))) return;
  spawnSync(process.execPath, [join(root, 'node_modules/typescript/bin/tsc'), '-p', join(root, 'tsconfig.json')], { cwd: root, stdio: 'ignore' });
  assert.ok(existsSync(runCommand), 'the build produces the run command');
}

/** A --plugins module with the Jdbc factories when the built registry does not list them yet. */
function pluginArgs(dir: string): string[] {
  const builtins = (require(join(root, 'dist/connectors/index.js')) as { builtinConnectors?: { kind: string; identifier: string }[] }).builtinConnectors ?? [];
  if (builtins.some((p) => p.kind === 'source' && p.identifier.toLowerCase() === 'jdbc')) return [];
  const file = join(dir, 'jdbc-plugins.cjs');
  const jdbc = JSON.stringify(join(root, 'dist/connectors/jdbc/index.js'));
  writeFileSync(file, `const j = require(${jdbc});\nmodule.exports = [j.jdbcSource, j.jdbcSink];\n`);
  return ['--plugins', file];
}

s('seatide run copies a PostgreSQL table into MariaDB with parallel partitions and upserts', async () => {
  ensureBuilt();
  const dir = mkdtempSync(join(tmpdir(), 'seatide-job-'));
  try {
    await withPgDatabase(async (pgDb) => {
      await withMysqlDatabase(async (myDb) => {
        await withPg((c) => c.query("CREATE TABLE src AS SELECT i AS id, 'name ' || i || ' ✓' AS name, (i * 1.25)::numeric(12, 2) AS amount FROM generate_series(1, 5000) i"), pgDb);
        await withMysql((c) => c.query(`CREATE TABLE ${myDb}.dst (id INT PRIMARY KEY, name VARCHAR(40), amount DECIMAL(12, 2))`));
        await withMysql((c) => c.query(`INSERT INTO ${myDb}.dst VALUES (7, 'stale', 0)`));
        const config = join(dir, 'job.conf');
        writeFileSync(
          config,
          `env {
  parallelism = 3
  job.mode = "BATCH"
}
source {
  Jdbc {
    url = "${pgUrl(pgDb)}"
    driver = "org.postgresql.Driver"
    user = "postgres"
    query = "select * from src"
    partition_column = "id"
    fetch_size = 500
    plugin_output = "src"
  }
}
sink {
  Jdbc {
    plugin_input = "src"
    url = "${mysqlUrl(myDb)}"
    driver = "org.mariadb.jdbc.Driver"
    user = "root"
    generate_sink_sql = true
    database = "${myDb}"
    table = "dst"
    primary_keys = ["id"]
    batch_size = 400
  }
}
`,
        );
        const r = spawnSync(process.execPath, [join(root, 'bin/seatide.js'), 'run', '--config', config, ...pluginArgs(dir), '--log-level', 'warn'], {
          cwd: dir,
          encoding: 'utf8',
          timeout: 120_000,
        });
        assert.is(r.status, 0, `seatide run exited ${r.status}: ${r.stderr}\n${r.stdout}`);
        const [rows] = await withMysql((c) => c.query(`SELECT count(*) AS n, sum(amount) AS total, max(name) AS top FROM ${myDb}.dst`));
        const got = (rows as { n: number; total: string; top: string }[])[0];
        assert.is(Number(got.n), 5000);
        assert.is(got.total, (1.25 * (5000 * 5001) / 2).toFixed(2));
        const [seven] = await withMysql((c) => c.query(`SELECT name FROM ${myDb}.dst WHERE id = 7`));
        assert.equal(seven, [{ name: 'name 7 ✓' }], 'the existing row was upserted');
      });
    });
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
});

s.run();
