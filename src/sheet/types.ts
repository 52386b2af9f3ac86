/**
 * Input and output types of the reader: values[][] (as Office.js Range.values, exceljs or
 * a custom function's any[][] argument give them) → typed formation tables + issues.
 */

import type { Field, FormationTable, Issue, TableKind } from '../model/types';

/**
 * The cells of one sheet (or one range of it). Cells may be: number, string, boolean,
 * null/undefined/'' (blank), Date, an Excel error (the strings '#REF!', '#N/A', '#VALUE!',
 * '#DIV/0!', '#NUM!', '#NAME?', '#NULL!', '#SPILL!', '#CALC!', '#GETTING_DATA', or an object
 * with an `error` or `code` property holding such a string, as exceljs and custom
 * functions pass them), or exceljs rich values ({ result }, { richText }, { text }).
 */
export interface SheetValues {
  /** Sheet name, unquoted. */
  name: string;
  values: unknown[][];
  /** 1-based sheet row of values[0]; default 1. */
  originRow?: number;
  /** 0-based sheet column of values[r][0]; default 0 (column A). */
  originCol?: number;
}

/** A hand-made column mapping for the table whose header sits at `headerRow` of `sheet`. */
export interface ColumnOverride {
  sheet: string;
  /** 1-based sheet row of the header row. */
  headerRow: number;
  /** Field → 0-based sheet column; null removes a detected mapping. */
  columns: Partial<Record<Field, number | null>>;
  /** Force the kind of table (otherwise inferred from the mapped fields). */
  kind?: TableKind;
}

export interface ReadOptions {
  overrides?: ColumnOverride[];
}

export interface ReadResult {
  tables: FormationTable[];
  /** Issues not tied to one table (such as "no formation table found"); table issues live on each table. */
  issues: Issue[];
}
