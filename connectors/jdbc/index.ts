export { jdbcSink } from './jdbc-sink';
export { jdbcSource } from './jdbc-source';
