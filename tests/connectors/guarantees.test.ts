import { suite } from 'uvu';
import * as assert from 'uvu/assert';
import { builtinConnectors } from '../../connectors';

/**
 * Every built-in source and sink states what it guarantees across a resume; the behaviour behind each
 * level is tested with the connector (savepoint, crash and retry tests). This list is the one in
 * docs/checkpoints.md.
 */
const s = suite('guarantees');

const EXPECTED: Record<string, string> = {
  'source FakeSource': 'exactly-once',
  'source LocalFile': 'exactly-once',
  'source Jdbc': 'at-least-once',
  'source RabbitMQ': 'at-least-once',
  'source Redis': 'at-least-once',
  'source Http': 'at-least-once',
  'sink LocalFile': 'exactly-once',
  'sink Jdbc': 'exactly-once',
  'sink RabbitMQ': 'at-least-once',
  'sink Redis': 'at-least-once',
  'sink Http': 'at-least-once',
  'sink Console': 'at-least-once',
  'sink Assert': 'none',
};

s('every built-in source and sink declares its guarantee, as documented', () => {
  const declared: Record<string, string> = {};
  for (const p of builtinConnectors) {
    if (p.kind === 'transform') continue;
    assert.ok(p.guarantee, `${p.kind} ${p.identifier} declares no guarantee`);
    assert.ok(p.guarantee!.note.length > 10, `${p.kind} ${p.identifier} says why`);
    declared[`${p.kind} ${p.identifier}`] = p.guarantee!.level;
  }
  assert.equal(declared, EXPECTED);
});

s('the documentation lists the same guarantees', async () => {
  const fs = await import('node:fs');
  const path = await import('node:path');
  const doc = fs.readFileSync(path.resolve(__dirname, '../../docs/checkpoints.md'), 'utf8');
  for (const [key, level] of Object.entries(EXPECTED)) {
    const [kind, name] = key.split(' ');
    assert.match(doc, new RegExp(`\\\\| ${name} \\\\| ${kind} \\\\| ${level} \\\\|`), `${key} ${level} in docs/checkpoints.md`);
  }
});

s.run();
