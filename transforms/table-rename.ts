import { TablePath, withColumns } from '../core/catalog/catalog-table';
import { OptionRule } from '../core/options/option-rule';
import type { TransformFactory } from '../core/plugin/contracts';
import { SeaTunnelRow } from '../core/types/row';
import { CONVERT_CASE, PREFIX, REPLACEMENTS_WITH_REGEX, SUFFIX, renameRule } from './rename-rules';

/**
 * TableRename: renames the table by rule (convert_case, replacements_with_regex, prefix, suffix on the table
 * name; only convert_case on database and schema names). The output table path changes and so does every
 * row's tableId, so sinks route the rows to the renamed table.
 */
export const tableRenameTransform = {
  kind: 'transform',
  identifier: 'TableRename',
  description: 'Renames the table: case, regex replacements, prefix and suffix',
  optionRule: OptionRule.builder().optional(CONVERT_CASE, PREFIX, SUFFIX, REPLACEMENTS_WITH_REGEX).build(),
  create(ctx) {
    const input = ctx.inputTable;
    const rename = renameRule(ctx.options, 'TableRename');
    const p = input.tablePath;
    const path = new TablePath(
      p.databaseName === undefined ? undefined : rename.convertCase(p.databaseName),
      p.schemaName === undefined ? undefined : rename.convertCase(p.schemaName),
      rename(p.tableName),
    );
    const tableId = path.fullName;
    return {
      outputTable: withColumns(input, input.schema.columns, path),
      map: (row) => (row.tableId === tableId ? row : new SeaTunnelRow(row.fields, row.kind, tableId)),
    };
  },
} satisfies TransformFactory;
