import { promises as fsp } from 'node:fs';
import { ErrorCodes, SeatideError } from '../../core/errors';
import type { Logger } from '../../core/logging/logger';
import { listFiles } from './file-listing';
import { fileError } from './input-members';

/**
 * Applies SeaTunnel's save modes to a sink directory before anything is written (DefaultSaveModeHandler
 * with the file catalog, where the "table" is the directory): schema mode first, then data mode.
 * RECREATE_SCHEMA deletes and recreates the directory, CREATE_SCHEMA_WHEN_NOT_EXIST creates it,
 * ERROR_WHEN_SCHEMA_NOT_EXIST fails (API-11) when it is missing; DROP_DATA empties it, ERROR_WHEN_DATA_EXISTS
 * fails (API-10) when it holds files, APPEND_DATA keeps them.
 */
export async function applySaveModes(dir: string, schemaMode: string, dataMode: string, logger: Logger): Promise<void> {
  const exists = async () => fsp.stat(dir).then(() => true, () => false);
  try {
    switch (schemaMode) {
      case 'RECREATE_SCHEMA':
        if (await exists()) await fsp.rm(dir, { recursive: true, force: true });
        await fsp.mkdir(dir, { recursive: true });
        break;
      case 'CREATE_SCHEMA_WHEN_NOT_EXIST':
        if (!(await exists())) await fsp.mkdir(dir, { recursive: true });
        break;
      case 'ERROR_WHEN_SCHEMA_NOT_EXIST':
        if (!(await exists())) {
          throw new SeatideError(ErrorCodes.SINK_TABLE_NOT_EXIST, `sink 'LocalFile': directory '${dir}' does not exist (schema_save_mode = ERROR_WHEN_SCHEMA_NOT_EXIST)`, {
            details: { file: dir, option: 'schema_save_mode' },
          });
        }
        break;
      default:
        break;
    }
    switch (dataMode) {
      case 'DROP_DATA':
        if (await exists()) {
          logger.info(`LocalFile: deleting existing data in '${dir}' (data_save_mode = DROP_DATA)`);
          await fsp.rm(dir, { recursive: true, force: true });
          await fsp.mkdir(dir, { recursive: true });
        }
        break;
      case 'ERROR_WHEN_DATA_EXISTS':
        if ((await exists()) && (await listFiles(dir)).length > 0) {
          throw new SeatideError(ErrorCodes.SINK_HAS_DATA, `sink 'LocalFile': directory '${dir}' already has files (data_save_mode = ERROR_WHEN_DATA_EXISTS)`, {
            details: { file: dir, option: 'data_save_mode' },
          });
        }
        break;
      default:
        break;
    }
  } catch (e) {
    throw e instanceof SeatideError ? e : fileError('prepare', dir, e);
  }
}
