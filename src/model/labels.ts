/**
 * One vocabulary for the report, the pane, ANALYSIS and KENGETAL (cli.md, "Labels").
 */

import { foldLabel } from './norms';

export type Lang = 'nl' | 'en';

export const TOTAL_KEYS = [
  'students',
  'groups',
  'classes',
  'teacherLessonsPerWeek',
  'teacherFteNeeded',
  'teacherFteAvailable',
  'assistantFte',
  'supportFte',
  'managementFte',
  'shortageFte',
  'studentsPerTeacherFte',
  'studentsPerAssistantFte',
  'studentsPerTeacherContactHour',
  'teacherCost',
  'assistantCost',
] as const;
export type TotalKey = (typeof TOTAL_KEYS)[number];

export const SCENARIO_KEYS = [
  'teacherFteNeeded',
  'assistantFteForTasks',
  'assistantFteForPlazas',
  'assistantFteNeeded',
  'assistantFteByRatio',
  'transferredHours',
  'netHoursFreed',
  'hoursFreedPerTeacherFtePerWeek',
  'extraLessonFte',
  'shortageAfterFte',
  'studentsPerTeacherContactHour',
  'cost',
  'costDelta',
] as const;
export type ScenarioKey = (typeof SCENARIO_KEYS)[number];

export const LABELS: Record<TotalKey | ScenarioKey, { nl: string; en: string }> = {
  students: { nl: 'Leerlingen', en: 'Students' },
  groups: { nl: 'Lesgroepen', en: 'Teaching groups' },
  classes: { nl: 'Klassen', en: 'Classes' },
  teacherLessonsPerWeek: { nl: 'Lessen leraren per week', en: 'Teacher lessons per week' },
  teacherFteNeeded: { nl: 'FTE leraren nodig', en: 'Teacher FTE needed' },
  teacherFteAvailable: { nl: 'FTE leraren beschikbaar', en: 'Teacher FTE available' },
  assistantFte: { nl: 'FTE onderwijsassistenten', en: 'Assistant FTE' },
  supportFte: { nl: 'FTE overig OOP', en: 'Other support FTE' },
  managementFte: { nl: 'FTE directie', en: 'Management FTE' },
  shortageFte: { nl: 'Tekort leraren (FTE)', en: 'Teacher shortage (FTE)' },
  studentsPerTeacherFte: { nl: 'Leerlingen per FTE leraar', en: 'Students per teacher FTE' },
  studentsPerAssistantFte: { nl: 'Leerlingen per FTE OA', en: 'Students per assistant FTE' },
  studentsPerTeacherContactHour: { nl: 'Leerlingen per lerarencontactuur', en: 'Students per teacher contact hour' },
  teacherCost: { nl: 'Loonkosten leraren', en: 'Teacher payroll' },
  assistantCost: { nl: 'Loonkosten OA', en: 'Assistant payroll' },
  assistantFteForTasks: { nl: 'FTE OA voor taken', en: 'Assistant FTE for tasks' },
  assistantFteForPlazas: { nl: 'FTE OA voor leerpleinen', en: 'Assistant FTE for plazas' },
  assistantFteNeeded: { nl: 'FTE OA nodig', en: 'Assistant FTE needed' },
  assistantFteByRatio: { nl: 'FTE OA volgens ratio', en: 'Assistant FTE by ratio' },
  transferredHours: { nl: 'Overgedragen uren', en: 'Transferred hours' },
  netHoursFreed: { nl: 'Netto vrijgespeelde uren', en: 'Net hours freed' },
  hoursFreedPerTeacherFtePerWeek: { nl: 'Vrijgespeelde uren per FTE leraar per week', en: 'Hours freed per teacher FTE per week' },
  extraLessonFte: { nl: 'Extra lescapaciteit (FTE)', en: 'Extra teaching capacity (FTE)' },
  shortageAfterFte: { nl: 'Tekort na scenario (FTE)', en: 'Shortage after scenario (FTE)' },
  cost: { nl: 'Personeelskosten', en: 'Staff cost' },
  costDelta: { nl: 'Verschil personeelskosten', en: 'Staff cost difference' },
};

export function label(key: TotalKey | ScenarioKey, lang: Lang): string {
  return LABELS[key][lang];
}

/** Unit kind of each figure, for number formats (FTE 2 decimals, hours 0, euros 0, counts 0, ratios 1). */
export type Unit = 'count' | 'fte' | 'hours' | 'ratio' | 'euro' | 'lessons';
export const UNITS: Record<TotalKey | ScenarioKey, Unit> = {
  students: 'count',
  groups: 'count',
  classes: 'count',
  teacherLessonsPerWeek: 'lessons',
  teacherFteNeeded: 'fte',
  teacherFteAvailable: 'fte',
  assistantFte: 'fte',
  supportFte: 'fte',
  managementFte: 'fte',
  shortageFte: 'fte',
  studentsPerTeacherFte: 'ratio',
  studentsPerAssistantFte: 'ratio',
  studentsPerTeacherContactHour: 'ratio',
  teacherCost: 'euro',
  assistantCost: 'euro',
  assistantFteForTasks: 'fte',
  assistantFteForPlazas: 'fte',
  assistantFteNeeded: 'fte',
  assistantFteByRatio: 'fte',
  transferredHours: 'hours',
  netHoursFreed: 'hours',
  hoursFreedPerTeacherFtePerWeek: 'hours',
  extraLessonFte: 'fte',
  shortageAfterFte: 'fte',
  cost: 'euro',
  costDelta: 'euro',
};

function findKey<K extends string>(keys: readonly K[], text: string): K | undefined {
  const f = foldLabel(text);
  return keys.find((k) => foldLabel(k) === f || foldLabel(LABELS[k as TotalKey].nl) === f);
}

/** A totals key from its key or its Dutch label, case-insensitively (KENGETAL). */
export function totalKeyFrom(text: string): TotalKey | undefined {
  return findKey(TOTAL_KEYS, text);
}

/** A scenario key from its key or its Dutch label, case-insensitively (SCENARIO). */
export function scenarioKeyFrom(text: string): ScenarioKey | undefined {
  return findKey(SCENARIO_KEYS, text);
}
