import { withColumns } from '../core/catalog/catalog-table';
import { Options } from '../core/options/option';
import { OptionRule } from '../core/options/option-rule';
import type { TransformFactory } from '../core/plugin/contracts';
import { SeaTunnelRow } from '../core/types/row';
import { fieldsNotFound } from './transform-support';

export const INCLUDE_FIELDS = Options.key('include_fields').listType().withFallbackKeys('fields').describe('The fields to keep, in this order');
export const EXCLUDE_FIELDS = Options.key('exclude_fields').listType().describe('The fields to drop');

/**
 * Filter: a column projection. `include_fields` (or the older `fields`) keeps the listed fields in listed
 * order; `exclude_fields` drops the listed ones and keeps the input order. Exactly one of them is set.
 */
export const filterTransform = {
  kind: 'transform',
  identifier: 'Filter',
  description: 'Keeps or drops fields',
  optionRule: OptionRule.builder().exclusive(INCLUDE_FIELDS, EXCLUDE_FIELDS).build(),
  create(ctx) {
    const input = ctx.inputTable;
    const names = input.schema.columns.map((c) => c.name);
    const include = ctx.options.get(INCLUDE_FIELDS);
    const exclude = ctx.options.get(EXCLUDE_FIELDS);
    const missing = [...(include ?? []), ...(exclude ?? [])].filter((f) => !names.includes(f));
    if (missing.length) throw fieldsNotFound('Filter', missing);
    const indexes = include
      ? include.map((f) => names.indexOf(f))
      : names.map((_, i) => i).filter((i) => !(exclude ?? []).includes(names[i]));
    const outputTable = withColumns(input, indexes.map((i) => input.schema.columns[i]));
    return {
      outputTable,
      map(row) {
        const fields = new Array(indexes.length);
        for (let k = 0; k < indexes.length; k++) fields[k] = row.fields[indexes[k]];
        return new SeaTunnelRow(fields, row.kind, row.tableId);
      },
    };
  },
} satisfies TransformFactory;
