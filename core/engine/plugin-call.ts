import { type ErrorCode, wrapPluginError } from '../errors';
import type { SinkVertex, SourceVertex } from './build-execution-plan';

/**
 * Runs a call into a source's or sink's code: a failure becomes a SeatideError with `code` that names the
 * plugin (an error that already has a code keeps it).
 */
export async function pluginCall<T>(v: SourceVertex | SinkVertex, code: ErrorCode, fn: () => T | Promise<T>): Promise<T> {
  try {
    return await fn();
  } catch (e) {
    throw wrapPluginError(e, code, v.type, v.plugin.pluginName);
  }
}
