/// <reference path="./custom-functions-runtime.d.ts" />
/**
 * The table functions of functions.md: ANALYSIS, METRIC, SCENARIO and ISSUES read
 * formation tables straight from the sheet with the same reader (src/sheet) and engine
 * (src/model) as the task pane and the CLI.
 *
 * - Table arguments are `any[][]`; the build sets `allowErrorForDataTypeAny` in the
 *   metadata so that an error cell (#REF!, #N/A…) reaches the reader as a value and
 *   becomes an issue instead of failing the formula.
 * - Reads and analyses are memoized on the tables' content (memo.ts): twenty METRIC and
 *   SCENARIO formulas over the same ranges read and analyse them once per change.
 * - ISSUES asks Excel for its argument's address (@requiresParameterAddresses) so that
 *   the issues carry real sheet addresses; the other functions do not need addresses (a
 *   figure does not depend on where the table sits) and read the ranges as Tabel1…Tabel3.
 */

import { analyse } from '../model/analysis';
import { evaluateScenario, scenarioFromParameters } from '../model/scenario';
import { LABELS, SCENARIO_KEYS, TOTAL_KEYS, scenarioKeyFrom, totalKeyFrom, type ScenarioKey, type TotalKey } from '../model/labels';
import { rangeOrigin as parseAddress, type RangeOrigin } from '../model/address';
import type { Analysis, ScenarioResult } from '../model/api';
import type { FormationTable, Issue } from '../model/types';
import { readRange } from '../sheet';
import type { ReadResult } from '../sheet/types';
import { excelError, uiLang, type Lang } from './errors';
import { finish } from './coerce';
import { Lru, MAX_CACHED_CELLS, MAX_CACHED_ROWS, cellCount, fingerprint, sameCells } from './memo';

// ---------------------------------------------------------------------------------------
// Addresses
// ---------------------------------------------------------------------------------------

/** The sheet and top-left cell of a parameter address: the model's one address parser. */
export { rangeOrigin as parseAddress, type RangeOrigin } from '../model/address';

// ---------------------------------------------------------------------------------------
// Reading and analysing, memoized
// ---------------------------------------------------------------------------------------

interface ReadEntry {
  id: number;
  values: unknown[][];
  result: ReadResult;
}

let nextId = 1;
// Bounded by count and by size (memo.ts): a few workbooks' worth, least recently used out.
const reads = new Lru<ReadEntry>(12, { maxWeight: MAX_CACHED_CELLS, weight: (e) => cellCount(e.values) });
const analyses = new Lru<Analysis>(8, {
  maxWeight: MAX_CACHED_ROWS,
  weight: (a) => a.source.reduce((n, t) => n + t.rows.length, 0),
});
const scenarios = new Lru<{ value: ScenarioResult } | { errors: string }>(48);

/** Forgets every memoized read, analysis and scenario (tests; a new norm set). */
export function clearCaches(): void {
  reads.clear();
  analyses.clear();
  scenarios.clear();
}

/** Number of memoized reads and analyses (tests). */
export function cacheSizes(): { reads: number; analyses: number; scenarios: number } {
  return { reads: reads.size, analyses: analyses.size, scenarios: scenarios.size };
}

export function asMatrix(v: unknown): unknown[][] {
  if (Array.isArray(v)) return v.map((row) => (Array.isArray(row) ? row : [row]));
  return [[v]];
}

/**
 * Cells as the reader knows them: Excel.CellValue-style objects ({ type: 'Error',
 * basicValue: '#REF!' }, { type: 'Double', basicValue: 12 }), which Excel may pass for
 * `any` parameters, become { code } objects or their basic value. Rows without objects
 * are not copied.
 */
export function plainCells(values: unknown[][]): unknown[][] {
  let out: unknown[][] | null = null;
  for (let r = 0; r < values.length; r++) {
    const row = values[r];
    let copy: unknown[] | null = null;
    for (let c = 0; c < row.length; c++) {
      const v = row[c] as { type?: unknown; basicValue?: unknown; errorType?: unknown } | null;
      if (v === null || typeof v !== 'object' || typeof v.type !== 'string' || !('basicValue' in v)) continue;
      if (!copy) copy = row.slice();
      copy[c] = v.type === 'Error' ? { code: String(v.basicValue ?? '#VALUE!') } : v.basicValue;
    }
    if (copy) {
      if (!out) out = values.slice();
      out[r] = copy;
    }
  }
  return out ?? values;
}

function readOnce(values: unknown[][], origin: RangeOrigin): ReadEntry {
  const key = `${origin.sheet}\u0000${origin.row}\u0000${origin.col}\u0000${fingerprint(values)}`;
  const hit = reads.get(key);
  if (hit && sameCells(hit.values, values)) return hit;
  const result = readRange({ name: origin.sheet, values: plainCells(values), originRow: origin.row, originCol: origin.col });
  const entry: ReadEntry = { id: nextId++, values, result };
  reads.set(key, entry);
  return entry;
}

function noTableMessage(result: ReadResult, label: string, lang: Lang): string {
  const issue = result.issues[0];
  const text = issue ? (lang === 'en' && issue.messageEn ? issue.messageEn : issue.message) : '';
  if (text) return `${label}: ${text}`;
  return lang === 'nl' ? `${label}: geen formatietabel gevonden.` : `${label}: no formation table found.`;
}

const PARAM_NL = ['tabel', 'tabel2', 'tabel3'];
const PARAM_EN = ['table', 'table2', 'table3'];

/** Reads every given table argument; #VALUE! (thrown) when one holds no formation table. */
function readTables(args: readonly unknown[], lang: Lang): { tables: FormationTable[]; key: string } {
  const tables: FormationTable[] = [];
  const ids: number[] = [];
  for (let i = 0; i < args.length; i++) {
    const arg = args[i];
    if (arg === null || arg === undefined) continue;
    const entry = readOnce(asMatrix(arg), { sheet: `Tabel${i + 1}`, row: 1, col: 0 });
    if (entry.result.tables.length === 0) {
      throw excelError('#VALUE!', noTableMessage(entry.result, lang === 'nl' ? PARAM_NL[i] : PARAM_EN[i], lang));
    }
    for (const t of entry.result.tables) tables.push(t);
    ids.push(entry.id);
  }
  return { tables, key: ids.join(',') };
}

export function unexpected(e: unknown, lang: Lang): unknown {
  // An error thrown by us is already an Excel error: pass it on.
  if (e !== null && typeof e === 'object' && typeof (e as { code?: unknown }).code === 'string' && String((e as { code: string }).code).startsWith('#')) return e;
  const text = e instanceof Error ? e.message : String(e);
  return excelError('#VALUE!', lang === 'nl' ? `Interne fout: ${text}` : `Internal error: ${text}`);
}

export function analysisOf(args: readonly unknown[], lang: Lang): { analysis: Analysis; key: string } {
  const { tables, key } = readTables(args, lang);
  let analysis = analyses.get(key);
  if (!analysis) {
    analysis = analyse(tables);
    analyses.set(key, analysis);
  }
  return { analysis, key };
}

// ---------------------------------------------------------------------------------------
// Messages
// ---------------------------------------------------------------------------------------

const DEMAND_NL = 'de tabellen hebben geen lesvraag (leerlingen of groepen en lesuren per week)';
const DEMAND_EN = 'the tables hold no lesson demand (students or groups and lessons per week)';
const MISSING: Record<TotalKey | ScenarioKey, [string, string]> = {
  students: [
    'de tabellen hebben geen leerlingenaantallen (lesvraag of overzicht met een kolom leerlingen)',
    'the tables hold no student numbers (demand or summary table with a students column)',
  ],
  groups: [DEMAND_NL, DEMAND_EN],
  classes: [DEMAND_NL, DEMAND_EN],
  teacherLessonsPerWeek: [DEMAND_NL, DEMAND_EN],
  teacherFteNeeded: [DEMAND_NL, DEMAND_EN],
  teacherFteAvailable: [
    'geen personeelstabel (fte per functie) of overzicht met FTE leraren',
    'no staff table (fte by role) or summary with teacher FTE',
  ],
  assistantFte: [
    'geen FTE onderwijsassistenten: een personeelstabel met een kolom functie, of een kolom FTE OA',
    'no assistant FTE: a staff table with a role column, or an assistant FTE column',
  ],
  supportFte: [
    'geen FTE overig OOP: een personeelstabel met een kolom functie, of een kolom FTE OOP',
    'no support FTE: a staff table with a role column, or a support FTE column',
  ],
  managementFte: ['geen FTE directie: een personeelstabel met een kolom functie', 'no management FTE: a staff table with a role column'],
  shortageFte: [
    'het tekort vraagt de lesvraag (FTE nodig) en het personeel (FTE leraren beschikbaar)',
    'the shortage needs the lesson demand (FTE needed) and the staff (teacher FTE available)',
  ],
  studentsPerTeacherFte: [
    'vraagt leerlingen en FTE leraren beschikbaar (personeelstabel of overzicht)',
    'needs students and teacher FTE available (staff or summary table)',
  ],
  studentsPerAssistantFte: [
    'vraagt leerlingen en FTE onderwijsassistenten (meer dan 0)',
    'needs students and assistant FTE (more than 0)',
  ],
  studentsPerTeacherContactHour: [DEMAND_NL, DEMAND_EN],
  teacherCost: ['geen loonkosten: een personeelstabel met een kolom loonkosten', 'no payroll: a staff table with a cost column'],
  assistantCost: ['geen loonkosten: een personeelstabel met een kolom loonkosten', 'no payroll: a staff table with a cost column'],
  assistantFteForTasks: [DEMAND_NL, DEMAND_EN],
  assistantFteForPlazas: [DEMAND_NL, DEMAND_EN],
  assistantFteNeeded: [DEMAND_NL, DEMAND_EN],
  assistantFteByRatio: [
    'geen studentsPerAssistant in de parameters, of geen leerlingen in de tabellen',
    'no studentsPerAssistant in the parameters, or no students in the tables',
  ],
  transferredHours: [DEMAND_NL, DEMAND_EN],
  netHoursFreed: [DEMAND_NL, DEMAND_EN],
  hoursFreedPerTeacherFtePerWeek: [DEMAND_NL, DEMAND_EN],
  extraLessonFte: [DEMAND_NL, DEMAND_EN],
  shortageAfterFte: [
    'vraagt de lesvraag en FTE leraren beschikbaar (personeelstabel of overzicht)',
    'needs the lesson demand and teacher FTE available (staff or summary table)',
  ],
  cost: [
    'geen kosten per FTE: geef costPerFte.teacher en costPerFte.assistant, of een personeelstabel met loonkosten en fte',
    'no cost per FTE: give costPerFte.teacher and costPerFte.assistant, or a staff table with cost and fte',
  ],
  costDelta: [
    'geen kosten per FTE: geef costPerFte.teacher en costPerFte.assistant, of een personeelstabel met loonkosten en fte',
    'no cost per FTE: give costPerFte.teacher and costPerFte.assistant, or a staff table with cost and fte',
  ],
};

function missing(key: TotalKey | ScenarioKey, lang: Lang): unknown {
  const label = LABELS[key][lang];
  const why = MISSING[key][lang === 'nl' ? 0 : 1];
  return excelError('#N/A', lang === 'nl' ? `Geen gegevens voor "${label}": ${why}.` : `No data for "${label}": ${why}.`);
}

function unknownName(name: unknown, keys: readonly (TotalKey | ScenarioKey)[], fn: string, lang: Lang): unknown {
  const list = keys.map((k) => (lang === 'nl' ? LABELS[k].nl : k)).join(', ');
  return excelError(
    '#N/A',
    lang === 'nl'
      ? `${fn}: onbekend kengetal "${String(name ?? '')}". Kies uit (naam of sleutel): ${list}.`
      : `${fn}: unknown figure "${String(name ?? '')}". Choose from: ${list}.`,
  );
}

function value(v: number | null | undefined, key: TotalKey | ScenarioKey, lang: Lang): unknown {
  if (v === null || v === undefined) return missing(key, lang);
  return finish(v);
}

// ---------------------------------------------------------------------------------------
// The functions
// ---------------------------------------------------------------------------------------

/**
 * Every totals figure of the formation tables given: a two-column spill of label and value (#N/A where the tables hold no data).
 * @customfunction ANALYSIS ANALYSIS
 * @param table Range of a formation table including its header row (title rows above it may be included).
 * @param [table2] A second formation table (such as the staff table).
 * @param [table3] A third formation table.
 * @returns Label and value of every figure.
 */
export function ANALYSIS(table: any[][], table2?: any[][], table3?: any[][]): any[][] {
  const lang = uiLang();
  try {
    const { analysis } = analysisOf([table, table2, table3], lang);
    return TOTAL_KEYS.map((k) => [LABELS[k][lang], value(analysis.totals[k], k, lang)]);
  } catch (e) {
    throw unexpected(e, lang);
  }
}

/**
 * One totals figure of the formation tables, by its key or Dutch label (such as shortageFte or "Tekort leraren (FTE)").
 * @customfunction METRIC METRIC
 * @param name Key or Dutch label of the figure, such as studentsPerTeacherFte or Leerlingen per FTE leraar.
 * @param table Range of a formation table including its header row.
 * @param [table2] A second formation table (such as the staff table).
 * @param [table3] A third formation table.
 * @returns The figure.
 */
export function METRIC(name: string, table: any[][], table2?: any[][], table3?: any[][]): number {
  const lang = uiLang();
  const key = totalKeyFrom(String(name ?? ''));
  if (key === undefined) throw unknownName(name, TOTAL_KEYS, 'METRIC', lang);
  let v: unknown;
  try {
    const { analysis } = analysisOf([table, table2, table3], lang);
    v = value(analysis.totals[key], key, lang);
  } catch (e) {
    throw unexpected(e, lang);
  }
  if (typeof v !== 'number') throw v;
  return v;
}

/**
 * One figure of a scenario over the formation tables (such as shortageAfterFte), for the scenario described by key/value rows.
 * @customfunction SCENARIO SCENARIO
 * @param name Key or Dutch label of the scenario figure, such as shortageAfterFte or assistantFteNeeded.
 * @param parameters Two-column range of key and value rows, such as preset | leerplein and plaza.share | 0.3.
 * @param table Range of a formation table including its header row.
 * @param [table2] A second formation table (such as the staff table).
 * @param [table3] A third formation table.
 * @returns The scenario figure.
 */
export function SCENARIO(name: string, parameters: any[][], table: any[][], table2?: any[][], table3?: any[][]): number {
  const lang = uiLang();
  const key = scenarioKeyFrom(String(name ?? ''));
  if (key === undefined) throw unknownName(name, SCENARIO_KEYS, 'SCENARIO', lang);
  let v: unknown;
  try {
    const { analysis, key: analysisKey } = analysisOf([table, table2, table3], lang);
    const rows = parameters === null || parameters === undefined ? [] : asMatrix(parameters);
    const memoKey = `${analysisKey}#${lang}#${paramsKey(rows)}`;
    let run = scenarios.get(memoKey);
    if (!run) {
      const parsed = scenarioFromParameters(rows, 'SCENARIO');
      run = parsed.ok
        ? { value: evaluateScenario(analysis, parsed.scenario) }
        : { errors: parsed.errors.map((er) => (lang === 'en' && er.messageEn ? er.messageEn : er.message)).join('; ') };
      scenarios.set(memoKey, run);
    }
    if ('errors' in run) throw excelError('#VALUE!', `SCENARIO: ${run.errors}`);
    v = value(run.value[key], key, lang);
  } catch (e) {
    throw unexpected(e, lang);
  }
  if (typeof v !== 'number') throw v;
  return v;
}

function paramsKey(rows: unknown[][]): string {
  return JSON.stringify(rows, (_k, v: unknown) =>
    v !== null && typeof v === 'object' && !Array.isArray(v) && typeof (v as { code?: unknown }).code === 'string'
      ? `\u0000${(v as { code: string }).code}`
      : v,
  );
}

/**
 * Every issue the reader finds in a formation table: a two-column spill of the cell address and the message.
 * @customfunction ISSUES ISSUES
 * @param table Range of a formation table including its header row.
 * @param invocation Invocation parameter (Excel passes the argument's address).
 * @returns Address and message of every issue.
 * @requiresParameterAddresses
 */
export function ISSUES(table: any[][], invocation: CustomFunctions.Invocation): string[][] {
  const lang = uiLang();
  try {
    const origin = parseAddress(invocation && invocation.parameterAddresses ? invocation.parameterAddresses[0] : undefined) ?? {
      sheet: 'Tabel1',
      row: 1,
      col: 0,
    };
    const { result } = readOnce(asMatrix(table), origin);
    if (result.tables.length === 0) throw excelError('#VALUE!', noTableMessage(result, lang === 'nl' ? 'tabel' : 'table', lang));
    const rows: string[][] = [];
    const add = (i: Issue): void => {
      rows.push([i.cell, lang === 'en' && i.messageEn ? i.messageEn : i.message]);
    };
    for (const t of result.tables) for (const i of t.issues) add(i);
    for (const i of result.issues) add(i);
    if (rows.length === 0) rows.push(['', lang === 'nl' ? 'Geen problemen gevonden.' : 'No issues found.']);
    return rows;
  } catch (e) {
    throw unexpected(e, lang);
  }
}
