/**
 * Seeded fuzz test of the reader: 10,000 generated malformed tables (random types, blanks,
 * error values, objects, shifted headers, title and junk rows, ragged and missing rows).
 * No exception may escape, every bad cell the generator planted in a numeric column (and
 * every error value in a text column) of a recognised table must be reported at its exact
 * address and must never appear as a number in the rows; every good number must be read exactly.
 */
import type { Field, FormationTable, TableKind } from '../../src/model/types';
import { HEADER_SYNONYMS, cellAddress, headerLanguage, readWorkbook } from '../../src/sheet';
import type { SheetValues } from '../../src/sheet';

function mulberry32(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const rnd = mulberry32(20250611);
const int = (lo: number, hi: number) => lo + Math.floor(rnd() * (hi - lo + 1));
const pick = <T>(xs: readonly T[]): T => xs[Math.floor(rnd() * xs.length)];
const chance = (p: number) => rnd() < p;
function shuffle<T>(xs: T[]): T[] {
  for (let i = xs.length - 1; i > 0; i--) {
    const j = Math.floor(rnd() * (i + 1));
    [xs[i], xs[j]] = [xs[j], xs[i]];
  }
  return xs;
}

const SHEET_NAMES = ['Lesvraag', 'Lesvraag 26-27', "Juf's blad", 'P1', '2025', 'Formatie_OP', 'Überblick'];
const TITLES = ['Formatie 2025-2026', 'Overzicht per locatie', 'Bron: DUO', 'Versie 3', 'Concept'];
const JUNK_ROWS: unknown[][] = [['Opmerkingen:'], ['Zie tabblad 2', null, 'x'], [42], ['*', '*', '*']];
const TEXT_POOL: Partial<Record<Field, readonly unknown[]>> = {
  location: ['Utrecht', 'Culemborg', 'Vleuten', 'Roermond', 'Lek en Linge'],
  department: ['OB', 'BB', 'Bovenbouw'],
  level: ['havo', 'vwo', 'vmbo-t', 'mavo'],
  year: [1, 2, 3, '4', '5'],
  subject: ['Engels', 'Wiskunde', 'Frans', 'Nederlands', 'Biologie'],
  employee: ['Jansen', 'de Vries', 'Bakker', 1001, 1002],
  role: ['Docent', 'OA', 'Conciërge', 'Teamleider', 'Leraar LC', 'TOA'],
  scale: ['LB', 'LC 11', '8', 'schaal 9'],
  period: ['2025-01', '2025-02', 45689],
};
const ERROR_VALUES: unknown[] = ['#REF!', '#N/A', '#VALUE!', { error: '#DIV/0!' }, { code: 'InvalidReference' }, { code: '#NAME?' }];
const JUNK_VALUES: unknown[] = [
  'abc', 'n.v.t.', '12a', '1.2.3', '?', true, false, new Date(Date.UTC(2025, 0, 1)), { foo: 1 }, NaN, Infinity,
  -Infinity, { formula: 'A1*2' }, [1, 2], '--3',
];
const NUMERIC: Record<TableKind, Field[]> = {
  demand: ['students', 'groups', 'maxGroupSize', 'lessonsPerWeek', 'lessonMinutes'],
  staff: ['fte', 'cost'],
  summary: ['students', 'teacherFte', 'assistantFte', 'supportFte', 'cost'],
};

function fieldsFor(kind: TableKind): Field[] {
  const some = (xs: Field[]) => xs.filter(() => chance(0.5));
  if (kind === 'demand') {
    return ['lessonsPerWeek', chance(0.7) ? 'students' : 'groups', ...some(['location', 'year', 'subject', 'maxGroupSize', 'groups', 'students', 'lessonMinutes', 'level'])];
  }
  if (kind === 'staff') {
    return ['fte', pick<Field>(['role', 'scale', 'employee']), ...some(['employee', 'location', 'cost', 'period', 'subject', 'role'])];
  }
  return ['location', pick<Field>(['teacherFte', 'assistantFte', 'supportFte']), ...some(['students', 'teacherFte', 'assistantFte', 'supportFte', 'cost'])];
}

function headerFor(field: Field): string {
  let s = pick(HEADER_SYNONYMS[field]);
  const t = rnd();
  if (t < 0.25) s = s.toUpperCase();
  else if (t < 0.5) s = s[0].toUpperCase() + s.slice(1);
  return s + pick(['', '', ' 2025', '.', ' (x)', ' ']);
}

/** A valid value for a numeric field: [cell, expected number]. */
function validNumber(field: Field, english: boolean): [unknown, number] {
  let n: number;
  switch (field) {
    case 'students': n = int(0, 400); break;
    case 'groups': n = int(0, 14); break;
    case 'maxGroupSize': n = int(1, 32); break;
    case 'lessonsPerWeek': n = int(0, 40) / (chance(0.3) ? 2 : 1); break;
    case 'lessonMinutes': n = pick([45, 50, 60]); break;
    case 'fte': n = int(0, 120) / 100; break;
    case 'cost': n = int(-2000, 90000); break;
    default: n = int(0, 2000) / 10;
  }
  const form = rnd();
  if (form < 0.6) return [n, n];
  // Text numbers in the table's notation: English headers swap comma and dot (domain.md).
  const dec = english ? '.' : ',';
  const grp = english ? ',' : '.';
  if (form < 0.85) return [` ${String(n).replace('.', dec)} `, n];
  if (form < 0.95 && n >= 1000 && Number.isInteger(n)) return [String(n).replace(/\B(?=(\d{3})+$)/, grp), n];
  return [{ formula: 'X1', result: n }, n];
}

/** A bad value for a numeric field (never a number the reader may accept). */
function badNumber(field: Field, personRows: boolean): unknown {
  const t = rnd();
  if (t < 0.4) return pick(ERROR_VALUES);
  if (t < 0.8) return pick(JUNK_VALUES);
  if (field !== 'cost' && t < 0.9) return -int(1, 50);
  if ((field === 'maxGroupSize' || field === 'lessonMinutes') && t < 0.95) return 0;
  // fte > 1.5 is bad on a person's row only (not in period tables, not in totals tables).
  if (field === 'fte' && personRows) return pick<unknown>([80, 2, 1.6, '160%']);
  return pick(ERROR_VALUES);
}

interface Planted {
  address: string;
  sheetRow: number;
  field: Field;
  headerRow: number;
  kind: TableKind;
  expected: number | null; // null: bad cell
}

function isBlankish(v: unknown): boolean {
  return v === null || v === undefined || (typeof v === 'string' && v.trim() === '');
}

function generate(): { sheets: SheetValues[]; planted: Planted[] } {
  const name = pick(SHEET_NAMES);
  const originRow = chance(0.5) ? 1 : int(1, 30);
  const originCol = chance(0.5) ? 0 : int(0, 6);
  const values: unknown[][] = [];
  const planted: Planted[] = [];
  for (let i = int(0, 3); i > 0; i--) {
    const row: unknown[] = [];
    row[int(0, 2)] = pick(TITLES);
    values.push(row);
  }
  const nTables = int(1, 2);
  for (let ti = 0; ti < nTables; ti++) {
    const kind = pick<TableKind>(['demand', 'staff', 'summary']);
    const fields = [...new Set(fieldsFor(kind))];
    const personRows = !fields.includes('period') && fields.includes('employee');
    const cols: (Field | 'extra' | 'dup')[] = shuffle([...fields]);
    if (chance(0.3)) cols.splice(int(0, cols.length), 0, 'extra');
    let dupField: Field | null = null;
    if (chance(0.2)) {
      dupField = pick(fields);
      cols.push('dup');
    }
    const shift = int(0, 2);
    const header: unknown[] = [];
    cols.forEach((f, i) => {
      header[shift + i] = f === 'extra' ? pick(['Mentor', 'Opmerking', 'Code']) : f === 'dup' ? headerFor(dupField as Field) : headerFor(f);
    });
    const headerRow = values.length;
    values.push(header);
    let en = 0;
    let nl = 0;
    for (const h of header) {
      const lang = typeof h === 'string' ? headerLanguage(h) : null;
      if (lang === 'en') en++;
      else if (lang === 'nl') nl++;
    }
    const english = en > 0 && nl === 0;
    const c1 = shift;
    const c2 = shift + cols.length - 1;
    let prevBlank = false;
    let ended = false;
    const nRows = int(0, 12);
    for (let ri = 0; ri < nRows; ri++) {
      const r = values.length;
      const t = rnd();
      if (t < 0.06 && !prevBlank && ri < nRows - 1) {
        // a single blank row (or a missing row) inside the table
        if (chance(0.5)) values.push([]);
        else values.length++;
        prevBlank = true;
        continue;
      }
      const row: unknown[] = [];
      const totals = t < 0.11;
      const plantedHere: Planted[] = [];
      cols.forEach((f, i) => {
        const c = shift + i;
        if (f === 'extra') {
          if (chance(0.3)) row[c] = pick(['2B', 'x', 12]);
          return;
        }
        const field = f === 'dup' ? (dupField as Field) : f;
        const isNum = NUMERIC[kind].includes(field);
        const p = rnd();
        if (p < 0.15) {
          row[c] = pick([null, undefined, '', '  ']);
          return;
        }
        if (isNum) {
          if (p < 0.35) {
            row[c] = badNumber(field, personRows);
            if (f !== 'dup') plantedHere.push({ address: cellAddress(name, originRow + r, originCol + c), sheetRow: originRow + r, field, headerRow: originRow + headerRow, kind, expected: null });
          } else {
            const [cell, n] = validNumber(field, english);
            row[c] = cell;
            if (f !== 'dup') plantedHere.push({ address: cellAddress(name, originRow + r, originCol + c), sheetRow: originRow + r, field, headerRow: originRow + headerRow, kind, expected: n });
          }
        } else if (p < 0.2) {
          row[c] = pick(ERROR_VALUES);
          // text fields the reader reads for this kind (the scale only without a role column)
          const read = kind === 'summary' ? field === 'location' : field !== 'scale' || !fields.includes('role');
          if (f !== 'dup' && read) {
            plantedHere.push({ address: cellAddress(name, originRow + r, originCol + c), sheetRow: originRow + r, field, headerRow: originRow + headerRow, kind, expected: null });
          }
        } else {
          row[c] = pick(TEXT_POOL[field] ?? ['x']);
        }
      });
      if (totals) row[c1] = pick(['Totaal', 'Subtotaal onderbouw', 'TOTAL', 'totaal OP']);
      if (chance(0.1)) row.length = int(0, row.length); // ragged row
      let blank = true;
      for (let c = c1; c <= c2; c++) if (!isBlankish(row[c])) blank = false;
      values.push(row);
      if (blank) {
        if (prevBlank) ended = true; // two blank rows end the table
        prevBlank = true;
        continue;
      }
      prevBlank = false;
      if (ended || totals) continue;
      for (const pl of plantedHere) {
        // keep only cells that survived truncation
        if (cols.indexOf(pl.field) + shift < row.length) planted.push(pl);
      }
    }
    values.push([], []);
    if (chance(0.3)) values.push(pick(JUNK_ROWS), [], []);
  }
  const sheets: SheetValues[] = [{ name, values, originRow, originCol }];
  if (chance(0.2)) {
    // a garbage sheet beside it
    const g: unknown[][] = [];
    for (let i = int(0, 6); i > 0; i--) {
      const row: unknown[] = [];
      for (let j = int(0, 6); j > 0; j--) row.push(pick([...ERROR_VALUES, ...JUNK_VALUES, 'Leerlingen', 'Lesuren', 'Totaal', 5, null]));
      g.push(row);
    }
    sheets.push({ name: 'Rommel', values: chance(0.1) ? (undefined as unknown as unknown[][]) : g });
  }
  return { sheets, planted };
}

test('10,000 generated malformed tables: no throw, every bad cell reported and null, every good number exact', () => {
  let plantedBad = 0;
  let plantedGood = 0;
  const failures: string[] = [];
  for (let k = 0; k < 10000 && failures.length < 5; k++) {
    const { sheets, planted } = generate();
    let res: ReturnType<typeof readWorkbook>;
    try {
      res = readWorkbook(sheets);
    } catch (e) {
      failures.push(`case ${k}: threw ${String(e)}`);
      continue;
    }
    const byHeader = new Map<number, FormationTable>();
    for (const t of res.tables) if (t.sheet === sheets[0].name) byHeader.set(t.headerRow, t);
    for (const p of planted) {
      const t = byHeader.get(p.headerRow);
      if (!t || t.kind !== p.kind) {
        failures.push(`case ${k}: no ${p.kind} table at header row ${p.headerRow}: ${JSON.stringify(sheets[0].values.slice(0, 6))}`);
        break;
      }
      const row = (t.rows as { ref: { row: number } }[]).find((r) => r.ref.row === p.sheetRow) as Record<string, unknown> | undefined;
      if (!row) {
        failures.push(`case ${k}: row ${p.sheetRow} missing in ${t.range}`);
        break;
      }
      const key = p.field === 'role' || p.field === 'scale' ? 'category' : p.field;
      if (p.expected === null) {
        plantedBad++;
        if (!t.issues.some((i) => i.cell === p.address)) failures.push(`case ${k}: ${p.address} (${p.field}) not reported`);
        if (row[key] !== null) failures.push(`case ${k}: ${p.address} read as ${String(row[key])}`);
      } else {
        plantedGood++;
        if (row[key] !== p.expected) failures.push(`case ${k}: ${p.address} read as ${String(row[key])}, expected ${p.expected}`);
      }
    }
  }
  expect(failures).toEqual([]);
  expect(plantedBad).toBeGreaterThan(5000);
  expect(plantedGood).toBeGreaterThan(10000);
});

// ---------------------------------------------------------------------------------------
// Layouts for the eye: merged cohorts (filled by the host), continuation rows, two-row
// headers. The same cohorts in every layout must give the same figures; a bad cell is
// reported and never read as 0; nothing throws.

import { fillMerges } from '../../src/sheet';
import type { MergeArea } from '../../src/sheet';
import { analyse } from '../../src/model/analysis';

interface CohortSpec {
  level: string;
  year: number;
  students: unknown; // a valid number or a bad cell
  valid: number | null;
  subjects: { name: string; lessons: unknown; validLessons: number | null }[];
}

function cohortSpecs(): CohortSpec[] {
  const out: CohortSpec[] = [];
  const levels = ['havo', 'vwo', 'mavo'];
  for (let i = int(1, 5); i > 0; i--) {
    const bad = chance(0.2);
    const n = int(1, 400);
    const subjects = shuffle(['Engels', 'Wiskunde', 'Frans', 'Nederlands', 'Biologie']).slice(0, int(1, 4)).map((name) => {
      const badL = chance(0.15);
      const L = int(1, 5);
      return { name, lessons: badL ? pick(ERROR_VALUES) : L, validLessons: badL ? null : L };
    });
    // distinct cohort keys: level × year
    let level = pick(levels);
    let year = int(1, 6);
    while (out.some((c) => c.level === level && c.year === year)) {
      level = pick(levels);
      year = int(1, 6);
    }
    out.push({ level, year, students: bad ? pick(ERROR_VALUES) : n, valid: bad ? null : n, subjects });
  }
  return out;
}

type Layout = 'repeated' | 'merged' | 'continuation';

function cohortSheet(specs: CohortSpec[], layout: Layout, twoRow: boolean, english: boolean): SheetValues {
  const lower = english ? ['Level', 'Year', 'Pupils', 'Subject', 'per week', 'Group size'] : ['Niveau', 'Leerjaar', 'Leerlingen', 'Vak', 'per week', 'Groepsgrootte'];
  const values: unknown[][] = [];
  const merges: MergeArea[] = [];
  if (twoRow) {
    values.push([english ? 'Cohort' : 'Cohort', null, null, lower[3], english ? 'Lessons' : 'Lessen', lower[5]]);
    values.push([lower[0], lower[1], lower[2], layout === 'merged' ? null : lower[3], lower[4], layout === 'merged' ? null : lower[5]]);
    merges.push({ top: 1, left: 0, bottom: 1, right: 2 }, { top: 1, left: 3, bottom: 2, right: 3 }, { top: 1, left: 5, bottom: 2, right: 5 });
  } else {
    values.push([lower[0], lower[1], lower[2], lower[3], english ? 'Lessons per week' : 'Lesuren', lower[5]]);
  }
  for (const c of specs) {
    const top = values.length + 1;
    c.subjects.forEach((s, i) => {
      const first = i === 0 || layout === 'repeated';
      values.push([first ? c.level : null, first ? c.year : null, first ? c.students : null, s.name, s.lessons, 28]);
    });
    if (layout === 'merged' && c.subjects.length > 1) {
      for (let col = 0; col < 3; col++) merges.push({ top, left: col, bottom: top + c.subjects.length - 1, right: col });
    }
  }
  if (layout === 'merged') fillMerges(values, merges, 1, 0);
  return { name: 'Cohorten', values };
}

test('2,000 cohort sheets: merged, continuation and repeated layouts give the same figures', () => {
  const failures: string[] = [];
  for (let k = 0; k < 2000 && failures.length < 5; k++) {
    const specs = cohortSpecs();
    const twoRow = chance(0.5);
    const english = chance(0.3);
    // Expected, by hand: each cohort's students once; F1 groups per subject row.
    let students: number | null = null;
    let groups: number | null = null;
    for (const c of specs) {
      if (c.valid === null) continue;
      students = (students ?? 0) + c.valid;
      groups = (groups ?? 0) + c.subjects.length * Math.ceil(c.valid / 28);
    }
    const got: Record<Layout, unknown> = { repeated: null, merged: null, continuation: null };
    for (const layout of ['repeated', 'merged', 'continuation'] as Layout[]) {
      let res: ReturnType<typeof readWorkbook>;
      try {
        res = readWorkbook([cohortSheet(specs, layout, twoRow, english)]);
      } catch (e) {
        failures.push(`case ${k} ${layout}: threw ${String(e)}`);
        continue;
      }
      if (res.tables.length !== 1 || res.tables[0].kind !== 'demand') {
        failures.push(`case ${k} ${layout} twoRow=${twoRow}: ${res.tables.length} tables`);
        continue;
      }
      const t = res.tables[0];
      const hr = twoRow ? 2 : 1;
      // Every bad cell planted in the first row of a cohort is reported there and null.
      let r = hr + 1;
      for (const c of specs) {
        const row = t.rows.find((x) => x.ref.row === r);
        if (!row) failures.push(`case ${k} ${layout}: row ${r} missing`);
        else if (c.valid === null) {
          if (row.students !== null) failures.push(`case ${k} ${layout}: bad students C${r} read as ${String(row.students)}`);
          if (!t.issues.some((i) => i.cell === `Cohorten!C${r}`)) failures.push(`case ${k} ${layout}: C${r} not reported`);
        }
        c.subjects.forEach((s, i) => {
          const x = t.rows.find((y) => y.ref.row === r + i);
          if (s.validLessons === null && x && x.lessonsPerWeek !== null) failures.push(`case ${k} ${layout}: bad lessons E${r + i} read as ${String(x.lessonsPerWeek)}`);
        });
        r += c.subjects.length;
      }
      const a = analyse(res.tables).totals;
      got[layout] = [a.students, a.groups, a.teacherLessonsPerWeek];
      if (a.students !== students) failures.push(`case ${k} ${layout}: students ${String(a.students)}, expected ${String(students)}`);
      if (a.groups !== groups) failures.push(`case ${k} ${layout}: groups ${String(a.groups)}, expected ${String(groups)}`);
    }
    if (JSON.stringify(got.merged) !== JSON.stringify(got.repeated) || JSON.stringify(got.continuation) !== JSON.stringify(got.repeated)) {
      failures.push(`case ${k}: layouts differ ${JSON.stringify(got)}`);
    }
  }
  expect(failures).toEqual([]);
});
