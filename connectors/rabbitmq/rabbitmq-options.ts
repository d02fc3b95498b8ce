import type Joi from 'joi';
import { Options } from '../../core/options/option';
import { OptionRule, type OptionRuleBuilder } from '../../core/options/option-rule';

/** Options of the RabbitMQ source and sink (SeaTunnel's RabbitmqConfig). */

const atLeast = (n: number) => (s: Joi.Schema): Joi.Schema => (s as Joi.NumberSchema).min(n);

export const HOST = Options.key('host').stringType().describe('Broker host');
export const PORT = Options.key('port').intType().describe('Broker port (5672)');
export const VIRTUAL_HOST = Options.key('virtual_host').stringType().describe('Virtual host, e.g. /');
export const USERNAME = Options.key('username').stringType().describe('User name');
export const PASSWORD = Options.key('password').stringType().describe('Password');
export const URL = Options.key('url').stringType().describe('amqp:// URI: host, port, user, password and virtual host in one (wins over them)');
export const QUEUE_NAME = Options.key('queue_name').stringType().describe('Queue to read from, or to publish to when routing_key is not set');
export const ROUTING_KEY = Options.key('routing_key').stringType().describe('Sink: routing key to publish with (to `exchange`)');
export const EXCHANGE = Options.key('exchange').stringType().describe('Sink: exchange to publish to with routing_key (default: the default exchange)');
export const DURABLE = Options.key('durable').booleanType().defaultTo(true).describe('Declare the queue durable');
export const EXCLUSIVE = Options.key('exclusive').booleanType().defaultTo(false).describe('Declare the queue exclusive to this connection');
export const AUTO_DELETE = Options.key('auto_delete').booleanType().defaultTo(false).describe('Declare the queue deleted when its last consumer leaves');
export const PREFETCH_COUNT = Options.key('prefetch_count').intType().check(atLeast(1)).describe('Most unacknowledged messages at once (default 1000); also the largest batch');
export const DELIVERY_TIMEOUT = Options.key('delivery_timeout')
  .intType()
  .check(atLeast(1))
  .describe('BATCH jobs: milliseconds the queue may stay empty before the source ends (default 2000)');
export const CONNECTION_TIMEOUT = Options.key('connection_timeout').intType().check(atLeast(1)).describe('Milliseconds to wait for the TCP connection');
export const REQUESTED_HEARTBEAT = Options.key('requested_heartbeat').intType().check(atLeast(0)).describe('Heartbeat in seconds');
export const REQUESTED_CHANNEL_MAX = Options.key('requested_channel_max').intType().describe('Channel limit to ask for');
export const REQUESTED_FRAME_MAX = Options.key('requested_frame_max').intType().describe('Frame size limit to ask for');
export const NETWORK_RECOVERY_INTERVAL = Options.key('network_recovery_interval').intType().describe('Accepted for compatibility');
export const AUTOMATIC_RECOVERY_ENABLED = Options.key('AUTOMATIC_RECOVERY_ENABLED').booleanType().describe('Accepted for compatibility');
export const TOPOLOGY_RECOVERY_ENABLED = Options.key('topology_recovery_enabled').booleanType().describe('Accepted for compatibility');
export const USE_CORRELATION_ID = Options.key('use_correlation_id').booleanType().defaultTo(false).describe('Drop redelivered messages whose correlation id was already read');
export const FOR_E2E_TESTING = Options.key('for_e2e_testing').booleanType().describe('Accepted for compatibility');
export const RABBITMQ_CONFIG = Options.key('rabbitmq.config').mapType().describe('Accepted for compatibility');
export const FORMAT = Options.key('format').enumType('JSON', 'TEXT').defaultTo('JSON').describe('json (with schema) or text');
export const FIELD_DELIMITER = Options.key('field_delimiter').stringType().defaultTo(',').describe('Separator of text fields when format = text has a schema');

/** The rule's start that source and sink share: where the broker and queue are and how to connect. */
export function connectionRule(): OptionRuleBuilder {
  return OptionRule.builder()
    .required(HOST, PORT, VIRTUAL_HOST, QUEUE_NAME)
    .bundled(USERNAME, PASSWORD)
    .optional(URL, ROUTING_KEY, EXCHANGE, NETWORK_RECOVERY_INTERVAL, TOPOLOGY_RECOVERY_ENABLED, AUTOMATIC_RECOVERY_ENABLED);
}
