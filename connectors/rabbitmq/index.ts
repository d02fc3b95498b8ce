export { rabbitmqSink } from './rabbitmq-sink';
export { rabbitmqSource } from './rabbitmq-source';
