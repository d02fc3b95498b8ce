import type Joi from 'joi';
import { Options } from '../../core/options/option';

/** Options of the Redis source and sink (SeaTunnel's RedisConfig). */

const atLeast = (n: number) => (s: Joi.Schema): Joi.Schema => (s as Joi.NumberSchema).min(n);

export type RedisDataType = 'KEY' | 'STRING' | 'HASH' | 'LIST' | 'SET' | 'ZSET';

export const HOST = Options.key('host').stringType().describe('Redis host name or ip');
export const PORT = Options.key('port').intType().describe('Redis port');
export const AUTH = Options.key('auth').stringType().describe('Password, for servers that require one');
export const USER = Options.key('user').stringType().describe('User (Redis 6 ACL), with auth');
export const DB_NUM = Options.key('db_num').intType().check(atLeast(0)).defaultTo(0).describe('Database index');
export const KEYS = Options.key('keys').stringType().describe('Source: key pattern to scan (glob, e.g. user:*); matched keys must share one type');
export const KEY = Options.key('key').stringType().describe('Sink: a field name whose value is the key, else the key itself');
export const DATA_TYPE = Options.key('data_type')
  .enumType<RedisDataType>('KEY', 'STRING', 'HASH', 'LIST', 'SET', 'ZSET')
  .describe('key (string values), hash, list, set or zset');
export const FORMAT = Options.key('format').enumType('JSON', 'TEXT').defaultTo('JSON').describe('json (with schema) or text');
export const FIELD_DELIMITER = Options.key('field_delimiter').stringType().defaultTo(',').describe('Separator of text fields when format = text has a schema');
export const MODE = Options.key('mode').enumType('SINGLE', 'CLUSTER').defaultTo('SINGLE').describe('single (supported) or cluster');
export const NODES = Options.key('nodes').listType().describe('Cluster nodes host:port (cluster mode)');
export const HASH_KEY_PARSE_MODE = Options.key('hash_key_parse_mode')
  .enumType('ALL', 'KV')
  .defaultTo('ALL')
  .describe('all: a hash is one row; kv: each hash field is a row, its name in the first schema field');
export const EXPIRE = Options.key('expire').longType().defaultTo(-1).describe('Sink: seconds until written keys expire (-1: never)');
export const BATCH_SIZE = Options.key('batch_size').intType().check(atLeast(1)).defaultTo(10).describe('Keys per SCAN (source) / commands per pipeline (sink)');
export const CONNECT_TIMEOUT_MS = Options.key('connect_timeout_ms').intType().check(atLeast(1)).defaultTo(10_000).describe('Milliseconds to wait for the connection');
