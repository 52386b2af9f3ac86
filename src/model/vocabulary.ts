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

/**
 * Assistants employed now (analysis totals.assistantFte), shown beside "FTE OA nodig" so that
 * 0 extra need in the current situation does not read as "no assistants needed" (the report
 * and the pane put this row above the need; cli.md's JSON keys are unchanged).
 */
export const ASSISTANTS_EMPLOYED: Words = { nl: 'FTE OA in dienst', en: 'Assistant FTE employed' };

/**
 * What a figure means, for a footnote or tooltip in every face (report, workbook, pane):
 * the two kinds of cost, and the assistant need beside those employed.
 */
export const FIGURE_EXPLANATIONS = {
  cost: {
    nl: 'Personeelskosten: de benodigde formatie tegen de kosten per FTE (F14): FTE leraren nodig \u00d7 kosten per FTE leraar + (FTE OA in dienst + FTE OA nodig) \u00d7 kosten per FTE OA. Een tekort aan leraren telt mee alsof het bezet is.',
    en: 'Staff cost: the formation needed, priced at the cost per FTE (F14): teacher FTE needed \u00d7 cost per teacher FTE + (assistant FTE employed + assistant FTE needed) \u00d7 cost per assistant FTE. A teacher shortage is priced as if it were filled.',
  },
  costDelta: {
    nl: 'Verschil personeelskosten: de personeelskosten van het scenario min die van de huidige situatie, zoals ze in de tabel staan.',
    en: 'Staff cost difference: the scenario\u2019s staff cost minus that of the current situation, as printed.',
  },
  payroll: {
    nl: 'Loonkosten leraren en Loonkosten OA: de loonkosten uit de personeelstabel, het personeel dat nu in dienst is zoals het betaald wordt, niet de benodigde formatie.',
    en: 'Teacher payroll and assistant payroll: the pay in the staff table, the staff employed now as paid, not the formation needed.',
  },
  assistantFteNeeded: {
    nl: 'FTE OA nodig: extra onderwijsassistenten die het scenario vraagt bovenop de FTE OA in dienst (F9 taken + F10 leerpleinen); 0 betekent niets extra.',
    en: 'Assistant FTE needed: extra assistants the scenario asks for on top of the assistant FTE employed (F9 tasks + F10 plazas); 0 means nothing extra.',
  },
  shortage: {
    nl: 'Tekort: FTE leraren nodig min beschikbaar; een negatief tekort (−0,06) is een overschot.',
    en: 'Shortage: teacher FTE needed minus available; a negative shortage (\u22120.06) is a surplus.',
  },
  currentSituation: {
    nl: 'De lesvraag en het personeel zoals ze in de werkmap staan: geen takenoverdracht, geen leerplein; normen en kosten per FTE uit de werkmap.',
    en: 'The teaching demand and the staff as the workbook holds them: no task transfer, no learning plaza; norms and cost per FTE from the workbook.',
  },
  assistantFteByRatio: {
    nl: 'FTE OA volgens ratio: leerlingen gedeeld door de ratio van het praktijkvoorbeeld (F13), een vergelijking, nooit opgeteld.',
    en: 'Assistant FTE by ratio: pupils divided by the practice example\u2019s ratio (F13), a benchmark, never added.',
  },
} as const satisfies Record<string, Words>;

/** A value the workbook does not give (a row without a location, an unknown category). */
export const UNKNOWN: Words = { nl: '(onbekend)', en: '(unknown)' };

/** Column headings of the typed tables (result workbook, pane, mapping editor). */
export const FIELD_LABELS: Readonly<Record<Field | 'category', Words>> = {
  location: { nl: 'Vestiging', en: 'Location' },
  department: { nl: 'Afdeling', en: 'Department' },
  level: { nl: 'Niveau', en: 'Level' },
  year: { nl: 'Leerjaar', en: 'Year' },
  class: { nl: 'Klas', en: 'Class' },
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
  birthDate: { nl: 'Geboortedatum', en: 'Date of birth' },
  age: { nl: 'Leeftijd', en: 'Age' },
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
