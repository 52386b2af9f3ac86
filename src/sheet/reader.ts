/**
 * The pure sheet reader: values[][] of every sheet → typed formation tables + issues
 * (domain.md, "Formation sheets as they come"). Runs in custom functions, the browser and
 * node: no Office, no exceljs, no node modules. Never throws. The work is split by job:
 * find-tables.ts (header rows), read-cells.ts (cells and their issues), parse-rows.ts
 * (rows of one table), mappings.ts (hand-made column mappings).
 */

import type { FormationTable, Issue } from '../model/types';
import type { ColumnOverride, ReadOptions, ReadResult, SheetValues } from './types';
import { makeIssue, q } from './read-cells';
import { analyseRow, twoRowHeader, type HeaderEntry, type Segment } from './find-tables';
import { buildTable, rowAt } from './parse-rows';
import { applyOverride } from './mappings';
import { lessentabelHint } from './shapes';

export { isTotalLabel } from './read-cells';

// ---------------------------------------------------------------------------------------
// Sheets and workbooks

function intOr(v: unknown, def: number, min: number): number {
  return typeof v === 'number' && Number.isFinite(v) ? Math.max(min, Math.floor(v)) : def;
}

function sheetName(sheet: SheetValues): string {
  const n = (sheet as { name?: unknown }).name;
  return typeof n === 'string' ? n : n === undefined || n === null ? '' : String(n);
}

/** Recognised columns of a header row's table segments. */
function matched(segs: Segment[]): number {
  let m = 0;
  for (const s of segs) if (s.kind) m += Object.keys(s.columns).length;
  return m;
}

function readSheet(sheet: SheetValues, overrides: ColumnOverride[], tables: FormationTable[], wbIssues: Issue[]): void {
  const name = sheetName(sheet);
  const values: unknown[] = Array.isArray(sheet.values) ? sheet.values : [];
  const originRow = intOr(sheet.originRow, 1, 1);
  const originCol = intOr(sheet.originCol, 0, 0);
  const n = values.length;
  const entries: HeaderEntry[] = [];
  const byRow = new Map<number, HeaderEntry>();
  let usedUpper = -1;
  const cand = { candidates: 0 };
  let upperCandidates = 0;
  for (let r = 0; r < n; r++) {
    const row = rowAt(values, r);
    cand.candidates = 0;
    let segs = analyseRow(row, cand);
    let upper: number | undefined;
    // A two-row header: the row above labels some columns (not a header row itself, nor
    // the lower row of another two-row header) and holds a cell that could be a header.
    if (r > 0 && upperCandidates > 0 && !byRow.has(r - 1) && usedUpper !== r - 1) {
      const two = twoRowHeader(rowAt(values, r - 1), row);
      if (two && (!segs || matched(two) > matched(segs))) {
        segs = two;
        upper = r - 1;
      }
    }
    if (segs) {
      const e: HeaderEntry = { r, segs, upper };
      entries.push(e);
      byRow.set(r, e);
      if (upper !== undefined) usedUpper = r;
    }
    upperCandidates = cand.candidates;
  }
  for (const ov of overrides) applyOverride(ov, name, originRow, originCol, values, entries, byRow, wbIssues);
  entries.sort((a, b) => a.r - b.r);
  for (let i = 0; i < entries.length; i++) {
    const e = entries[i];
    for (const seg of e.segs) {
      if (!seg.kind) continue;
      // The table ends before the next header row that overlaps its columns.
      let bound = n - 1;
      for (let j = i + 1; j < entries.length && bound === n - 1; j++) {
        for (const s of entries[j].segs) {
          if (s.c1 <= seg.c2 && s.c2 >= seg.c1) {
            bound = entries[j].r - 1;
            break;
          }
        }
      }
      tables.push(buildTable(name, originRow, originCol, values, e.r, seg, seg.kind, bound, e.upper ?? e.r));
    }
  }
}

function sameSheet(a: unknown, b: string): boolean {
  return typeof a === 'string' && (a === b || a.trim().toLowerCase() === b.trim().toLowerCase());
}

/**
 * Every formation table in every sheet (domain.md, "Formation sheets as they come").
 * Table issues live on each table; `issues` holds workbook-level ones (no table found, an
 * override that could not be applied). Never throws.
 */
export function readWorkbook(sheets: SheetValues[], options?: ReadOptions): ReadResult {
  const tables: FormationTable[] = [];
  const issues: Issue[] = [];
  const list: SheetValues[] = Array.isArray(sheets) ? sheets.filter((s) => s !== null && typeof s === 'object') : [];
  const overrides: ColumnOverride[] =
    options && Array.isArray(options.overrides) ? options.overrides.filter((o) => o !== null && typeof o === 'object') : [];
  const used = new Set<ColumnOverride>();
  for (const sheet of list) {
    const name = sheetName(sheet);
    let mine = overrides.filter((o) => o.sheet === name);
    if (mine.length === 0) mine = overrides.filter((o) => !used.has(o) && sameSheet(o.sheet, name));
    for (const o of mine) used.add(o);
    try {
      readSheet(sheet, mine, tables, issues);
    } catch (e) {
      // Defensive: the reader must never throw on any input.
      issues.push(makeIssue(name, intOr(sheet.originRow, 1, 1), intOr(sheet.originCol, 0, 0),
        `Blad kon niet gelezen worden (${e instanceof Error ? e.message : 'onbekende fout'}).`,
        `Sheet could not be read (${e instanceof Error ? e.message : 'unknown error'}).`));
    }
  }
  for (const o of overrides) {
    if (!used.has(o)) {
      const s = typeof o.sheet === 'string' ? o.sheet : '';
      issues.push(makeIssue(s, Number.isFinite(o.headerRow) ? Math.max(1, Math.floor(o.headerRow)) : 1, 0,
        `Kolomtoewijzing voor blad ${q(s)} niet toegepast: dat blad bestaat niet.`,
        `Column mapping for sheet ${q(s)} not applied: no such sheet.`));
    }
  }
  if (tables.length === 0) {
    const s0 = list[0];
    const name = s0 ? sheetName(s0) : '';
    const row = s0 ? intOr(s0.originRow, 1, 1) : 1;
    const col = s0 ? intOr(s0.originCol, 0, 0) : 0;
    const hint = lessentabelHint(list.map((s) => ({
      name: sheetName(s), values: Array.isArray(s.values) ? s.values : [],
      originRow: intOr(s.originRow, 1, 1), originCol: intOr(s.originCol, 0, 0),
    })));
    if (hint) {
      issues.push(makeIssue(hint.sheet, hint.row, hint.col,
        `Geen formatietabel gevonden. ${hint.nl}`, `No formation table found. ${hint.en}`));
    } else {
      issues.push(makeIssue(name, row, col,
        'Geen formatietabel gevonden: geen kopregel met herkenbare kolomnamen (zoals leerlingen en lesuren, of naam, functie en fte).',
        'No formation table found: no header row with recognisable column names (such as students and lessons per week, or name, role and FTE).'));
    }
  }
  return { tables, issues };
}

/** The formation tables in one range (a custom function's table argument, title rows above the header allowed). */
export function readRange(sheet: SheetValues, options?: ReadOptions): ReadResult {
  return readWorkbook(sheet ? [sheet] : [], options);
}
