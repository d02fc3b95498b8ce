import { SCHEMA } from '../../core/catalog/schema-from-config';
import type { Source, SourceFactory, SourceFactoryContext, SubtaskContext } from '../../core/plugin/contracts';
import { type MessageFormat, MessageDecoder, messageTable } from '../common/message-format';
import { rabbitmqEndpoint } from './rabbitmq-connect';
import * as O from './rabbitmq-options';
import { RabbitmqReader } from './rabbitmq-reader';

const DEFAULT_PREFETCH = 1000;
const DEFAULT_IDLE_MS = 2000;

/**
 * RabbitMQ source: consumes `queue_name` (declared with durable / exclusive / auto_delete) with manual
 * acknowledgement. A batch's messages are acknowledged when the engine asks for the next batch, that is
 * once the batch has been written downstream; messages of a failed or canceled read are requeued.
 * UNBOUNDED in STREAMING jobs; in BATCH jobs the source ends once the queue has stayed empty for
 * `delivery_timeout` ms (default 2000), so a job can drain a queue and finish.
 */
export const rabbitmqSource = {
  kind: 'source',
  guarantee: { level: 'at-least-once', note: 'messages are acknowledged when a checkpoint has committed their rows; unacknowledged ones are redelivered' },
  identifier: 'RabbitMQ',
  description: 'Consumes a queue with acknowledgements after each written batch; ends on an idle queue in BATCH jobs',
  optionRule: O.connectionRule()
    .optional(O.CONNECTION_TIMEOUT, O.REQUESTED_CHANNEL_MAX, O.REQUESTED_FRAME_MAX, O.REQUESTED_HEARTBEAT, O.PREFETCH_COUNT, O.DELIVERY_TIMEOUT)
    .optional(O.DURABLE, O.EXCLUSIVE, O.AUTO_DELETE, O.USE_CORRELATION_ID, O.FOR_E2E_TESTING, O.FIELD_DELIMITER)
    .conditional(O.FORMAT, 'JSON', SCHEMA)
    .build(),

  create(ctx: SourceFactoryContext): Source {
    const options = ctx.options;
    const format = options.get(O.FORMAT).toLowerCase() as MessageFormat;
    const table = messageTable(options, format, ctx.outputName);
    const bounded = ctx.job.jobMode === 'BATCH';
    const plan = {
      endpoint: rabbitmqEndpoint(options),
      decoder: new MessageDecoder(table, format, 'RabbitMQ', options.get(O.FIELD_DELIMITER)),
      prefetch: options.get(O.PREFETCH_COUNT) ?? DEFAULT_PREFETCH,
      idleMs: bounded ? (options.get(O.DELIVERY_TIMEOUT) ?? DEFAULT_IDLE_MS) : undefined,
      dedupe: options.get(O.USE_CORRELATION_ID),
    };
    return {
      tables: [table],
      boundedness: bounded ? 'BOUNDED' : 'UNBOUNDED',
      createReader: (sub: SubtaskContext) => new RabbitmqReader(plan, sub),
    };
  },
} satisfies SourceFactory;
