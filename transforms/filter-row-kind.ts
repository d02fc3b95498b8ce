import { ErrorCodes, SeatideError } from '../core/errors';
import { Options } from '../core/options/option';
import { OptionRule } from '../core/options/option-rule';
import type { TransformFactory } from '../core/plugin/contracts';
import { ROW_KIND_NAMES, type RowKind } from '../core/types/row';

export const INCLUDE_KINDS = Options.key('include_kinds').listType().describe('Row kinds to keep: INSERT, UPDATE_BEFORE, UPDATE_AFTER, DELETE');
export const EXCLUDE_KINDS = Options.key('exclude_kinds').listType().describe('Row kinds to drop: INSERT, UPDATE_BEFORE, UPDATE_AFTER, DELETE');

/** FilterRowKind: drops rows by kind; exactly one of include_kinds / exclude_kinds, with at least one kind. */
export const filterRowKindTransform = {
  kind: 'transform',
  identifier: 'FilterRowKind',
  description: 'Keeps or drops rows by row kind',
  optionRule: OptionRule.builder().exclusive(EXCLUDE_KINDS, INCLUDE_KINDS).build(),
  create(ctx) {
    const include = ctx.options.get(INCLUDE_KINDS);
    const kinds = parseKinds(include ?? ctx.options.get(EXCLUDE_KINDS) ?? [], include ? 'include_kinds' : 'exclude_kinds');
    if (kinds.size === 0) {
      throw new SeatideError(ErrorCodes.ILLEGAL_ARGUMENT, "transform 'FilterRowKind': These options(include_kinds,exclude_kinds) are mutually exclusive, allowing only one set of options to be configured.", {
        details: { plugin: 'FilterRowKind' },
      });
    }
    const keep = include !== undefined;
    return {
      outputTable: ctx.inputTable,
      map: (row) => (kinds.has(row.kind) === keep ? row : null),
    };
  },
} satisfies TransformFactory;

function parseKinds(names: readonly string[], option: string): Set<RowKind> {
  return new Set(names.map((n) => {
    const i = ROW_KIND_NAMES.indexOf(String(n).trim().toUpperCase());
    if (i < 0) {
      throw new SeatideError(ErrorCodes.OPTION_VALIDATE, `transform 'FilterRowKind': option '${option}': Could not parse value for enum RowKind. Expected one of: [${ROW_KIND_NAMES.join(', ')}], got '${n}'`, {
        details: { plugin: 'FilterRowKind', option },
      });
    }
    return i as RowKind;
  }));
}
