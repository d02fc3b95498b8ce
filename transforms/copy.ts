import { ErrorCodes, SeatideError } from '../core/errors';
import { Options } from '../core/options/option';
import { OptionRule } from '../core/options/option-rule';
import type { TransformFactory } from '../core/plugin/contracts';
import type { DataType } from '../core/types/data-type';
import { SeaTunnelRow } from '../core/types/row';
import { appendColumns, indexOfField, outputColumn, widen } from './transform-support';

export const SRC_FIELD = Options.key('src_field').stringType().describe('Deprecated: the field to copy (use `fields`)');
export const DEST_FIELD = Options.key('dest_field').stringType().describe('Deprecated: the new field (use `fields`)');
export const FIELDS = Options.key('fields').mapType().describe('New field = source field, in output order');

/**
 * Copy: adds (or overwrites) columns holding deep copies of source columns, with the source column's type,
 * length, nullability, default and comment. `fields { new = src }` or the deprecated src_field/dest_field pair.
 */
export const copyTransform = {
  kind: 'transform',
  identifier: 'Copy',
  description: 'Copies fields into new (or existing) fields',
  optionRule: OptionRule.builder().bundled(SRC_FIELD, DEST_FIELD).bundled(FIELDS).build(),
  create(ctx) {
    const input = ctx.inputTable;
    const fields = ctx.options.get(FIELDS);
    if (!fields && !ctx.options.has(DEST_FIELD)) {
      throw new SeatideError(ErrorCodes.OPTION_VALIDATE, "transform 'Copy': set `fields` (new_field = source_field) or both `src_field` and `dest_field`", {
        details: { plugin: 'Copy', options: ['fields', 'src_field', 'dest_field'] },
      });
    }
    const pairs: [string, string][] = fields ? Object.entries(fields) : [[ctx.options.get(DEST_FIELD)!, ctx.options.get(SRC_FIELD)!]];
    const sources = pairs.map(([, src]) => indexOfField(input, 'Copy', src));
    const types = sources.map((i) => input.schema.columns[i].type);
    const added = pairs.map(([dest], k) => {
      const { name: _, type, ...meta } = input.schema.columns[sources[k]];
      return outputColumn(dest, type, meta);
    });
    const { outputTable, indexes, arity } = appendColumns(input, added);
    return {
      outputTable,
      map(row) {
        const out = widen(row, arity);
        for (let k = 0; k < sources.length; k++) out.fields[indexes[k]] = deepCopy(row.fields[sources[k]], types[k]);
        return out;
      },
    };
  },
} satisfies TransformFactory;

/** Copies containers so the two columns never share a mutable value; scalars are immutable already. */
function deepCopy(v: unknown, type: DataType): unknown {
  if (v === null || v === undefined) return null;
  switch (type.kind) {
    case 'BYTES': return (v as Uint8Array).slice();
    case 'ARRAY': return (v as unknown[]).map((x) => deepCopy(x, type.element));
    case 'MAP': return new Map([...(v as Map<unknown, unknown>)].map(([k, x]) => [deepCopy(k, type.key), deepCopy(x, type.value)]));
    case 'ROW': {
      const r = v as SeaTunnelRow;
      return new SeaTunnelRow(r.fields.map((x, i) => deepCopy(x, type.types[i])), r.kind, r.tableId);
    }
    case 'NULL': return null;
    default: return v;
  }
}
