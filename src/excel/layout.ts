/**
 * The comparison sheet as data (pure): which blocks go where, with which values, formulas
 * and number formats. index.ts only replays this plan through Office.js, so the layout is
 * unit-tested without a host.
 *
 * Layout (rows 1-based):
 *   1  title                      2  one line: this is a live model
 *   4  block names: "Huidige situatie", then every scenario, side by side, each block two
 *      columns (Parameter | Waarde) with an empty column between blocks
 *   5  column heads               6… key | value rows (FORMATIE.SCENARIO's `parameters`)
 *   P+7 section title "Vergelijking"
 *   P+8 the Excel table: Kengetal | Huidige situatie | scenario… (one row per SCENARIO_KEYS)
 *       right of it, after one empty column: the chart data (teacher and assistant FTE
 *       needed per scenario, as references into the table)
 *   P+24… the clustered column chart
 *
 * Every figure, the current situation included, is
 * `=FORMATIE.SCENARIO("<key>",<its parameter block>,<tables>)`. The current situation's
 * block holds only the analysis norms (no preset, tasks, plaza or gain), which SCENARIO
 * computes as the unchanged situation: teacher need as is, no assistants needed,
 * shortageAfterFte = shortageFte, cost = baseline, costDelta = 0 (cli.md). One formula
 * for every column keeps the column uniform and honours the analysis norms, which METRIC
 * cannot take.
 *
 * `req.overrides` (hand-made column mappings) are not written: SCENARIO has no argument for
 * them, so the live formulas read the tables with the reader's own detection.
 */

import type { ComparisonRequest } from '../host/workbook-actions';
import type { ScenarioInput } from '../model/api';
import { LABELS, SCENARIO_KEYS, type Lang, type ScenarioKey } from '../model/labels';
import { mergeNorms } from '../model/norms';
import { NUMBER_FORMATS, numberFormatFor } from '../model/format';
import { absoluteRange, cellA1, columnLetter, rangeA1, sheetReference } from '../model/address';
import { ExcelActionError } from './errors';
import { scenarioToParameterRows, type ParameterRow } from './parameters';
import { asText } from './text';
import { CURRENT_SITUATION } from '../model/vocabulary';

/** FORMATIE.SCENARIO and METRIC take at most three tables (functions.md). */
export const MAX_TABLES = 3;

const TEXT = {
  nl: {
    sheet: 'Scenariovergelijking',
    intro:
      'Levend model: wijzig een waarde in een parameterblok en de vergelijking rekent opnieuw met de FORMATIE-functies. De bronbladen worden niet gewijzigd.',
    current: CURRENT_SITUATION.nl,
    key: 'Parameter',
    value: 'Waarde',
    section: 'Vergelijking',
    figure: 'Kengetal',
    chartData: 'Grafiekgegevens',
    chartTitle: 'FTE leraren en onderwijsassistenten nodig per scenario',
    scenario: 'Scenario',
  },
  en: {
    sheet: 'Scenario comparison',
    intro:
      'Live model: change a value in a parameter block and the comparison recalculates with the FORMATIE functions. The source sheets are not changed.',
    current: CURRENT_SITUATION.en,
    key: 'Parameter',
    value: 'Value',
    section: 'Comparison',
    figure: 'Figure',
    chartData: 'Chart data',
    chartTitle: 'Teacher and assistant FTE needed per scenario',
    scenario: 'Scenario',
  },
} as const;

export function comparisonSheetBaseName(lang: Lang): string {
  return TEXT[lang].sheet;
}

/** One block of cells written in one go (values, formulas and/or number formats). */
export interface BlockWrite {
  address: string;
  values?: (string | number)[][];
  formulas?: (string | number)[][];
  numberFormat?: string[][];
  bold?: boolean;
}

export interface ParameterBlock {
  name: string;
  /** Absolute address of the key | value rows, without sheet: `$A$6:$B$13`. */
  address: string;
  rows: ParameterRow[];
}

export interface ComparisonLayout {
  blocks: ParameterBlock[];
  /** Column headers of the table: figure label, current situation, scenarios (made unique). */
  headers: string[];
  writes: BlockWrite[];
  table: { address: string; style: string };
  chart: { source: string; title: string; topLeft: string; bottomRight: string };
  /** Ranges whose columns are auto-fitted. */
  autofit: string[];
}

function uniqueNames(names: string[]): string[] {
  const seen = new Set<string>();
  return names.map((n) => {
    let name = n;
    for (let i = 2; seen.has(name.toLowerCase()); i++) name = `${n} (${i})`;
    seen.add(name.toLowerCase());
    return name;
  });
}

export function tableArguments(req: Pick<ComparisonRequest, 'tables'>): string {
  if (req.tables.length === 0) {
    throw new ExcelActionError(
      'noTables',
      'Er is geen formatietabel gekozen: de vergelijking heeft minstens één tabel nodig.',
      'No formation table is selected: the comparison needs at least one table.',
    );
  }
  if (req.tables.length > MAX_TABLES) {
    throw new ExcelActionError(
      'tooManyTables',
      `De FORMATIE-functies lezen hoogstens ${MAX_TABLES} tabellen; er zijn er ${req.tables.length} gekozen. Kies er ${MAX_TABLES} of minder.`,
      `The FORMATIE functions read at most ${MAX_TABLES} tables; ${req.tables.length} are selected. Choose ${MAX_TABLES} or fewer.`,
    );
  }
  return req.tables.map((t) => sheetReference(t.sheet, t.range)).join(',');
}

export function scenarioFormula(key: ScenarioKey, parameters: string, tables: string): string {
  return `=FORMATIE.SCENARIO("${key}",${parameters},${tables})`;
}

/** Parameter rows of a block: the analysis norms under the scenario's own (all eight written). */
function blockInput(input: ScenarioInput, req: ComparisonRequest): ScenarioInput {
  return { ...input, norms: mergeNorms(req.norms, input.norms) };
}

export function buildComparisonLayout(req: ComparisonRequest): ComparisonLayout {
  const t = TEXT[req.lang];
  const tables = tableArguments(req);
  const writes: BlockWrite[] = [];

  writes.push({ address: 'A1:A2', values: [[t.sheet], [t.intro]] });
  writes.push({ address: 'A1', bold: true });

  // Parameter blocks, side by side from row 4.
  const inputs: { name: string; input: ScenarioInput }[] = [
    { name: t.current, input: blockInput({}, req) },
    ...req.scenarios.map((s, i) => ({
      name: typeof s.name === 'string' && s.name.trim() !== '' ? s.name.trim() : `${t.scenario} ${i + 1}`,
      input: blockInput(s, req),
    })),
  ];
  const headers = uniqueNames([t.figure, ...inputs.map((b) => b.name)]);
  const blockRows = inputs.map((b) => scenarioToParameterRows(b.input));
  const maxRows = Math.max(...blockRows.map((r) => r.length));
  const firstParamRow = 6;
  const width = inputs.length * 3 - 1;
  const grid: (string | number)[][] = Array.from({ length: maxRows + 2 }, () => Array<string | number>(width).fill(''));
  const blocks: ParameterBlock[] = inputs.map((b, j) => {
    const col = j * 3;
    grid[0][col] = asText(headers[j + 1]);
    grid[1][col] = t.key;
    grid[1][col + 1] = t.value;
    blockRows[j].forEach(([k, v], r) => {
      grid[r + 2][col] = asText(k);
      grid[r + 2][col + 1] = typeof v === 'string' ? asText(v) : v;
    });
    return {
      name: headers[j + 1],
      address: absoluteRange(rangeA1(firstParamRow, col, Math.max(1, blockRows[j].length), 2)),
      rows: blockRows[j],
    };
  });
  const paramRegion = rangeA1(4, 0, maxRows + 2, width);
  writes.push({ address: paramRegion, values: grid });
  writes.push({ address: rangeA1(4, 0, 2, width), bold: true });

  // The comparison table.
  const sectionRow = firstParamRow + maxRows + 1;
  const headerRow = sectionRow + 1;
  const cols = 1 + inputs.length;
  const keys = SCENARIO_KEYS;
  writes.push({ address: cellA1(sectionRow, 0), values: [[t.section]], bold: true });
  writes.push({ address: rangeA1(headerRow, 0, 1, cols), values: [headers.map(asText)] });
  const body = keys.map((key) => [asText(LABELS[key][req.lang]), ...blocks.map((b) => scenarioFormula(key, b.address, tables))]);
  const formats = keys.map((key) => ['General', ...blocks.map(() => numberFormatFor(key))]);
  const bodyAddress = rangeA1(headerRow + 1, 0, keys.length, cols);
  writes.push({ address: bodyAddress, formulas: body, numberFormat: formats });
  const tableAddress = rangeA1(headerRow, 0, keys.length + 1, cols);

  // Chart data beside the table: references, so the chart follows the live figures.
  const chartCol = cols + 1;
  const rowOf = (key: ScenarioKey): number => headerRow + 1 + keys.indexOf(key);
  const ref = (row: number, col: number, absRow: boolean): string => `=${columnLetter(col)}${absRow ? '$' : ''}${row}`;
  const chartKeys: ScenarioKey[] = ['teacherFteNeeded', 'assistantFteNeeded'];
  const chartRows: string[][] = [
    ['', ...blocks.map((_b, j) => ref(headerRow, j + 1, true))],
    ...chartKeys.map((key) => [asText(LABELS[key][req.lang]), ...blocks.map((_b, j) => ref(rowOf(key), j + 1, false))]),
  ];
  const chartSource = rangeA1(headerRow, chartCol, 3, cols);
  writes.push({ address: cellA1(sectionRow, chartCol), values: [[t.chartData]], bold: true });
  writes.push({
    address: chartSource,
    formulas: chartRows,
    numberFormat: chartRows.map((r, i) => r.map((_c, j) => (i === 0 || j === 0 ? 'General' : NUMBER_FORMATS.fte))),
  });

  const chartTop = headerRow + keys.length + 3;
  return {
    blocks,
    headers,
    writes,
    table: { address: tableAddress, style: 'TableStyleMedium2' },
    chart: {
      source: chartSource,
      title: t.chartTitle,
      topLeft: cellA1(chartTop, 0),
      bottomRight: cellA1(chartTop + 18, Math.max(7, cols)),
    },
    autofit: [paramRegion, tableAddress, chartSource],
  };
}
