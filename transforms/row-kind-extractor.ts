import { ErrorCodes, SeatideError } from '../core/errors';
import { Options } from '../core/options/option';
import { OptionRule } from '../core/options/option-rule';
import type { TransformFactory } from '../core/plugin/contracts';
import { Types } from '../core/types/data-type';
import { ROW_KIND_NAMES, ROW_KIND_SHORT, RowKind, SeaTunnelRow } from '../core/types/row';
import { appendColumns, outputColumn } from './transform-support';

export const CUSTOM_FIELD_NAME = Options.key('custom_field_name').stringType().defaultTo('row_kind').describe('The name of the added row kind field');
export const TRANSFORM_TYPE = Options.key('transform_type').enumType('SHORT', 'FULL').defaultTo('SHORT').describe('SHORT (+I, -U, +U, -D) or FULL (INSERT, ...)');

/**
 * RowKindExtractor: adds a STRING field with each row's kind (`+I` or `INSERT`) and turns every row into an
 * INSERT, so a changelog can be written by sinks that only append.
 */
export const rowKindExtractorTransform = {
  kind: 'transform',
  identifier: 'RowKindExtractor',
  description: 'Adds the row kind as a field and makes every row an INSERT',
  // SeaTunnel declares custom_field_name "required" though it has a default; it can never be missing
  optionRule: OptionRule.builder().optional(CUSTOM_FIELD_NAME, TRANSFORM_TYPE).build(),
  create(ctx) {
    const input = ctx.inputTable;
    const name = ctx.options.get(CUSTOM_FIELD_NAME);
    if (input.schema.columns.some((c) => c.name === name)) {
      throw new SeatideError(ErrorCodes.OPTION_VALIDATE, `transform 'RowKindExtractor': field name ${name} already exists`, {
        details: { plugin: 'RowKindExtractor', option: 'custom_field_name' },
      });
    }
    const labels = ctx.options.get(TRANSFORM_TYPE) === 'FULL' ? ROW_KIND_NAMES : ROW_KIND_SHORT;
    const column = outputColumn(name, Types.STRING, { columnLength: 13, nullable: false, defaultValue: '+I', comment: 'Output column of RowKind' });
    const { outputTable, arity } = appendColumns(input, [column]);
    return {
      outputTable,
      map(row) {
        const fields = row.fields.slice(0, arity - 1);
        fields.push(labels[row.kind]);
        return new SeaTunnelRow(fields, RowKind.INSERT, row.tableId);
      },
    };
  },
} satisfies TransformFactory;
