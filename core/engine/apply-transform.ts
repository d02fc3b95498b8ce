import { ErrorCodes, wrapPluginError } from '../errors';
import type { Transform } from '../plugin/contracts';
import type { RowBatch, SeaTunnelRow } from '../types/row';
import type { TransformVertex } from './build-execution-plan';

/** Runs one transform vertex over a batch: a plain loop, no allocation beyond the output array. */
export function applyTransform(vertex: TransformVertex, batch: RowBatch): RowBatch {
  try {
    if (vertex.instances.size === 1) return runOne(vertex.instances.values().next().value as Transform, batch);
    return runByTable(vertex, batch);
  } catch (e) {
    throw wrapPluginError(e, ErrorCodes.TRANSFORM_FAILED, 'transform', vertex.plugin.pluginName);
  }
}

function runOne(t: Transform, batch: RowBatch): RowBatch {
  if (t.mapBatch) return t.mapBatch(batch);
  const map = t.map!.bind(t);
  const out: SeaTunnelRow[] = [];
  for (let i = 0; i < batch.length; i++) {
    const r = map(batch[i]);
    if (r !== null) out.push(r);
  }
  return out;
}

/** Multi-table input: each row goes to the instance created for its table (the first one for unknown ids). */
function runByTable(vertex: TransformVertex, batch: RowBatch): RowBatch {
  const fallback = vertex.instances.values().next().value as Transform;
  const out: SeaTunnelRow[] = [];
  let i = 0;
  while (i < batch.length) {
    const table = batch[i].tableId;
    let j = i;
    while (j < batch.length && batch[j].tableId === table) j++;
    const t = vertex.instances.get(table) ?? fallback;
    const part = runOne(t, i === 0 && j === batch.length ? batch : batch.slice(i, j));
    for (const r of part) out.push(r);
    i = j;
  }
  return out;
}
