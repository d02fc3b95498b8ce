import { ErrorCodes, SeatideError } from '../../core/errors';
import type { Logger } from '../../core/logging/logger';
import { OptionRule } from '../../core/options/option-rule';
import type { Sink, SinkFactory, SinkFactoryContext, SinkWriter, SubtaskContext } from '../../core/plugin/contracts';
import type { RowBatch } from '../../core/types/row';
import { causeText } from '../common/connector-error';
import * as O from './http-options';
import { type HttpRequestSpec, displayUrl, httpRequest } from './http-request';
import { requestSpec } from './http-source';
import { MessageEncoder } from '../common/message-format';

/**
 * Http sink (webhook): POSTs each row as a JSON object to `url`, one request per row, in order. As in
 * SeaTunnel, an answer other than 200 is logged and the row is not retried; a request that never gets an
 * answer is retried per `retry` and then fails the job, so rows are not dropped silently.
 */
export const httpSink = {
  kind: 'sink',
  guarantee: { level: 'at-least-once', note: 'a request per row as rows arrive; rows since the last checkpoint are sent again after a resume' },
  identifier: 'Http',
  description: 'POSTs each row as a JSON object to a URL (webhook)',
  optionRule: OptionRule.builder()
    .required(O.URL)
    .optional(O.HEADERS, O.RETRY, O.RETRY_BACKOFF_MULTIPLIER_MS, O.RETRY_BACKOFF_MAX_MS, O.CONNECT_TIMEOUT_MS, O.SOCKET_TIMEOUT_MS)
    .build(),

  create(ctx: SinkFactoryContext): Sink {
    const spec: HttpRequestSpec = { ...requestSpec(ctx.options), method: 'POST', params: {}, body: undefined };
    const encoders = new Map(ctx.inputTables.map((t) => [t.tablePath.toString(), new MessageEncoder(t, 'json')]));
    return { createWriter: (sub: SubtaskContext) => new HttpWriter(spec, encoders, sub.logger, sub.signal) };
  },
} satisfies SinkFactory;

class HttpWriter implements SinkWriter {
  constructor(
    private readonly spec: HttpRequestSpec,
    private readonly encoders: ReadonlyMap<string, MessageEncoder>,
    private readonly logger: Logger,
    private readonly signal: AbortSignal,
  ) {}

  async write(batch: RowBatch): Promise<void> {
    const only = this.encoders.size === 1 ? this.encoders.values().next().value : undefined;
    const where = displayUrl(this.spec.url);
    for (const row of batch) {
      const enc = this.encoders.get(row.tableId) ?? only;
      if (!enc) throw new SeatideError(ErrorCodes.SINK_WRITE, `Http sink: row of table '${row.tableId}' matches none of the sink's input tables`);
      let res;
      try {
        res = await httpRequest({ ...this.spec, body: enc.encode(row) }, this.signal, this.logger);
      } catch (e) {
        throw new SeatideError(ErrorCodes.SINK_CONNECT, `Http sink at ${where}: request failed: ${causeText(e)}`, { cause: e, details: { plugin: 'Http', kind: 'sink', target: where } });
      }
      if (res.status !== 200) {
        this.logger.error(`Http sink at ${where}: http client execute exception, http response status code:[${res.status}], content:[${res.text.slice(0, 500)}]`);
      }
    }
  }

  close(): void {}
}
