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

/** What a reader had yielded at a checkpoint: a count of messages, acknowledged when the checkpoint completes. */
interface RabbitmqReaderState {
  readonly yielded: number;
}

/**
 * One consumer on its own connection. Deliveries wait in a buffer bounded by the prefetch count (the
 * broker sends no more while that many are unacknowledged); each pull takes what the buffer holds.
 * Messages are acknowledged when a checkpoint that covers them completes, i.e. once the sinks committed
 * their rows (at-least-once: a stop before that requeues them). A reader that reached the prefetch limit
 * asks for a checkpoint rather than waiting for the next one. Run without a checkpoint coordinator (no
 * `requestCheckpoint`), a batch is acknowledged at the next pull, when the engine has written it.
 */
export class RabbitmqReader implements SourceReader {
  private model?: ChannelModel;
  private channel?: Channel;
  private consumerTag?: string;
  private buffer: ConsumeMessage[] = [];
  /** Yielded, not yet acknowledged, in delivery order; `acked` of all yielded ever were acknowledged. */
  private toAck: ConsumeMessage[] = [];
  private yielded = 0;
  private acked = 0;
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
    const checkpointed = this.sub.requestCheckpoint !== undefined;
    for (;;) {
      if (!checkpointed) this.acknowledgeUpTo(this.yielded);
      else if (this.toAck.length >= plan.prefetch && this.buffer.length === 0) this.sub.requestCheckpoint!();
      const got = await this.waitForMessages();
      if (this.failure) throw this.error(`consuming queue '${e.queue}' failed`, this.failure);
      if (got !== 'messages') break;
      const messages = this.buffer;
      this.buffer = [];
      const batch: SeaTunnelRow[] = [];
      for (const msg of messages) {
        if (this.isDuplicate(msg)) continue;
        this.toAck.push(msg);
        this.yielded++;
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

  snapshotState(): RabbitmqReaderState {
    return { yielded: this.yielded };
  }

  notifyCheckpointComplete(_checkpointId: number, state: unknown): void {
    const yielded = (state as RabbitmqReaderState | undefined)?.yielded;
    if (typeof yielded === 'number') this.acknowledgeUpTo(yielded);
  }

  /** Acknowledges the yielded messages up to the `count`th (those whose rows the sinks have committed). */
  private acknowledgeUpTo(count: number): void {
    if (!this.channel || count <= this.acked) return;
    const n = Math.min(count - this.acked, this.toAck.length);
    for (const m of this.toAck.slice(0, n)) this.channel.ack(m);
    this.toAck = this.toAck.slice(n);
    this.acked += n;
    // A wait without an idle timer (the prefetch limit, not the queue, had stopped deliveries) starts over with one.
    if (n > 0) this.wake?.();
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
      // At the prefetch limit the broker holds deliveries back until a checkpoint acknowledges: that is not idleness.
      const starved = this.toAck.length >= this.plan.prefetch;
      const timer = this.plan.idleMs === undefined || starved ? undefined : setTimeout(() => done('idle'), this.plan.idleMs);
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
