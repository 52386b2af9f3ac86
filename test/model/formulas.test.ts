import * as F from '../../src/model/formulas';
import { DEFAULT_NORMS, lessonsPerFtePerWeek, normKeyFrom, normInRange, mergeNorms } from '../../src/model/norms';

const n = DEFAULT_NORMS;
const fte = (lessons: number) => F.f3TeacherFte(lessons, n.lessonMinutes, n.teachingWeeks, n.maxTeachingHours);

describe('worked examples of domain.md', () => {
  test('GROUPS(650, 28) = 24 (F1)', () => expect(F.f1Groups(650, 28)).toBe(24));
  test('TEACHER_FTE(25) = 25 × 50/60 × 37.8 / 720 = 1.09375 (F3)', () => {
    expect(Math.abs(fte(25) - 1.09375)).toBeLessThan(1e-12);
  });
  test('TEACHER_FTE(22.857142857) ≈ 1 (F3)', () => expect(Math.abs(fte(22.857142857) - 1)).toBeLessThan(1e-9));
  test('lessons per FTE per week = 720 / 31.5 = 22.857…', () => {
    expect(Math.abs(lessonsPerFtePerWeek(n) - 720 / 31.5)).toBeLessThan(1e-12);
  });
  test.each([
    [1650, 20, 82.5],
    [650, 3, 216.6666666666667],
  ])('STUDENTS_PER_FTE(%d, %d) = %d (F4)', (s, f, r) => expect(Math.abs(F.f4Ratio(s, f) - r)).toBeLessThan(1e-9));
  test('PLAZA(90, 10, 90, 3, 1): teacher FTE 1.3125, assistant FTE 315/1619, productivity 30 (F10, p = 1)', () => {
    const r = F.f10Plaza(90, 4, 10, { share: 1, size: 90, teachers: 3, assistants: 1 }, 50, 37.8, 1619);
    expect(r.plazas).toBe(1);
    expect(r.teacherLessonsPerWeek).toBe(30);
    expect(Math.abs(fte(r.teacherLessonsPerWeek) - 1.3125)).toBeLessThan(1e-12);
    // 1 plaza × 10 lessons × 1 assistant × 50/60 h = 8.333 h/week × 37.8 weeks = 315 h
    expect(Math.abs(r.assistantContactHoursPerWeek * 37.8 - 315)).toBeLessThan(1e-9);
    expect(Math.abs(r.assistantFte - 315 / 1619)).toBeLessThan(1e-12);
    expect(Math.abs(r.assistantFte - 0.194564)).toBeLessThan(1e-6);
    expect(F.f5Productivity(90 * 10, r.teacherLessonsPerWeek)).toBe(30);
  });
  test('the same cohort in groups of 28: 4 groups, 40 lessons, 1.75 FTE; the plaza saves 25%', () => {
    const groups = F.f1Groups(90, 28);
    expect(groups).toBe(4);
    const lessons = F.f2TeacherLessons(groups, 10);
    expect(lessons).toBe(40);
    expect(Math.abs(fte(lessons) - 1.75)).toBeLessThan(1e-12);
    expect(Math.abs(1 - 1.3125 / fte(lessons) - 0.25)).toBeLessThan(1e-12);
  });
  test('TRANSFER_HOURS(40, {40,30,15,40,20,10}, {1,0.5,1,0.25,1,1}) = 4400; HOURS_FREED = 3960; ASSISTANT_FTE = 2.7177…', () => {
    const hours = [40, 30, 15, 40, 20, 10];
    const shares = [1, 0.5, 1, 0.25, 1, 1];
    const t = F.f6TransferredHours(40, hours.map((h, i) => ({ hoursPerFte: h, share: shares[i] })));
    expect(Math.abs(t - 4400)).toBeLessThan(1e-9);
    expect(Math.abs(F.f7NetHoursFreed(t, 0.1) - 3960)).toBeLessThan(1e-9);
    expect(Math.abs(F.f9AssistantFteForTasks(t, 1619) - 4400 / 1619)).toBeLessThan(1e-12);
    expect(F.f9AssistantFteForTasks(t, 1619).toFixed(4)).toBe('2.7177');
  });
});

describe('hand-computed cases per formula', () => {
  test.each([
    [56, 28, 2], [57, 28, 3], [0, 28, 0], [1, 28, 1], [27.999999999999996, 28, 1],
  ])('F1 groups(%d, %d) = %d', (s, g, e) => expect(F.f1Groups(s, g)).toBe(e));
  test('F1 with a zero group size is NaN, not Infinity', () => expect(F.f1Groups(10, 0)).toBeNaN());
  test('F2 3 groups × 4 lessons = 12', () => expect(F.f2TeacherLessons(3, 4)).toBe(12));
  test('F3 with a 45-minute lesson: 30 × 45/60 × 40 / 750 = 1.2', () => {
    expect(Math.abs(F.f3TeacherFte(30, 45, 40, 750) - 1.2)).toBeLessThan(1e-12);
  });
  test('F4 zero denominator is NaN', () => expect(F.f4Ratio(1, 0)).toBeNaN());
  test('F5 (25×4 + 15×2) / (4 + 2) = 130 / 6', () => expect(F.f5Productivity(25 * 4 + 15 * 2, 6)).toBeCloseTo(130 / 6, 12));
  test('F8 3960 h / 40 FTE / 37.8 weeks = 2.619… h per FTE per week', () => {
    expect(Math.abs(F.f8HoursFreedPerFtePerWeek(3960, 40, 37.8) - 3960 / 40 / 37.8)).toBeLessThan(1e-12);
    expect(F.f8HoursFreedPerFtePerWeek(3960, 40, 37.8).toFixed(3)).toBe('2.619');
  });
  test('F10 with share 0 keeps every group lesson and needs no assistant', () => {
    const r = F.f10Plaza(90, 4, 10, { share: 0, size: 90, teachers: 3, assistants: 1 }, 50, 37.8, 1619);
    expect(r.teacherLessonsPerWeek).toBe(40);
    expect(r.assistantFte).toBe(0);
  });
  test('F10 half plaza: 4 × 0.5 × 10 + 1 × 0.5 × 10 × 3 = 35 lessons', () => {
    const r = F.f10Plaza(90, 4, 10, { share: 0.5, size: 90, teachers: 3, assistants: 1 }, 50, 37.8, 1619);
    expect(r.teacherLessonsPerWeek).toBe(35);
    expect(Math.abs(r.assistantContactHoursPerWeek - (0.5 * 10 * 50) / 60)).toBeLessThan(1e-12);
  });
  test('F11 gain 0.23 on all lessons: 10 × 1/1.23 = 8.1300…', () => {
    expect(Math.abs(F.f11ProductivityFte(10, 0.23, 1) - 10 / 1.23)).toBeLessThan(1e-12);
  });
  test('F11 gain 0.23 on half the lessons: 10 × (0.5 + 0.5/1.23)', () => {
    expect(Math.abs(F.f11ProductivityFte(10, 0.23, 0.5) - 10 * (0.5 + 0.5 / 1.23))).toBeLessThan(1e-12);
  });
  test('F12 3960 h × 0.5 / (1.67 × 720) = 1.6467… FTE', () => {
    expect(Math.abs(F.f12ExtraLessonFte(3960, 0.5, 0.67, 720) - 1980 / 1202.4)).toBeLessThan(1e-12);
  });
  test('F13 650 / 216.7 = 2.9995…', () => expect(Math.abs(F.f13AssistantsByRatio(650, 216.7) - 650 / 216.7)).toBeLessThan(1e-12));
  test('F14 2 FTE × 80k + 1 FTE × 50k = 210k; per student / 100 = 2100', () => {
    const c = F.f14Cost([{ fte: 2, costPerFte: 80000 }, { fte: 1, costPerFte: 50000 }]);
    expect(c).toBe(210000);
    expect(F.f14CostPerStudent(c, 100)).toBe(2100);
  });
  test('F15 shortages are never clamped: 10 − 12 = −2 (a surplus)', () => {
    expect(F.f15Shortage(10, 12)).toBe(-2);
    expect(F.f15ShortageAfter(10, 12, 0.5)).toBe(-2.5);
  });
});

describe('norms', () => {
  test.each([
    ['coordinationShare', 'coordinationShare'],
    ['coördinatietijd', 'coordinationShare'],
    ['Coordinatietijd', 'coordinationShare'],
    ['NORMJAARTAAK', 'annualHours'],
    ['lestaak', 'maxTeachingHours'],
    ['inzetbare uren OA', 'assistantHours'],
    ['herinvestering in lessen', 'reinvestShare'],
    ['lesweken', 'teachingWeeks'],
    ['opslagfactor', 'surcharge'],
    ['lesduur', 'lessonMinutes'],
  ])('%s → %s', (label, key) => expect(normKeyFrom(label)).toBe(key));
  test('unknown label', () => expect(normKeyFrom('salaris')).toBeUndefined());
  test('defaults of domain.md', () => {
    expect(DEFAULT_NORMS).toEqual({
      annualHours: 1659, maxTeachingHours: 720, lessonMinutes: 50, teachingWeeks: 37.8,
      surcharge: 0.67, assistantHours: 1619, coordinationShare: 0.1, reinvestShare: 0,
    });
  });
  test('ranges', () => {
    expect(normInRange('coordinationShare', 1.1)).toBe(false);
    expect(normInRange('coordinationShare', 0)).toBe(true);
    expect(normInRange('maxTeachingHours', 0)).toBe(false);
    expect(normInRange('maxTeachingHours', 750)).toBe(true);
  });
  test('overrides merge over defaults, later wins', () => {
    const m = mergeNorms({ maxTeachingHours: 750 }, { coordinationShare: 0.15 });
    expect(m.maxTeachingHours).toBe(750);
    expect(m.coordinationShare).toBe(0.15);
    expect(m.annualHours).toBe(1659);
  });
});
