import { withColumns } from '../core/catalog/catalog-table';
import { Options } from '../core/options/option';
import { OptionRule } from '../core/options/option-rule';
import type { TransformFactory } from '../core/plugin/contracts';
import { SeaTunnelRow } from '../core/types/row';
import { fieldsNotFound } from './transform-support';

export const FIELD_MAPPER = Options.key('field_mapper').mapType().describe('input_field = output_field; only mapped fields are kept, in this order');

/**
 * FieldMapper: keeps only the mapped fields, in config order, renamed; column metadata carries over. A key
 * survives when all its column names are among the output names (SeaTunnel does not rename key columns).
 */
export const fieldMapperTransform = {
  kind: 'transform',
  identifier: 'FieldMapper',
  description: 'Selects, orders and renames fields',
  optionRule: OptionRule.builder().required(FIELD_MAPPER).build(),
  create(ctx) {
    const input = ctx.inputTable;
    const mapping = Object.entries(ctx.options.get(FIELD_MAPPER) ?? {});
    const names = input.schema.columns.map((c) => c.name);
    const missing = mapping.map(([from]) => from).filter((from) => !names.includes(from));
    if (missing.length) throw fieldsNotFound('FieldMapper', missing);
    const sources = mapping.map(([from]) => names.indexOf(from));
    const columns = mapping.map(([, to], k) => Object.freeze({ ...input.schema.columns[sources[k]], name: to }));
    const outputTable = withColumns(input, columns);
    return {
      outputTable,
      map(row) {
        const fields = new Array(sources.length);
        for (let k = 0; k < sources.length; k++) fields[k] = row.fields[sources[k]];
        return new SeaTunnelRow(fields, row.kind, row.tableId);
      },
    };
  },
} satisfies TransformFactory;
