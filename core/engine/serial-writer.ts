import { ErrorCodes, wrapPluginError } from '../errors';
import type { SinkWriter } from '../plugin/contracts';
import type { RowBatch } from '../types/row';
import type { SinkVertex } from './build-execution-plan';
import type { JobMetrics } from './job-metrics';

/** A sink writer whose writes are serialized: several readers (a union, or more readers than writers) may share it. */
export class SerialWriter {
  private tail: Promise<void> = Promise.resolve();

  constructor(
    readonly writer: SinkWriter,
    private readonly vertex: SinkVertex,
    private readonly metrics: JobMetrics,
  ) {}

  write(batch: RowBatch): Promise<void> {
    this.tail = this.tail.then(async () => {
      try {
        await this.writer.write(batch);
      } catch (e) {
        throw wrapPluginError(e, ErrorCodes.SINK_WRITE, 'sink', this.vertex.plugin.pluginName);
      }
      this.metrics.recordWrite(batch);
    });
    return this.tail;
  }

  /** Settles once every write queued so far has. */
  drained(): Promise<void> {
    return this.tail.catch(() => undefined);
  }
}
