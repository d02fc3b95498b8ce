import { suite } from 'uvu';
import * as assert from 'uvu/assert';
import { inJavaHashOrder, javaHashOrder, javaStringHash } from '../../../../adapters/hapi/render/java-hash-order';

const s = suite('render/java-hash-order');

s('String.hashCode in 32-bit arithmetic', () => {
  assert.is(javaStringHash(''), 0);
  assert.is(javaStringHash('a'), 97);
  assert.is(javaStringHash('hello'), 99162322);
  assert.is(javaStringHash('polygenelubricants'), -2147483648);
});

s('the 16 metric names iterate in the order a JVM shows (HashMap of capacity 32)', () => {
  const inserted = [
    'SourceReceivedCount', 'SinkWriteCount', 'SourceReceivedBytes', 'SinkWriteBytes', 'SourceReceivedQPS', 'SinkWriteQPS',
    'SourceReceivedBytesPerSeconds', 'SinkWriteBytesPerSeconds', 'TableSourceReceivedCount', 'TableSinkWriteCount',
    'TableSourceReceivedBytes', 'TableSinkWriteBytes', 'TableSourceReceivedQPS', 'TableSinkWriteQPS',
    'TableSourceReceivedBytesPerSeconds', 'TableSinkWriteBytesPerSeconds',
  ];
  assert.equal(javaHashOrder(inserted), [
    'TableSourceReceivedCount', 'TableSourceReceivedQPS', 'TableSinkWriteQPS', 'TableSinkWriteCount', 'SinkWriteCount',
    'SinkWriteBytesPerSeconds', 'TableSinkWriteBytesPerSeconds', 'SinkWriteQPS', 'SourceReceivedBytes', 'SourceReceivedBytesPerSeconds',
    'SourceReceivedCount', 'SourceReceivedQPS', 'TableSourceReceivedBytesPerSeconds', 'TableSourceReceivedBytes', 'SinkWriteBytes', 'TableSinkWriteBytes',
  ]);
});

s("MultiTableMetricsIT's table names come out as SeaTunnel showed them", () => {
  assert.equal(javaHashOrder(['fake.public.table2', 'fake.table1']), ['fake.table1', 'fake.public.table2']);
});

s('keys in one bucket keep insertion order; the object copy keeps values', () => {
  // "Aa" and "BB" share a hash code.
  assert.is(javaStringHash('Aa'), javaStringHash('BB'));
  assert.equal(javaHashOrder(['BB', 'Aa']), ['BB', 'Aa']);
  assert.equal(javaHashOrder(['Aa', 'BB']), ['Aa', 'BB']);
  assert.equal(inJavaHashOrder({ 'job.name': 'n', 'job.mode': 'BATCH' }), { 'job.mode': 'BATCH', 'job.name': 'n' });
  assert.equal(Object.keys(inJavaHashOrder({ 'job.name': 'n', 'job.mode': 'BATCH' })), ['job.mode', 'job.name']);
});

s.run();
