import { analyse } from '../../src/model/analysis';
import { close, demand, FTE_PER_LESSON, school, staff, summary } from './fixtures';

describe('analyse: the hand-computed school', () => {
  const a = analyse(school());

  test('totals', () => {
    const t = a.totals;
    expect(t.students).toBe(86); // 56 + 30, each cohort once
    // Contract since issue 8 (domain.md F1): groups is the sum of F1 over all demand rows,
    // classes counts each cohort once (no class column: its largest groups value).
    expect(t.groups).toBe(7); // NL 2 + EN 2 + FA ceil(20/28)=1 at A, NL 2 at B
    expect(t.classes).toBe(4); // A/havo/1: max(2, 2, 1) = 2; B/vwo/1: 2
    expect(t.teacherLessonsPerWeek).toBe(24); // 8 + 6 + 2 + 8
    close(t.teacherFteNeeded, 24 * FTE_PER_LESSON); // 1.05
    close(t.teacherFteNeeded, 1.05);
    close(t.teacherFteAvailable, 1.0);
    close(t.assistantFte, 1.0);
    close(t.managementFte, 1.0);
    close(t.supportFte, 0.8);
    close(t.shortageFte, 0.05);
    close(t.studentsPerTeacherFte, 86);
    close(t.studentsPerAssistantFte, 86);
    close(t.studentsPerTeacherContactHour, 23); // 552 / 24
    expect(t.teacherCost).toBe(81000);
    expect(t.assistantCost).toBe(45000);
  });

  test('cost per FTE from the same rows', () => {
    close(a.costPerFte.teacher, 81000);
    close(a.costPerFte.assistant, 45000);
  });

  test('per location', () => {
    const A = a.byLocation.find((l) => l.location === 'A')!;
    const B = a.byLocation.find((l) => l.location === 'B')!;
    expect(a.byLocation.map((l) => l.location)).toEqual(['A', 'B']);
    expect(A.students).toBe(56);
    close(A.teacherFteNeeded, 16 * FTE_PER_LESSON); // 8 + 6 + 2 lessons = 0.7
    close(A.teacherFteAvailable, 0.7);
    expect(Math.abs(A.shortageFte as number)).toBeLessThan(1e-12); // 0.7 − 0.7
    close(A.assistantFte, 1);
    close(A.studentsPerTeacherContactHour, (56 * 4 + 56 * 3 + 20 * 2) / 16); // 27
    expect(B.students).toBe(30);
    close(B.teacherFteNeeded, 0.35);
    close(B.teacherFteAvailable, 0.3);
    close(B.shortageFte, 0.05);
    close(B.supportFte, 0.8);
    expect(B.assistantFte).toBe(0);
    expect(B.studentsPerAssistantFte).toBeNull(); // 30 / 0: no ratio, not Infinity
  });

  test('per subject: where the shortage falls', () => {
    const by = Object.fromEntries(a.bySubject.map((s) => [s.subject, s]));
    close(by.NL.teacherFteNeeded, 0.7); // 16 lessons
    close(by.NL.teacherFteAvailable, 0.8);
    close(by.NL.shortageFte, -0.1); // surplus, not clamped
    close(by.EN.teacherFteNeeded, 0.2625);
    close(by.EN.shortageFte, 0.0625);
    close(by.FA.teacherFteNeeded, 0.0875);
    expect(by.FA.teacherFteAvailable).toBe(0); // staff has a subject column: known to be 0
    close(by.FA.shortageFte, 0.0875);
  });

  test('tables summary', () => {
    expect(a.tables).toEqual([
      { sheet: 'Lesvraag', range: 'A1:G5', kind: 'demand', rows: 4, issues: [] },
      { sheet: 'Personeel', range: 'A1:F7', kind: 'staff', rows: 6, issues: [] },
    ]);
  });
});

describe('null, never 0, where the data is absent', () => {
  test('no staff table: availability, shortage, costs and staff ratios are null', () => {
    const a = analyse([school()[0]]);
    expect(a.totals.teacherFteAvailable).toBeNull();
    expect(a.totals.shortageFte).toBeNull();
    expect(a.totals.assistantFte).toBeNull();
    expect(a.totals.teacherCost).toBeNull();
    expect(a.totals.studentsPerTeacherFte).toBeNull();
    expect(a.costPerFte).toEqual({ teacher: null, assistant: null });
    expect(a.bySubject.every((s) => s.teacherFteAvailable === null)).toBe(true);
  });
  test('no demand table: need and students are null', () => {
    const a = analyse([school()[1]]);
    expect(a.totals.teacherFteNeeded).toBeNull();
    expect(a.totals.students).toBeNull();
    expect(a.totals.studentsPerTeacherContactHour).toBeNull();
    close(a.totals.teacherFteAvailable, 1);
  });
  test('no cost column: costs null', () => {
    const s = staff([{ category: 'teacher', fte: 1 }], ['role', 'fte']);
    const a = analyse([s]);
    expect(a.totals.teacherCost).toBeNull();
    expect(a.costPerFte.teacher).toBeNull();
  });
  test('staff table without role column: categories from the scale, assistant and management FTE null', () => {
    const s = staff(
      [
        { category: 'teacher', fte: 1, cost: 80000 },
        { category: 'support', fte: 0.5, cost: 20000 },
      ],
      ['scale', 'fte', 'cost'],
      'scale',
    );
    const a = analyse([s]);
    close(a.totals.teacherFteAvailable, 1);
    close(a.totals.supportFte, 0.5);
    expect(a.totals.assistantFte).toBeNull();
    expect(a.totals.managementFte).toBeNull();
    expect(a.totals.assistantCost).toBeNull();
  });
  test('per location: a figure only from tables with a location column', () => {
    const d = school()[0];
    const s = staff([{ category: 'teacher', fte: 2 }], ['role', 'fte']);
    const a = analyse([d, s]);
    close(a.totals.teacherFteAvailable, 2);
    for (const l of a.byLocation) {
      expect(l.teacherFteAvailable).toBeNull();
      expect(l.shortageFte).toBeNull();
      expect(l.teacherFteNeeded).not.toBeNull();
    }
  });
});

describe('rules that keep figures well defined', () => {
  test('students counted once per cohort (largest valid value); without subject column every row is a cohort', () => {
    const withSubject = demand([
      { level: 'havo', year: '2', subject: 'NL', students: 50, maxGroupSize: 25, lessonsPerWeek: 3 },
      { level: 'havo', year: '2', subject: 'DU', students: 20, maxGroupSize: 25, lessonsPerWeek: 2 },
      { level: 'HAVO ', year: '2', subject: 'EN', students: null, maxGroupSize: 25, lessonsPerWeek: 2, groups: 2 },
    ]);
    expect(analyse([withSubject]).totals.students).toBe(50);
    const without = demand(
      [
        { level: 'havo', year: '2', students: 50, maxGroupSize: 25, lessonsPerWeek: 30 },
        { level: 'havo', year: '2', students: 20, maxGroupSize: 25, lessonsPerWeek: 30 },
      ],
      ['level', 'year', 'students', 'maxGroupSize', 'lessonsPerWeek'],
    );
    expect(analyse([without]).totals.students).toBe(70);
  });

  test('a groups column wins over F1; a blank groups cell falls back to F1', () => {
    const d = demand(
      [
        { students: 50, groups: 3, maxGroupSize: 25, lessonsPerWeek: 2 }, // 3 groups (not 2) → 6 lessons
        { students: 51, groups: null, maxGroupSize: 25, lessonsPerWeek: 2 }, // F1: 3 groups → 6 lessons
      ],
      ['students', 'groups', 'maxGroupSize', 'lessonsPerWeek'],
    );
    expect(analyse([d]).totals.teacherLessonsPerWeek).toBe(12);
  });

  test('F5 numerator and denominator from the same rows: a row without students is out of both', () => {
    const d = demand(
      [
        { students: 50, maxGroupSize: 25, lessonsPerWeek: 3 }, // 2 groups, 6 lessons, 150 student-lessons
        { students: null, groups: 4, lessonsPerWeek: 5 }, // bad students cell: 20 lessons count for FTE, not for F5
      ],
      ['students', 'groups', 'maxGroupSize', 'lessonsPerWeek'],
    );
    const a = analyse([d]);
    expect(a.totals.teacherLessonsPerWeek).toBe(26);
    close(a.totals.studentsPerTeacherContactHour, 150 / 6); // 25, not 150 / 26
  });

  test('a row lesson length beats the norm: 10 lessons of 45 min + 10 of 50 min', () => {
    const d = demand(
      [
        { groups: 1, lessonsPerWeek: 10, lessonMinutes: 45 },
        { groups: 1, lessonsPerWeek: 10 },
      ],
      ['groups', 'lessonsPerWeek', 'lessonMinutes'],
    );
    // (10 × 45 + 10 × 50) / 60 × 37.8 / 720
    close(analyse([d]).totals.teacherFteNeeded, ((950 / 60) * 37.8) / 720);
  });

  test('analysis norms apply: a school at 750 teaching hours', () => {
    const a = analyse(school(), { maxTeachingHours: 750 });
    close(a.totals.teacherFteNeeded, (24 * (50 / 60) * 37.8) / 750);
  });

  test('detailed tables win over a summary, a mismatch is a note, the two are never added', () => {
    const sum = summary([
      { location: 'A', students: 60, teacherFte: 0.7, assistantFte: 1, supportFte: 0 },
      { location: 'B', students: 30, teacherFte: 0.3, assistantFte: 0, supportFte: 0.8 },
    ]);
    const a = analyse([...school(), sum]);
    expect(a.totals.students).toBe(86); // demand's 86, not 90 and not 176
    close(a.totals.teacherFteAvailable, 1.0); // staff's, not 2.0
    expect(a.notes.length).toBeGreaterThan(0);
    const studentsNote = a.notes.find((n) => n.message.includes('leerlingen') && n.message.startsWith('Totaal'));
    expect(studentsNote?.cell).toBe('Overzicht!A1');
    expect(studentsNote?.message).toContain('86');
    expect(studentsNote?.message).toContain('90');
    // Location A: demand 56 vs summary 60 → note; B agrees → none for B students.
    expect(a.notes.some((n) => n.message.startsWith('A: leerlingen'))).toBe(true);
    expect(a.notes.some((n) => n.message.startsWith('B: leerlingen'))).toBe(false);
  });

  test('a summary alone gives the figures it has', () => {
    const a = analyse([summary([{ location: 'Noord', students: 600, teacherFte: 40, assistantFte: 3, supportFte: 8 }])]);
    expect(a.totals.students).toBe(600);
    close(a.totals.teacherFteAvailable, 40);
    close(a.totals.studentsPerTeacherFte, 15);
    close(a.totals.studentsPerAssistantFte, 200);
    expect(a.totals.teacherFteNeeded).toBeNull();
    expect(a.totals.managementFte).toBeNull();
  });

  test('payroll export: FTE averaged over the periods, cost summed; cost per FTE = annual cost / average FTE', () => {
    const s = staff(
      [
        { employee: 'Jan', category: 'teacher', fte: 1, cost: 6000, period: '2026-01' },
        { employee: 'Jan', category: 'teacher', fte: 1, cost: 6000, period: '2026-02' },
        { employee: 'Ans', category: 'assistant', fte: 0.5, cost: 2000, period: '2026-01' },
        { employee: 'Ans', category: 'assistant', fte: 0.5, cost: 2000, period: '2026-02' },
        { employee: 'Bo', category: 'teacher', fte: 0.4, cost: 2400, period: '2026-02' }, // joined in February
      ],
      ['employee', 'role', 'fte', 'cost', 'period'],
    );
    const a = analyse([s]);
    close(a.totals.teacherFteAvailable, (1 + 1 + 0.4) / 2); // 1.2
    close(a.totals.assistantFte, 0.5);
    expect(a.totals.teacherCost).toBe(14400);
    close(a.costPerFte.teacher, 14400 / 1.2);
    close(a.costPerFte.assistant, 4000 / 0.5);
  });

  test('blank location is "(onbekend)"; names match trimmed and case-insensitively', () => {
    const d = demand(
      [
        { location: 'Noord', students: 28, maxGroupSize: 28, lessonsPerWeek: 1, level: 'a' },
        { location: ' noord ', students: 28, maxGroupSize: 28, lessonsPerWeek: 1, level: 'b' },
        { location: null, students: 28, maxGroupSize: 28, lessonsPerWeek: 1, level: 'c' },
      ],
      ['location', 'level', 'students', 'maxGroupSize', 'lessonsPerWeek'],
    );
    const a = analyse([d]);
    expect(a.byLocation.map((l) => [l.location, l.teacherLessonsPerWeek])).toEqual([
      ['Noord', 2],
      ['(onbekend)', 1],
    ]);
  });

  test('staff rows without a category (empty role) are left out, not counted as anything', () => {
    const s = staff([{ category: 'teacher', fte: 1 }, { category: null, fte: 0.6 }], ['role', 'fte']);
    const a = analyse([s]);
    close(a.totals.teacherFteAvailable, 1);
    close(a.totals.supportFte, 0);
  });

  test('several demand tables add up (one per location sheet)', () => {
    const d1 = demand([{ groups: 2, lessonsPerWeek: 5 }], ['groups', 'lessonsPerWeek'], 'Noord');
    const d2 = demand([{ groups: 1, lessonsPerWeek: 5 }], ['groups', 'lessonsPerWeek'], 'Zuid');
    expect(analyse([d1, d2]).totals.teacherLessonsPerWeek).toBe(15);
  });
});
