import { suite } from 'uvu';
import * as assert from 'uvu/assert';
import { ReadonlyConfig } from '../../../core/options/readonly-config';
import { openRabbitmq, rabbitmqEndpoint } from '../../../connectors/rabbitmq/rabbitmq-connect';
import { RABBITMQ } from '../../support/services';

const s = suite('rabbitmq-connect');

const owner = { kind: 'sink', identifier: 'RabbitMQ' };

s('host options or a url: the display never holds the password', () => {
  const e = rabbitmqEndpoint(new ReadonlyConfig({ ...RABBITMQ, virtual_host: '/', queue_name: 'q', durable: 'false' }, owner));
  assert.equal([e.display, e.queue, e.queueOptions], ['127.0.0.1:5672/', 'q', { durable: false, exclusive: false, autoDelete: false }]);
  const u = rabbitmqEndpoint(new ReadonlyConfig({ url: 'amqp://bob:S3cret-Url@broker:5673/vh', queue_name: 'q' }, owner));
  assert.equal([u.display, u.password, u.connect], ['broker:5673/vh', 'S3cret-Url', 'amqp://bob:S3cret-Url@broker:5673/vh']);
});

s('a url connects like the separate options; a bad virtual host fails with SINK-02', async () => {
  const ok = await openRabbitmq(rabbitmqEndpoint(new ReadonlyConfig({ url: `amqp://guest:guest@127.0.0.1:${RABBITMQ.port}/`, queue_name: 'q' }, owner)), 'sink');
  await ok.close();
  const e = await openRabbitmq(rabbitmqEndpoint(new ReadonlyConfig({ ...RABBITMQ, virtual_host: 'no-such-vhost', queue_name: 'q' }, owner)), 'sink').then(() => undefined, (x: Error & { code?: string }) => x);
  assert.is((e as { code?: string })?.code, 'SINK-02');
  assert.match(String(e?.message), 'RabbitMQ sink at 127.0.0.1:5672/no-such-vhost');
});

s.run();
