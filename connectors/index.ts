import { assertSink } from './assert/assert-sink';
import { consoleSink } from './console-sink';
import { fakeSource } from './fake/fake-source';

export { assertSink, consoleSink, fakeSource };

/** The connectors every runtime registers unless told not to. */
export const builtinConnectors = [fakeSource, consoleSink, assertSink] as const;
