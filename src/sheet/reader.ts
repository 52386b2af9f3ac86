/**
 * The pure sheet reader: values[][] of every sheet → typed formation tables + issues
 * (domain.md, "Formation sheets as they come"). Runs in custom functions, the browser and
 * node: no Office, no exceljs, no node modules. Never throws.
 */

import type {
  Category, DemandRow, DemandTable, Field, FormationTable, Issue, StaffRow, StaffTable,
  SummaryRow, SummaryTable, TableKind,
} from '../model/types';
import { FIELDS } from '../model/types';
import type { ColumnOverride, ReadOptions, ReadResult, SheetValues } from './types';
import { cellAddress, columnLetter, rangeAddress } from './address';
import {
  CellError, CellInvalid, EXCEL_ERRORS, dateText, isBlankCell, isErrorString, parsePercentAware,
  resolveCell, serialToDate,
} from './cells';
import { FIELD_LABELS, couldBeHeader, foldText, inferKind, matchHeader } from './headers';
import { roleCategory, scaleCategory } from './roles';
import { parseBirthDate } from './birthdate';

// ---------------------------------------------------------------------------------------
// Issues

function makeIssue(sheet: string, row: number, col: number, nl: string, en: string): Issue {
  return { cell: cellAddress(sheet, row, col), message: nl, messageEn: en, sheet, row, col };
}

class TableCtx {
  readonly issues: Issue[] = [];
  constructor(readonly sheet: string, readonly originRow: number, readonly originCol: number) {}
  /** An issue on local cell (r, c) of the values array. */
  add(r: number, c: number, nl: string, en: string): void {
    this.issues.push(makeIssue(this.sheet, this.originRow + r, this.originCol + c, nl, en));
  }
}

function q(text: string): string {
  const t = text.length > 40 ? `${text.slice(0, 37)}...` : text;
  return `"${t}"`;
}

function nlNumber(n: number): string {
  return String(n).replace('.', ',');
}

/** Reports a cell that holds no usable value (error value, junk text, date, boolean, object). */
function badCell(ctx: TableCtx, r: number, c: number, field: Field, raw: unknown, wantNumber: boolean): void {
  const L = FIELD_LABELS[field];
  const res = resolveCell(raw);
  if (res instanceof CellError) {
    ctx.add(r, c,
      `Foutwaarde ${res.code} bij ${L.nl}: cel niet meegeteld (niet als 0 gelezen).`,
      `Error value ${res.code} in ${L.en}: cell left out (not read as 0).`);
    return;
  }
  if (res instanceof CellInvalid && res.formula) {
    ctx.add(r, c,
      `Formule zonder berekende waarde bij ${L.nl} (${q(res.text)}): cel niet meegeteld. Bereken de werkmap opnieuw en sla op.`,
      `Formula without a calculated value in ${L.en} (${q(res.text)}): cell left out. Recalculate and save the workbook.`);
    return;
  }
  if (res instanceof Date) {
    const d = dateText(res, false);
    ctx.add(r, c,
      `Datum ${d} bij ${L.nl} is geen getal: cel niet meegeteld.`,
      `Date ${d} in ${L.en} is not a number: cell left out.`);
    return;
  }
  if (typeof res === 'boolean') {
    const b = res ? 'WAAR' : 'ONWAAR';
    ctx.add(r, c,
      `Waarheidswaarde ${b} bij ${L.nl} is geen getal: cel niet meegeteld.`,
      `Boolean ${res ? 'TRUE' : 'FALSE'} in ${L.en} is not a number: cell left out.`);
    return;
  }
  const text =
    typeof res === 'string' ? res.trim() : res instanceof CellInvalid ? res.text : String(res);
  if (wantNumber) {
    ctx.add(r, c,
      `${q(text)} bij ${L.nl} is geen getal: cel niet meegeteld (niet als 0 gelezen).`,
      `${q(text)} in ${L.en} is not a number: cell left out (not read as 0).`);
  } else {
    ctx.add(r, c,
      `${q(text)} bij ${L.nl} is geen bruikbare tekst: cel niet meegeteld.`,
      `${q(text)} in ${L.en} is not usable text: cell left out.`);
  }
}

// ---------------------------------------------------------------------------------------
// Cell readers (hot path). `st` tells the caller what the last read found.

const ST_BLANK = 0;
const ST_OK = 1;
const ST_BAD = 2;
let st = ST_BLANK;

const R_ANY = 0;
const R_NONNEG = 1;
const R_POSITIVE = 2;

function readNum(ctx: TableCtx, row: readonly unknown[], r: number, c: number, field: Field, rule: number): number | null {
  st = ST_BLANK;
  if (c < 0) return null;
  const v = row[c];
  let n: number;
  if (typeof v === 'number') {
    if (v - v !== 0) {
      st = ST_BAD;
      badCell(ctx, r, c, field, v, true);
      return null;
    }
    n = v;
  } else if (v === null || v === undefined || v === '') {
    return null;
  } else {
    const p = parsePercentAware(v);
    if (p.kind === 'blank') return null;
    if (p.kind !== 'number') {
      st = ST_BAD;
      badCell(ctx, r, c, field, v, true);
      return null;
    }
    n = p.value;
  }
  if (rule !== R_ANY && n < 0) {
    st = ST_BAD;
    const L = FIELD_LABELS[field];
    ctx.add(r, c,
      `Negatieve waarde ${nlNumber(n)} bij ${L.nl} is niet toegestaan: cel niet meegeteld.`,
      `Negative value ${n} in ${L.en} is not allowed: cell left out.`);
    return null;
  }
  if (rule === R_POSITIVE && n === 0) {
    st = ST_BAD;
    const L = FIELD_LABELS[field];
    ctx.add(r, c,
      `${L.nl[0].toUpperCase()}${L.nl.slice(1)} moet groter dan 0 zijn: cel niet meegeteld.`,
      `${L.en[0].toUpperCase()}${L.en.slice(1)} must be greater than 0: cell left out.`);
    return null;
  }
  st = ST_OK;
  return n === 0 ? 0 : n;
}

/** Excel serial days that plausibly are dates (1954..2119) in a period column. */
function numberText(ctx: TableCtx, r: number, c: number, field: Field, n: number, period: boolean): string | null {
  if (n - n !== 0) {
    st = ST_BAD;
    badCell(ctx, r, c, field, n, false);
    return null;
  }
  st = ST_OK;
  if (period && n >= 20000 && n < 80000) return dateText(serialToDate(n), true);
  return String(n === 0 ? 0 : n);
}

function readText(ctx: TableCtx, row: readonly unknown[], r: number, c: number, field: Field, period: boolean): string | null {
  st = ST_BLANK;
  if (c < 0) return null;
  const v = row[c];
  if (typeof v === 'string') {
    const s = v.trim();
    if (s === '') return null;
    if (s.charCodeAt(0) === 35 && EXCEL_ERRORS.has(s)) {
      st = ST_BAD;
      badCell(ctx, r, c, field, v, false);
      return null;
    }
    st = ST_OK;
    return s;
  }
  if (typeof v === 'number') return numberText(ctx, r, c, field, v, period);
  if (v === null || v === undefined) return null;
  const res = resolveCell(v);
  if (res === null) return null;
  if (typeof res === 'string') {
    const s = res.trim();
    if (s === '') return null;
    st = ST_OK;
    return s;
  }
  if (typeof res === 'number') return numberText(ctx, r, c, field, res, period);
  if (typeof res === 'boolean') {
    st = ST_OK;
    return res ? 'TRUE' : 'FALSE';
  }
  if (res instanceof Date && Number.isFinite(res.getTime())) {
    st = ST_OK;
    return dateText(res, period);
  }
  st = ST_BAD;
  badCell(ctx, r, c, field, v, false);
  return null;
}

const TOTAL_PREFIXES = ['totaal', 'total', 'subtotaal', 'subtotal', 'sub totaal', 'sub total', 'eindtotaal', 'grand total'];

/** True when the cell's text starts with totaal/subtotaal/total (and eindtotaal / grand total of pivot tables). */
export function isTotalLabel(v: unknown): boolean {
  let s: string;
  if (typeof v === 'string') s = v;
  else if (v !== null && typeof v === 'object' && !(v instanceof Date)) {
    const r = resolveCell(v);
    if (typeof r !== 'string') return false;
    s = r;
  } else return false;
  let i = 0;
  while (i < s.length && (s.charCodeAt(i) <= 32 || s.charCodeAt(i) === 160)) i++;
  const c0 = s.charCodeAt(i) | 32;
  if (c0 !== 116 /* t */ && c0 !== 115 /* s */ && c0 !== 101 /* e */ && c0 !== 103 /* g */) return false;
  const f = foldText(s.length > 48 ? s.slice(0, 48) : s);
  for (const p of TOTAL_PREFIXES) if (f.startsWith(p)) return true;
  return false;
}

function isPlainText(v: unknown): boolean {
  if (typeof v === 'string') return !isErrorString(v);
  if (v === null || typeof v !== 'object' || v instanceof Date) return false;
  return typeof resolveCell(v) === 'string';
}

// ---------------------------------------------------------------------------------------
// Header rows

interface HeaderCell {
  c: number;
  text: string;
  field: Field | null;
}

interface Segment {
  c1: number;
  c2: number;
  cells: HeaderCell[];
  columns: Partial<Record<Field, number>>;
  dups: { cell: HeaderCell; usedCol: number; field: Field }[];
  kind: TableKind | null;
}

interface HeaderEntry {
  r: number;
  segs: Segment[];
}

function headerText(v: unknown): string | null {
  if (typeof v === 'string') {
    const s = v.trim();
    return s === '' ? null : s;
  }
  if (typeof v === 'number') return Number.isFinite(v) ? String(v) : null;
  if (v === null || v === undefined) return null;
  const r = resolveCell(v);
  if (typeof r === 'string') {
    const s = r.trim();
    return s === '' ? null : s;
  }
  if (typeof r === 'number') return Number.isFinite(r) ? String(r) : null;
  if (typeof r === 'boolean') return r ? 'TRUE' : 'FALSE';
  if (r instanceof Date) return dateText(r, false);
  if (r instanceof CellError) return r.code;
  if (r instanceof CellInvalid) return r.text;
  return null;
}

function buildSegment(cells: HeaderCell[]): Segment {
  const columns: Partial<Record<Field, number>> = {};
  const dups: Segment['dups'] = [];
  for (const h of cells) {
    if (!h.field) continue;
    const used = columns[h.field];
    if (used === undefined) columns[h.field] = h.c;
    else dups.push({ cell: h, usedCol: used, field: h.field });
  }
  const c1 = cells.length > 0 ? cells[0].c : 0;
  const c2 = cells.length > 0 ? cells[cells.length - 1].c : 0;
  return { c1, c2, cells, columns, dups, kind: inferKind(columns) };
}

function headerCells(row: readonly unknown[]): HeaderCell[] {
  const cells: HeaderCell[] = [];
  for (let c = 0; c < row.length; c++) {
    const t = headerText(row[c]);
    if (t !== null) cells.push({ c, text: t, field: matchHeader(t) });
  }
  return cells;
}

/** The table segments a row heads (several when tables stand side by side), or null when it is no header row. */
function analyseRow(row: readonly unknown[]): Segment[] | null {
  const len = row.length;
  // Pass 1, no allocation for most cells: at least two cells that could be headers.
  let candidates = 0;
  for (let c = 0; c < len; c++) {
    const v = row[c];
    if (typeof v === 'string') {
      if (couldBeHeader(v)) candidates++;
    } else if (v !== null && typeof v === 'object' && !(v instanceof Date)) {
      const t = resolveCell(v);
      if (typeof t === 'string' && couldBeHeader(t)) candidates++;
    }
  }
  if (candidates < 2) return null;
  // Pass 2: at least two cells that match a synonym.
  let matches = 0;
  for (let c = 0; c < len; c++) {
    const v = row[c];
    if (typeof v === 'string') {
      if (couldBeHeader(v) && matchHeader(v) !== null) matches++;
    } else if (v !== null && typeof v === 'object' && !(v instanceof Date)) {
      const t = headerText(v);
      if (t !== null && matchHeader(t) !== null) matches++;
    }
  }
  if (matches < 2) return null;
  const cells = headerCells(row);
  // Groups of adjacent non-blank header cells; two or more groups that each make a table
  // are tables side by side.
  const groups: HeaderCell[][] = [];
  let cur: HeaderCell[] = [];
  for (const h of cells) {
    if (cur.length > 0 && h.c !== cur[cur.length - 1].c + 1) {
      groups.push(cur);
      cur = [];
    }
    cur.push(h);
  }
  if (cur.length > 0) groups.push(cur);
  if (groups.length > 1) {
    const kinds = groups.map((g) => buildSegment(g).kind);
    if (kinds.filter((k) => k !== null).length >= 2) {
      const segs: Segment[] = [];
      let acc: HeaderCell[] = [];
      let seenKind = false;
      for (let i = 0; i < groups.length; i++) {
        if (kinds[i] !== null && seenKind) {
          segs.push(buildSegment(acc));
          acc = [];
        }
        if (kinds[i] !== null) seenKind = true;
        acc.push(...groups[i]);
      }
      segs.push(buildSegment(acc));
      return segs;
    }
  }
  const whole = buildSegment(cells);
  return whole.kind ? [whole] : null;
}

// ---------------------------------------------------------------------------------------
// Tables

interface Cols {
  location: number; department: number; level: number; year: number; subject: number;
  students: number; groups: number; maxGroupSize: number; lessonsPerWeek: number;
  lessonMinutes: number; employee: number; role: number; scale: number; fte: number;
  teacherFte: number; assistantFte: number; supportFte: number; cost: number; period: number;
  birthDate: number; age: number;
}

function toCols(columns: Partial<Record<Field, number>>): Cols {
  const out = {} as Record<Field, number>;
  for (const f of FIELDS) {
    const c = columns[f];
    out[f] = typeof c === 'number' && c >= 0 ? c : -1;
  }
  return out as Cols;
}

const NUMERIC_FIELDS: Record<TableKind, Field[]> = {
  demand: ['students', 'groups', 'maxGroupSize', 'lessonsPerWeek', 'lessonMinutes'],
  staff: ['fte', 'cost', 'age'],
  summary: ['students', 'teacherFte', 'assistantFte', 'supportFte', 'cost'],
};
const TEXT_FIELDS: Record<TableKind, Field[]> = {
  demand: ['location', 'department', 'level', 'year', 'subject'],
  staff: ['location', 'department', 'subject', 'employee', 'role', 'scale', 'period'],
  summary: ['location'],
};

const EMPTY_ROW: readonly unknown[] = [];

function rowAt(values: unknown[], r: number): readonly unknown[] {
  const row = values[r];
  return Array.isArray(row) ? row : EMPTY_ROW;
}

function parseDemandRow(ctx: TableCtx, row: readonly unknown[], r: number, k: Cols, sheet: string, sheetRow: number): DemandRow {
  const location = readText(ctx, row, r, k.location, 'location', false);
  const department = readText(ctx, row, r, k.department, 'department', false);
  const level = readText(ctx, row, r, k.level, 'level', false);
  const year = readText(ctx, row, r, k.year, 'year', false);
  const subject = readText(ctx, row, r, k.subject, 'subject', false);
  const students = readNum(ctx, row, r, k.students, 'students', R_NONNEG);
  const studentsSt = st;
  const groups = readNum(ctx, row, r, k.groups, 'groups', R_NONNEG);
  const groupsSt = st;
  const maxGroupSize = readNum(ctx, row, r, k.maxGroupSize, 'maxGroupSize', R_POSITIVE);
  const mgsSt = st;
  const lessonsPerWeek = readNum(ctx, row, r, k.lessonsPerWeek, 'lessonsPerWeek', R_NONNEG);
  const lpwSt = st;
  const lessonMinutes = readNum(ctx, row, r, k.lessonMinutes, 'lessonMinutes', R_POSITIVE);

  if (k.lessonsPerWeek >= 0 && lpwSt === ST_BLANK) {
    ctx.add(r, k.lessonsPerWeek,
      'Lesuren per week ontbreken: deze regel geeft geen lessen.',
      'Lessons per week missing: this row gives no lessons.');
  }
  if (groupsSt === ST_BLANK) {
    if (k.students >= 0 && k.maxGroupSize >= 0) {
      if (studentsSt === ST_BLANK) {
        ctx.add(r, k.students,
          'Leerlingen ontbreken en groepen zijn leeg: het aantal lesgroepen is niet te bepalen.',
          'Students missing and groups blank: the number of teaching groups cannot be determined.');
      } else if (mgsSt === ST_BLANK) {
        ctx.add(r, k.maxGroupSize,
          'Groepsgrootte ontbreekt en groepen zijn leeg: het aantal lesgroepen is niet te bepalen.',
          'Group size missing and groups blank: the number of teaching groups cannot be determined.');
      }
    } else if (k.groups >= 0) {
      ctx.add(r, k.groups,
        'Groepen zijn leeg en er is geen kolom leerlingen en groepsgrootte om ze te berekenen.',
        'Groups blank and no students and group size columns to compute them.');
    }
  }
  return {
    ref: { sheet, row: sheetRow },
    location, department, level, year, subject, students, groups, maxGroupSize, lessonsPerWeek, lessonMinutes,
  };
}

function parseStaffRow(ctx: TableCtx, row: readonly unknown[], r: number, k: Cols, sheet: string, sheetRow: number): StaffRow {
  const location = readText(ctx, row, r, k.location, 'location', false);
  const department = readText(ctx, row, r, k.department, 'department', false);
  const subject = readText(ctx, row, r, k.subject, 'subject', false);
  const employee = readText(ctx, row, r, k.employee, 'employee', false);
  const period = readText(ctx, row, r, k.period, 'period', true);
  let category: Category | null = null;
  if (k.role >= 0) {
    const t = readText(ctx, row, r, k.role, 'role', false);
    if (st === ST_BLANK) {
      ctx.add(r, k.role, 'Functie ontbreekt: categorie (leraar, OA, directie, OOP) onbekend.',
        'Role missing: category (teacher, assistant, management, support) unknown.');
    } else if (t !== null) category = roleCategory(t);
  } else if (k.scale >= 0) {
    const t = readText(ctx, row, r, k.scale, 'scale', false);
    if (st === ST_BLANK) {
      ctx.add(r, k.scale, 'Schaal ontbreekt: categorie (leraar of OOP) onbekend.',
        'Scale missing: category (teacher or support) unknown.');
    } else if (t !== null) category = scaleCategory(t);
  }
  let fte = readNum(ctx, row, r, k.fte, 'fte', R_NONNEG);
  let fteSt = st;
  if (fte !== null && fte > 1.5 && k.period < 0) {
    ctx.add(r, k.fte,
      `Fte ${nlNumber(fte)} is groter dan 1,5 op een persoonsregel (bedoeld als ${nlNumber(fte)}%?): cel niet meegeteld.`,
      `FTE ${fte} is above 1.5 on a person's row (meant as ${fte}%?): cell left out.`);
    fte = null;
    fteSt = ST_BAD;
  }
  const cost = readNum(ctx, row, r, k.cost, 'cost', R_ANY);
  const costSt = st;
  if (k.fte >= 0 && fteSt === ST_BLANK && costSt === ST_BLANK) {
    ctx.add(r, k.fte, 'Fte ontbreekt: deze medewerker telt niet mee in de fte.',
      'FTE missing: this employee is not counted in the FTE.');
  }
  const out: StaffRow = { ref: { sheet, row: sheetRow }, location, department, subject, employee, category, fte, cost, period };
  if (k.birthDate >= 0) out.birthDate = readBirthDate(ctx, row, r, k.birthDate);
  if (k.age >= 0) out.age = readNum(ctx, row, r, k.age, 'age', R_NONNEG);
  return out;
}

/** A birth-date cell (birthdate.ts); a bad cell is an issue, never a guess. */
function readBirthDate(ctx: TableCtx, row: readonly unknown[], r: number, c: number): string | null {
  const b = parseBirthDate(row[c]);
  if (b.kind === 'date') return b.value;
  if (b.kind === 'bad') {
    ctx.add(r, c, `${q(b.text)} bij geboortedatum is geen datum of jaartal: pensionering van deze medewerker niet meegerekend.`,
      `${q(b.text)} in date of birth is not a date or year: this employee's retirement is not modelled.`);
  }
  return null;
}

function parseSummaryRow(ctx: TableCtx, row: readonly unknown[], r: number, k: Cols, sheet: string, sheetRow: number): SummaryRow {
  return {
    ref: { sheet, row: sheetRow },
    location: readText(ctx, row, r, k.location, 'location', false),
    students: readNum(ctx, row, r, k.students, 'students', R_NONNEG),
    teacherFte: readNum(ctx, row, r, k.teacherFte, 'teacherFte', R_NONNEG),
    assistantFte: readNum(ctx, row, r, k.assistantFte, 'assistantFte', R_NONNEG),
    supportFte: readNum(ctx, row, r, k.supportFte, 'supportFte', R_NONNEG),
    cost: readNum(ctx, row, r, k.cost, 'cost', R_ANY),
  };
}

function buildTable(
  name: string, originRow: number, originCol: number, values: unknown[], hr: number, seg: Segment,
  kind: TableKind, bound: number,
): FormationTable {
  const ctx = new TableCtx(name, originRow, originCol);
  for (const d of seg.dups) {
    const L = FIELD_LABELS[d.field];
    const used = columnLetter(originCol + d.usedCol);
    ctx.add(hr, d.cell.c,
      `Kolom genegeerd: ${q(d.cell.text)} is ook ${L.nl}; kolom ${used} wordt gebruikt.`,
      `Column ignored: ${q(d.cell.text)} is also ${L.en}; column ${used} is used.`);
  }
  const k = toCols(seg.columns);
  const first = seg.c1;
  if (kind === 'demand') {
    if (k.lessonsPerWeek < 0) {
      ctx.add(hr, first, 'Geen kolom lesuren per week: deze tabel geeft geen lessen.',
        'No lessons per week column: this table gives no lessons.');
    }
    if (k.groups < 0 && (k.students < 0 || k.maxGroupSize < 0)) {
      ctx.add(hr, first,
        'Geen kolom groepen en geen kolommen leerlingen én groepsgrootte: het aantal lesgroepen is niet te bepalen.',
        'No groups column and no students and group size columns: the number of teaching groups cannot be determined.');
    }
  } else if (kind === 'staff') {
    if (k.fte < 0) ctx.add(hr, first, 'Geen kolom fte in deze personeelstabel.', 'No FTE column in this staff table.');
    if (k.role < 0 && k.scale < 0) {
      ctx.add(hr, first, 'Geen kolom functie of schaal: de categorie (leraar, OA, OOP) is onbekend.',
        'No role or scale column: the category (teacher, assistant, support) is unknown.');
    }
  }
  const isNum: boolean[] = [];
  for (const f of NUMERIC_FIELDS[kind]) if (k[f] >= 0) isNum[k[f]] = true;
  const textCols: number[] = [];
  for (const f of TEXT_FIELDS[kind]) if (k[f] >= 0) textCols.push(k[f]);

  const demandRows: DemandRow[] = [];
  const staffRows: StaffRow[] = [];
  const summaryRows: SummaryRow[] = [];
  let lastContent = hr;
  let blankRun = 0;
  const c1 = seg.c1;
  for (let r = hr + 1; r <= bound; r++) {
    const row = rowAt(values, r);
    const end = Math.min(seg.c2, row.length - 1);
    let nonBlank = 0;
    let firstIdx = -1;
    let firstText = -1;
    for (let c = c1; c <= end; c++) {
      const v = row[c];
      if (v === null || v === undefined || v === '') continue;
      const t = typeof v;
      if (t === 'number' || t === 'boolean' || !isBlankCell(v)) {
        nonBlank++;
        if (firstIdx < 0) firstIdx = c;
        if (firstText < 0 && (t === 'string' || (t === 'object' && !(v instanceof Date)))) firstText = c;
      }
    }
    if (nonBlank === 0) {
      blankRun++;
      if (blankRun >= 2) break;
      continue;
    }
    blankRun = 0;
    // Totals rows: the first text cell of the row, or any text cell of the text columns.
    let totalCol = firstText >= 0 && isTotalLabel(row[firstText]) ? firstText : -1;
    if (totalCol < 0) {
      for (let i = 0; i < textCols.length; i++) {
        const c = textCols[i];
        if (c !== firstText && isTotalLabel(row[c])) {
          totalCol = c;
          break;
        }
      }
    }
    if (totalCol >= 0) {
      const label = headerText(row[totalCol]) ?? '';
      ctx.add(r, totalCol,
        `Totaalregel overgeslagen (${q(label)}): niet dubbel geteld.`,
        `Totals row skipped (${q(label)}): not counted twice.`);
      lastContent = r;
      continue;
    }
    // A lone text outside the numeric columns (a section label, a note) is no data row.
    if (nonBlank === 1 && !isNum[firstIdx] && isPlainText(row[firstIdx])) continue;
    lastContent = r;
    const sheetRow = originRow + r;
    if (kind === 'demand') demandRows.push(parseDemandRow(ctx, row, r, k, name, sheetRow));
    else if (kind === 'staff') staffRows.push(parseStaffRow(ctx, row, r, k, name, sheetRow));
    else summaryRows.push(parseSummaryRow(ctx, row, r, k, name, sheetRow));
  }

  const columns: Partial<Record<Field, number>> = {};
  for (const f of FIELDS) {
    const c = seg.columns[f];
    if (typeof c === 'number') columns[f] = originCol + c;
  }
  const headers: Record<number, string> = {};
  for (const h of seg.cells) if (h.c >= seg.c1 && h.c <= seg.c2) headers[originCol + h.c] = h.text;
  const base = {
    sheet: name,
    range: rangeAddress(originRow + hr, originCol + seg.c1, originRow + lastContent, originCol + seg.c2),
    headerRow: originRow + hr,
    columns,
    headers,
    issues: ctx.issues,
  };
  if (kind === 'demand') return { ...base, kind: 'demand', rows: demandRows } as DemandTable;
  if (kind === 'staff') {
    const categorySource = k.role >= 0 ? 'role' : k.scale >= 0 ? 'scale' : 'none';
    return { ...base, kind: 'staff', rows: staffRows, categorySource } as StaffTable;
  }
  return { ...base, kind: 'summary', rows: summaryRows } as SummaryTable;
}

// ---------------------------------------------------------------------------------------
// Overrides

const KINDS: readonly TableKind[] = ['demand', 'staff', 'summary'];

function applyOverride(
  ov: ColumnOverride, name: string, originRow: number, originCol: number, values: unknown[],
  entries: HeaderEntry[], byRow: Map<number, HeaderEntry>, wbIssues: Issue[],
): void {
  const hr = typeof ov.headerRow === 'number' ? ov.headerRow - originRow : NaN;
  if (!Number.isInteger(hr) || hr < 0 || hr >= values.length) {
    const row = Number.isFinite(ov.headerRow) ? Math.max(1, Math.floor(ov.headerRow)) : originRow;
    wbIssues.push(makeIssue(name, row, originCol,
      `Kolomtoewijzing voor rij ${String(ov.headerRow)} valt buiten het gelezen bereik: niet toegepast.`,
      `Column mapping for row ${String(ov.headerRow)} lies outside the range read: not applied.`));
    return;
  }
  const given = ov.columns && typeof ov.columns === 'object' ? ov.columns : {};
  const local: [Field, number | null][] = [];
  for (const f of FIELDS) {
    if (!Object.prototype.hasOwnProperty.call(given, f)) continue;
    const v = given[f];
    if (v === null) local.push([f, null]);
    else if (typeof v === 'number' && Number.isInteger(v) && v - originCol >= 0 && v - originCol < 16384) {
      local.push([f, v - originCol]);
    } else if (v !== undefined) {
      wbIssues.push(makeIssue(name, ov.headerRow, originCol,
        `Kolomtoewijzing ${FIELD_LABELS[f].nl} → ${String(v)} valt buiten het gelezen bereik: niet toegepast.`,
        `Column mapping ${f} → ${String(v)} lies outside the range read: not applied.`));
    }
  }
  let entry = byRow.get(hr);
  let seg: Segment;
  if (!entry) {
    const cells = headerCells(rowAt(values, hr));
    seg = buildSegment(cells);
    if (cells.length === 0) {
      const cs = local.filter((x) => x[1] !== null).map((x) => x[1] as number);
      seg.c1 = cs.length ? Math.min(...cs) : 0;
      seg.c2 = cs.length ? Math.max(...cs) : 0;
    }
    entry = { r: hr, segs: [seg] };
    entries.push(entry);
    byRow.set(hr, entry);
  } else {
    // The segment holding most of the override's columns.
    seg = entry.segs[0];
    let best = -1;
    for (const s of entry.segs) {
      let hits = 0;
      for (const [, c] of local) if (c !== null && c >= s.c1 && c <= s.c2) hits++;
      if (hits > best) {
        best = hits;
        seg = s;
      }
    }
  }
  const targets = new Set<number>();
  for (const [f, c] of local) {
    if (c === null) {
      delete seg.columns[f];
      continue;
    }
    targets.add(c);
    for (const g of FIELDS) {
      if (g !== f && seg.columns[g] === c && !Object.prototype.hasOwnProperty.call(given, g)) delete seg.columns[g];
    }
    seg.columns[f] = c;
    if (c < seg.c1) seg.c1 = c;
    if (c > seg.c2) seg.c2 = c;
  }
  seg.dups = seg.dups.filter(
    (d) => !Object.prototype.hasOwnProperty.call(given, d.field) && !targets.has(d.cell.c),
  );
  seg.kind = ov.kind && KINDS.includes(ov.kind) ? ov.kind : inferKind(seg.columns);
  if (!seg.kind) {
    wbIssues.push(makeIssue(name, originRow + hr, originCol + seg.c1,
      `De kolomtoewijzing voor rij ${originRow + hr} geeft geen herkenbare formatietabel (lesvraag, personeel of overzicht).`,
      `The column mapping for row ${originRow + hr} makes no recognisable formation table (demand, staff or summary).`));
  }
}

// ---------------------------------------------------------------------------------------
// Sheets and workbooks

function intOr(v: unknown, def: number, min: number): number {
  return typeof v === 'number' && Number.isFinite(v) ? Math.max(min, Math.floor(v)) : def;
}

function sheetName(sheet: SheetValues): string {
  const n = (sheet as { name?: unknown }).name;
  return typeof n === 'string' ? n : n === undefined || n === null ? '' : String(n);
}

function readSheet(sheet: SheetValues, overrides: ColumnOverride[], tables: FormationTable[], wbIssues: Issue[]): void {
  const name = sheetName(sheet);
  const values: unknown[] = Array.isArray(sheet.values) ? sheet.values : [];
  const originRow = intOr(sheet.originRow, 1, 1);
  const originCol = intOr(sheet.originCol, 0, 0);
  const n = values.length;
  const entries: HeaderEntry[] = [];
  const byRow = new Map<number, HeaderEntry>();
  for (let r = 0; r < n; r++) {
    const segs = analyseRow(rowAt(values, r));
    if (segs) {
      const e = { r, segs };
      entries.push(e);
      byRow.set(r, e);
    }
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
      tables.push(buildTable(name, originRow, originCol, values, e.r, seg, seg.kind, bound));
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
    issues.push(makeIssue(name, row, col,
      'Geen formatietabel gevonden: geen kopregel met herkenbare kolomnamen (zoals leerlingen en lesuren, of naam, functie en fte).',
      'No formation table found: no header row with recognisable column names (such as students and lessons per week, or name, role and FTE).'));
  }
  return { tables, issues };
}

/** The formation tables in one range (a custom function's table argument, title rows above the header allowed). */
export function readRange(sheet: SheetValues, options?: ReadOptions): ReadResult {
  return readWorkbook(sheet ? [sheet] : [], options);
}
