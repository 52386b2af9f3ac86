import type { DemandTable, StaffTable, SummaryTable, FormationTable } from '../../src/model/types';
import { readRange, readWorkbook } from '../../src/sheet';
import type { SheetValues } from '../../src/sheet';

const cells = (t: { issues: { cell: string }[] }) => t.issues.map((i) => i.cell);
const demand = (t: FormationTable) => t as DemandTable;
const staff = (t: FormationTable) => t as StaffTable;

/** A demand sheet under two title rows, with a subtotal, a text number, #REF!, a negative count and junk. */
function lesvraag(originRow?: number, originCol?: number): SheetValues {
  return {
    name: 'Lesvraag 26-27',
    originRow,
    originCol,
    values: [
      ['Formatie 2026-2027: lesvraag'],
      ['Versie 3, peildatum 1 oktober', null, null, null],
      ['Vestiging', 'Leerjaar', 'Vak', 'Leerlingen', 'Groepsgrootte', 'Groepen', 'Lesuren', 'Klas'],
      ['Utrecht', 1, 'Engels', 150, 28, null, 3, '1A-1F'],
      ['Utrecht', 1, 'Wiskunde', '28,0', 28, 6, 4],
      ['Utrecht', 2, 'Engels', '#REF!', 28, 5, 3],
      ['Utrecht', 2, 'Wiskunde', -5, 28, null, 4],
      ['Subtotaal onderbouw', null, null, 328, null, 11, 14],
      ['Utrecht', '3', 'Engels', 120, 28, 'abc', 3],
      [],
      ['Totaal', null, null, 448, null, null, null],
    ],
  };
}

describe('demand sheet under two title rows', () => {
  const res = readWorkbook([lesvraag()]);
  const t = demand(res.tables[0]);

  test('one demand table, header row 3, range and columns', () => {
    expect(res.issues).toEqual([]);
    expect(res.tables).toHaveLength(1);
    expect(t.kind).toBe('demand');
    expect(t.sheet).toBe('Lesvraag 26-27');
    expect(t.headerRow).toBe(3);
    expect(t.range).toBe('A3:H11');
    // "Klas" is the class field since issue 8 (domain.md: klas, klasnaam, stamgroep…).
    expect(t.columns).toEqual({ location: 0, year: 1, subject: 2, students: 3, maxGroupSize: 4, groups: 5, lessonsPerWeek: 6, class: 7 });
    expect(t.headers[7]).toBe('Klas');
  });

  test('exact issue addresses', () => {
    expect(cells(t)).toEqual([
      "'Lesvraag 26-27'!D6",
      "'Lesvraag 26-27'!D7",
      "'Lesvraag 26-27'!A8",
      "'Lesvraag 26-27'!F9",
      "'Lesvraag 26-27'!A11",
    ]);
    const byCell = Object.fromEntries(t.issues.map((i) => [i.cell, i]));
    expect(byCell["'Lesvraag 26-27'!D6"].message).toMatch(/#REF!/);
    expect(byCell["'Lesvraag 26-27'!D7"].message).toMatch(/Negatieve/);
    expect(byCell["'Lesvraag 26-27'!A8"].message).toMatch(/Totaalregel overgeslagen/);
    expect(byCell["'Lesvraag 26-27'!F9"].message).toMatch(/"abc".*geen getal/);
    expect(byCell["'Lesvraag 26-27'!F9"]).toMatchObject({ sheet: 'Lesvraag 26-27', row: 9, col: 5 });
    for (const i of t.issues) expect(i.messageEn).toBeTruthy();
  });

  test('rows: totals left out, bad cells null (not 0), text number parsed, year as text', () => {
    expect(t.rows.map((r) => r.ref.row)).toEqual([4, 5, 6, 7, 9]);
    expect(t.rows[0]).toEqual({
      ref: { sheet: 'Lesvraag 26-27', row: 4 }, location: 'Utrecht', department: null, level: null, year: '1',
      class: '1A-1F', subject: 'Engels', students: 150, groups: null, maxGroupSize: 28, lessonsPerWeek: 3, lessonMinutes: null,
    });
    expect(t.rows[1].students).toBe(28);
    expect(t.rows[2].students).toBeNull();
    expect(t.rows[2].groups).toBe(5);
    expect(t.rows[3].students).toBeNull();
    expect(t.rows[4].groups).toBeNull();
    expect(t.rows[4].year).toBe('3');
  });

  test('origin offsets shift every address', () => {
    const r2 = readWorkbook([lesvraag(5, 2)]);
    const t2 = demand(r2.tables[0]);
    expect(t2.headerRow).toBe(7);
    expect(t2.range).toBe('C7:J15');
    expect(t2.columns.students).toBe(5);
    expect(cells(t2)).toEqual([
      "'Lesvraag 26-27'!F10",
      "'Lesvraag 26-27'!F11",
      "'Lesvraag 26-27'!C12",
      "'Lesvraag 26-27'!H13",
      "'Lesvraag 26-27'!C15",
    ]);
    expect(t2.rows.map((r) => r.ref.row)).toEqual([8, 9, 10, 11, 13]);
    expect(t2.headers[9]).toBe('Klas');
  });

  test('readRange reads the same', () => {
    expect(readRange(lesvraag())).toEqual(res);
  });
});

describe('demand rows that cannot give lessons', () => {
  test('missing lessons, students and group size named by cell', () => {
    const res = readWorkbook([{
      name: 'LV',
      values: [
        ['Afdeling', 'Niveau', 'Leerlingen', 'Max groepsgrootte', 'Groepen', 'Lesuren', 'Lesduur'],
        ['Onderbouw'],
        ['OB', 'havo', 100, 25, null, null, 50],
        ['OB', 'havo', null, 25, null, 3, 50],
        ['OB', 'vwo', 90, null, null, 3, 0],
        ['OB', 'vwo', 90, 30, 3, 2, 45],
      ],
    }]);
    const t = demand(res.tables[0]);
    expect(cells(t)).toEqual(['LV!F3', 'LV!C4', 'LV!G5', 'LV!D5']);
    expect(t.rows).toHaveLength(4);
    expect(t.rows[2].lessonMinutes).toBeNull();
    expect(t.rows[3]).toMatchObject({ department: 'OB', level: 'vwo', students: 90, maxGroupSize: 30, groups: 3, lessonsPerWeek: 2, lessonMinutes: 45 });
  });

  test('no groups and no group size column: one table issue', () => {
    const res = readWorkbook([{ name: 'X', values: [['Leerlingen', 'Lesuren'], [100, 3], [80, 2]] }]);
    expect(cells(res.tables[0])).toEqual(['X!A1']);
    expect(res.tables[0].rows).toHaveLength(2);
  });
});

describe('several tables and prose', () => {
  test('stacked tables and side-by-side tables on one sheet', () => {
    const res = readWorkbook([{
      name: 'Formatie',
      values: [
        ['Lesvraag'],
        ['Leerjaar', 'Leerlingen', 'Groepen', 'Lesuren'],
        [1, 150, 6, 30],
        [2, 140, 5, 31],
        [],
        ['Personeel'],
        ['Naam', 'Functie', 'FTE', null, 'Vestiging', 'Leerlingen', 'FTE OP', 'FTE OA'],
        ['Jansen', 'Docent', 1, null, 'Utrecht', 650, 30, 3],
        ['Pietersen', 'OA', 0.8, null, 'Culemborg', 1650, 80, 20],
        [null, null, null, null, 'Totaal', 2300, 110, 23],
      ],
    }]);
    expect(res.tables.map((t) => [t.kind, t.range])).toEqual([
      ['demand', 'A2:D4'],
      ['staff', 'A7:C9'],
      ['summary', 'E7:H10'],
    ]);
    expect(res.tables[0].rows).toHaveLength(2);
    expect(staff(res.tables[1]).rows.map((r) => [r.employee, r.category, r.fte])).toEqual([
      ['Jansen', 'teacher', 1], ['Pietersen', 'assistant', 0.8],
    ]);
    const s = res.tables[2] as SummaryTable;
    expect(s.rows.map((r) => [r.location, r.students, r.teacherFte, r.assistantFte, r.supportFte])).toEqual([
      ['Utrecht', 650, 30, 3, null], ['Culemborg', 1650, 80, 20, null],
    ]);
    expect(cells(s)).toEqual(['Formatie!E10']);
    expect(res.tables[0].issues).toEqual([]);
  });

  test('two blank rows end a table; a lone note after it is not data', () => {
    const res = readWorkbook([{
      name: 'A',
      values: [['Leerlingen', 'Groepen', 'Lesuren'], [100, 4, 3], [], [], ['Bron: DUO'], [5, 6, 7]],
    }]);
    expect(res.tables[0].range).toBe('A1:C2');
    expect(res.tables[0].rows).toHaveLength(1);
  });

  test('a prose sheet gives no table; no table at all is a workbook issue', () => {
    const prose: SheetValues = {
      name: 'Toelichting',
      values: [['Dit werkboek bevat de formatie.'], ['Leerlingen tellen per 1 oktober.'], [], ['Vragen: HR']],
    };
    const res = readWorkbook([prose]);
    expect(res.tables).toEqual([]);
    expect(res.issues).toHaveLength(1);
    expect(res.issues[0]).toMatchObject({ cell: 'Toelichting!A1', sheet: 'Toelichting', row: 1, col: 0 });
    expect(res.issues[0].message).toMatch(/Geen formatietabel gevonden/);
    const withData = readWorkbook([prose, lesvraag()]);
    expect(withData.tables).toHaveLength(1);
    expect(withData.issues).toEqual([]);
  });

  test('empty input', () => {
    expect(readWorkbook([]).issues[0].cell).toBe('A1');
    expect(readRange({ name: 'S', values: [], originRow: 4, originCol: 2 }).issues[0].cell).toBe('S!C4');
  });
});

describe('staff tables', () => {
  test('with a role column', () => {
    const res = readWorkbook([{
      name: 'Personeel',
      values: [
        ['Naam', 'Functie', 'Schaal', "FTE's 2025", 'Loonkosten 2025', 'Vak'],
        ['A', 'Leraar', 'LC', '80%', '€ 55.000', 'Engels'],
        ['B', 'Onderwijsassistent', '8', 0.6, 30000, null],
        ['C', 'Conciërge', '6', 80, 40000, null],
        ['D', null, 'LB', 1, -1200, null],
        ['E', 'Teamleider', 'LD', null, null, null],
        ['F', 'Docent', 'LB', -0.2, '(1.234)', null],
      ],
    }]);
    const t = staff(res.tables[0]);
    expect(t.categorySource).toBe('role');
    expect(t.rows.map((r) => [r.employee, r.category, r.fte, r.cost])).toEqual([
      ['A', 'teacher', 0.8, 55000],
      ['B', 'assistant', 0.6, 30000],
      ['C', 'support', null, 40000],
      ['D', null, 1, -1200],
      ['E', 'management', null, null],
      ['F', 'teacher', null, -1234],
    ]);
    expect(t.rows[0].subject).toBe('Engels');
    expect(cells(t)).toEqual(['Personeel!D4', 'Personeel!B5', 'Personeel!D6', 'Personeel!D7']);
    expect(t.issues[0].message).toMatch(/groter dan 1,5/);
    expect(t.issues[1].message).toMatch(/Functie ontbreekt/);
    expect(t.issues[2].message).toMatch(/Fte ontbreekt/);
  });

  test('without a role column: category from the scale', () => {
    const res = readWorkbook([{
      name: 'HR',
      values: [
        ['Personeelsnummer', 'Salarisschaal', 'WTF (fte)'],
        [1001, 'LC 11', 1],
        [1002, 'schaal 8', '0,5'],
        [1003, null, 0.4],
      ],
    }]);
    const t = staff(res.tables[0]);
    expect(t.categorySource).toBe('scale');
    expect(t.rows.map((r) => [r.employee, r.category, r.fte])).toEqual([
      ['1001', 'teacher', 1], ['1002', 'support', 0.5], ['1003', null, 0.4],
    ]);
    expect(cells(t)).toEqual(['HR!B4']);
  });

  test('a payroll table with a period column', () => {
    const res = readWorkbook([{
      name: 'Salaris',
      values: [
        ['Loonstrook export'],
        ['Medewerker', 'Kostenplaats', 'Functie', 'Periode', 'Betrekking', 'Loonkosten'],
        ['Jansen', '0100', 'Docent', new Date(Date.UTC(2025, 0, 1)), 1, '5.100,00'],
        ['Jansen', '0100', 'Docent', 45689, 1, 5100],
        ['Jansen', '0100', 'Docent', '2025-03', 2, 5100],
        ['Jansen', '0100', 'Docent', { formula: 'DATE(2025,4,1)', result: new Date(Date.UTC(2025, 3, 1)) }, 1, { error: '#N/A' }],
      ],
    }]);
    const t = staff(res.tables[0]);
    expect(t.columns).toEqual({ employee: 0, department: 1, role: 2, period: 3, fte: 4, cost: 5 });
    expect(t.rows.map((r) => [r.period, r.department, r.fte, r.cost])).toEqual([
      ['2025-01', '0100', 1, 5100], ['2025-02', '0100', 1, 5100], ['2025-03', '0100', 2, 5100], ['2025-04', '0100', 1, null],
    ]);
    expect(cells(t)).toEqual(['Salaris!F6']);
  });
});

describe('summary table', () => {
  test('reads a summary per location', () => {
    const res = readWorkbook([{
      name: 'Overzicht',
      values: [
        ['Vestiging', 'Leerlingen', 'FTE OP', 'FTE OA', 'FTE OOP', 'FTE totaal', 'Personeelslasten'],
        ['Amadeus', 1650, '110,5', 20, 15, 145.5, '€ 9.000.000'],
        ['Lek en Linge', 650, 45, 3, { code: '#VALUE!' }, 60, 4000000],
      ],
    }]);
    const t = res.tables[0] as SummaryTable;
    expect(t.kind).toBe('summary');
    expect(t.rows.map((r) => [r.location, r.students, r.teacherFte, r.assistantFte, r.supportFte, r.cost])).toEqual([
      ['Amadeus', 1650, 110.5, 20, 15, 9000000], ['Lek en Linge', 650, 45, 3, null, 4000000],
    ]);
    expect(cells(t)).toEqual(['Overzicht!E3']);
  });
});

describe('duplicate columns and overrides', () => {
  const sheet: SheetValues = {
    name: 'LV',
    values: [
      ['Vestiging', 'Leerlingen', 'Lesuren', 'Aantal', 'Leerlingen 2025', 'Groepen'],
      ['U', 100, 3, 120, 110, 4],
      ['U', 90, 2, 95, 'x', 3],
    ],
  };

  test('the first column of a field is used, the other reported', () => {
    const t = demand(readWorkbook([sheet]).tables[0]);
    expect(t.columns.students).toBe(1);
    expect(cells(t)).toEqual(['LV!E1']);
    expect(t.issues[0].message).toMatch(/Kolom genegeerd/);
    expect(t.rows.map((r) => r.students)).toEqual([100, 90]);
  });

  test('an override replaces the mapping; null removes a field', () => {
    const res = readWorkbook([sheet], { overrides: [{ sheet: 'LV', headerRow: 1, columns: { students: 3, location: null } }] });
    const t = demand(res.tables[0]);
    expect(t.columns).toEqual({ students: 3, lessonsPerWeek: 2, groups: 5 });
    expect(t.rows.map((r) => [r.location, r.students])).toEqual([[null, 120], [null, 95]]);
    expect(t.issues).toEqual([]);
  });

  test('an override can create a table where detection found none, and force a kind', () => {
    const raw: SheetValues = {
      name: 'Ruw',
      values: [['Titel'], ['Wie', 'Wat', 'Hoeveel'], ['Jansen', 'Docent', 1], ['Bakker', 'OA', '0,5']],
    };
    expect(readWorkbook([raw]).tables).toEqual([]);
    const res = readWorkbook([raw], { overrides: [{ sheet: 'Ruw', headerRow: 2, columns: { employee: 0, role: 1, fte: 2 } }] });
    expect(res.issues).toEqual([]);
    const t = staff(res.tables[0]);
    expect(t.range).toBe('A2:C4');
    expect(t.rows.map((r) => [r.employee, r.category, r.fte])).toEqual([['Jansen', 'teacher', 1], ['Bakker', 'assistant', 0.5]]);
    const forced = readWorkbook([raw], { overrides: [{ sheet: 'Ruw', headerRow: 2, columns: { fte: 2 }, kind: 'staff' }] });
    expect(forced.tables[0].kind).toBe('staff');
    expect(cells(forced.tables[0])).toEqual(['Ruw!A2']); // no role or scale column
  });

  test('overrides that cannot apply are workbook issues', () => {
    const res = readWorkbook([sheet], {
      overrides: [
        { sheet: 'Bestaat niet', headerRow: 1, columns: {} },
        { sheet: 'LV', headerRow: 99, columns: { students: 1 } },
      ],
    });
    expect(res.tables).toHaveLength(1);
    expect(res.issues.map((i) => i.cell)).toEqual(['LV!A99', "'Bestaat niet'!A1"]);
  });
});

describe('never throws', () => {
  test.each<[string, unknown]>([
    ['undefined sheets', undefined],
    ['null sheet', [null]],
    ['values not an array', [{ name: 'S', values: 'abc' }]],
    ['rows not arrays', [{ name: 'S', values: ['abc', 5, null, { a: 1 }] }]],
    ['sparse rows', [{ name: 'S', values: [, ['Leerlingen', 'Lesuren', 'Groepen'], , [1, 2, 3], , , [4]] }]],
    ['weird cells', [{ name: 5, values: [['Leerlingen', 'Lesuren', 'Groepen'], [NaN, Infinity, -Infinity], [1e308 * 10, {}, []], [Symbol('x'), () => 1, 10n], [new Date(NaN), { formula: 'x' }, { richText: 'no' }]] }]],
    ['bad origins', [{ name: 'S', values: [['Leerlingen', 'Lesuren', 'Groepen'], [1, 2, 3]], originRow: NaN, originCol: -5 }]],
  ])('%s', (_label, input) => {
    expect(() => readWorkbook(input as SheetValues[])).not.toThrow();
    expect(() => readWorkbook(input as SheetValues[], { overrides: [{ sheet: 'S', headerRow: 2, columns: { students: 0 } }] })).not.toThrow();
  });

  test('NaN and Infinity are reported, not read', () => {
    const t = demand(readWorkbook([{ name: 'S', values: [['Leerlingen', 'Lesuren', 'Groepen'], [NaN, Infinity, 2]] }]).tables[0]);
    expect(cells(t)).toEqual(['S!A2', 'S!B2']);
    expect(t.rows[0]).toMatchObject({ students: null, lessonsPerWeek: null, groups: 2 });
  });
});

describe('performance', () => {
  test('100,000 rows × 8 columns well under a second', () => {
    const values: unknown[][] = [['Vestiging', 'Afdeling', 'Niveau', 'Leerjaar', 'Vak', 'Leerlingen', 'Groepsgrootte', 'Lesuren']];
    const subjects = ['Engels', 'Wiskunde', 'Nederlands', 'Biologie', 'Frans'];
    for (let i = 0; i < 100000; i++) {
      values.push(['Utrecht', 'OB', i % 2 ? 'havo' : 'vwo', (i % 6) + 1, subjects[i % 5], 100 + (i % 50), i % 7 ? 28 : '28,0', (i % 4) + 1]);
    }
    const staffValues: unknown[][] = [['Naam', 'Functie', 'Schaal', 'FTE', 'Loonkosten', 'Vestiging', 'Vak', 'Periode']];
    for (let i = 0; i < 100000; i++) {
      staffValues.push([`Medewerker ${i}`, i % 3 ? 'Docent' : 'OA', 'LC', 0.8, 4000 + i, 'Utrecht', 'Engels', `2025-${(i % 12) + 1}`]);
    }
    readWorkbook([{ name: 'warm', values: values.slice(0, 1000) }]);
    // CPU time of this process, so that other processes on a busy machine do not count.
    const cpuMs = (f: () => void): number => {
      const c0 = process.cpuUsage();
      f();
      const d = process.cpuUsage(c0);
      return (d.user + d.system) / 1000;
    };
    let res!: ReturnType<typeof readWorkbook>;
    let res2!: ReturnType<typeof readWorkbook>;
    const ms1 = cpuMs(() => (res = readWorkbook([{ name: 'Lesvraag', values }])));
    const ms2 = cpuMs(() => (res2 = readWorkbook([{ name: 'Personeel', values: staffValues }])));
    // eslint-disable-next-line no-console
    console.log(`reader: demand 100k×8 ${ms1.toFixed(0)} ms, staff 100k×8 ${ms2.toFixed(0)} ms (CPU)`);
    expect(res.tables[0].rows).toHaveLength(100000);
    expect(res.tables[0].issues).toEqual([]);
    expect(res2.tables[0].rows).toHaveLength(100000);
    // Plain node: ~100-300 ms each; the limit leaves room for jest's VM and GC.
    expect(ms1).toBeLessThan(2000);
    expect(ms2).toBeLessThan(2000);
  });
});
