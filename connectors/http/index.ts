export { httpSink } from './http-sink';
export { httpSource } from './http-source';
