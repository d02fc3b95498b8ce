import { suite } from 'uvu';
import * as assert from 'uvu/assert';
import { checkJobGraph } from '../../../core/dag/check-job-graph';
import { toJobConfig } from '../../../core/job/job-config';
import { silentLogger } from '../../../core/logging/logger';

const s = suite('check-job-graph');
const check = (c: Record<string, unknown>) => checkJobGraph(toJobConfig({ env: {}, ...c }), silentLogger);
const throwsWith = (c: Record<string, unknown>, re: RegExp) => {
  try {
    check(c);
  } catch (e) {
    assert.match((e as Error).message, re);
    assert.is((e as { code: string }).code, 'JOB-01');
    return;
  }
  assert.unreachable(`expected ${re}`);
};

s('a simple graph needs no names', () => {
  check({ source: [{ plugin_name: 'A' }], transform: [{ plugin_name: 'T' }], sink: [{ plugin_name: 'B' }] });
});

s('complex graph: every source must name its output', () => {
  throwsWith({ source: [{ plugin_name: 'A' }, { plugin_name: 'B', plugin_output: 'b' }], sink: [{ plugin_name: 'C', plugin_input: 'b' }] },
    /The source\(A\) is not configured with 'plugin_output'/);
});

s('complex graph: every sink must name its input', () => {
  throwsWith({ source: [{ plugin_name: 'A', result_table_name: 'a' }], sink: [{ plugin_name: 'C' }, { plugin_name: 'D', source_table_name: 'a' }] },
    /The sink\(C\) is not configured with 'plugin_input'/);
});

s('complex graph: output names are unique', () => {
  throwsWith({ source: [{ plugin_name: 'A', plugin_output: 'x' }, { plugin_name: 'B', plugin_output: 'x' }], sink: [{ plugin_name: 'C', plugin_input: 'x' }] },
    /plugins is both 'x', and they must be different/);
});

s('complex graph: inputs must exist', () => {
  throwsWith({ source: [{ plugin_name: 'A', plugin_output: 'a' }, { plugin_name: 'B', plugin_output: 'b' }], sink: [{ plugin_name: 'C', plugin_input: 'a,b,zz' }] },
    /\[C\] is incorrect, and the source\/transform\[zz\] is not found/);
});

s('complex graph: every table must be used', () => {
  throwsWith({ source: [{ plugin_name: 'A', plugin_output: 'a' }, { plugin_name: 'B', plugin_output: 'b' }], sink: [{ plugin_name: 'C', plugin_input: 'a' }] },
    /this table\(b\) belonging to source\(B\) is not used/);
});

s('empty source or sink lists fail as SeaTunnel says', () => {
  assert.throws(() => toJobConfig({ env: {}, source: [], sink: [{ plugin_name: 'x' }] }), /Miss <Source> config!/);
  assert.throws(() => toJobConfig({ env: {}, source: [{ plugin_name: 'x' }], sink: [] }), /Miss <Sink> config!/);
  assert.throws(() => toJobConfig({ source: [{ plugin_name: 'x' }], sink: [{ plugin_name: 'x' }] }), /No configuration setting found for key 'env'/);
  assert.throws(() => toJobConfig({ env: {}, source: [{ a: 1 }], sink: [{ plugin_name: 'x' }] }), /The 'plugin_name' option is not configured/);
});

s.run();
