/**
 * The product's words in one place (cli.md, "Labels"): figure labels (labels.ts), parameter
 * labels (parameters.ts), field, table-kind and category labels, the current-situation
 * column, unknown values. Every face (report, result workbook, Excel sheet, pane, cells)
 * takes its user-visible model words from here; the pane's i18n keeps only pane strings.
 *
 * src/sheet/headers.ts keeps its own lower-case field names: they sit inside sentences of
 * the reader's messages ("lesuren per week ontbreken") and differ in wording, not only case.
 */

import type { Category, Field, TableKind } from './types';

export { LABELS, label, type Lang } from './labels';
export { parameterLabel, parameterLabels } from './parameters';

type Words = { readonly nl: string; readonly en: string };

/** The first column of every comparison. */
export const CURRENT_SITUATION: Words = { nl: 'Huidige situatie', en: 'Current situation' };

/** A value the workbook does not give (a row without a location, an unknown category). */
export const UNKNOWN: Words = { nl: '(onbekend)', en: '(unknown)' };

/** Column headings of the typed tables (result workbook, pane, mapping editor). */
export const FIELD_LABELS: Readonly<Record<Field | 'category', Words>> = {
  location: { nl: 'Vestiging', en: 'Location' },
  department: { nl: 'Afdeling', en: 'Department' },
  level: { nl: 'Niveau', en: 'Level' },
  year: { nl: 'Leerjaar', en: 'Year' },
  subject: { nl: 'Vak', en: 'Subject' },
  students: { nl: 'Leerlingen', en: 'Students' },
  groups: { nl: 'Groepen', en: 'Groups' },
  maxGroupSize: { nl: 'Groepsgrootte', en: 'Group size' },
  // cli.md says "lessen" (Lessen leraren per week), not "lesuren".
  lessonsPerWeek: { nl: 'Lessen per week', en: 'Lessons per week' },
  lessonMinutes: { nl: 'Lesduur', en: 'Lesson minutes' },
  employee: { nl: 'Medewerker', en: 'Employee' },
  role: { nl: 'Functie', en: 'Role' },
  scale: { nl: 'Schaal', en: 'Scale' },
  fte: { nl: 'FTE', en: 'FTE' },
  teacherFte: { nl: 'FTE leraren', en: 'Teacher FTE' },
  assistantFte: { nl: 'FTE OA', en: 'Assistant FTE' },
  supportFte: { nl: 'FTE OOP', en: 'Support FTE' },
  cost: { nl: 'Loonkosten', en: 'Cost' },
  period: { nl: 'Periode', en: 'Period' },
  category: { nl: 'Categorie', en: 'Category' },
};

/** Table kinds, lower case (they follow a sheet name or sit in a column of kinds). */
export const KIND_LABELS: Readonly<Record<TableKind, Words>> = {
  demand: { nl: 'lesvraag', en: 'demand' },
  staff: { nl: 'personeel', en: 'staff' },
  summary: { nl: 'overzicht', en: 'summary' },
};

/** Staff categories, lower case. */
export const CATEGORY_LABELS: Readonly<Record<Category, Words>> = {
  teacher: { nl: 'leraar', en: 'teacher' },
  assistant: { nl: 'onderwijsassistent', en: 'assistant' },
  management: { nl: 'directie', en: 'management' },
  support: { nl: 'overig OOP', en: 'other support' },
};

/** One language's words of a table of words: `inLang(FIELD_LABELS, 'nl').location`. */
export function inLang<K extends string>(table: Readonly<Record<K, Words>>, lang: 'nl' | 'en'): Record<K, string> {
  return Object.fromEntries(Object.entries(table).map(([k, w]) => [k, (w as Words)[lang]])) as Record<K, string>;
}
