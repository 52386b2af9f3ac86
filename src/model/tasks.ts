/**
 * Task catalogue of domain.md: tasks an assistant can take over from teachers, with the
 * teacher hours per teacher FTE per year each takes. Every hour figure is an assumption
 * ("aanname") the user replaces.
 */

export interface TaskDef {
  key: string;
  nl: string;
  en: string;
  /** Teacher hours per teacher FTE per year. */
  hoursPerFte: number;
  assumption: boolean;
}

export const TASK_CATALOGUE: readonly TaskDef[] = [
  { key: 'administratie', nl: 'leerlingadministratie', en: 'pupil administration', hoursPerFte: 40, assumption: true },
  { key: 'surveillance', nl: 'surveillance (pauzes, toetsen, huiswerkbegeleiding)', en: 'surveillance (breaks, tests, homework supervision)', hoursPerFte: 30, assumption: true },
  { key: 'toetsweek', nl: 'toetsweekorganisatie', en: 'test-week organisation', hoursPerFte: 15, assumption: true },
  { key: 'controleren', nl: 'werk van leerlingen controleren', en: 'checking pupils\u2019 work', hoursPerFte: 40, assumption: true },
  { key: 'opvang', nl: 'opvang bij uitval of verwijdering', en: 'catching pupils when a teacher is absent or a pupil is removed', hoursPerFte: 20, assumption: true },
  { key: 'ict', nl: 'ict en devices beheren', en: 'managing ICT and devices', hoursPerFte: 10, assumption: true },
];

export function taskDef(key: string): TaskDef | undefined {
  return TASK_CATALOGUE.find((t) => t.key === key);
}
