import { randomUUID } from 'node:crypto';
import path from 'node:path';
import type { DataType } from '../../core/types/data-type';
import { formatValue } from '../../core/types/format-value';
import type { SeaTunnelRow } from '../../core/types/row';
import { CODEC_SUFFIXES, FORMAT_SUFFIXES } from './file-options';
import { formatNow } from './formats/temporal-pattern';
import type { TableSinkConfig } from './sink-config';

/**
 * Names and places of written files, as SeaTunnel's AbstractWriteStrategy: transactions live in
 * `<tmp_path>/seatunnel/<jobId>/<uuidPrefix>/<transactionId>`, a transaction id is
 * `T_<jobId>_<uuidPrefix>_<subtask>_<checkpointId>`, and a file is named from `file_name_expression`
 * plus `_<part>` and the codec and format suffixes (`T_1_ab12cd34ef_0_1_0.txt`).
 */

export const transactionId = (jobId: string, uuidPrefix: string, subtask: number, checkpointId: number): string =>
  `T_${jobId}_${uuidPrefix}_${subtask}_${checkpointId}`;

export const transactionDirPrefix = (tmpPath: string, jobId: string, uuidPrefix: string): string => path.join(tmpPath, 'seatunnel', jobId, uuidPrefix);

/** Ten hex characters that keep writers of the same job apart. */
export const newUuidPrefix = (): string => randomUUID().replace(/-/g, '').slice(0, 10);

/** Replaces `${name}` by `values[name]`, leaving unknown placeholders as written. */
export function substitute(template: string, values: Readonly<Record<string, string>>): string {
  return template.replace(/\$\{([^}]*)\}/g, (whole, name: string) => (Object.prototype.hasOwnProperty.call(values, name) ? values[name] : whole));
}

/** The name of a new file of the transaction. */
export function fileName(config: TableSinkConfig, txId: string, partId: number): string {
  const suffix = CODEC_SUFFIXES[config.spec.compress] + (FORMAT_SUFFIXES[config.spec.format][0] ?? '');
  const now = formatNow(config.filenameTimeFormat);
  const values: Record<string, string> = { uuid: randomUUID(), now, [config.filenameTimeFormat]: now, transactionId: txId };
  return `${substitute(config.fileNameExpression, values)}_${partId}${suffix}`;
}

/** The partition directory of a row (`c_string=abc`), or '' when the table is not partitioned. */
export function partitionDir(config: TableSinkConfig, row: SeaTunnelRow, types: readonly DataType[]): string {
  const positions = config.partitionPositions;
  if (positions.length === 0) return '';
  const valueText = (i: number) => {
    const v = row.fields[positions[i]];
    return v === null || v === undefined ? 'null' : formatValue(v, types[positions[i]]);
  };
  if (config.partitionDirExpression === undefined) {
    return positions.map((_, i) => `${config.partitionNames[i]}=${valueText(i)}`).join('/');
  }
  const values: Record<string, string> = {};
  positions.forEach((_, i) => {
    values[`k${i}`] = config.partitionNames[i];
    values[`v${i}`] = valueText(i);
  });
  return substitute(config.partitionDirExpression, values);
}
