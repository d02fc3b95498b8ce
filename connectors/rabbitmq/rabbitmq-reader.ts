import type { Channel, ChannelModel, ConsumeMessage } from 'amqplib';
import { ErrorCodes } from '../../core/errors';
import type { SourceReader, SubtaskContext } from '../../core/plugin/contracts';
import type { RowBatch, SeaTunnelRow } from '../../core/types/row';
import type { MessageDecoder } from '../common/message-format';
import { connectorError } from '../common/connector-error';
import { type RabbitmqEndpoint, openRabbitmq } from './rabbitmq-connect';

export interface RabbitmqReadPlan {
  readonly endpoint: RabbitmqEndpoint;
  readonly decoder: MessageDecoder;
  readonly prefetch: number;
  /** BATCH jobs: how long the queue may stay empty before the read ends; undefined reads forever. */
  readonly idleMs?: number;
  /** Reject redeliveries of a correlation id already read (SeaTunnel's use_correlation_id). */
  readonly dedupe: boolean;
}

type Wait = 'messages' | 'idle' | 'stopped';

/**
 * One consumer on its own connection. Deliveries wait in a buffer bounded by the prefetch count (the
 * broker sends no more while that many are unacknowledged); each pull takes what the buffer holds. The
 * previous batch is acknowledged at the next pull, when the engine has written it; on close whatever is
 * still unacknowledged is requeued.
 */
export class RabbitmqReader implements SourceReader {
  private model?: ChannelModel;
  private channel?: Channel;
  private consumerTag?: string;
  private buffer: ConsumeMessage[] = [];
  private toAck: ConsumeMessage[] = [];
  private failure?: Error;
  private wake?: () => void;
  private closing = false;
  private readonly seen = new Set<string>();

  constructor(
    private readonly plan: RabbitmqReadPlan,
    private readonly sub: SubtaskContext,
  ) {}

  async *read(): AsyncIterable<RowBatch> {
    const { plan } = this;
    const e = plan.endpoint;
    this.model = await openRabbitmq(e, 'source');
    try {
      const ch = (this.channel = await this.model.createChannel());
      ch.on('error', (err: Error) => this.fail(err));
      ch.on('close', () => this.fail(new Error('the channel was closed by the broker')));
      await ch.assertQueue(e.queue, e.queueOptions);
      await ch.prefetch(plan.prefetch);
      const { consumerTag } = await ch.consume(e.queue, (msg) => (msg ? this.deliver(msg) : this.fail(new Error('the broker canceled the consumer'))), { noAck: false });
      this.consumerTag = consumerTag;
    } catch (err) {
      throw this.error(`cannot consume queue '${e.queue}'`, err);
    }
    for (;;) {
      this.acknowledge();
      const got = await this.waitForMessages();
      if (this.failure) throw this.error(`consuming queue '${e.queue}' failed`, this.failure);
      if (got !== 'messages') break;
      const messages = this.buffer;
      this.buffer = [];
      const batch: SeaTunnelRow[] = [];
      for (const msg of messages) {
        if (this.isDuplicate(msg)) continue;
        this.toAck.push(msg);
        plan.decoder.decode(msg.content.toString('utf8'), batch);
      }
      if (batch.length) yield batch;
    }
    // The queue went idle (BATCH) or the job stopped: take no more deliveries.
    if (this.consumerTag && !this.failure) await this.channel?.cancel(this.consumerTag).catch(() => undefined);
    this.consumerTag = undefined;
  }

  private deliver(msg: ConsumeMessage): void {
    this.buffer.push(msg);
    this.wake?.();
  }

  private fail(err: Error): void {
    if (this.closing) return;
    this.failure ??= err;
    this.wake?.();
  }

  private isDuplicate(msg: ConsumeMessage): boolean {
    const id = msg.properties.correlationId as string | undefined;
    if (!this.plan.dedupe || !id) return false;
    if (!this.seen.has(id)) {
      this.seen.add(id);
      return false;
    }
    this.channel!.reject(msg, false);
    return true;
  }

  /** Acknowledges the batch the engine has written since the last pull. */
  private acknowledge(): void {
    if (!this.toAck.length || !this.channel) return;
    for (const m of this.toAck) this.channel.ack(m);
    this.toAck = [];
  }

  private waitForMessages(): Promise<Wait> {
    if (this.buffer.length || this.failure) return Promise.resolve('messages');
    const signal = this.sub.signal;
    if (signal.aborted) return Promise.resolve('stopped');
    return new Promise<Wait>((resolve) => {
      const done = (why: Wait) => {
        clearTimeout(timer);
        signal.removeEventListener('abort', onAbort);
        this.wake = undefined;
        resolve(why);
      };
      const onAbort = () => done('stopped');
      const timer = this.plan.idleMs === undefined ? undefined : setTimeout(() => done('idle'), this.plan.idleMs);
      signal.addEventListener('abort', onAbort, { once: true });
      this.wake = () => done('messages');
    });
  }

  private error(doing: string, err: unknown) {
    return connectorError(ErrorCodes.SOURCE_READ, 'RabbitMQ', 'source', this.plan.endpoint.display, doing, err, this.plan.endpoint.password);
  }

  async close(): Promise<void> {
    this.closing = true;
    this.wake?.();
    const ch = this.channel;
    this.channel = undefined;
    if (ch) {
      // Unacknowledged deliveries (the last batch if it was not confirmed written, the buffer) go back.
      try {
        ch.nackAll(true);
        await ch.close();
      } catch {
        // the channel is gone already; the broker requeues its deliveries itself
      }
    }
    const model = this.model;
    this.model = undefined;
    await model?.close().catch(() => undefined);
  }
}
