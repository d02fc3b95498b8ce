import { SCHEMA } from '../../core/catalog/schema-from-config';
import { ErrorCodes, SeatideError } from '../../core/errors';
import { OptionRule } from '../../core/options/option-rule';
import { ReadonlyConfig, ownerName } from '../../core/options/readonly-config';
import type { Source, SourceFactory, SourceFactoryContext } from '../../core/plugin/contracts';
import { type FakeTableConfig, readFakeTableConfig } from './fake-config';
import * as O from './fake-options';
import { FakeReader } from './fake-reader';

/**
 * FakeSource: generated or explicit rows for tests and benchmarks. Bounded in BATCH jobs, unbounded in
 * STREAMING jobs (it emits its splits, then idles until the job stops). `schema` (or `tables_configs`, one
 * full config per table) is checked when the source is created, with SeaTunnel's messages.
 */
export const fakeSource = {
  kind: 'source',
  guarantee: { level: 'exactly-once', note: 'resumes at the split and row it had reached' },
  identifier: 'FakeSource',
  description: 'Generates random rows from a schema, or emits the explicit `rows`; row.num rows per parallel reader',
  optionRule: OptionRule.builder()
    .optional(O.TABLES_CONFIGS, SCHEMA, O.ROWS, O.ROW_NUM, O.SPLIT_NUM, O.SPLIT_READ_INTERVAL)
    .optional(O.MAP_SIZE, O.ARRAY_SIZE, O.BYTES_LENGTH, O.STRING_LENGTH, O.VECTOR_DIMENSION, O.BINARY_VECTOR_DIMENSION)
    .optional(O.TINYINT_MIN, O.TINYINT_MAX, O.SMALLINT_MIN, O.SMALLINT_MAX, O.INT_MIN, O.INT_MAX, O.BIGINT_MIN, O.BIGINT_MAX)
    .optional(O.FLOAT_MIN, O.FLOAT_MAX, O.DOUBLE_MIN, O.DOUBLE_MAX, O.VECTOR_FLOAT_MIN, O.VECTOR_FLOAT_MAX)
    .optional(O.DATE_YEAR_TEMPLATE, O.DATE_MONTH_TEMPLATE, O.DATE_DAY_TEMPLATE, O.TIME_HOUR_TEMPLATE, O.TIME_MINUTE_TEMPLATE, O.TIME_SECOND_TEMPLATE)
    .conditional(O.STRING_FAKE_MODE, 'TEMPLATE', O.STRING_TEMPLATE)
    .conditional(O.TINYINT_FAKE_MODE, 'TEMPLATE', O.TINYINT_TEMPLATE)
    .conditional(O.SMALLINT_FAKE_MODE, 'TEMPLATE', O.SMALLINT_TEMPLATE)
    .conditional(O.INT_FAKE_MODE, 'TEMPLATE', O.INT_TEMPLATE)
    .conditional(O.BIGINT_FAKE_MODE, 'TEMPLATE', O.BIGINT_TEMPLATE)
    .conditional(O.FLOAT_FAKE_MODE, 'TEMPLATE', O.FLOAT_TEMPLATE)
    .conditional(O.DOUBLE_FAKE_MODE, 'TEMPLATE', O.DOUBLE_TEMPLATE)
    .build(),

  create(ctx: SourceFactoryContext): Source {
    const options = ctx.options;
    const entries = options.get(O.TABLES_CONFIGS);
    // Each tables_configs entry stands alone: nothing is inherited from the outer config.
    const tables: FakeTableConfig[] = entries
      ? entries.map((entry) => readFakeTableConfig(new ReadonlyConfig(entry, options.owner)))
      : [readFakeTableConfig(options, ctx.outputName)];
    const ids = tables.map((t) => t.tableId);
    if (tables.length > 1 && new Set(ids).size !== ids.length) {
      throw new SeatideError(ErrorCodes.ILLEGAL_ARGUMENT, `${ownerName(options.owner)}: table name: [${ids.join(', ')}] must be unique`, {
        details: { plugin: 'FakeSource', option: O.TABLES_CONFIGS.key },
      });
    }
    const bounded = ctx.job.jobMode === 'BATCH';
    return {
      tables: tables.map((t) => t.table),
      boundedness: bounded ? 'BOUNDED' : 'UNBOUNDED',
      createReader: (sub) => new FakeReader(tables, sub, bounded),
    };
  },
} satisfies SourceFactory;
