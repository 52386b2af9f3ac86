/**
 * The projection of projection.md (P1–P4), each formula with a hand-computed example
 * (the arithmetic in a comment), then the whole projection over small tables.
 */
import {
  p1Intake, p1MoveUp, p2Groups, p2RowPupils, p3Available, p3RetirementYear, p3RetirementYearFromAge, p3Trainees, p4Shortage,
} from '../../src/model/projection-formulas';
import { resolveProjection, schoolYearStart, splitProjectionRows, finalYearOf, DEFAULT_FINAL_YEAR, type ProjectionParams } from '../../src/model/projection-params';
import { project } from '../../src/model/projection';
import { resolveScenario } from '../../src/model/scenario';
import type { Scenario } from '../../src/model/api';
import { demand, staff, close, FTE_PER_LESSON } from './fixtures';

function params(over: Record<string, unknown> = {}): ProjectionParams {
  const r = resolveProjection(over);
  if (!r.ok) throw new Error(r.errors.map((e) => e.message).join('; '));
  return r.params;
}

function preset(key: string): Scenario {
  const r = resolveScenario({ preset: key });
  if (!r.ok) throw new Error('bad preset');
  return r.scenario;
}

describe('P1 pupils', () => {
  test('intake grows by intakeGrowth per year', () => {
    // S(2, 1) = 100 × (1 − 0.02)^2 = 100 × 0.9604 = 96.04
    close(p1Intake(100, -0.02, 2), 96.04);
    // S(3, 1) = 120 × 1.1^3 = 120 × 1.331 = 159.72
    close(p1Intake(120, 0.1, 3), 159.72);
  });
  test('a cohort moves up with transition', () => {
    // S(y, k) = S(y−1, k−1) × 0.95 = 80 × 0.95 = 76
    close(p1MoveUp(80, 0.95), 76);
  });
});

describe('P2 demand', () => {
  test('an elective keeps its share of the cohort', () => {
    // 110 projected × (30 / 100 in year 0) = 33
    close(p2RowPupils(110, 30, 100), 33);
    // the full-cohort row takes the cohort exactly
    expect(p2RowPupils(110, 100, 100)).toBe(110);
  });
  test('groups by F1, else by the year-0 average group size', () => {
    // F1: ceil(110 / 25) = ceil(4.4) = 5
    expect(p2Groups(110, 25, 100, 4)).toBe(5);
    // no group size: average 100 / 4 = 25 → ceil(110 / 25) = 5; 100 pupils stay 4 groups
    expect(p2Groups(110, null, 100, 4)).toBe(5);
    expect(p2Groups(100, null, 100, 3)).toBe(3); // 100 / (100/3) is 3 up to floating noise
    expect(p2Groups(56.00000000001, 28, null, null)).toBe(2);
    expect(Number.isNaN(p2Groups(50, null, null, null))).toBe(true);
  });
});

describe('P3 availability', () => {
  test('A(y) = (A(y−1) − R(y)) × (1 − attrition) + hiring + T(y)', () => {
    // (10 − 1.3) × 0.95 + 1 + 0 = 8.265 + 1 = 9.265
    close(p3Available(10, 1.3, 0.05, 1, 0), 9.265);
    // (9.265 − 1) × 0.95 + 1 + 1 = 7.85175 + 2 = 9.85175
    close(p3Available(9.265, 1, 0.05, 1, 1), 9.85175);
  });
  test('assistants who train to become teachers', () => {
    // O(0) = 2, share 0.5, 2 years: started 1, 0.5, 0.25; O 1, 0.5, 0.25; T(3) = started(1) = 1, T(4) = 0.5
    const p = p3Trainees(2, 0.5, 2, 4);
    expect(p.started).toEqual([0, 1, 0.5, 0.25, 0.125]);
    expect(p.assistants).toEqual([2, 1, 0.5, 0.25, 0.125]);
    expect(p.trained).toEqual([0, 0, 0, 1, 0.5]);
  });
  test('retirement year from a birth date (67 years 3 months, school years from 1 August)', () => {
    // born 1960-05-10 + 67y3m = 2027-08-10: school year 2027-2028, year 1 when year 0 is 2026 → gone in R(2)
    expect(p3RetirementYear('1960-05-10', 67.25, 2026)).toBe(1);
    // born 1959-10-15 + 67y3m = 2027-01-15: school year 2026-2027 = year 0 → R(1)
    expect(p3RetirementYear('1959-10-15', 67.25, 2026)).toBe(0);
    // born 1960-04-30 + 67y3m = 2027-07-30: still school year 2026-2027 → year 0
    expect(p3RetirementYear('1960-04-30', 67.25, 2026)).toBe(0);
    // born 1958-01-01 + 67y3m = 2025-04-01: before year 0 → −1 (counted in year 0, gone in R(1))
    expect(p3RetirementYear('1958-01-01', 67.25, 2026)).toBe(-1);
  });
  test('retirement year from an age on 1 August of year 0', () => {
    // 67.25 − 66 = 1.25 years → reached in school year 1 → R(2)
    expect(p3RetirementYearFromAge(66, 67.25)).toBe(1);
    expect(p3RetirementYearFromAge(67.5, 67.25)).toBe(-1);
    // 67.25 − 64.25 = 3 → reached on 1 August of year 3 → school year 3
    expect(p3RetirementYearFromAge(64.25, 67.25)).toBe(3);
  });
});

describe('P4 shortage', () => {
  test('need − availability, never clamped', () => {
    close(p4Shortage(21, 9.265), 11.735);
    close(p4Shortage(5, 7.5), -2.5);
  });
});

describe('parameters', () => {
  test('defaults and errors that name the key', () => {
    const p = params();
    expect(p.years).toBe(5);
    expect(p.attrition).toBe(0.03);
    expect(p.retirementAge).toBe(67.25);
    expect(p.finalYear.havo).toBe(5);
    const bad = resolveProjection({ years: 11, verloop: 'veel', assistantToTeacher: { share: 2 }, foo: 1 });
    expect(bad.ok).toBe(false);
    const keys = !bad.ok ? bad.errors.map((e) => e.key) : [];
    expect(keys).toEqual(expect.arrayContaining(['years', 'verloop', 'assistantToTeacher.share', 'assistantToTeacher.years', 'foo']));
  });
  test('school years as workbooks write them', () => {
    expect(schoolYearStart('Lesvraag 26-27')).toBe(2026);
    expect(schoolYearStart('Formatie 2026-2027')).toBe(2026);
    expect(schoolYearStart('plan 2026/27')).toBe(2026);
    expect(schoolYearStart('2026/2027')).toBe(2026);
    expect(schoolYearStart('Leerjaar 1-2')).toBeNull();
    expect(schoolYearStart('12-14')).toBeNull();
    expect(schoolYearStart('bijgewerkt 10-11-2026')).toBeNull();
    expect(schoolYearStart('Formatie 2026-2027 (versie 2)')).toBe(2026);
    expect(params({ firstYear: '27-28' }).firstYear).toBe('2027-2028');
  });
  test('final year from the level words', () => {
    expect(finalYearOf('vmbo-gt', DEFAULT_FINAL_YEAR)).toBe(4);
    expect(finalYearOf('VWO', DEFAULT_FINAL_YEAR)).toBe(6);
    expect(finalYearOf('havo/vwo', DEFAULT_FINAL_YEAR)).toBeNull();
    expect(finalYearOf('praktijkonderwijs', DEFAULT_FINAL_YEAR)).toBeNull();
  });
  test('PROGNOSE rows split into projection and scenario rows', () => {
    const { projection, scenarioRows } = splitProjectionRows([
      ['jaren', 3], ['Groei instroom', '-2%'], ['examenjaar.havo', 5], ['doorgroei OA.aandeel', 0.1], ['doorgroei OA.jaren', 2],
      ['preset', 'leerplein'], ['plaza.share', 0.3],
    ]);
    expect(projection).toEqual({ jaren: 3, 'Groei instroom': '-2%', finalYear: { havo: 5 }, assistantToTeacher: { share: 0.1, years: 2 } });
    expect(scenarioRows).toEqual([['preset', 'leerplein'], ['plaza.share', 0.3]]);
    const p = params(projection);
    close(p.intakeGrowth, -0.02);
    expect(p.assistantToTeacher).toEqual({ share: 0.1, years: 2 });
  });
});

/**
 * One mavo line (no subject column: every row a class, summed), group size 25, 30 lessons:
 * years 1..4 with 100, 90, 80, 70 pupils; intakeGrowth 0.1, transition 0.9.
 *   Year 1: S = 110, 90, 81, 72 (= 100×1.1, 100×0.9, 90×0.9, 80×0.9) → 353 pupils;
 *           groups ceil(4.4)=5, ceil(3.6)=4, ceil(3.24)=4, ceil(2.88)=3 → 16; 480 lessons → 21 FTE.
 *   Year 2: S = 121, 99, 81, 72.9 → 373.9 pupils; groups 5, 4, 4, 3 = 16 → 21 FTE.
 * Staff (year 0 = 2026-2027, age 67.25): X 1.0 FTE born 1960-05-10 (leaves in R(2)), Y 0.5 born
 * 1958-01-01 and Z 0.8 born 1959-10-15 (both leave in R(1)), W 7.7 FTE without a birth date;
 * teachers 10 FTE at € 80,000 per FTE; assistant 2 FTE at € 50,000 per FTE.
 *   attrition 0.05, hiring 1, assistantToTeacher share 0.5 over 2 years:
 *   A(1) = (10 − 1.3) × 0.95 + 1 + 0 = 9.265;  O(1) = 1
 *   A(2) = (9.265 − 1.0) × 0.95 + 1 + 0 = 8.85175;  O(2) = 0.5
 *   A(3) = (8.85175 − 0) × 0.95 + 1 + T(3) = 8.4091625 + 1 + 1 = 10.4091625;  O(3) = 0.25
 *   shortage(1) = 21 − 9.265 = 11.735.
 */
describe('the whole projection', () => {
  const lines = demand([
    { location: 'A', level: 'mavo', year: '1', students: 100, maxGroupSize: 25, lessonsPerWeek: 30 },
    { location: 'A', level: 'mavo', year: '2', students: 90, maxGroupSize: 25, lessonsPerWeek: 30 },
    { location: 'A', level: 'mavo', year: '3', students: 80, maxGroupSize: 25, lessonsPerWeek: 30 },
    { location: 'A', level: 'mavo', year: '4', students: 70, maxGroupSize: 25, lessonsPerWeek: 30 },
  ], ['location', 'level', 'year', 'students', 'maxGroupSize', 'lessonsPerWeek']);
  const people = staff([
    { employee: 'X', category: 'teacher', fte: 1.0, cost: 80000, birthDate: '1960-05-10' },
    { employee: 'Y', category: 'teacher', fte: 0.5, cost: 40000, birthDate: '1958-01-01' },
    { employee: 'Z', category: 'teacher', fte: 0.8, cost: 64000, birthDate: '1959-10-15' },
    { employee: 'W', category: 'teacher', fte: 7.7, cost: 616000, birthDate: null },
    { employee: 'V', category: 'assistant', fte: 2, cost: 100000 },
  ], ['employee', 'role', 'fte', 'cost', 'birthDate']);
  const p = params({ years: 3, intakeGrowth: 0.1, transition: 0.9, attrition: 0.05, hiring: 1, assistantToTeacher: { share: 0.5, years: 2 }, firstYear: '2026-2027' });
  const out = project([lines, people], p, [preset('productiviteit')]);

  test('year 0 is the analysis of the workbook', () => {
    const y0 = out.years[0];
    expect(y0.label).toBe('2026-2027');
    expect(y0.students).toBe(340);
    // groups 4 + 4 + 4 + 3 = 15 → 450 lessons → 19.6875 FTE
    close(y0.teacherFteNeeded, 450 * FTE_PER_LESSON);
    close(y0.teacherFteAvailable, 10);
    expect(y0.retiringFte).toBe(0);
    close(y0.shortageFte, 19.6875 - 10);
    expect(y0.assistantFte).toBe(2);
  });
  test('P1–P2 pupils, groups and need', () => {
    expect(out.years.map((y) => y.label)).toEqual(['2026-2027', '2027-2028', '2028-2029', '2029-2030']);
    close(out.years[1].students, 353);
    expect(out.years[1].groups).toBe(16);
    close(out.years[1].teacherFteNeeded, 21);
    close(out.years[2].students, 373.9);
    close(out.years[2].teacherFteNeeded, 21);
  });
  test('P3 availability with retirement, attrition, hiring and trained assistants', () => {
    close(out.years[1].retiringFte, 1.3);
    close(out.years[2].retiringFte, 1.0);
    close(out.years[3].retiringFte, 0);
    close(out.years[1].teacherFteAvailable, 9.265);
    close(out.years[2].teacherFteAvailable, 8.85175);
    close(out.years[3].teacherFteAvailable, 10.4091625);
    expect(out.years.map((y) => y.assistantFte)).toEqual([2, 1, 0.5, 0.25]);
    expect(out.issues.some((i) => i.message.includes('7.7 FTE leraren zonder geboortedatum'))).toBe(true);
  });
  test('P4 shortage and every scenario in every year', () => {
    close(out.years[1].shortageFte, 11.735);
    const [cur, prod] = out.years[1].scenarios;
    expect(cur.name).toBe('Huidige situatie');
    close(cur.shortageAfterFte, 11.735);
    // current cost in today's prices: 21 × 80,000 + O(1) 1 × 50,000 = 1,730,000
    close(cur.cost, 1730000);
    // productivity +23% on all lessons: 21 / 1.23 = 17.0731707…; shortage after 17.0731707 − 9.265
    close(prod.teacherFteNeeded, 21 / 1.23);
    close(prod.shortageAfterFte, 21 / 1.23 - 9.265);
    expect(out.years.every((y) => y.scenarios.length === 2)).toBe(true);
  });
  test('parameters echoed, defaults included', () => {
    expect(out.parameters.firstYear).toBe('2026-2027');
    expect(out.parameters.retirementAge).toBe(67.25);
    expect(out.parameters.assistantToTeacher).toEqual({ share: 0.5, years: 2 });
  });
});

describe('lines, electives and missing data', () => {
  test('onderbouw flows into bovenbouw; an elective keeps its share', () => {
    // havo onderbouw 80, 70, 60 (years 1–3), bovenbouw 50, 40 (years 4–5); transition 1, growth 0.
    // Year 1: 80 (intake), 80, 70, 60 (from onderbouw 3), 50 → 340 pupils.
    // The bovenbouw elective (Frans, year 5: 10 of 40) becomes 50 × 10/40 = 12.5 pupils → ceil(12.5/25) = 1 group.
    const d = demand([
      { location: 'N', department: 'onderbouw', level: 'havo', year: '1', subject: 'NL', students: 80, maxGroupSize: 28, lessonsPerWeek: 3 },
      { location: 'N', department: 'onderbouw', level: 'havo', year: '2', subject: 'NL', students: 70, maxGroupSize: 28, lessonsPerWeek: 3 },
      { location: 'N', department: 'onderbouw', level: 'havo', year: '3', subject: 'NL', students: 60, maxGroupSize: 28, lessonsPerWeek: 3 },
      { location: 'N', department: 'bovenbouw', level: 'havo', year: '4', subject: 'NL', students: 50, maxGroupSize: 25, lessonsPerWeek: 3 },
      { location: 'N', department: 'bovenbouw', level: 'havo', year: '5', subject: 'NL', students: 40, maxGroupSize: 25, lessonsPerWeek: 3 },
      { location: 'N', department: 'bovenbouw', level: 'havo', year: '5', subject: 'FA', students: 10, maxGroupSize: 25, lessonsPerWeek: 3 },
    ], ['location', 'department', 'level', 'year', 'subject', 'students', 'maxGroupSize', 'lessonsPerWeek']);
    const out = project([d], params({ years: 1 }), []);
    close(out.years[0].students, 300);
    close(out.years[1].students, 340);
    // groups year 1: NL 3+3+3 (80, 80, 70 /28) + 3 (60/25) + 2 (50/25) + FA 1 = 15 → 45 lessons
    close(out.years[1].teacherFteNeeded, 45 * FTE_PER_LESSON);
    const fa = out.years[1].bySubject.find((s) => s.subject === 'FA');
    close(fa?.teacherFteNeeded, 3 * FTE_PER_LESSON);
    expect(out.issues.filter((i) => /geen regels/.test(i.message))).toEqual([]);
  });
  test('a class column: the cohort is the sum of its classes, each class keeps its share', () => {
    // Year 1: 1A 28 + 1B 26 = 54 pupils; year 2: 2A 25. Growth 0, transition 1:
    // year 1 of the projection: 1A 54 × 28/54 = 28 → 1 group, 1B 26 → 1 group, 2A 54 × 25/25 = 54 → ceil(54/30) = 2 groups.
    // NL (4 lessons): (1 + 1 + 2) × 4 = 16 lessons → 16 × 0.04375 = 0.7 FTE.
    const rows = [['1', '1A', 'NL', 28], ['1', '1A', 'EN', 28], ['1', '1B', 'NL', 26], ['1', '1B', 'EN', 26], ['2', '2A', 'NL', 25], ['2', '2A', 'EN', 25]]
      .map(([year, klas, subject, students]) => ({ level: 'mavo', year, class: klas, subject, students, maxGroupSize: 30, lessonsPerWeek: subject === 'NL' ? 4 : 3 }) as never);
    const d = demand(rows, ['level', 'year', 'class' as never, 'subject', 'students', 'maxGroupSize', 'lessonsPerWeek']);
    const out = project([d], params({ years: 1 }), []);
    close(out.years[1].bySubject.find((x) => x.subject === 'NL')?.teacherFteNeeded, 16 * FTE_PER_LESSON);
  });
  test('no staff table: availability and shortage null, never 0', () => {
    const d = demand([{ location: 'A', level: 'mavo', year: '1', students: 50, maxGroupSize: 25, lessonsPerWeek: 30 }],
      ['location', 'level', 'year', 'students', 'maxGroupSize', 'lessonsPerWeek']);
    const out = project([d], params({ years: 2 }), []);
    expect(out.years[0].label).toBe('jaar 0');
    for (const y of out.years) {
      expect(y.teacherFteAvailable).toBeNull();
      expect(y.shortageFte).toBeNull();
      expect(y.retiringFte).toBeNull();
      expect(y.assistantFte).toBeNull();
    }
  });
  test('no birth date or age column: R = 0 and the issues say so', () => {
    const d = demand([{ location: 'A', level: 'mavo', year: '1', students: 50, maxGroupSize: 25, lessonsPerWeek: 30 }],
      ['location', 'level', 'year', 'students', 'maxGroupSize', 'lessonsPerWeek']);
    const s = staff([{ employee: 'X', category: 'teacher', fte: 2 }], ['employee', 'role', 'fte']);
    const out = project([d, s], params({ years: 1, attrition: 0.1 }), []);
    expect(out.years[1].retiringFte).toBe(0);
    close(out.years[1].teacherFteAvailable, 1.8); // 2 × 0.9
    expect(out.issues.some((i) => /pensionering is in de prognose niet meegerekend/.test(i.message))).toBe(true);
  });
  test('age column and per-subject availability', () => {
    // NL: 1.0 FTE aged 66 (gone in R(2)) + 0.5 FTE aged 40; EN 1.0 aged 67.5 (gone in R(1)); attrition 0.
    const d = demand([
      { location: 'A', level: 'mavo', year: '1', subject: 'NL', students: 50, maxGroupSize: 25, lessonsPerWeek: 4 },
      { location: 'A', level: 'mavo', year: '1', subject: 'EN', students: 50, maxGroupSize: 25, lessonsPerWeek: 3 },
    ], ['location', 'level', 'year', 'subject', 'students', 'maxGroupSize', 'lessonsPerWeek']);
    const s = staff([
      { subject: 'NL', category: 'teacher', fte: 1, age: 66 },
      { subject: 'NL', category: 'teacher', fte: 0.5, age: 40 },
      { subject: 'EN', category: 'teacher', fte: 1, age: 67.5 },
    ], ['subject', 'role', 'fte', 'age']);
    const out = project([d, s], params({ years: 2, attrition: 0, hiring: 0.5 }), []);
    expect(out.years.map((y) => y.retiringFte)).toEqual([0, 1, 1]);
    // A: 2.5 → (2.5 − 1) + 0.5 = 2 → (2 − 1) + 0.5 = 1.5; per subject no hires: NL 1.5, 1.5, 0.5; EN 1, 0, 0
    expect(out.years.map((y) => y.teacherFteAvailable)).toEqual([2.5, 2, 1.5]);
    const nl = out.years.map((y) => y.bySubject.find((x) => x.subject === 'NL')!.teacherFteAvailable);
    const en = out.years.map((y) => y.bySubject.find((x) => x.subject === 'EN')!.teacherFteAvailable);
    expect(nl).toEqual([1.5, 1.5, 0.5]);
    expect(en).toEqual([1, 0, 0]);
  });
});
