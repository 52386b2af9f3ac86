/**
 * PROJECTION / PROGNOSE through the functions harness: figures by hand, Dutch labels,
 * projection and scenario keys in the same parameter rows, errors.
 */
import { PROJECTION } from '../../src/functions/projection';
import { clearCaches } from '../../src/functions/tables';
import { FormatieError } from '../../src/functions/errors';

/**
 * One mavo line under a title row with the school year, group size 25, 30 lessons:
 * years 1..4 with 100, 90, 80, 70 pupils. With intakeGrowth 0.1 and transition 0.9:
 *   year 1: 110, 90, 81, 72 pupils → groups 5, 4, 4, 3 = 16 → 480 lessons × 0.04375 = 21 FTE;
 *   year 0: groups 4, 4, 4, 3 = 15 → 450 lessons → 19.6875 FTE.
 * Staff: 10 teachers of 1.0 FTE aged 40 (no retirement in 2 years); attrition 0.1:
 *   A = 10, 9, 8.1; shortage 19.6875 − 10 = 9.6875, 21 − 9 = 12.
 */
const DEMAND = [
  ['Formatie 2026/27'],
  ['Niveau', 'Leerjaar', 'Leerlingen', 'Groepsgrootte', 'Lesuren'],
  ['mavo', 1, 100, 25, 30],
  ['mavo', 2, 90, 25, 30],
  ['mavo', 3, 80, 25, 30],
  ['mavo', 4, 70, 25, 30],
];
const STAFF = [['Naam', 'Functie', 'FTE', 'Leeftijd'], ...Array.from({ length: 10 }, (_, i) => [`D${i}`, 'Docent', 1, 40])];
const PARAMS = [['jaren', 2], ['groei instroom', 0.1], ['doorstroom', 0.9], ['verloop', '10%']];

function thrown(fn: () => unknown): FormatieError {
  try {
    fn();
  } catch (e) {
    expect(e).toBeInstanceOf(FormatieError);
    return e as FormatieError;
  }
  throw new Error('expected an Excel error');
}

beforeEach(() => clearCaches());

test('two columns: the school year and the figure, year 0 first', () => {
  const r = PROJECTION('shortageFte', PARAMS, DEMAND, STAFF);
  expect(r.map((x) => x[0])).toEqual(['2026-2027', '2027-2028', '2028-2029']);
  expect(r[0][1]).toBeCloseTo(9.6875, 9);
  expect(r[1][1]).toBeCloseTo(12, 9);
  const a = PROJECTION('FTE leraren beschikbaar', PARAMS, DEMAND, STAFF);
  expect(a.map((x) => x[1])).toEqual([10, 9, 8.1]);
  const n = PROJECTION('teacherFteNeeded', PARAMS, DEMAND, STAFF);
  expect(n[1][1]).toBeCloseTo(21, 9);
});

test('scenario keys in the same rows', () => {
  // productivity +23% on all lessons: year 1 need 21 / 1.23; shortage after 21 / 1.23 − 9
  const rows = [...PARAMS, ['preset', 'productiviteit']];
  const r = PROJECTION('Tekort na scenario (FTE)', rows, DEMAND, STAFF);
  expect(r[1][1]).toBeCloseTo(21 / 1.23 - 9, 9);
  const need = PROJECTION('teacherFteNeeded', rows, DEMAND, STAFF);
  expect(need[1][1]).toBeCloseTo(21 / 1.23, 9);
});

test('no staff table: #N/A per year, never 0', () => {
  const r = PROJECTION('shortageFte', PARAMS, DEMAND);
  for (const row of r) expect(row[1]).toBeInstanceOf(FormatieError);
  expect((r[0][1] as FormatieError).code).toBe('#N/A');
});

test('bad names and bad parameters', () => {
  expect(thrown(() => PROJECTION('onzin', PARAMS, DEMAND, STAFF)).code).toBe('#N/A');
  const e = thrown(() => PROJECTION('shortageFte', [['jaren', 20]], DEMAND, STAFF));
  expect(e.code).toBe('#VALUE!');
  expect(e.message).toMatch(/jaren/);
  expect(thrown(() => PROJECTION('shortageFte', [['plaza.onzin', 1]], DEMAND, STAFF)).code).toBe('#VALUE!');
});
