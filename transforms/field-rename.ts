import { withColumns } from '../core/catalog/catalog-table';
import { ErrorCodes, SeatideError } from '../core/errors';
import { OptionRule } from '../core/options/option-rule';
import type { TransformFactory } from '../core/plugin/contracts';
import { CONVERT_CASE, PREFIX, REPLACEMENTS_WITH_REGEX, SUFFIX, renameRule } from './rename-rules';

/**
 * FieldRename: renames every field by rule (convert_case UPPER/LOWER, replacements_with_regex, prefix,
 * suffix); values, order, types, and keys (with renamed columns) stay. Rows pass through unchanged.
 */
export const fieldRenameTransform = {
  kind: 'transform',
  identifier: 'FieldRename',
  description: 'Renames fields: case, regex replacements, prefix and suffix',
  optionRule: OptionRule.builder().optional(CONVERT_CASE, PREFIX, SUFFIX, REPLACEMENTS_WITH_REGEX).build(),
  create(ctx) {
    const input = ctx.inputTable;
    const rename = renameRule(ctx.options, 'FieldRename');
    const columns = input.schema.columns.map((c) => Object.freeze({ ...c, name: rename(c.name) }));
    const seen = new Map<string, string>();
    input.schema.columns.forEach((c, i) => {
      const clash = seen.get(columns[i].name);
      if (clash !== undefined) {
        throw new SeatideError(ErrorCodes.OPTION_VALIDATE, `transform 'FieldRename': fields '${clash}' and '${c.name}' would both be named '${columns[i].name}'`, {
          details: { plugin: 'FieldRename' },
        });
      }
      seen.set(columns[i].name, c.name);
    });
    const { primaryKey, constraintKeys } = input.schema;
    const renamed = withColumns(
      { ...input, schema: {
        ...input.schema,
        primaryKey: primaryKey && { ...primaryKey, columnNames: primaryKey.columnNames.map(rename) },
        constraintKeys: constraintKeys.map((k) => ({ ...k, columns: k.columns.map((c) => ({ ...c, columnName: rename(c.columnName) })) })),
      } },
      columns,
    );
    return { outputTable: renamed, map: (row) => row };
  },
} satisfies TransformFactory;
