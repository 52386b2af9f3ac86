/**
 * Layouts people make for the eye (domain.md): merged cells (filled by the host with
 * fillMerges), continuation rows, two-row headers, English notation, notes columns, totals
 * tables and the lessentabel with years as columns. Small fixtures built here; figures
 * computed by hand in the comments.
 */
import type { DemandTable, StaffTable, SummaryTable } from '../../src/model/types';
import { analyse } from '../../src/model/analysis';
import { fillMerges, parseMergeRef, readWorkbook } from '../../src/sheet';
import type { SheetValues } from '../../src/sheet';

const ref = (a: string) => parseMergeRef(a)!;

/**
 * Three cohorts written once, their subjects below them (rows 4-10), under a two-row header:
 *   havo 4: 160 pupils × 3 subjects, vwo … see the arithmetic in the tests.
 * `merged`: the cohort cells are merged down over their subject rows and the header has
 * "Cohort" over four columns, "Vak" and "Groepsgrootte" merged down over both rows; the
 * host fills the merges. Otherwise the same sheet as Excel passes it to a custom function:
 * merged cells other than the top-left one are blank (continuation rows).
 */
function cohortSheet(lang: 'nl' | 'en', merged: boolean): SheetValues {
  const h = lang === 'nl'
    ? { title: 'Lesvraag 2026-2027', cohort: 'Cohort', upper: ['Vak', 'Lessen', 'Groepsgrootte'], lower: ['Afdeling', 'Niveau', 'Leerjaar', 'Leerlingen', null, 'per week', null] }
    : { title: 'Curriculum demand 2026-27', cohort: 'Cohort', upper: ['Subject', 'Lessons', 'Group size'], lower: ['Department', 'Level', 'Year', 'Pupils', null, 'per week', null] };
  const subj = lang === 'nl' ? ['Nederlands', 'Engels', 'Wiskunde A'] : ['English', 'French', 'Maths'];
  const values: unknown[][] = [
    [h.title],
    [h.cohort, null, null, null, ...h.upper],
    [...h.lower],
    ['Bovenbouw', 'havo', 4, 160, subj[0], 3, 28],
    [null, null, null, null, subj[1], 3, 28],
    [null, null, null, null, subj[2], 3, 28],
    [null, 'havo', 5, 185, subj[0], 3, 28],
    [null, null, null, null, subj[1], 3, 28],
    [null, 'vwo', 4, 220, subj[0], 3, 28],
    [null, null, null, null, subj[1], 2, 28],
  ];
  if (merged) {
    fillMerges(values, ['A2:D2', 'E2:E3', 'G2:G3', 'A4:A10', 'B4:B6', 'C4:C6', 'D4:D6', 'B7:B8', 'C7:C8', 'D7:D8', 'B9:B10', 'C9:C10', 'D9:D10'].map(ref));
  }
  return { name: lang === 'nl' ? 'Lesvraag' : 'Demand', values };
}

describe.each(['nl', 'en'] as const)('cohorts written once (%s)', (lang) => {
  const merged = readWorkbook([cohortSheet(lang, true)]);
  const cont = readWorkbook([cohortSheet(lang, false)]);

  test('the two-row header is found: lower cell, else upper, else "upper lower"', () => {
    for (const res of [merged, cont]) {
      expect(res.tables).toHaveLength(1);
      const t = res.tables[0];
      expect(t.kind).toBe('demand');
      expect(t.headerRow).toBe(3);
      expect(t.range).toBe('A2:G10');
      // department A, level B, year C, students D, subject E ("Vak" merged down), lessons F
      // ("Lessen" + "per week"), group size G (merged down).
      expect(t.columns).toEqual({ department: 0, level: 1, year: 2, students: 3, subject: 4, lessonsPerWeek: 5, maxGroupSize: 6 });
      expect(t.headers[5]).toBe(lang === 'nl' ? 'Lessen per week' : 'Lessons per week');
    }
  });

  test('565 pupils, not 1,290: merged cohort cells count once per cohort', () => {
    // Filled rows: 160 × 3 + 185 × 2 + 220 × 2 = 1,290; each cohort once: 160 + 185 + 220 = 565.
    const rows = (merged.tables[0] as DemandTable).rows;
    expect(rows.reduce((s, r) => s + (r.students ?? 0), 0)).toBe(1290);
    const a = analyse(merged.tables);
    expect(a.totals.students).toBe(565);
    // groups: ceil(160/28)=6 × 3 rows + ceil(185/28)=7 × 2 + ceil(220/28)=8 × 2 = 18 + 14 + 16 = 48
    expect(a.totals.groups).toBe(48);
    // classes: each cohort's largest groups value: 6 + 7 + 8 = 21
    expect(a.totals.classes).toBe(21);
    // lessons: 6×3×3 + 7×3×2 + 8×3 + 8×2 = 54 + 42 + 24 + 16 = 136
    expect(a.totals.teacherLessonsPerWeek).toBe(136);
    expect(merged.tables[0].issues).toEqual([]);
  });

  test('continuation rows give the same figures as the merged layout, reported once', () => {
    const rows = (cont.tables[0] as DemandTable).rows;
    expect(rows.map((r) => [r.department, r.level, r.year, r.students])).toEqual([
      ['Bovenbouw', 'havo', '4', 160], ['Bovenbouw', 'havo', '4', 160], ['Bovenbouw', 'havo', '4', 160],
      // row 7 has its own level, year and students: no continuation, department stays blank
      [null, 'havo', '5', 185], [null, 'havo', '5', 185],
      [null, 'vwo', '4', 220], [null, 'vwo', '4', 220],
    ]);
    const a = analyse(cont.tables);
    const b = analyse(merged.tables);
    expect(a.totals.students).toBe(565);
    for (const k of ['students', 'groups', 'classes', 'teacherLessonsPerWeek', 'teacherFteNeeded'] as const) {
      expect(a.totals[k]).toBe(b.totals[k]);
    }
    const issues = cont.tables[0].issues;
    expect(issues).toHaveLength(1);
    expect(issues[0].cell).toBe(lang === 'nl' ? 'Lesvraag!E5' : 'Demand!E5');
    expect(issues[0].message).toMatch(/^4 vervolgregels .*cohort van de regel erboven/);
    expect(issues[0].messageEn).toMatch(/^4 continuation rows .*cohort of the row above/);
  });
});

describe('continuation rows: the edges', () => {
  const sheet = (rows: unknown[][]): DemandTable =>
    readWorkbook([{ name: 'L', values: [['Leerjaar', 'Vak', 'Leerlingen', 'Groepsgrootte', 'Lesuren'], ...rows] }]).tables[0] as DemandTable;

  test('an own students cell wins; a blank row or a totals row ends the cohort', () => {
    const t = sheet([
      [1, 'NE', 100, 28, 3],
      [null, 'FA', 40, 28, 2], // elective: own students, year taken over
      [],
      [null, 'EN', null, 28, 3], // after a blank row: no cohort above
    ]);
    expect(t.rows.map((r) => [r.year, r.students])).toEqual([['1', 100], ['1', 40], [null, null]]);
    expect(t.issues.map((i) => i.cell)).toEqual(['L!C5', 'L!B3']); // students missing on row 5; the note
  });

  test('a bad key cell is no blank: no continuation', () => {
    const t = sheet([[1, 'NE', 100, 28, 3], ['#REF!', 'EN', null, 28, 3]]);
    expect(t.rows[1].year).toBeNull();
    expect(t.rows[1].students).toBeNull();
  });

  test('a table without cohort-key columns has no continuation rows', () => {
    const t = readWorkbook([{ name: 'L', values: [['Vak', 'Leerlingen', 'Groepsgrootte', 'Lesuren'], ['NE', 100, 28, 3], ['EN', null, 28, 3]] }]).tables[0] as DemandTable;
    expect(t.rows[1].students).toBeNull();
    expect(t.issues.map((i) => i.message)).toEqual([expect.stringMatching(/Leerlingen ontbreken/)]);
  });

  test('class rows: a blank class cell under a class takes its class (Dutch and English headers)', () => {
    for (const header of [['Leerjaar', 'Klas', 'Vak', 'Leerlingen', 'Lesuren'], ['Year', 'Form', 'Subject', 'Pupils', 'Lessons per week']]) {
      const t = readWorkbook([{ name: 'K', values: [header, [2, '2A', 'NE', 28, 4], [null, null, 'EN', null, 3], [2, '2B', 'NE', 27, 4]] }]).tables[0] as DemandTable;
      expect(t.columns.class).toBe(1);
      expect(t.rows.map((r) => [r.class, r.students])).toEqual([['2A', 28], ['2A', 28], ['2B', 27]]);
    }
  });
});

describe('two-row headers', () => {
  const values = (filled: boolean): unknown[][] => [
    [null, null, 'FTE', filled ? 'FTE' : null, filled ? 'FTE' : null],
    ['Vestiging', 'Leerlingen', 'OP', 'OA', 'OOP'],
    ['Noord', 600, 40.5, 3, 6],
    ['Zuid', 650, 42, 2.5, 7],
  ];

  test.each([true, false])('"FTE" over "OP | OA | OOP" (merge filled: %s) → teacher, assistant, support FTE', (filled) => {
    const res = readWorkbook([{ name: 'Overzicht', values: values(filled) }]);
    const t = res.tables[0] as SummaryTable;
    expect(t.kind).toBe('summary');
    expect(t.columns).toEqual({ location: 0, students: 1, teacherFte: 2, assistantFte: 3, supportFte: 4 });
    expect(t.headers[3]).toBe('FTE OA');
    expect(t.rows[1]).toMatchObject({ location: 'Zuid', teacherFte: 42, assistantFte: 2.5, supportFte: 7 });
    const a = analyse(res.tables);
    expect(a.totals.assistantFte).toBe(5.5); // 3 + 2.5
  });

  test('a title row above a one-row header changes nothing', () => {
    const res = readWorkbook([{ name: 'P', values: [['Formatie 2026', null, null], ['Naam', 'Functie', 'FTE'], ['Jansen', 'Docent', 0.8]] }]);
    expect(res.tables[0].range).toBe('A2:C3');
    expect(res.tables[0].headerRow).toBe(2);
  });

  test('a data row under a header is never read as a second header row', () => {
    const res = readWorkbook([{ name: 'P', values: [['Naam', 'Functie', 'FTE'], ['Jansen', 'OA', '0,8'], ['de Vries', 'Docent', '1,0']] }]);
    expect(res.tables).toHaveLength(1);
    expect((res.tables[0] as StaffTable).rows.map((r) => r.fte)).toEqual([0.8, 1]);
  });
});

describe('number notation follows the header language', () => {
  const read = (header: unknown[]) =>
    (readWorkbook([{ name: 'S', values: [header, ['A', 'Teacher', '0,8', '54,300'], ['B', 'TA', '1.0', '1,234.5']] }]).tables[0] as StaffTable).rows;

  test('English headers: comma and dot swap ("54,300" = 54300, "0,8" = 0.8)', () => {
    const rows = read(['Name', 'Role', 'FTE', 'Cost']);
    expect(rows.map((r) => [r.fte, r.cost])).toEqual([[0.8, 54300], [1, 1234.5]]);
  });

  test('Dutch headers: "54,300" = 54.3', () => {
    const rows = read(['Naam', 'Functie', 'FTE', 'Loonkosten']);
    expect(rows.map((r) => [r.fte, r.cost])).toEqual([[0.8, 54.3], [1, 1234.5]]);
  });

  test('mixed headers read as Dutch', () => {
    const rows = read(['Name', 'Functie', 'FTE', 'Cost']);
    expect(rows[0].cost).toBe(54.3);
  });
});

describe('notes columns, totals rows and totals tables', () => {
  test('a note starting with "Totaal" does not make a totals row; the label cell does', () => {
    const res = readWorkbook([{ name: 'P', values: [
      ['Naam', 'Functie', 'FTE', 'Opmerking'],
      ['Jansen', 'Docent', 0.8, 'Totaal 3 maanden ziek'],
      [null, 'OA', 0.5, 'Totaal van twee contracten'],
      ['Totaal', null, 1.3, null],
    ] }]);
    const t = res.tables[0] as StaffTable;
    expect(t.rows.map((r) => r.fte)).toEqual([0.8, 0.5]);
    expect(t.issues.map((i) => i.cell)).toEqual(['P!A4']);
    expect(t.issues[0].message).toMatch(/Totaalregel/);
  });

  test('a staff table without an employee column holds totals: fte above 1.5 stands', () => {
    const res = readWorkbook([{ name: 'T', values: [['Functie', 'FTE'], ['Docent', 42.5], ['Onderwijsassistent', '3,2'], ['Directie', 2]] }]);
    const t = res.tables[0] as StaffTable;
    expect(t.issues).toEqual([]);
    expect(t.rows.map((r) => [r.category, r.fte])).toEqual([['teacher', 42.5], ['assistant', 3.2], ['management', 2]]);
    const a = analyse(res.tables);
    expect(a.totals.teacherFteAvailable).toBe(42.5);
    expect(a.totals.assistantFte).toBe(3.2);
  });

  test('English: a notes column and a totals table', () => {
    const people = readWorkbook([{ name: 'Staff', values: [
      ['Name', 'Role', 'FTE', 'Notes'],
      ['Smith', 'Teacher', 0.8, 'Total hours cut from May'],
      ['Total', null, 0.8, null],
    ] }]).tables[0] as StaffTable;
    expect(people.rows.map((r) => [r.category, r.fte])).toEqual([['teacher', 0.8]]);
    expect(people.issues.map((i) => i.messageEn)).toEqual([expect.stringMatching(/^Totals row skipped/)]);
    const totals = readWorkbook([{ name: 'Board', values: [
      ['Role', 'FTE'], ['Teaching staff', '54.5'], ['Teaching assistants', '6,0'], ['Head of school', 1],
    ] }]);
    const t = totals.tables[0] as StaffTable;
    expect(t.issues).toEqual([]);
    // English headers: "54.5" = 54.5, "6,0" = 6 (comma and dot swap); fte > 1.5 stands in a totals table.
    expect(t.rows.map((r) => [r.category, r.fte])).toEqual([['teacher', 54.5], ['assistant', 6], ['management', 1]]);
  });

  test('a person row above 1.5 fte is still an issue', () => {
    const res = readWorkbook([{ name: 'P', values: [['Naam', 'Functie', 'FTE'], ['Jansen', 'Docent', 80]] }]);
    expect(res.tables[0].issues.map((i) => i.cell)).toEqual(['P!C2']);
  });

  test('hidden rows and columns count: the reader reads every row and column it is given', () => {
    // Hosts pass hidden rows and columns like visible ones; nothing in values[][] marks them.
    const res = readWorkbook([{ name: 'P', values: [['Naam', 'Functie', 'FTE'], ['Jansen', 'Docent', 0.8], ['Bakker', 'OA', 0.6]] }]);
    expect(analyse(res.tables).totals.teacherFteAvailable).toBe(0.8);
  });
});

describe('a lessentabel with years as columns', () => {
  test.each([
    [['Vak', 'Leerjaar 1', 'Leerjaar 2', 'Leerjaar 3'], 'Lessentabel!A2'],
    [['Vak', 1, 2, 3, 4], 'Lessentabel!A2'],
    [['Subject', 'Year 7', 'Year 8'], 'Lessentabel!A2'],
    [['Vak', 'Opmerking'], null],
    [['Subject', 'Year 1', 'Year 2'], 'Lessentabel!A2'],
  ])('%j: no formation table, says what was found and what is needed', (header, cell) => {
    const res = readWorkbook([{ name: 'Lessentabel', values: [['Lessentabel havo'], header, ['Nederlands', 4, 4, 3, 3], ['Engels', 3, 3, 3, 3]] }]);
    expect(res.tables).toEqual([]);
    expect(res.issues).toHaveLength(1);
    expect(res.issues[0].message).toMatch(/^Geen formatietabel gevonden/);
    if (cell) {
      expect(res.issues[0].cell).toBe(cell);
      expect(res.issues[0].message).toMatch(/leerjaren als kolommen.*één regel per cohort × vak met het aantal leerlingen en de lesuren per week/);
      expect(res.issues[0].messageEn).toMatch(/years as columns.*one row per cohort × subject with the number of pupils and the lessons per week/);
    }
  });
});
