/**
 * The table functions (src/functions/tables.ts) over realistic ranges: title rows above
 * the header, a subtotal row, text numbers in Dutch notation, a #REF! error cell (as the
 * object Excel passes with allowErrorForDataTypeAny). Every expected figure is computed
 * by hand below (arithmetic in the comments), not by the engine.
 */

import * as analysisModule from '../../src/model/analysis';
import * as readerModule from '../../src/sheet/reader';
import { ANALYSIS, ISSUES, METRIC, SCENARIO, cacheSizes, clearCaches, parseAddress, plainCells } from '../../src/functions/tables';
import { FormatieError } from '../../src/functions/errors';

const TOL = 1e-9;

/**
 * Lesvraag: two title rows, header on the third row, each row its own cohort (no subject
 * column), a subtotal row and a row whose students cell is #REF!.
 *
 *   row  Afdeling   Leerjaar  Aantal lln  Groepsgrootte  Lesuren   groups = ceil(lln/size)  lessons = groups × Lesuren  lln × Lesuren
 *   4    Onderbouw  1         150         28             30        ceil(5.36) = 6           180                         4500
 *   5    Onderbouw  2         "140"       28             30        ceil(5.00) = 5           150                         4200
 *   6    Bovenbouw  3         120         24             32        ceil(5.00) = 5           160                         3840
 *   7    Subtotaal            410                                  (totals row: skipped, reported)
 *   8    Bovenbouw  4         #REF!       24             32        (no students, no groups: left out, reported)
 */
const DEMAND: unknown[][] = [
  ['Formatie 2026-2027: lesvraag', null, null, null, null],
  [null, null, null, null, null],
  ['Afdeling', 'Leerjaar', 'Aantal lln', 'Groepsgrootte', 'Lesuren'],
  ['Onderbouw', 1, 150, 28, 30],
  ['Onderbouw', 2, '140', 28, 30],
  ['Bovenbouw', 3, 120, 24, 32],
  ['Subtotaal', null, 410, null, null],
  ['Bovenbouw', 4, new FormatieError('#REF!'), 24, 32],
];

/**
 * Personeel: teachers 1 + 0.8 + "0,5" = 2.3 FTE (cost 90000 + 76000 + 45000 = 211000);
 * assistant 1.0 FTE (55000); support (conciërge) 0.6; management (teamleider) 1.0.
 */
const STAFF: unknown[][] = [
  ['Naam', 'Functie', 'FTE', 'Loonkosten'],
  ['A. de Vries', 'Docent', 1.0, 90000],
  ['B. Jansen', 'Leraar LC', 0.8, 76000],
  ['C. Bakker', 'Onderwijsassistent', 1.0, 55000],
  ['D. Smit', 'Conciërge', 0.6, 30000],
  ['E. Visser', 'Teamleider', 1.0, 110000],
  ['F. Mulder', 'Docent', '0,5', 45000],
];

/** One lesson per week = 50/60 × 37.8 / 720 = 0.04375 FTE. */
const FTE_PER_LESSON = (50 / 60) * 37.8 / 720;
const STUDENTS = 150 + 140 + 120; // 410
const LESSONS = 180 + 150 + 160; // 490
const NEED = LESSONS * FTE_PER_LESSON; // 21.4375
const AVAILABLE = 1 + 0.8 + 0.5; // 2.3

function close(actual: unknown, expected: number): void {
  expect(typeof actual).toBe('number');
  expect(Math.abs((actual as number) - expected)).toBeLessThan(TOL);
}

function thrown(fn: () => unknown): FormatieError {
  try {
    fn();
  } catch (e) {
    expect(e).toBeInstanceOf(FormatieError);
    return e as FormatieError;
  }
  throw new Error('expected an Excel error to be thrown');
}

beforeEach(() => clearCaches());
afterEach(() => jest.restoreAllMocks());

describe('METRIC', () => {
  test.each([
    ['students', STUDENTS],
    ['groups', 6 + 5 + 5],
    ['teacherLessonsPerWeek', LESSONS],
    ['teacherFteNeeded', NEED], // 490 × 0.04375 = 21.4375
    ['teacherFteAvailable', AVAILABLE],
    ['assistantFte', 1],
    ['supportFte', 0.6],
    ['managementFte', 1],
    ['shortageFte', NEED - AVAILABLE], // 21.4375 − 2.3 = 19.1375
    ['studentsPerTeacherFte', STUDENTS / AVAILABLE], // 410 / 2.3 = 178.26…
    ['studentsPerAssistantFte', STUDENTS / 1],
    ['studentsPerTeacherContactHour', (4500 + 4200 + 3840) / LESSONS], // 12540 / 490 = 25.59…
    ['teacherCost', 90000 + 76000 + 45000],
    ['assistantCost', 55000],
  ])('%s', (name, expected) => {
    close(METRIC(name, DEMAND, STAFF), expected);
  });

  test.each([
    ['Leerlingen', STUDENTS],
    ['tekort leraren (fte)', NEED - AVAILABLE],
    ['LEERLINGEN PER FTE LERAAR', STUDENTS / AVAILABLE],
    ['shortagefte', NEED - AVAILABLE],
  ])('Dutch label or key, case-insensitively: %s', (name, expected) => {
    close(METRIC(name, DEMAND, STAFF), expected);
  });

  test('the staff table may come first or as table3', () => {
    close(METRIC('shortageFte', STAFF, DEMAND), NEED - AVAILABLE);
    close(METRIC('shortageFte', DEMAND, null as any, STAFF), NEED - AVAILABLE);
  });

  test('no data for the figure: #N/A saying what is missing', () => {
    const e = thrown(() => METRIC('teacherFteAvailable', DEMAND));
    expect(e.code).toBe('#N/A');
    expect(e.message).toMatch(/personeelstabel/);
    const c = thrown(() => METRIC('teacherCost', DEMAND));
    expect(c.code).toBe('#N/A');
    expect(c.message).toMatch(/loonkosten/);
  });

  test('unknown name: #N/A listing the names', () => {
    const e = thrown(() => METRIC('leerlingen per klas', DEMAND));
    expect(e.code).toBe('#N/A');
    expect(e.message).toContain('Leerlingen per FTE leraar');
    expect(e.message).toContain('Tekort leraren (FTE)');
  });

  test('a range without a formation table: #VALUE! with the reader message', () => {
    const e = thrown(() => METRIC('students', [['appels', 'peren'], [1, 2]]));
    expect(e.code).toBe('#VALUE!');
    expect(e.message).toMatch(/^tabel: Geen formatietabel gevonden/);
    const e2 = thrown(() => METRIC('students', DEMAND, [['x']]));
    expect(e2.message).toMatch(/^tabel2: /);
  });
});

describe('ANALYSIS', () => {
  test('label and value rows of every totals figure, Dutch labels', () => {
    const r = ANALYSIS(DEMAND, STAFF);
    // 15 rows since issue 8 added Klassen (cli.md totals); no subject column: every row its
    // own cohort, so Klassen = Lesgroepen = 6 + 5 + 5 = 16.
    expect(r).toHaveLength(15);
    expect(r.map((row) => row[0])).toEqual([
      'Leerlingen', 'Lesgroepen', 'Klassen', 'Lessen leraren per week', 'FTE leraren nodig', 'FTE leraren beschikbaar',
      'FTE onderwijsassistenten', 'FTE overig OOP', 'FTE directie', 'Tekort leraren (FTE)', 'Leerlingen per FTE leraar',
      'Leerlingen per FTE OA', 'Leerlingen per lerarencontactuur', 'Loonkosten leraren', 'Loonkosten OA',
    ]);
    expect(r[0][1]).toBe(STUDENTS);
    expect(r[2][1]).toBe(16);
    close(r[4][1], NEED);
    close(r[9][1], NEED - AVAILABLE);
  });

  test('#N/A for a figure without data', () => {
    const r = ANALYSIS(DEMAND);
    expect(r[0][1]).toBe(STUDENTS);
    const available = r[5][1] as FormatieError;
    expect(available).toBeInstanceOf(FormatieError);
    expect(available.code).toBe('#N/A');
    expect((r[13][1] as FormatieError).code).toBe('#N/A');
  });

  test('English labels when Office shows another language', () => {
    (globalThis as any).Office = { context: { displayLanguage: 'en-US' } };
    try {
      const r = ANALYSIS(DEMAND, STAFF);
      expect(r[0][0]).toBe('Students');
      expect(r[9][0]).toBe('Teacher shortage (FTE)');
    } finally {
      delete (globalThis as any).Office;
    }
  });

  test('Dutch labels for nl-BE', () => {
    (globalThis as any).Office = { context: { displayLanguage: 'nl-BE' } };
    try {
      expect(ANALYSIS(DEMAND, STAFF)[0][0]).toBe('Leerlingen');
    } finally {
      delete (globalThis as any).Office;
    }
  });
});

describe('SCENARIO', () => {
  test.each([
    // klassikaal-oa: surveillance 30 × 1 + toetsweek 15 × 1 + opvang 20 × 1 + administratie 40 × 0.5 = 85 h per teacher FTE
    // F6 uses the available teacher FTE: 2.3 × 85 = 195.5
    ['transferredHours', 2.3 * 85],
    ['netHoursFreed', 2.3 * 85 * 0.9], // F7: × (1 − 0.10) = 175.95
    ['assistantFteForTasks', (2.3 * 85) / 1619], // F9
    ['assistantFteForPlazas', 0],
    ['assistantFteNeeded', (2.3 * 85) / 1619],
    ['assistantFteByRatio', STUDENTS / 216.7], // F13 with the preset's benchmark
    ['hoursFreedPerTeacherFtePerWeek', (2.3 * 85 * 0.9) / 2.3 / 37.8], // F8
    ['teacherFteNeeded', NEED],
    ['extraLessonFte', 0], // reinvestShare 0
    ['shortageAfterFte', NEED - AVAILABLE],
    // cost per FTE from the staff table: teachers 211000 / 2.3, assistants 55000 / 1
    ['cost', NEED * (211000 / 2.3) + (1 + (2.3 * 85) / 1619) * 55000],
    ['costDelta', ((2.3 * 85) / 1619) * 55000],
    ['Tekort na scenario (FTE)', NEED - AVAILABLE],
  ])('klassikaal-oa: %s', (name, expected) => {
    const value = SCENARIO(name, [['preset', 'klassikaal-oa']], DEMAND, STAFF);
    expect(Math.abs(value - expected)).toBeLessThan(1e-6 * Math.max(1, Math.abs(expected)));
  });

  test('a learning plaza for all lessons', () => {
    const params = [
      ['plaza.share', 1],
      ['plaza.size', 90],
      ['plaza.teachers', 2],
      ['plaza.assistants', 1],
    ];
    // plazas = ceil(150/90) = 2, ceil(140/90) = 2, ceil(120/90) = 2
    // teacher lessons' = 2×30×2 + 2×30×2 + 2×32×2 = 120 + 120 + 128 = 368 → 368 × 0.04375 = 16.1 FTE
    close(SCENARIO('teacherFteNeeded', params, DEMAND, STAFF), 368 * FTE_PER_LESSON);
    close(SCENARIO('shortageAfterFte', params, DEMAND, STAFF), 368 * FTE_PER_LESSON - AVAILABLE); // 13.8
    // assistant contact h/week = (2×30 + 2×30 + 2×32) × 50/60 = 153.33 → × 37.8 = 5796 h → / 1619
    close(SCENARIO('assistantFteForPlazas', params, DEMAND, STAFF), (184 * 50 / 60 * 37.8) / 1619);
    // students per teacher contact hour = 12540 / 368
    close(SCENARIO('studentsPerTeacherContactHour', params, DEMAND, STAFF), 12540 / 368);
  });

  test('a bad parameter: #VALUE! naming the key', () => {
    const e = thrown(() => SCENARIO('cost', [['plaza.shar', 1]], DEMAND, STAFF));
    expect(e.code).toBe('#VALUE!');
    expect(e.message).toContain('plaza.shar');
    const v = thrown(() => SCENARIO('cost', [['coordinationShare', 'veel']], DEMAND, STAFF));
    expect(v.code).toBe('#VALUE!');
    expect(v.message).toContain('coordinationShare');
  });

  test('unknown scenario figure: #N/A listing the names', () => {
    const e = thrown(() => SCENARIO('students', [['preset', 'domeinen']], DEMAND, STAFF));
    expect(e.code).toBe('#N/A');
    expect(e.message).toContain('Tekort na scenario (FTE)');
  });

  test('no cost data: #N/A saying what is missing', () => {
    const e = thrown(() => SCENARIO('cost', [['preset', 'klassikaal-oa']], DEMAND));
    expect(e.code).toBe('#N/A');
    expect(e.message).toMatch(/costPerFte/);
  });
});

describe('memoization', () => {
  test('twenty METRIC and SCENARIO calls over the same tables read and analyse once', () => {
    const analyse = jest.spyOn(analysisModule, 'analyse');
    const read = jest.spyOn(readerModule, 'readRange');
    const params = [['preset', 'klassikaal-oa']];
    for (let i = 0; i < 10; i++) {
      // Excel passes a fresh copy of the ranges to every call.
      METRIC('shortageFte', DEMAND.map((r) => r.slice()), STAFF.map((r) => r.slice()));
      SCENARIO(i % 2 ? 'cost' : 'shortageAfterFte', params.map((r) => r.slice()), DEMAND.map((r) => r.slice()), STAFF.map((r) => r.slice()));
    }
    expect(read).toHaveBeenCalledTimes(2);
    expect(analyse).toHaveBeenCalledTimes(1);
    expect(cacheSizes()).toEqual({ reads: 2, analyses: 1, scenarios: 1 });
  });

  test('a changed cell is read and analysed again', () => {
    close(METRIC('students', DEMAND), STUDENTS);
    const edited = DEMAND.map((r) => r.slice());
    edited[3][2] = 160;
    close(METRIC('students', edited), STUDENTS + 10);
    close(METRIC('students', DEMAND), STUDENTS);
  });

  test('an edit in the middle of a large table (outside the fingerprint sample) is not missed', () => {
    // 3 header rows + 2,000 rows of 25 pupils, groups of 25, 1 lesson: 50,000 pupils.
    const big: unknown[][] = [DEMAND[0], DEMAND[1], DEMAND[2]];
    for (let i = 0; i < 2000; i++) big.push(['Onderbouw', i, 25, 25, 1]);
    close(METRIC('students', big), 50000);
    const edited = big.map((r) => r.slice());
    edited[1003][2] = 26; // one more pupil in a row the sample skips
    close(METRIC('students', edited), 50001);
  });
});

describe('ISSUES', () => {
  test('real addresses from the invocation: subtotal row and #REF! cell', () => {
    // The range starts at B2 of 'Lesvraag 26-27': values row 0 = sheet row 2, column 0 = B.
    // Subtotal: values row 6 → sheet row 8, label in column B. #REF!: values row 7, column 2 → D9.
    const r = ISSUES(DEMAND, { parameterAddresses: ["'Lesvraag 26-27'!$B$2:$F$9"] });
    expect(r.length).toBeGreaterThanOrEqual(2);
    for (const row of r) expect(row).toHaveLength(2);
    const cells = r.map((row) => row[0]);
    expect(cells).toContain("'Lesvraag 26-27'!D9");
    expect(cells).toContain("'Lesvraag 26-27'!B8");
    const ref = r.find((row) => row[0] === "'Lesvraag 26-27'!D9")!;
    expect(ref[1]).toContain('#REF!');
  });

  test('a plain sheet name', () => {
    const r = ISSUES(DEMAND, { parameterAddresses: ['Lesvraag!A1:E8'] });
    expect(r.map((row) => row[0])).toContain('Lesvraag!C8');
  });

  test('a clean table: one row saying so', () => {
    expect(ISSUES(STAFF, { parameterAddresses: ['Personeel!A1:D7'] })).toEqual([['', 'Geen problemen gevonden.']]);
  });

  test('no formation table: #VALUE! with the reader message', () => {
    const e = thrown(() => ISSUES([['appels'], [1]], { parameterAddresses: ['Blad1!A1:A2'] }));
    expect(e.code).toBe('#VALUE!');
    expect(e.message).toMatch(/Geen formatietabel/);
  });
});

describe('parseAddress', () => {
  test.each([
    ['Sheet1!A1:G60', { sheet: 'Sheet1', row: 1, col: 0 }],
    ["'Lesvraag 26-27'!A1:G60", { sheet: 'Lesvraag 26-27', row: 1, col: 0 }],
    ["'Lesvraag 26-27'!$C$4:$H$61", { sheet: 'Lesvraag 26-27', row: 4, col: 2 }],
    ["'It''s mine'!B2", { sheet: "It's mine", row: 2, col: 1 }],
    ['[Boek1.xlsx]Blad1!AA10:AB20', { sheet: 'Blad1', row: 10, col: 26 }],
    ['Blad1!C:F', { sheet: 'Blad1', row: 1, col: 2 }],
    ['Blad1!3:9', { sheet: 'Blad1', row: 3, col: 0 }],
  ])('%s', (address, expected) => {
    expect(parseAddress(address)).toEqual(expected);
  });

  test.each([[''], ['A1:B2'], [undefined], ['Blad1!'], ['Blad1!R1C1']])('not an address: %p', (address) => {
    expect(parseAddress(address as any)).toBeNull();
  });
});

describe('plainCells', () => {
  test('Excel.CellValue-style objects become values the reader knows; other rows are not copied', () => {
    const row0 = ['Leerlingen', 'Lesuren'];
    const values = [row0, [{ type: 'Double', basicValue: 12 }, { type: 'Error', basicValue: '#REF!' }]];
    const out = plainCells(values);
    expect(out[0]).toBe(row0);
    expect(out[1]).toEqual([12, { code: '#REF!' }]);
    expect(values[1][0]).toEqual({ type: 'Double', basicValue: 12 });
  });
});
