import { suite } from 'uvu';
import * as assert from 'uvu/assert';
import { legacyMetricsView, metricsView } from '../../../../adapters/hapi/render/metrics-view';
import type { MetricsSnapshot } from '../../../../core/engine/job-metrics';

const s = suite('render/metrics-view');

/** MultiTableMetricsIT's finished job: fake.table1 10 rows, fake.public.table2 5 rows, 13 bytes a row, 3 seconds. */
const multiTable: MetricsSnapshot = {
  sourceReceivedCount: 15, sourceReceivedBytes: 195, sinkWriteCount: 15, sinkWriteBytes: 195,
  sourceReceivedQPS: 5, sinkWriteQPS: 5, sourceReceivedBytesPerSeconds: 65, sinkWriteBytesPerSeconds: 65,
  tables: {
    sourceReceivedCount: { 'fake.table1': 10, 'fake.public.table2': 5 },
    sourceReceivedBytes: { 'fake.table1': 130, 'fake.public.table2': 65 },
    sinkWriteCount: { 'fake.public.table2': 5, 'fake.table1': 10 },
    sinkWriteBytes: { 'fake.public.table2': 65, 'fake.table1': 130 },
  },
  elapsedMs: 3000,
};

const empty: MetricsSnapshot = {
  sourceReceivedCount: 0, sourceReceivedBytes: 0, sinkWriteCount: 0, sinkWriteBytes: 0, sourceReceivedQPS: 0, sinkWriteQPS: 0,
  sourceReceivedBytesPerSeconds: 0, sinkWriteBytesPerSeconds: 0,
  tables: { sourceReceivedCount: {}, sourceReceivedBytes: {}, sinkWriteCount: {}, sinkWriteBytes: {} }, elapsedMs: 0,
};

s('totals and per-table maps as SeaTunnel HEAD reports them, every leaf a string', () => {
  const m = metricsView(multiTable);
  assert.is(m.SourceReceivedCount, '15');
  assert.is(m.SourceReceivedBytes, '195');
  assert.is(m.SourceReceivedQPS, '5.0');
  assert.is(m.SinkWriteBytesPerSeconds, '65.0');
  assert.equal(m.TableSourceReceivedCount, { 'fake.table1': '10', 'fake.public.table2': '5' });
  assert.equal(Object.keys(m.TableSinkWriteCount), ['fake.table1', 'fake.public.table2']);
  assert.equal(m.TableSinkWriteBytes, { 'fake.table1': '130', 'fake.public.table2': '65' });
  assert.equal(m.TableSourceReceivedQPS, { 'fake.table1': '3.3333333333333335', 'fake.public.table2': '1.6666666666666667' });
  assert.equal(m.TableSinkWriteBytesPerSeconds, { 'fake.table1': '43.333333333333336', 'fake.public.table2': '21.666666666666668' });
});

s('a job that has not moved a row still has all 16 keys: "0", "0.0" and {}', () => {
  const m = metricsView(empty);
  assert.is(Object.keys(m).length, 16);
  assert.is(Object.keys(m)[0], 'TableSourceReceivedCount');
  assert.is(m.SinkWriteCount, '0');
  assert.is(m.SinkWriteQPS, '0.0');
  assert.equal(m.TableSourceReceivedQPS, {});
});

s('rates at or above 1e7 print in Java scientific notation', () => {
  const m = metricsView({ ...empty, sourceReceivedBytesPerSeconds: 1e7 });
  assert.is(m.SourceReceivedBytesPerSeconds, '1.0E7');
});

s('2.3.5: only SourceReceivedCount and SinkWriteCount, in that order', () => {
  assert.equal(Object.entries(legacyMetricsView(multiTable)), [['SourceReceivedCount', '15'], ['SinkWriteCount', '15']]);
});

s.run();
