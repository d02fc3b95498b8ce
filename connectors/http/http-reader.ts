import { ErrorCodes, SeatideError } from '../../core/errors';
import type { SourceReader, SubtaskContext } from '../../core/plugin/contracts';
import type { RowBatch, SeaTunnelRow } from '../../core/types/row';
import { sleep } from '../../core/time/sleep';
import { causeText } from '../common/connector-error';
import { HttpNetworkError, type HttpRequestSpec, displayUrl, httpRequest } from './http-request';
import type { JsonPath } from './json-path';
import { type MessageDecoder, parseJson } from '../common/message-format';

export interface PageInfo {
  readonly field: string;
  readonly totalPages: number;
  readonly batchSize: number;
  readonly start: number;
}

export interface HttpReadPlan {
  readonly request: HttpRequestSpec;
  readonly decoder: MessageDecoder;
  readonly contentField?: JsonPath;
  readonly jsonFields: readonly { readonly name: string; readonly path: JsonPath }[];
  readonly multiLines: boolean;
  readonly paging?: PageInfo;
  readonly bounded: boolean;
  readonly pollMs: number;
}

/** Reads one response (or page) per batch; the endpoint is one split, read by the first reader. */
export class HttpReader implements SourceReader {
  constructor(
    private readonly plan: HttpReadPlan,
    private readonly sub: SubtaskContext,
  ) {}

  async *read(): AsyncIterable<RowBatch> {
    if (this.sub.subtaskIndex !== 0) return;
    const { plan, sub } = this;
    for (;;) {
      if (plan.paging) {
        const p = plan.paging;
        for (let page = p.start; !sub.signal.aborted; page++) {
          const { rows, records } = await this.fetch({ ...plan.request.params, [p.field]: String(page) });
          if (rows.length) yield rows;
          const done = p.totalPages > 0 ? page >= p.totalPages : records < p.batchSize;
          if (done) break;
        }
      } else {
        const { rows } = await this.fetch(plan.request.params);
        if (rows.length) yield rows;
      }
      if (plan.bounded || sub.signal.aborted) return;
      await sleep(plan.pollMs, sub.signal);
      if (sub.signal.aborted) return;
    }
  }

  /** One request: its rows, and how many records it held (to tell a short last page). */
  private async fetch(params: Readonly<Record<string, string>>): Promise<{ rows: SeaTunnelRow[]; records: number }> {
    const { plan } = this;
    const where = displayUrl(plan.request.url);
    let res;
    try {
      res = await httpRequest({ ...plan.request, params }, this.sub.signal, this.sub.logger);
    } catch (e) {
      const code = e instanceof HttpNetworkError ? ErrorCodes.SOURCE_CONNECT : ErrorCodes.SOURCE_READ;
      throw new SeatideError(code, `Http source at ${where}: request failed: ${causeText(e)}`, { cause: e, details: { plugin: 'Http', kind: 'source', target: where } });
    }
    if (res.status < 200 || res.status > 207) {
      const shown = res.text.length > 500 ? `${res.text.slice(0, 497)}...` : res.text;
      throw new SeatideError(ErrorCodes.SOURCE_READ, `Http source at ${where}: http client execute exception, http response status code:[${res.status}], content:[${shown}]`, {
        details: { plugin: 'Http', kind: 'source', target: where, status: res.status },
      });
    }
    const rows: SeaTunnelRow[] = [];
    let records = 0;
    if (res.text === '') return { rows, records };
    const messages = plan.multiLines ? res.text.split(/\r?\n/).filter((l) => l !== '') : [res.text];
    for (const message of messages) records += this.collect(message, rows);
    return { rows, records };
  }

  private collect(text: string, out: SeaTunnelRow[]): number {
    const { plan } = this;
    const before = out.length;
    if (!plan.contentField && plan.jsonFields.length === 0) {
      plan.decoder.decode(text, out);
      return out.length - before;
    }
    let doc: unknown;
    try {
      doc = parseJson(text);
    } catch {
      plan.decoder.decode(text, out); // reports the malformed JSON with the plugin's message
      return 0;
    }
    if (plan.contentField) {
      const matches = plan.contentField.read(doc);
      // A definite path to an array (`$.data`) selects that array's elements, as a wildcard would.
      const records = plan.contentField.definite && matches.length === 1 && Array.isArray(matches[0]) ? matches[0] : matches;
      plan.decoder.decodeValue(records, out, text);
      return records.length;
    }
    const columns = plan.jsonFields.map((f) => f.path.read(doc));
    const n = columns[0]?.length ?? 0;
    plan.jsonFields.forEach((f, i) => {
      if (columns[i].length !== n) {
        throw new SeatideError(
          ErrorCodes.SOURCE_READ,
          `Http source: [${plan.jsonFields[0].path.path}](${n}) and [${f.path.path}](${columns[i].length}) the number of parsing records is inconsistent.`,
          { details: { plugin: 'Http', option: 'json_field' } },
        );
      }
    });
    const records: Record<string, unknown>[] = [];
    for (let r = 0; r < n; r++) {
      const rec: Record<string, unknown> = {};
      plan.jsonFields.forEach((f, i) => {
        rec[f.name] = columns[i][r];
      });
      records.push(rec);
    }
    plan.decoder.decodeValue(records, out, text);
    return n;
  }
}
