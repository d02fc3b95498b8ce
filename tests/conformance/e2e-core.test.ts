import { suite } from 'uvu';
import * as assert from 'uvu/assert';
import { assertBuilt, hasConformance, runConformance } from '../support/run-conformance';

const s = suite('seatunnel e2e: core');

s("SeaTunnel's own core jobs exit as its Java tests expect, mutants included", () => {
  if (!hasConformance()) {
    console.log('  ../shared/conformance is not beside the project: skipped');
    return;
  }
  assertBuilt();
  const [minPassed, maxFailed] = [19, 0];
  const r = runConformance('run-seatunnel-e2e.mjs', ['--set', 'core'], 560_000);
  const failures = r.output.split('\n').filter((l) => l.startsWith('FAIL')).join('\n');
  assert.ok(r.passed >= minPassed && r.failed <= maxFailed, `${r.passed} passed, ${r.failed} failed:\n${failures}`);
});

s.run();
