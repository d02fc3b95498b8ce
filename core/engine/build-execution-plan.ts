import { type CatalogTable, rowTypeOf } from '../catalog/catalog-table';
import { checkJobGraph } from '../dag/check-job-graph';
import { ErrorCodes, SeatideError } from '../errors';
import { PARALLELISM } from '../job/env-options';
import type { JobConfig, PluginConfig } from '../job/job-config';
import type { Logger } from '../logging/logger';
import type { JobContext, Sink, SinkFactory, Source, SourceFactory, Transform, TransformFactory } from '../plugin/contracts';
import type { PluginRegistry } from '../plugin/registry';
import { sameType } from '../types/data-type';
import { createWith, resolvePlugin } from './create-plugin';
import { replaceSinkPlaceholders } from './sink-placeholders';

const DEFAULT_ID = 'default-identifier';

interface VertexBase {
  readonly vertexId: number;
  /** SeaTunnel's action name: `Source[0]-FakeSource`, `Transform[1]-Sql`, `Sink[0]-Console-MultiTableSink`. */
  readonly name: string;
  readonly plugin: PluginConfig;
  readonly parallelism: number;
  /** Ids of the vertices this one reads from. */
  readonly inputs: readonly number[];
}

export interface SourceVertex extends VertexBase {
  readonly type: 'source';
  readonly source: Source;
  readonly tables: readonly CatalogTable[];
}

export interface TransformVertex extends VertexBase {
  readonly type: 'transform';
  /** One instance per input table path; rows are dispatched by their tableId. */
  readonly instances: ReadonlyMap<string, Transform>;
  readonly outputTables: readonly CatalogTable[];
}

export interface SinkVertex extends VertexBase {
  readonly type: 'sink';
  readonly sink: Sink;
  readonly inputTables: readonly CatalogTable[];
}

export type Vertex = SourceVertex | TransformVertex | SinkVertex;

/** A job's plugins, created and wired: what the executor runs and what the REST DAG shows. */
export interface ExecutionPlan {
  readonly job: JobConfig;
  readonly vertices: readonly Vertex[];
  readonly sources: readonly SourceVertex[];
  readonly sinks: readonly SinkVertex[];
  /** Connected components, each a pipeline (1-based ids), with their vertex ids. */
  readonly pipelines: readonly { readonly id: number; readonly vertexIds: readonly number[] }[];
}

interface Registered {
  readonly table: CatalogTable;
  readonly vertex: Vertex;
}

/**
 * Creates every plugin of the job and wires them as SeaTunnel's MultipleTableJobConfigParser does: sources in
 * order, transforms from a FIFO queue (a transform whose input is not there yet waits, the last one falls back
 * to the last registered table), sinks in order, unnamed edges defaulting to the last table. Plugins are
 * created before any row moves, so option and schema errors fail the job up front.
 */
export async function buildExecutionPlan(job: JobConfig, registry: PluginRegistry, context: JobContext, logger: Logger): Promise<ExecutionPlan> {
  checkJobGraph(job, logger);
  const envParallelism = job.env.get(PARALLELISM);
  const tables = new Map<string, Registered[]>();
  const vertices: Vertex[] = [];
  let nextId = 1;

  for (const plugin of job.sources) {
    const { factory, options } = resolvePlugin<SourceFactory>(registry, plugin, logger);
    const source = await createWith(plugin, () =>
      factory.create({ options, logger: logger.child({ plugin: plugin.pluginName }), job: context, pluginName: plugin.pluginName, outputName: plugin.outputName }),
    );
    if (job.jobMode === 'BATCH' && source.boundedness === 'UNBOUNDED') {
      throw new SeatideError(ErrorCodes.JOB_DEFINE, `'${plugin.pluginName}' source don't support off-line job.`);
    }
    const vertex: SourceVertex = {
      type: 'source', vertexId: nextId++, name: `Source[${plugin.index}]-${plugin.pluginName}`, plugin,
      parallelism: Math.max(1, plugin.parallelism ?? envParallelism), inputs: [], source, tables: source.tables,
    };
    vertices.push(vertex);
    tables.set(plugin.outputName ?? DEFAULT_ID, source.tables.map((table) => ({ table, vertex })));
  }

  const queue = [...job.transforms];
  let attempt = 0;
  while (queue.length > 0) {
    const plugin = queue.shift()!;
    let inputs = plugin.inputNames.flatMap((n) => tables.get(n) ?? []);
    if (inputs.length === 0) {
      if (queue.length > 0) {
        queue.push(plugin);
        continue;
      }
      inputs = lastRegistered(tables);
    }
    const { factory, options } = resolvePlugin<TransformFactory>(registry, plugin, logger);
    const producers = new Set(inputs.map((i) => i.vertex.vertexId));
    // A union of several producers must share one row type and gets one instance; a multi-table producer
    // gets one instance per table.
    const groups: Registered[][] = producers.size > 1 ? [requireSameType(inputs)] : inputs.map((i) => [i]);
    const instances = new Map<string, Transform>();
    const outputTables: CatalogTable[] = [];
    for (const group of groups) {
      const inputTable = group[0].table;
      const transform = await createWith(plugin, () =>
        factory.create({ options, logger: logger.child({ plugin: plugin.pluginName }), job: context, pluginName: plugin.pluginName, inputTable }),
      );
      for (const g of group) instances.set(g.table.tablePath.fullName, transform);
      outputTables.push(transform.outputTable);
    }
    const first = vertices.find((v) => v.vertexId === inputs[0].vertex.vertexId)!;
    const vertex: TransformVertex = {
      type: 'transform', vertexId: nextId++, name: `Transform[${attempt++}]-${plugin.pluginName}`, plugin,
      parallelism: Math.max(1, plugin.parallelism ?? first.parallelism), inputs: [...producers], instances, outputTables,
    };
    vertices.push(vertex);
    tables.set(plugin.outputName ?? DEFAULT_ID, outputTables.map((table) => ({ table, vertex })));
  }

  const sinks: SinkVertex[] = [];
  for (const plugin of job.sinks) {
    let inputs: Registered[];
    if (plugin.inputNames.length > 1) {
      inputs = plugin.inputNames.map((n) => {
        const found = tables.get(n) ?? [];
        if (found.length > 1) throw new SeatideError(ErrorCodes.JOB_DEFINE, "Sink don't support simultaneous writing of data from multi-table source and other sources.");
        return found;
      }).flat();
      requireSameType(inputs);
    } else {
      inputs = plugin.inputNames.flatMap((n) => tables.get(n) ?? []);
    }
    if (inputs.length === 0) inputs = lastRegistered(tables);
    const inputTables = uniqueTables(inputs.map((i) => i.table));
    const config = inputTables.length === 1 ? replaceSinkPlaceholders(plugin.config, inputTables[0]) : plugin.config;
    const { factory, options } = resolvePlugin<SinkFactory>(registry, plugin, logger, config);
    const sink = await createWith(plugin, () =>
      factory.create({ options, logger: logger.child({ plugin: plugin.pluginName }), job: context, pluginName: plugin.pluginName, inputTables }),
    );
    const producers = [...new Set(inputs.map((i) => i.vertex.vertexId))];
    const first = vertices.find((v) => v.vertexId === producers[0])!;
    const vertex: SinkVertex = {
      type: 'sink', vertexId: nextId++, name: `Sink[${plugin.index}]-${plugin.pluginName}-MultiTableSink`, plugin,
      parallelism: first.parallelism, inputs: producers, sink, inputTables,
    };
    vertices.push(vertex);
    sinks.push(vertex);
  }

  return {
    job,
    vertices,
    sources: vertices.filter((v): v is SourceVertex => v.type === 'source'),
    sinks,
    pipelines: connectedComponents(vertices),
  };
}

function lastRegistered(tables: Map<string, Registered[]>): Registered[] {
  const all = [...tables.values()];
  return all.length ? all[all.length - 1] : [];
}

function requireSameType(inputs: Registered[]): Registered[] {
  const first = rowTypeOf(inputs[0].table);
  if (!inputs.every((i) => sameType(rowTypeOf(i.table), first))) {
    throw new SeatideError(ErrorCodes.JOB_DEFINE, "Transform/Sink don't support processing data with two different structures.");
  }
  return inputs;
}

function uniqueTables(list: CatalogTable[]): CatalogTable[] {
  const seen = new Map<string, CatalogTable>();
  for (const t of list) if (!seen.has(t.tablePath.fullName)) seen.set(t.tablePath.fullName, t);
  return [...seen.values()];
}

function connectedComponents(vertices: readonly Vertex[]): { id: number; vertexIds: number[] }[] {
  const parent = new Map<number, number>(vertices.map((v) => [v.vertexId, v.vertexId]));
  const find = (x: number): number => (parent.get(x) === x ? x : find(parent.get(x)!));
  for (const v of vertices) for (const i of v.inputs) parent.set(find(v.vertexId), find(i));
  const groups = new Map<number, number[]>();
  for (const v of vertices) {
    const root = find(v.vertexId);
    groups.set(root, [...(groups.get(root) ?? []), v.vertexId]);
  }
  return [...groups.values()].map((vertexIds, i) => ({ id: i + 1, vertexIds }));
}
