/**
 * The formulas of domain.md, one function each, named by F-number so that `grep F10`
 * finds it. Scalar, pure, no validation beyond what the formula itself needs: callers
 * (analysis, scenarios, custom functions) validate their inputs and map errors.
 *
 * Division by zero returns NaN, never Infinity, so that callers can tell "no value"
 * from a number; callers turn NaN into null (engine) or #DIV/0! (functions).
 */

import type { Norms } from './norms';

/** F1 groups = ceil(students / maxGroupSize). */
export function f1Groups(students: number, maxGroupSize: number): number {
  if (maxGroupSize === 0) return NaN;
  // Guard against floating noise such as 56 / 28 computed from parsed text.
  const q = students / maxGroupSize;
  const r = Math.round(q);
  return Math.abs(q - r) < 1e-9 ? r : Math.ceil(q);
}

/** F2 teacher lessons per week = groups × lessonsPerWeek. */
export function f2TeacherLessons(groups: number, lessonsPerWeek: number): number {
  return groups * lessonsPerWeek;
}

/**
 * F3 teacher FTE needed = teacherLessons × lessonMinutes / 60 × teachingWeeks / maxTeachingHours.
 */
export function f3TeacherFte(
  teacherLessonsPerWeek: number,
  lessonMinutes: number,
  teachingWeeks: number,
  maxTeachingHours: number,
): number {
  if (maxTeachingHours === 0) return NaN;
  return (((teacherLessonsPerWeek * lessonMinutes) / 60) * teachingWeeks) / maxTeachingHours;
}

/** F4 a staffing ratio: students per FTE, or FTE per FTE. */
export function f4Ratio(numerator: number, denominator: number): number {
  if (denominator === 0) return NaN;
  return numerator / denominator;
}

/** F5 productivity = Σ students × lessonsPerWeek / Σ teacherLessons (students per teacher contact hour). */
export function f5Productivity(sumStudentLessons: number, sumTeacherLessons: number): number {
  if (sumTeacherLessons === 0) return NaN;
  return sumStudentLessons / sumTeacherLessons;
}

export interface TaskShare {
  hoursPerFte: number;
  share: number;
}

/** F6 transferredHours = Σ over tasks of teacherFte × hoursPerFte(task) × share(task). */
export function f6TransferredHours(teacherFte: number, tasks: readonly TaskShare[]): number {
  let sum = 0;
  for (const t of tasks) sum += teacherFte * t.hoursPerFte * t.share;
  return sum;
}

/** F7 netHoursFreed = transferredHours × (1 − coordinationShare). */
export function f7NetHoursFreed(transferredHours: number, coordinationShare: number): number {
  return transferredHours * (1 - coordinationShare);
}

/** F8 hoursFreedPerTeacherFtePerWeek = netHoursFreed / teacherFte / teachingWeeks. */
export function f8HoursFreedPerFtePerWeek(netHoursFreed: number, teacherFte: number, teachingWeeks: number): number {
  if (teacherFte === 0 || teachingWeeks === 0) return NaN;
  return netHoursFreed / teacherFte / teachingWeeks;
}

/** F9 assistantFteForTasks = transferredHours / assistantHours. */
export function f9AssistantFteForTasks(transferredHours: number, assistantHours: number): number {
  if (assistantHours === 0) return NaN;
  return transferredHours / assistantHours;
}

export interface PlazaLayout {
  /** Share p (0..1) of the lessons given in plazas. */
  share: number;
  /** Pupils per plaza. */
  size: number;
  teachers: number;
  assistants: number;
}

export interface PlazaResult {
  plazas: number;
  teacherLessonsPerWeek: number;
  assistantContactHoursPerWeek: number;
  assistantFte: number;
}

/**
 * F10 learning plaza for a share p of one pool's lessons:
 * plazas = ceil(students / plazaSize);
 * teacherLessons' = groups × (1 − p) × L + plazas × p × L × teachersPerPlaza;
 * assistantContactHours/week = plazas × p × L × assistantsPerPlaza × lessonMinutes / 60;
 * assistantFte = assistantContactHours × teachingWeeks / assistantHours.
 */
export function f10Plaza(
  students: number,
  groups: number,
  lessonsPerWeek: number,
  plaza: PlazaLayout,
  lessonMinutes: number,
  teachingWeeks: number,
  assistantHours: number,
): PlazaResult {
  const p = plaza.share;
  const plazas = f1Groups(students, plaza.size);
  const teacherLessonsPerWeek =
    groups * (1 - p) * lessonsPerWeek + plazas * p * lessonsPerWeek * plaza.teachers;
  const assistantContactHoursPerWeek = (plazas * p * lessonsPerWeek * plaza.assistants * lessonMinutes) / 60;
  const assistantFte = assistantHours === 0 ? NaN : (assistantContactHoursPerWeek * teachingWeeks) / assistantHours;
  return { plazas, teacherLessonsPerWeek, assistantContactHoursPerWeek, assistantFte };
}

/** The F11 factor (1 − p) + p / (1 + g). */
export function f11Factor(gain: number, share: number): number {
  return 1 - share + share / (1 + gain);
}

/** F11 teacherFteNeeded' = teacherFteNeeded × ((1 − p) + p / (1 + g)). */
export function f11ProductivityFte(teacherFteNeeded: number, gain: number, share: number): number {
  return teacherFteNeeded * f11Factor(gain, share);
}

/** F12 extraLessonFte = netHoursFreed × reinvestShare / ((1 + surcharge) × maxTeachingHours). */
export function f12ExtraLessonFte(
  netHoursFreed: number,
  reinvestShare: number,
  surcharge: number,
  maxTeachingHours: number,
): number {
  const d = (1 + surcharge) * maxTeachingHours;
  if (d === 0) return NaN;
  return (netHoursFreed * reinvestShare) / d;
}

/** F13 assistantFteByRatio = students / studentsPerAssistant. */
export function f13AssistantsByRatio(students: number, studentsPerAssistant: number): number {
  if (studentsPerAssistant === 0) return NaN;
  return students / studentsPerAssistant;
}

/** F14 cost = Σ FTE × costPerFte per function. */
export function f14Cost(items: readonly { fte: number; costPerFte: number }[]): number {
  let sum = 0;
  for (const i of items) sum += i.fte * i.costPerFte;
  return sum;
}

/** F14 costPerStudent = cost / students. */
export function f14CostPerStudent(cost: number, students: number): number {
  if (students === 0) return NaN;
  return cost / students;
}

/** F15 shortage = teacherFteNeeded − teacherFteAvailable (never clamped: negative = surplus). */
export function f15Shortage(teacherFteNeeded: number, teacherFteAvailable: number): number {
  return teacherFteNeeded - teacherFteAvailable;
}

/** F15 shortageAfter = teacherFteNeeded' − teacherFteAvailable − extraLessonFte. */
export function f15ShortageAfter(teacherFteNeededAfter: number, teacherFteAvailable: number, extraLessonFte: number): number {
  return teacherFteNeededAfter - teacherFteAvailable - extraLessonFte;
}

/**
 * F3 summed over rows of different lesson lengths: Σ lessons × minutes (lesson-minutes per
 * week) → teacher FTE. F3 is linear, so Σ F3(lessons_r, minutes_r) = F3(Σ lessons_r × minutes_r, 1).
 */
export function f3TeacherFteFromLessonMinutes(lessonMinutesPerWeek: number, n: Norms): number {
  return f3TeacherFte(lessonMinutesPerWeek, 1, n.teachingWeeks, n.maxTeachingHours);
}

/** F3 with the norms object. */
export function teacherFteFromLessons(lessonsPerWeek: number, norms: Norms, lessonMinutes?: number): number {
  return f3TeacherFte(lessonsPerWeek, lessonMinutes ?? norms.lessonMinutes, norms.teachingWeeks, norms.maxTeachingHours);
}
