import type { ChannelModel, Options } from 'amqplib';
import { ErrorCodes } from '../../core/errors';
import type { ReadonlyConfig } from '../../core/options/readonly-config';
import { connectorError } from '../common/connector-error';
import * as O from './rabbitmq-options';

export interface QueueOptions {
  readonly durable: boolean;
  readonly exclusive: boolean;
  readonly autoDelete: boolean;
}

/** Where and how to connect; `display` (host:port/vhost) is safe to print. */
export interface RabbitmqEndpoint {
  readonly connect: Options.Connect | string;
  readonly socket: { timeout?: number };
  readonly password?: string;
  readonly display: string;
  readonly queue: string;
  readonly queueOptions: QueueOptions;
}

export function rabbitmqEndpoint(options: ReadonlyConfig): RabbitmqEndpoint {
  const url = options.get(O.URL);
  const host = options.get(O.HOST) ?? 'localhost';
  const port = options.get(O.PORT) ?? 5672;
  const vhost = options.get(O.VIRTUAL_HOST) ?? '/';
  let display = `${host}:${port}${vhost.startsWith('/') ? '' : '/'}${vhost}`;
  let password = options.get(O.PASSWORD);
  if (url) {
    const u = new URL(url);
    display = `${u.hostname}:${u.port || 5672}${decodeURIComponent(u.pathname || '/')}`;
    password = u.password ? decodeURIComponent(u.password) : password;
  }
  return {
    connect: url ?? {
      protocol: 'amqp',
      hostname: host,
      port,
      vhost,
      username: options.get(O.USERNAME) ?? 'guest',
      password: options.get(O.PASSWORD) ?? 'guest',
      heartbeat: options.get(O.REQUESTED_HEARTBEAT),
      frameMax: options.get(O.REQUESTED_FRAME_MAX),
      channelMax: options.get(O.REQUESTED_CHANNEL_MAX),
    },
    socket: { timeout: options.get(O.CONNECTION_TIMEOUT) },
    password,
    display,
    queue: options.get(O.QUEUE_NAME)!,
    queueOptions: { durable: options.get(O.DURABLE), exclusive: options.get(O.EXCLUSIVE), autoDelete: options.get(O.AUTO_DELETE) },
  };
}

/** Opens a connection; a refused socket or a bad login becomes SOURCE-02 / SINK-02 naming host:port/vhost. */
export async function openRabbitmq(e: RabbitmqEndpoint, role: 'source' | 'sink'): Promise<ChannelModel> {
  try {
    // amqplib loads on first use, not when the runtime registers its plugins.
    const { connect } = require('amqplib') as typeof import('amqplib');
    const model = await connect(e.connect, e.socket);
    // A connection lost later surfaces through the channel's calls; the event only needs a listener.
    model.on('error', () => undefined);
    return model;
  } catch (err) {
    throw connectorError(role === 'source' ? ErrorCodes.SOURCE_CONNECT : ErrorCodes.SINK_CONNECT, 'RabbitMQ', role, e.display, 'cannot connect', err, e.password);
  }
}
