export { redisSink } from './redis-sink';
export { redisSource } from './redis-source';
