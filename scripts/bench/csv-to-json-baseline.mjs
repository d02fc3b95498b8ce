// The LocalFile baseline of `npm run bench`: a plain Node stream pipeline that reads a csv file line by line and
// writes each row as a JSON object line, as the engine's csv -> json job does.
// usage: node csv-to-json-baseline.mjs IN.csv OUT.json
import fs from 'node:fs';
import readline from 'node:readline';
import { once } from 'node:events';

const [, , input, output] = process.argv;
const out = fs.createWriteStream(output);
const lines = readline.createInterface({ input: fs.createReadStream(input), crlfDelay: Infinity });
let rows = 0;
for await (const line of lines) {
  const [id, name, score, amount] = line.split(',');
  if (!out.write(`${JSON.stringify({ id: Number(id), name, score: Number(score), amount })}\n`)) await once(out, 'drain');
  rows++;
}
out.end();
await once(out, 'finish');
process.stdout.write(`${rows}\n`);
