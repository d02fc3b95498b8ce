export { localFileSink } from './local-file-sink';
export { localFileSource } from './local-file-source';
