import { assertSink } from './assert/assert-sink';
import { consoleSink } from './console-sink';
import { fakeSource } from './fake/fake-source';
import { localFileSink, localFileSource } from './file';
import { httpSink, httpSource } from './http';
import { jdbcSink, jdbcSource } from './jdbc';
import { rabbitmqSink, rabbitmqSource } from './rabbitmq';
import { redisSink, redisSource } from './redis';

export {
  assertSink, consoleSink, fakeSource, httpSink, httpSource, jdbcSink, jdbcSource, localFileSink, localFileSource,
  rabbitmqSink, rabbitmqSource, redisSink, redisSource,
};

/** The connectors every runtime registers unless told not to. */
export const builtinConnectors = [
  fakeSource, consoleSink, assertSink,
  localFileSource, localFileSink,
  jdbcSource, jdbcSink,
  redisSource, redisSink,
  rabbitmqSource, rabbitmqSink,
  httpSource, httpSink,
] as const;
