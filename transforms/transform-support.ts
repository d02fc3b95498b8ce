import { type CatalogTable, type Column, column as makeColumn, withColumns } from '../core/catalog/catalog-table';
import { ErrorCodes, SeatideError } from '../core/errors';
import { type DataType, sameType } from '../core/types/data-type';
import { SeaTunnelRow } from '../core/types/row';

/** Pieces several transforms share: SeaTunnel's missing-field errors and the add-or-overwrite column layout. */

/** TRANSFORM_COMMON-01: `The input field 'f' of 'T' transform not found in upstream schema`. */
export function fieldNotFound(transform: string, field: string): SeatideError {
  return new SeatideError(ErrorCodes.FIELD_NOT_FOUND, `The input field '${field}' of '${transform}' transform not found in upstream schema`, {
    details: { plugin: transform, field },
  });
}

/** TRANSFORM_COMMON-02: `The input fields 'a,b' of 'T' transform not found in upstream schema`. */
export function fieldsNotFound(transform: string, fields: readonly string[]): SeatideError {
  return new SeatideError(ErrorCodes.FIELDS_NOT_FOUND, `The input fields '${fields.join(',')}' of '${transform}' transform not found in upstream schema`, {
    details: { plugin: transform, fields },
  });
}

/** The index of a column by exact name, or TRANSFORM_COMMON-01. */
export function indexOfField(table: CatalogTable, transform: string, field: string): number {
  const i = table.schema.columns.findIndex((c) => c.name === field);
  if (i < 0) throw fieldNotFound(transform, field);
  return i;
}

/** A new output column as SeaTunnel's PhysicalColumn.of(name, type, length, nullable, default, comment). */
export function outputColumn(name: string, type: DataType, extra: Partial<Omit<Column, 'name' | 'type'>> = {}): Column {
  return makeColumn(name, type, extra);
}

export interface AppendedColumns {
  readonly outputTable: CatalogTable;
  /** Where each output column lands in the output row. */
  readonly indexes: readonly number[];
  /** Output row arity. */
  readonly arity: number;
}

/**
 * Adds columns at the end of the input schema; a column whose name exists replaces that column in place
 * (taking the new type, keeping the old column's other metadata). Keys are kept: no input column is dropped.
 */
export function appendColumns(input: CatalogTable, added: readonly Column[]): AppendedColumns {
  const columns = [...input.schema.columns];
  const indexes = added.map((c) => {
    const at = columns.findIndex((x) => x.name === c.name);
    if (at < 0) {
      columns.push(c);
      return columns.length - 1;
    }
    if (!sameType(columns[at].type, c.type)) columns[at] = Object.freeze({ ...columns[at], type: c.type });
    return at;
  });
  return { outputTable: withColumns(input, columns), indexes, arity: columns.length };
}

/** A copy of `row` with `arity` fields (input fields first), same kind and table. */
export function widen(row: SeaTunnelRow, arity: number): SeaTunnelRow {
  const fields = row.fields.slice(0, arity);
  for (let i = fields.length; i < arity; i++) fields.push(null);
  return new SeaTunnelRow(fields, row.kind, row.tableId);
}
