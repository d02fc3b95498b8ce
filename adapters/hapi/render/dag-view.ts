import type { DagInfo, DagVertex } from '../../../core/runtime/job-record';
import { jsonText } from './json-text';

/**
 * The `jobDag` of SeaTunnel HEAD (the physical plan): key order jobId, pipelineEdges, envOptions,
 * vertexInfoMap; edge ids as strings; vertexInfoMap an array by ascending vertex id.
 */
export function dagView(jobId: string, dag: DagInfo, envOptions: Record<string, string>) {
  return {
    jobId,
    pipelineEdges: Object.fromEntries(
      pipelineIds(dag).map((p) => [p, dag.pipelineEdges[p].map((e) => ({ inputVertexId: String(e.inputVertexId), targetVertexId: String(e.targetVertexId) }))]),
    ),
    envOptions,
    vertexInfoMap: vertices(dag).map((v) => ({ vertexId: v.vertexId, type: v.type, vertexName: v.vertexName, tablePaths: [...v.tablePaths] })),
  };
}

/**
 * The `jobDag` of a running job in SeaTunnel 2.3.5 (the logical DAG): vertices `{id, name, parallelism}`
 * with `name` = action name + `(id=N)`, and edges between action names.
 */
export function legacyDagView(dag: DagInfo) {
  const byId = new Map(dag.vertices.map((v) => [v.vertexId, v]));
  const name = (id: number) => {
    const v = byId.get(id);
    return v ? actionName(v) : String(id);
  };
  return {
    vertices: vertices(dag).map((v) => ({ id: v.vertexId, name: `${actionName(v)}(id=${v.vertexId})`, parallelism: v.parallelism })),
    edges: pipelineIds(dag).flatMap((p) => dag.pipelineEdges[p].map((e) => ({ inputVertex: name(e.inputVertexId), targetVertex: name(e.targetVertexId) }))),
  };
}

/**
 * The `jobDag` of a finished job in SeaTunnel 2.3.5: a JSON *string* holding the Jackson form of
 * JobDAGInfo (numeric ids, vertices keyed by id, upper-case types, the name under `connectorType`).
 */
export function legacyFinishedDagText(jobId: string, dag: DagInfo): string {
  return jsonText({
    jobId: BigInt(jobId),
    pipelineEdges: Object.fromEntries(pipelineIds(dag).map((p) => [p, dag.pipelineEdges[p].map((e) => ({ inputVertexId: e.inputVertexId, targetVertexId: e.targetVertexId }))])),
    vertexInfoMap: Object.fromEntries(
      vertices(dag).map((v) => [String(v.vertexId), { vertexId: v.vertexId, type: v.type.toUpperCase(), connectorType: v.vertexName }]),
    ),
  });
}

/** `Source[0]-FakeSource` out of `pipeline-1 [Source[0]-FakeSource]`. */
export function actionName(v: DagVertex): string {
  const m = /^pipeline-\d+ \[(.*)\]$/s.exec(v.vertexName);
  return m ? m[1] : v.vertexName;
}

const pipelineIds = (dag: DagInfo) => Object.keys(dag.pipelineEdges ?? {}).sort((a, b) => Number(a) - Number(b));
const vertices = (dag: DagInfo) => [...(dag.vertices ?? [])].sort((a, b) => a.vertexId - b.vertexId);
