/**
 * Issue 8: a figure is either right or flagged, never silently wrong. Groups and classes
 * (domain.md F1), students per class, figures built only on bad cells (null, not 0) and
 * sums that overflow. Hand-computed; the arithmetic is in the comments.
 */
import { analyse } from '../../src/model/analysis';
import { runScenario, resolveScenario } from '../../src/model/scenario';
import { readWorkbook } from '../../src/sheet';
import { close, demand, staff, summary } from './fixtures';

describe('classes: students per class, groups summed, classes counted once', () => {
  // Year 2 with classes 2A and 2B, French an elective with fewer pupils; year 3 one class.
  const rows = [
    { year: '2', class: '2A', subject: 'NE', students: 28, maxGroupSize: 30, lessonsPerWeek: 4 },
    { year: '2', class: '2A', subject: 'FA', students: 12, maxGroupSize: 30, lessonsPerWeek: 2 },
    { year: '2', class: '2B', subject: 'NE', students: 27, maxGroupSize: 30, lessonsPerWeek: 4 },
    { year: '2', class: '2B', subject: 'FA', students: 15, maxGroupSize: 30, lessonsPerWeek: 2 },
    { year: '3', class: '3A', subject: 'NE', students: 30, maxGroupSize: 30, lessonsPerWeek: 3 },
  ];
  const a = analyse([demand(rows, ['year', 'class', 'subject', 'students', 'maxGroupSize', 'lessonsPerWeek'])]);

  test('students: per cohort the sum over its classes of each class largest value', () => {
    // year 2: 2A max(28, 12) + 2B max(27, 15) = 55; year 3: 30 → 85 (not max per cohort 28 + 30 = 58)
    expect(a.totals.students).toBe(85);
  });

  test('groups: the sum of F1 over all rows; classes: distinct class names', () => {
    expect(a.totals.groups).toBe(5); // every row ceil(≤30 / 30) = 1
    expect(a.totals.classes).toBe(3); // 2A, 2B, 3A
    expect(a.totals.teacherLessonsPerWeek).toBe(15); // 4 + 2 + 4 + 2 + 3
  });

  test('F10 pools class rows of one cohort and subject into one plaza population', () => {
    const sc = resolveScenario({ name: 'p', plaza: { share: 1, size: 90, teachers: 1, assistants: 1 } });
    if (!sc.ok) throw new Error('scenario');
    const r = runScenario(a, sc.scenario);
    // Pools: year 2 NE 55 pupils → 1 plaza × 4 = 4 lessons; year 2 FA 27 → 1 × 2 = 2; year 3 NE 30 → 1 × 3 = 3.
    // 9 teacher lessons (not 4+2+4+2+3 = 15 as one plaza per class row would give).
    close(r.teacherFteNeeded, (9 * 50 / 60 * 37.8) / 720);
    // Assistant contact hours: 9 lessons × 50/60 = 7.5 h/week × 37.8 / 1619.
    close(r.assistantFteForPlazas, (7.5 * 37.8) / 1619);
  });

  test('the same read from a sheet with a class column (Dutch and English headers)', () => {
    for (const header of [['Leerjaar', 'Klas', 'Vak', 'Leerlingen', 'Groepsgrootte', 'Lesuren'], ['Year', 'Class', 'Subject', 'Students', 'Group size', 'Lessons per week']]) {
      const values = [header, ...rows.map((r) => [r.year, r.class, r.subject, r.students, r.maxGroupSize, r.lessonsPerWeek])];
      const t = analyse(readWorkbook([{ name: 'K', values }]).tables).totals;
      expect([t.students, t.groups, t.classes]).toEqual([85, 5, 3]);
    }
  });

  test('without a class column: classes = each cohort largest groups value; per location too', () => {
    const b = analyse([demand([
      { location: 'N', year: '1', subject: 'NE', students: 60, maxGroupSize: 28, lessonsPerWeek: 4 }, // 3 groups
      { location: 'N', year: '1', subject: 'FA', students: 20, maxGroupSize: 28, lessonsPerWeek: 2 }, // 1 group
      { location: 'Z', year: '1', subject: 'NE', students: 50, maxGroupSize: 28, lessonsPerWeek: 4 }, // 2 groups
    ], ['location', 'year', 'subject', 'students', 'maxGroupSize', 'lessonsPerWeek'])]);
    expect(b.totals.groups).toBe(6); // 3 + 1 + 2
    expect(b.totals.classes).toBe(5); // N: max(3, 1) = 3; Z: 2
    expect(b.byLocation.map((l) => [l.location, l.groups, l.classes])).toEqual([['N', 4, 3], ['Z', 2, 2]]);
  });

  test('without a subject column every row is its own cohort', () => {
    const b = analyse([demand([
      { year: '1', students: 56, maxGroupSize: 28, lessonsPerWeek: 30 },
      { year: '2', students: 45, maxGroupSize: 28, lessonsPerWeek: 30 },
    ], ['year', 'students', 'maxGroupSize', 'lessonsPerWeek'])]);
    expect([b.totals.students, b.totals.groups, b.totals.classes]).toEqual([101, 4, 4]); // 2 + 2 groups
  });
});

describe('a figure built only on bad cells is null, not 0', () => {
  const d = demand([
    { subject: 'NE', students: 56, maxGroupSize: 28, lessonsPerWeek: 4 }, // 8 lessons
    { subject: 'DU', students: null, maxGroupSize: 28, lessonsPerWeek: 3 }, // the students cell was #REF!
  ], ['subject', 'students', 'maxGroupSize', 'lessonsPerWeek']);

  test('every assistant FTE is #N/A → assistant FTE null, payroll null, ratio null', () => {
    const a = analyse([d, staff([
      { employee: 'Jan', subject: 'NE', category: 'teacher', fte: 0.8, cost: 60000 },
      { employee: 'Els', category: 'assistant', fte: null, cost: null },
      { employee: 'Ali', category: 'assistant', fte: null, cost: null },
    ])]);
    expect(a.totals.assistantFte).toBeNull();
    expect(a.totals.assistantCost).toBeNull();
    expect(a.totals.studentsPerAssistantFte).toBeNull();
    expect(a.costPerFte.assistant).toBeNull();
    expect(a.totals.teacherFteAvailable).toBe(0.8);
    expect(a.totals.managementFte).toBe(0); // a role column without management rows: known 0
  });

  test('one valid assistant cell among bad ones: the valid ones count (the bad ones carry issues)', () => {
    const a = analyse([staff([
      { employee: 'Els', category: 'assistant', fte: null, cost: null },
      { employee: 'Ali', category: 'assistant', fte: 0.6, cost: 30000 },
    ])]);
    expect(a.totals.assistantFte).toBe(0.6);
    expect(a.totals.assistantCost).toBe(30000);
  });

  test('a subject whose only demand row is bad: need null (not 0, no surplus); a subject without teacher rows: 0', () => {
    const a = analyse([d, staff([
      { employee: 'Jan', subject: 'NE', category: 'teacher', fte: 0.8 },
      { employee: 'Piet', subject: 'DU', category: 'teacher', fte: 0.4 },
      { employee: 'Kees', subject: 'BI', category: 'teacher', fte: 0.2 },
    ])]);
    const by = Object.fromEntries(a.bySubject.map((s) => [s.subject, s]));
    expect(by.DU.teacherFteNeeded).toBeNull();
    expect(by.DU.teacherLessonsPerWeek).toBeNull();
    expect(by.DU.shortageFte).toBeNull();
    expect(by.DU.teacherFteAvailable).toBe(0.4);
    // BI: no demand row names it (the demand table has a subject column): need 0, surplus 0.2.
    expect(by.BI.teacherFteNeeded).toBe(0);
    close(by.BI.shortageFte, -0.2);
    // NE: 2 groups × 4 = 8 lessons = 8 × 50/60 × 37.8 / 720 = 0.35 FTE; available 0.8.
    close(by.NE.teacherFteNeeded, 0.35);
  });

  test('a subject whose teacher rows all have bad FTE: available null', () => {
    const a = analyse([d, staff([{ employee: 'Jan', subject: 'NE', category: 'teacher', fte: null }])]);
    const ne = a.bySubject.find((s) => s.subject === 'NE')!;
    expect(ne.teacherFteAvailable).toBeNull();
    expect(ne.shortageFte).toBeNull();
    expect(a.totals.teacherFteAvailable).toBeNull();
    expect(a.totals.shortageFte).toBeNull();
  });

  test('a summary column whose every cell is bad: null', () => {
    const a = analyse([summary([
      { location: 'N', students: 600, teacherFte: 40, assistantFte: null, supportFte: 6 },
      { location: 'Z', students: 650, teacherFte: 42, assistantFte: null, supportFte: 7 },
    ])]);
    expect(a.totals.assistantFte).toBeNull();
    expect(a.totals.teacherFteAvailable).toBe(82);
    expect(a.byLocation.map((l) => l.assistantFte)).toEqual([null, null]);
  });

  test('read from a sheet: #N/A in every assistant FTE cell', () => {
    const res = readWorkbook([{ name: 'P', values: [
      ['Naam', 'Functie', 'FTE', 'Loonkosten'],
      ['Jansen', 'Docent', 0.8, 60000],
      ['Bakker', 'Onderwijsassistent', '#N/A', '#N/A'],
      ['Smit', 'Teaching assistant', { error: '#N/A' }, '#N/A'],
    ] }]);
    expect(res.tables[0].issues.map((i) => i.cell)).toEqual(['P!C3', 'P!D3', 'P!C4', 'P!D4']);
    const a = analyse(res.tables);
    expect(a.totals.assistantFte).toBeNull();
    expect(a.totals.assistantCost).toBeNull();
    expect(a.totals.teacherCost).toBe(60000);
  });
});

describe('a value that overflows a sum', () => {
  test('1e308 twice: students null, a note naming the cell', () => {
    const a = analyse([demand([
      { subject: 'NE', students: 1e308, groups: 2, lessonsPerWeek: 4 },
      { subject: 'EN', students: 10, groups: 1, lessonsPerWeek: 4 },
      { year: '2', subject: 'NE', students: 1e308, groups: 1, lessonsPerWeek: 4 },
    ], ['year', 'subject', 'students', 'groups', 'lessonsPerWeek'])]);
    expect(a.totals.students).toBeNull();
    expect(a.totals.studentsPerTeacherContactHour).toBeNull();
    expect(a.totals.groups).toBe(4); // 2 + 1 + 1: the groups are fine
    // C2: 1e308 × 4 lessons overflows F5's numerator already; C4: the students sum overflows.
    expect(a.notes.map((n) => n.cell)).toEqual(['Lesvraag!C2', 'Lesvraag!C4']);
    expect(a.notes[0].message).toMatch(/te groot/);
    expect(a.notes[0].messageEn).toMatch(/too large/);
  });

  test('a huge FTE in a staff table', () => {
    const a = analyse([staff([
      { employee: 'A', category: 'support', fte: 1e308, cost: 1 },
      { employee: 'B', category: 'support', fte: 1e308, cost: 1 },
    ], ['employee', 'role', 'fte', 'cost'])]);
    expect(a.totals.supportFte).toBeNull();
    expect(a.notes.map((n) => n.cell)).toEqual(['Personeel!C3']);
  });
});
