/**
 * Parsing the rows of one table: demand, staff and summary rows with their issues,
 * totals rows, continuation rows (domain.md, "Formation sheets as they come", "Layouts
 * people make for the eye"). Pure.
 */

import type {
  Category, DemandRow, DemandTable, Field, FormationTable, StaffRow, StaffTable, SummaryRow, SummaryTable, TableKind,
} from '../model/types';
import { FIELDS } from '../model/types';
import { columnLetter, rangeAddress } from '../model/address';
import { isBlankCell } from './cells';
import { FIELD_LABELS } from './headers';
import { roleCategory, scaleCategory } from './roles';
import { parseBirthDate } from './birthdate';
import {
  R_ANY, R_NONNEG, R_POSITIVE, ST_BAD, ST_BLANK, ST_OK, TableCtx, headerText, isPlainText, isTotalLabel, nlNumber, q,
  readNum, readText,
} from './read-cells';
import { englishHeaders, type Segment } from './find-tables';

export interface Cols {
  location: number; department: number; level: number; year: number; class: number; subject: number;
  students: number; groups: number; maxGroupSize: number; lessonsPerWeek: number;
  lessonMinutes: number; employee: number; role: number; scale: number; fte: number;
  teacherFte: number; assistantFte: number; supportFte: number; cost: number; period: number;
  birthDate: number; age: number;
}

export function toCols(columns: Partial<Record<Field, number>>): Cols {
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
  demand: ['location', 'department', 'level', 'year', 'class', 'subject'],
  staff: ['location', 'department', 'subject', 'employee', 'role', 'scale', 'period'],
  summary: ['location'],
};

export const EMPTY_ROW: readonly unknown[] = [];

export function rowAt(values: unknown[], r: number): readonly unknown[] {
  const row = values[r];
  return Array.isArray(row) ? row : EMPTY_ROW;
}

/**
 * One demand row. `prev` is the data row right above (null after a blank, totals or label
 * row): a row with a subject whose cohort-key cells (location, department, level, year,
 * class) are all blank continues its cohort (domain.md, "Continuation rows"); `cont` counts
 * those rows for the table's single note.
 */
function parseDemandRow(
  ctx: TableCtx, row: readonly unknown[], r: number, k: Cols, sheet: string, sheetRow: number,
  prev: DemandRow | null, cont: { n: number; first: number },
): DemandRow {
  let blankKeys = 0;
  let location = readText(ctx, row, r, k.location, 'location', false);
  if (ctx.st === ST_BLANK) blankKeys++;
  let department = readText(ctx, row, r, k.department, 'department', false);
  if (ctx.st === ST_BLANK) blankKeys++;
  let level = readText(ctx, row, r, k.level, 'level', false);
  if (ctx.st === ST_BLANK) blankKeys++;
  let year = readText(ctx, row, r, k.year, 'year', false);
  if (ctx.st === ST_BLANK) blankKeys++;
  let klass = readText(ctx, row, r, k.class, 'class', false);
  if (ctx.st === ST_BLANK) blankKeys++;
  const subject = readText(ctx, row, r, k.subject, 'subject', false);
  let students = readNum(ctx, row, r, k.students, 'students', R_NONNEG);
  let studentsSt = ctx.st;
  // All five key reads were blank (a missing column reads blank), and the table has one.
  const continues = prev !== null && subject !== null && blankKeys === 5 &&
    (k.location >= 0 || k.department >= 0 || k.level >= 0 || k.year >= 0 || k.class >= 0);
  if (continues) {
    location = prev.location;
    department = prev.department;
    level = prev.level;
    year = prev.year;
    klass = prev.class ?? null;
    if (studentsSt === ST_BLANK && prev.students !== null) {
      students = prev.students;
      studentsSt = ST_OK;
    }
    if (cont.n++ === 0) cont.first = r;
  }
  const groups = readNum(ctx, row, r, k.groups, 'groups', R_NONNEG);
  const groupsSt = ctx.st;
  const maxGroupSize = readNum(ctx, row, r, k.maxGroupSize, 'maxGroupSize', R_POSITIVE);
  const mgsSt = ctx.st;
  const lessonsPerWeek = readNum(ctx, row, r, k.lessonsPerWeek, 'lessonsPerWeek', R_NONNEG);
  const lpwSt = ctx.st;
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
  const out: DemandRow = {
    ref: { sheet, row: sheetRow },
    location, department, level, year, subject, students, groups, maxGroupSize, lessonsPerWeek, lessonMinutes,
  };
  if (k.class >= 0) out.class = klass;
  return out;
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
    if (ctx.st === ST_BLANK) {
      ctx.add(r, k.role, 'Functie ontbreekt: categorie (leraar, OA, directie, OOP) onbekend.',
        'Role missing: category (teacher, assistant, management, support) unknown.');
    } else if (t !== null) category = roleCategory(t);
  } else if (k.scale >= 0) {
    const t = readText(ctx, row, r, k.scale, 'scale', false);
    if (ctx.st === ST_BLANK) {
      ctx.add(r, k.scale, 'Schaal ontbreekt: categorie (leraar of OOP) onbekend.',
        'Scale missing: category (teacher or support) unknown.');
    } else if (t !== null) category = scaleCategory(t);
  }
  let fte = readNum(ctx, row, r, k.fte, 'fte', R_NONNEG);
  let fteSt = ctx.st;
  // A table without an employee column holds totals: its FTE stand as they are.
  if (fte !== null && fte > 1.5 && k.period < 0 && k.employee >= 0) {
    ctx.add(r, k.fte,
      `Fte ${nlNumber(fte)} is groter dan 1,5 op een persoonsregel (bedoeld als ${nlNumber(fte)}%?): cel niet meegeteld.`,
      `FTE ${fte} is above 1.5 on a person's row (meant as ${fte}%?): cell left out.`);
    fte = null;
    fteSt = ST_BAD;
  }
  const cost = readNum(ctx, row, r, k.cost, 'cost', R_ANY);
  const costSt = ctx.st;
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

export function buildTable(
  name: string, originRow: number, originCol: number, values: unknown[], hr: number, seg: Segment,
  kind: TableKind, bound: number, top = hr,
): FormationTable {
  const ctx = new TableCtx(name, originRow, originCol);
  ctx.english = englishHeaders(seg);
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
  // A column with a header the reader does not map (a notes column) holds no row label.
  const notes: boolean[] = [];
  for (const h of seg.cells) if (!h.field) notes[h.c] = true;
  for (const f of FIELDS) if (k[f] >= 0) notes[k[f]] = false;
  let prev: DemandRow | null = null;
  const cont = { n: 0, first: -1 };

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
      prev = null;
      blankRun++;
      if (blankRun >= 2) break;
      continue;
    }
    blankRun = 0;
    // Totals rows: only a label cell makes one (domain.md): the first text cell of the row
    // unless it stands in a notes column, or any text cell of the text columns.
    let totalCol = firstText >= 0 && !notes[firstText] && isTotalLabel(row[firstText]) ? firstText : -1;
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
      prev = null;
      continue;
    }
    // A lone text outside the numeric columns (a section label, a note) is no data row.
    if (nonBlank === 1 && !isNum[firstIdx] && isPlainText(row[firstIdx])) {
      prev = null;
      continue;
    }
    lastContent = r;
    const sheetRow = originRow + r;
    if (kind === 'demand') demandRows.push((prev = parseDemandRow(ctx, row, r, k, name, sheetRow, prev, cont)));
    else if (kind === 'staff') staffRows.push(parseStaffRow(ctx, row, r, k, name, sheetRow));
    else summaryRows.push(parseSummaryRow(ctx, row, r, k, name, sheetRow));
  }

  if (cont.n > 0) {
    ctx.add(cont.first, k.subject,
      `${cont.n} ${cont.n === 1 ? 'vervolgregel' : 'vervolgregels'} (een vak zonder vestiging, afdeling, niveau, leerjaar en klas) ` +
        'horen bij het cohort van de regel erboven: die gegevens en, waar leeg, de leerlingen zijn overgenomen.',
      `${cont.n} continuation ${cont.n === 1 ? 'row' : 'rows'} (a subject without location, department, level, year and class) ` +
        'belong to the cohort of the row above: its keys and, where blank, its students were taken over.');
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
    range: rangeAddress(originRow + top, originCol + seg.c1, originRow + lastContent, originCol + seg.c2),
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

