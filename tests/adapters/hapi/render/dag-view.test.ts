import { suite } from 'uvu';
import * as assert from 'uvu/assert';
import { actionName, dagView, legacyDagView, legacyFinishedDagText } from '../../../../adapters/hapi/render/dag-view';
import type { DagInfo } from '../../../../core/runtime/job-record';

const s = suite('render/dag-view');

const dag: DagInfo = {
  pipelineEdges: { '1': [{ inputVertexId: 1, targetVertexId: 2 }, { inputVertexId: 2, targetVertexId: 3 }] },
  vertices: [
    { vertexId: 3, type: 'sink', vertexName: 'pipeline-1 [Sink[0]-console-MultiTableSink]', tablePaths: ['fake'], parallelism: 2 },
    { vertexId: 1, type: 'source', vertexName: 'pipeline-1 [Source[0]-FakeSource]', tablePaths: ['fake'], parallelism: 2 },
    { vertexId: 2, type: 'transform', vertexName: 'pipeline-1 [Transform[0]-Sql]', tablePaths: [], parallelism: 2 },
  ],
};

s('HEAD: jobId, pipelineEdges (ids as strings), envOptions, vertexInfoMap by ascending id', () => {
  const v = dagView('733584788375666689', dag, { 'job.mode': 'BATCH' });
  assert.equal(JSON.parse(JSON.stringify(v)), {
    jobId: '733584788375666689',
    pipelineEdges: { '1': [{ inputVertexId: '1', targetVertexId: '2' }, { inputVertexId: '2', targetVertexId: '3' }] },
    envOptions: { 'job.mode': 'BATCH' },
    vertexInfoMap: [
      { vertexId: 1, type: 'source', vertexName: 'pipeline-1 [Source[0]-FakeSource]', tablePaths: ['fake'] },
      { vertexId: 2, type: 'transform', vertexName: 'pipeline-1 [Transform[0]-Sql]', tablePaths: [] },
      { vertexId: 3, type: 'sink', vertexName: 'pipeline-1 [Sink[0]-console-MultiTableSink]', tablePaths: ['fake'] },
    ],
  });
  assert.equal(Object.keys(v), ['jobId', 'pipelineEdges', 'envOptions', 'vertexInfoMap']);
});

s('2.3.5 running: logical vertices with (id=N) names and edges between action names', () => {
  assert.equal(legacyDagView(dag), {
    vertices: [
      { id: 1, name: 'Source[0]-FakeSource(id=1)', parallelism: 2 },
      { id: 2, name: 'Transform[0]-Sql(id=2)', parallelism: 2 },
      { id: 3, name: 'Sink[0]-console-MultiTableSink(id=3)', parallelism: 2 },
    ],
    edges: [
      { inputVertex: 'Source[0]-FakeSource', targetVertex: 'Transform[0]-Sql' },
      { inputVertex: 'Transform[0]-Sql', targetVertex: 'Sink[0]-console-MultiTableSink' },
    ],
  });
});

s('2.3.5 finished: the Jackson JSON of JobDAGInfo as a string, the 64-bit id exact', () => {
  assert.is(
    legacyFinishedDagText('733584788375666689', { pipelineEdges: { '1': [{ inputVertexId: 1, targetVertexId: 2 }] }, vertices: dag.vertices.slice(0, 2) }),
    '{"jobId":733584788375666689,"pipelineEdges":{"1":[{"inputVertexId":1,"targetVertexId":2}]},"vertexInfoMap":{"1":{"vertexId":1,"type":"SOURCE","connectorType":"pipeline-1 [Source[0]-FakeSource]"},"3":{"vertexId":3,"type":"SINK","connectorType":"pipeline-1 [Sink[0]-console-MultiTableSink]"}}}',
  );
});

s('the action name is the vertex name without its pipeline', () => {
  assert.is(actionName(dag.vertices[0]), 'Sink[0]-console-MultiTableSink');
  assert.is(actionName({ ...dag.vertices[0], vertexName: 'odd' }), 'odd');
});

s.run();
