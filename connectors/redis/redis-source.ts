import type { Redis } from 'ioredis';
import { SCHEMA } from '../../core/catalog/schema-from-config';
import { ErrorCodes } from '../../core/errors';
import { OptionRule } from '../../core/options/option-rule';
import type { Source, SourceFactory, SourceFactoryContext, SourceReader, SubtaskContext } from '../../core/plugin/contracts';
import type { RowBatch, SeaTunnelRow } from '../../core/types/row';
import { type MessageFormat, MessageDecoder, messageTable } from '../common/message-format';
import { connectorError } from '../common/connector-error';
import { type RedisEndpoint, openRedis, redisEndpoint, scanType } from './redis-client';
import * as O from './redis-options';

/**
 * Redis source: scans the keys matching `keys` (SCAN with MATCH and TYPE, `batch_size` keys a round trip)
 * and emits their values: a string key is one message, each element of a list, set or zset is one message,
 * a hash is one message (its fields as a JSON object) or, with `hash_key_parse_mode = kv`, one message per
 * field. Messages are parsed by `format` against `schema`, or become a `content` column. Bounded; one reader.
 */
export const redisSource = {
  kind: 'source',
  guarantee: { level: 'at-least-once', note: 'keys are read again from the start after a resume' },
  identifier: 'Redis',
  description: 'Reads the values of the keys matching a pattern (string, hash, list, set or zset) as json or text rows',
  optionRule: OptionRule.builder()
    .required(O.HOST, O.PORT, O.KEYS, O.DATA_TYPE)
    .optional(O.MODE, O.HASH_KEY_PARSE_MODE, O.AUTH, O.USER, O.KEY, O.DB_NUM, O.BATCH_SIZE, O.FIELD_DELIMITER, O.CONNECT_TIMEOUT_MS)
    .conditional(O.MODE, 'CLUSTER', O.NODES)
    .bundled(O.FORMAT, SCHEMA)
    .build(),

  create(ctx: SourceFactoryContext): Source {
    const options = ctx.options;
    const endpoint = redisEndpoint(options, 'source');
    const format = options.get(O.FORMAT).toLowerCase() as MessageFormat;
    // SeaTunnel parses json only when format is set explicitly; otherwise each value is a `content` row.
    const effective: MessageFormat = options.has(O.FORMAT) ? format : 'text';
    const table = messageTable(options, effective, ctx.outputName);
    const plan: RedisReadPlan = {
      endpoint,
      pattern: options.get(O.KEYS)!,
      dataType: options.get(O.DATA_TYPE)!,
      count: options.get(O.BATCH_SIZE),
      kv: options.get(O.HASH_KEY_PARSE_MODE) === 'KV' && effective === 'json',
      decoder: new MessageDecoder(table, effective, 'Redis', options.get(O.FIELD_DELIMITER)),
    };
    return {
      tables: [table],
      boundedness: 'BOUNDED',
      createReader: (sub: SubtaskContext) => new RedisReader(plan, sub),
    };
  },
} satisfies SourceFactory;

interface RedisReadPlan {
  readonly endpoint: RedisEndpoint;
  readonly pattern: string;
  readonly dataType: O.RedisDataType;
  readonly count: number;
  readonly kv: boolean;
  readonly decoder: MessageDecoder;
}

class RedisReader implements SourceReader {
  private client?: Redis;

  constructor(
    private readonly plan: RedisReadPlan,
    private readonly sub: SubtaskContext,
  ) {}

  async *read(): AsyncIterable<RowBatch> {
    // The key space is one split: the first reader scans it, the others have nothing to do.
    if (this.sub.subtaskIndex !== 0) return;
    const { plan } = this;
    const client = (this.client = await openRedis(plan.endpoint, 'source'));
    const seen = new Set<string>(); // SCAN may return a key more than once
    let cursor = '0';
    try {
      do {
        const [next, keys] = await client.scan(cursor, 'MATCH', plan.pattern, 'COUNT', plan.count, 'TYPE', scanType(plan.dataType));
        cursor = next;
        const fresh = keys.filter((k) => !seen.has(k));
        for (const k of fresh) seen.add(k);
        if (fresh.length === 0) continue;
        const batch: SeaTunnelRow[] = [];
        for (const value of await this.values(client, fresh)) this.decode(value, batch);
        if (batch.length) yield batch;
      } while (cursor !== '0' && !this.sub.signal.aborted);
    } catch (e) {
      throw connectorError(ErrorCodes.SOURCE_READ, 'Redis', 'source', plan.endpoint.display, `reading keys '${plan.pattern}' failed`, e, plan.endpoint.password);
    }
  }

  /** The values of `keys` in one pipeline: strings, hashes (as field maps) or members. */
  private async values(client: Redis, keys: readonly string[]): Promise<(string | Record<string, string>)[]> {
    const p = client.pipeline();
    for (const k of keys) {
      switch (this.plan.dataType) {
        case 'KEY':
        case 'STRING': p.get(k); break;
        case 'HASH': p.hgetall(k); break;
        case 'LIST': p.lrange(k, 0, -1); break;
        case 'SET': p.smembers(k); break;
        case 'ZSET': p.zrange(k, '0', '-1'); break;
      }
    }
    const out: (string | Record<string, string>)[] = [];
    for (const [err, value] of (await p.exec()) ?? []) {
      if (err) throw err;
      if (value === null || value === undefined) continue; // expired or deleted since the scan
      if (Array.isArray(value)) for (const v of value) out.push(String(v));
      else out.push(value as string | Record<string, string>);
    }
    return out;
  }

  private decode(value: string | Record<string, string>, out: SeaTunnelRow[]): void {
    const { decoder } = this.plan;
    if (typeof value === 'string') return decoder.decode(value, out);
    if (!this.plan.kv) return decoder.decode(JSON.stringify(value), out);
    // kv: each field is a row; the field name fills the schema's first column, its JSON value the rest.
    const first = decoder.table.schema.columns[0]?.name;
    for (const [field, text] of Object.entries(value)) {
      let parsed: unknown;
      try {
        parsed = JSON.parse(text);
      } catch {
        parsed = undefined;
      }
      const obj = parsed !== null && typeof parsed === 'object' && !Array.isArray(parsed) ? (parsed as Record<string, unknown>) : {};
      decoder.decodeValue({ ...obj, [first]: field }, out, text);
    }
  }

  async close(): Promise<void> {
    this.client?.disconnect();
    this.client = undefined;
  }
}
