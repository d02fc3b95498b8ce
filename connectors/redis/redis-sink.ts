import type { Redis } from 'ioredis';
import { type CatalogTable, fieldNames } from '../../core/catalog/catalog-table';
import { ErrorCodes, SeatideError } from '../../core/errors';
import { OptionRule } from '../../core/options/option-rule';
import type { Sink, SinkFactory, SinkFactoryContext, SinkWriter } from '../../core/plugin/contracts';
import { formatValue } from '../../core/types/format-value';
import type { RowBatch, SeaTunnelRow } from '../../core/types/row';
import { type MessageFormat, MessageEncoder } from '../common/message-format';
import { connectorError } from '../common/connector-error';
import { type RedisEndpoint, openRedis, redisEndpoint } from './redis-client';
import * as O from './redis-options';

/**
 * Redis sink: each row becomes a value under `key` (a field name whose value is the key, else the key
 * itself): SET for key, HSET of the row's fields for hash, LPUSH for list, SADD for set, ZADD with score 1
 * for zset, as SeaTunnel's RedisDataType does; `expire` sets a TTL. Commands go in pipelines of
 * `batch_size`; every row kind is written (Redis has no delete semantics here).
 */
export const redisSink = {
  kind: 'sink',
  guarantee: { level: 'at-least-once', note: 'commands are sent as rows arrive; after a resume the rows since the last checkpoint are sent again (idempotent for key and hash types)' },
  identifier: 'Redis',
  description: 'Writes rows as json or text values of string, hash, list, set or zset keys',
  optionRule: OptionRule.builder()
    .required(O.HOST, O.PORT, O.KEY, O.DATA_TYPE)
    .optional(O.MODE, O.AUTH, O.USER, O.KEYS, O.FORMAT, O.EXPIRE, O.DB_NUM, O.BATCH_SIZE, O.FIELD_DELIMITER, O.CONNECT_TIMEOUT_MS)
    .conditional(O.MODE, 'CLUSTER', O.NODES)
    .build(),

  create(ctx: SinkFactoryContext): Sink {
    const options = ctx.options;
    const endpoint = redisEndpoint(options, 'sink');
    const format = options.get(O.FORMAT).toLowerCase() as MessageFormat;
    const dataType = options.get(O.DATA_TYPE)!;
    if (dataType === 'HASH' && format === 'text') {
      throw new SeatideError(ErrorCodes.OPTION_VALIDATE, "sink 'Redis': data_type hash writes the row's fields and needs format json", {
        details: { plugin: 'Redis', option: 'format' },
      });
    }
    const tables = new Map(ctx.inputTables.map((t) => [t.tablePath.toString(), new TableEncoding(t, options.get(O.KEY)!, format, options.get(O.FIELD_DELIMITER))]));
    const plan: RedisWritePlan = { endpoint, dataType, expire: options.get(O.EXPIRE), batchSize: options.get(O.BATCH_SIZE), tables };
    return { createWriter: () => new RedisWriter(plan) };
  },
} satisfies SinkFactory;

/** How rows of one input table become keys and values. */
class TableEncoding {
  readonly encoder: MessageEncoder;
  private readonly keyField: number;

  constructor(
    table: CatalogTable,
    private readonly key: string,
    format: MessageFormat,
    delimiter: string,
  ) {
    this.encoder = new MessageEncoder(table, format, delimiter);
    this.keyField = fieldNames(table).indexOf(key);
  }

  keyOf(row: SeaTunnelRow): string {
    return this.keyField >= 0 ? formatValue(row.fields[this.keyField]) : this.key;
  }
}

interface RedisWritePlan {
  readonly endpoint: RedisEndpoint;
  readonly dataType: O.RedisDataType;
  readonly expire: number;
  readonly batchSize: number;
  readonly tables: ReadonlyMap<string, TableEncoding>;
}

class RedisWriter implements SinkWriter {
  private client?: Redis;

  constructor(private readonly plan: RedisWritePlan) {}

  async write(batch: RowBatch): Promise<void> {
    const { plan } = this;
    this.client ??= await openRedis(plan.endpoint, 'sink');
    const only = plan.tables.size === 1 ? plan.tables.values().next().value : undefined;
    try {
      for (let start = 0; start < batch.length; start += plan.batchSize) {
        const p = this.client.pipeline();
        for (const row of batch.slice(start, start + plan.batchSize)) {
          const enc = plan.tables.get(row.tableId) ?? only;
          if (!enc) throw new Error(`row of table '${row.tableId}' matches none of the sink's input tables`);
          const key = enc.keyOf(row);
          switch (plan.dataType) {
            case 'KEY':
            case 'STRING':
              if (plan.expire > 0) p.set(key, enc.encoder.encode(row), 'EX', plan.expire);
              else p.set(key, enc.encoder.encode(row));
              break;
            case 'HASH': {
              const fields = enc.encoder.fieldTexts(row);
              if (Object.keys(fields).length) p.hset(key, fields);
              break;
            }
            case 'LIST': p.lpush(key, enc.encoder.encode(row)); break;
            case 'SET': p.sadd(key, enc.encoder.encode(row)); break;
            case 'ZSET': p.zadd(key, 1, enc.encoder.encode(row)); break;
          }
          if (plan.expire > 0 && plan.dataType !== 'KEY' && plan.dataType !== 'STRING') p.expire(key, plan.expire);
        }
        for (const [err] of (await p.exec()) ?? []) if (err) throw err;
      }
    } catch (e) {
      throw connectorError(ErrorCodes.SINK_WRITE, 'Redis', 'sink', plan.endpoint.display, 'writing a batch failed', e, plan.endpoint.password);
    }
  }

  async close(): Promise<void> {
    if (this.client) await this.client.quit().catch(() => undefined);
    this.client = undefined;
  }

  async abort(): Promise<void> {
    this.client?.disconnect();
    this.client = undefined;
  }
}
