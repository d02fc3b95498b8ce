// Hand-written loops doing what a benchmarked job does, with no engine: the baselines of `npm run bench`.
// usage: node baseline-loops.mjs <case> <rows>
const [, , which, rowsArg] = process.argv;
const rows = Number(rowsArg);
const ALPHA = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz';
const LONG_MAX = 9223372036854775807n;

const randomAlpha = (n) => {
  let s = '';
  for (let i = 0; i < n; i++) s += ALPHA[(Math.random() * 52) | 0];
  return s;
};
const randomLong = () => (BigInt(Math.floor(Math.random() * 2 ** 53)) * LONG_MAX) / 2n ** 53n;

/** Generates rows of (bigint, string, int, double, boolean) in batches of 1000 and hands each batch to `use`. */
function generate(use) {
  let batch = [];
  for (let i = 0; i < rows; i++) {
    batch.push({ fields: [randomLong(), randomAlpha(5), (Math.random() * 2147483647) | 0, Math.random() * 1.7976931348623157e308, Math.random() < 0.5], kind: 0, tableId: 'fake' });
    if (batch.length === 1000) {
      use(batch);
      batch = [];
    }
  }
  if (batch.length) use(batch);
}

let kept = 0;
const cases = {
  // generate and drop
  drop: () => generate((b) => { kept += b.length; }),
  // where c_int > 1073741823, select c_bigint, c_string, c_int + 1
  sql: () => generate((b) => {
    const out = [];
    for (const r of b) if (r.fields[2] > 1073741823) out.push({ fields: [r.fields[0], r.fields[1], r.fields[2] + 1], kind: r.kind, tableId: r.tableId });
    kept += out.length;
  }),
  // rename two columns, drop the rest
  mapper: () => generate((b) => {
    const out = [];
    for (const r of b) out.push({ fields: [r.fields[0], r.fields[1]], kind: r.kind, tableId: r.tableId });
    kept += out.length;
  }),
};
if (!cases[which]) throw new Error(`unknown case ${which}`);
cases[which]();
process.stdout.write(`${kept}\n`);
