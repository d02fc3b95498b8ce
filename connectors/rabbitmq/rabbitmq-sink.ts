import type { ChannelModel, ConfirmChannel } from 'amqplib';
import { ErrorCodes } from '../../core/errors';
import type { Sink, SinkFactory, SinkFactoryContext, SinkWriter } from '../../core/plugin/contracts';
import type { RowBatch } from '../../core/types/row';
import { type MessageFormat, MessageEncoder } from '../common/message-format';
import { connectorError } from '../common/connector-error';
import { type RabbitmqEndpoint, openRabbitmq, rabbitmqEndpoint } from './rabbitmq-connect';
import * as O from './rabbitmq-options';

/**
 * RabbitMQ sink: publishes each row as one persistent message, JSON by field name (or text), to
 * `queue_name` through the default exchange, or to `exchange` with `routing_key` when a routing key is set
 * (SeaTunnel's RabbitmqClient.write). The queue is declared first. Each batch waits for the broker's
 * publisher confirms, so a written batch is on the broker (at-least-once).
 */
export const rabbitmqSink = {
  kind: 'sink',
  guarantee: { level: 'at-least-once', note: 'messages are published as rows arrive; rows since the last checkpoint are published again after a resume' },
  identifier: 'RabbitMQ',
  description: 'Publishes rows as json or text messages to a queue or an exchange, with publisher confirms',
  optionRule: O.connectionRule()
    .optional(O.CONNECTION_TIMEOUT, O.RABBITMQ_CONFIG, O.DURABLE, O.EXCLUSIVE, O.AUTO_DELETE, O.FORMAT, O.FIELD_DELIMITER, O.REQUESTED_HEARTBEAT)
    .build(),

  create(ctx: SinkFactoryContext): Sink {
    const options = ctx.options;
    const format = options.get(O.FORMAT).toLowerCase() as MessageFormat;
    const delimiter = options.get(O.FIELD_DELIMITER);
    const encoders = new Map(ctx.inputTables.map((t) => [t.tablePath.toString(), new MessageEncoder(t, format, delimiter)]));
    const plan: RabbitmqWritePlan = {
      endpoint: rabbitmqEndpoint(options),
      routingKey: options.get(O.ROUTING_KEY),
      exchange: options.get(O.EXCHANGE) ?? '',
      contentType: format === 'json' ? 'application/json' : 'text/plain',
      encoders,
    };
    return { createWriter: () => new RabbitmqWriter(plan) };
  },
} satisfies SinkFactory;

interface RabbitmqWritePlan {
  readonly endpoint: RabbitmqEndpoint;
  readonly routingKey?: string;
  readonly exchange: string;
  readonly contentType: string;
  readonly encoders: ReadonlyMap<string, MessageEncoder>;
}

class RabbitmqWriter implements SinkWriter {
  private model?: ChannelModel;
  private channel?: ConfirmChannel;

  constructor(private readonly plan: RabbitmqWritePlan) {}

  async write(batch: RowBatch): Promise<void> {
    const { plan } = this;
    const ch = await this.open();
    const only = plan.encoders.size === 1 ? plan.encoders.values().next().value : undefined;
    try {
      for (const row of batch) {
        const enc = plan.encoders.get(row.tableId) ?? only;
        if (!enc) throw new Error(`row of table '${row.tableId}' matches none of the sink's input tables`);
        const body = Buffer.from(enc.encode(row), 'utf8');
        const options = { persistent: true, contentType: plan.contentType };
        const ok = plan.routingKey
          ? ch.publish(plan.exchange, plan.routingKey, body, options)
          : ch.sendToQueue(plan.endpoint.queue, body, options);
        // A full socket buffer: wait until it drains before publishing more.
        if (!ok) await new Promise<void>((resolve) => ch.once('drain', () => resolve()));
      }
      await ch.waitForConfirms();
    } catch (e) {
      throw connectorError(ErrorCodes.SINK_WRITE, 'RabbitMQ', 'sink', plan.endpoint.display, `publishing to '${plan.routingKey ? `${plan.exchange}/${plan.routingKey}` : plan.endpoint.queue}' failed`, e, plan.endpoint.password);
    }
  }

  private async open(): Promise<ConfirmChannel> {
    if (this.channel) return this.channel;
    const e = this.plan.endpoint;
    this.model = await openRabbitmq(e, 'sink');
    try {
      const ch = await this.model.createConfirmChannel();
      ch.on('error', () => undefined); // failures surface through the confirms awaited in write
      await ch.assertQueue(e.queue, e.queueOptions);
      this.channel = ch;
      return ch;
    } catch (err) {
      throw connectorError(ErrorCodes.SINK_WRITE, 'RabbitMQ', 'sink', e.display, `cannot declare queue '${e.queue}'`, err, e.password);
    }
  }

  async close(): Promise<void> {
    const ch = this.channel;
    this.channel = undefined;
    await ch?.close().catch(() => undefined);
    const model = this.model;
    this.model = undefined;
    await model?.close().catch(() => undefined);
  }
}
