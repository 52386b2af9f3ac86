/**
 * The projection sheet ("Prognose") as data (pure), as layout.ts does for the comparison:
 * index.ts replays it through Office.js.
 *
 * Layout (rows 1-based):
 *   1  title                      2  one line: this is a live model
 *   4  block names: "Prognose" (the projection keys, defaults included), then one block per
 *      scenario: the projection keys as references to the first block (edit once, every
 *      block follows) and the scenario's own rows (FORMATIE.SCENARIO's keys)
 *   5  column heads               6… key | value rows
 *   P+7 section title "Per schooljaar"
 *   P+8 header: Schooljaar | FTE nodig | FTE beschikbaar | Tekort | Tekort na <scenario>… |
 *       Leerlingen | FTE pensioen; then one row per year 0..years. The chart's columns come
 *       first so that its source is one block (school year + lines).
 *   below: the native line chart (series by columns).
 *
 * Every cell of the year table is `=INDEX(FORMATIE.PROJECTION("<key>",<block>,<tables>),k,c)`:
 * one cell per year (no spill), so the chart's range is fixed. Readings: the number of
 * rows is the horizon at write time (a larger "years" in the block needs a new sheet; a
 * smaller one shows #REF! in the rows past it); the scenario columns are the shortage
 * after each scenario, as in the pane.
 */

import type { ProjectionRequest } from '../host/workbook-actions';
import type { ScenarioInput } from '../model/api';
import { mergeNorms } from '../model/norms';
import { NUMBER_FORMATS } from '../model/format';
import { absoluteRange, cellA1, columnLetter, rangeA1 } from '../model/address';
import { resolveProjection } from '../model/projection-params';
import { ExcelActionError } from './errors';
import { tableArguments, type BlockWrite } from './layout';
import { scenarioToParameterRows, type ParameterRow } from './parameters';
import { asText } from './text';

const TEXT = {
  nl: {
    sheet: 'Prognose',
    intro: 'Levend model: wijzig een aanname in het blok Prognose (of een scenario in zijn blok) en de prognose rekent opnieuw met FORMATIE.PROJECTION. De bronbladen worden niet gewijzigd.',
    base: 'Prognose',
    key: 'Parameter',
    value: 'Waarde',
    section: 'Per schooljaar',
    year: 'Schooljaar',
    need: 'FTE leraren nodig',
    available: 'FTE leraren beschikbaar',
    shortage: 'Tekort leraren (FTE)',
    shortageAfter: (n: string) => `Tekort na ${n}`,
    students: 'Leerlingen',
    retiring: 'FTE met pensioen',
    chartTitle: 'FTE leraren: nodig, beschikbaar en tekort',
    scenario: 'Scenario',
  },
  en: {
    sheet: 'Projection',
    intro: 'Live model: change an assumption in the Projection block (or a scenario in its block) and the projection recalculates with FORMATIE.PROJECTION. The source sheets are not changed.',
    base: 'Projection',
    key: 'Parameter',
    value: 'Value',
    section: 'Per school year',
    year: 'School year',
    need: 'Teacher FTE needed',
    available: 'Teacher FTE available',
    shortage: 'Teacher shortage (FTE)',
    shortageAfter: (n: string) => `Shortage after ${n}`,
    students: 'Students',
    retiring: 'Retiring FTE',
    chartTitle: 'Teacher FTE: needed, available and shortage',
    scenario: 'Scenario',
  },
} as const;

export function projectionSheetBaseName(lang: 'nl' | 'en'): string {
  return TEXT[lang].sheet;
}

export interface ProjectionLayout {
  /** Absolute addresses of the parameter blocks: the projection block first, then each scenario's. */
  blocks: { name: string; address: string; rows: ParameterRow[] }[];
  writes: BlockWrite[];
  /** The year table (header included). */
  table: string;
  chart: { source: string; title: string; topLeft: string; bottomRight: string };
  autofit: string[];
  years: number;
}

/** The projection keys as parameter rows, every default written (the block shows each assumption). */
export function projectionRows(projection: Record<string, unknown>): ParameterRow[] {
  const pr = resolveProjection(projection);
  if (!pr.ok) {
    const e = pr.errors.map((x) => x.message).join('; ');
    const en = pr.errors.map((x) => x.messageEn ?? x.message).join('; ');
    throw new ExcelActionError('badProjection', `De prognose-aannames kloppen niet: ${e}`, `The projection assumptions are not valid: ${en}`);
  }
  const p = pr.params;
  const rows: ParameterRow[] = [
    ['years', p.years],
    ['intakeGrowth', p.intakeGrowth],
    ['transition', p.transition],
    ['attrition', p.attrition],
    ['retirementAge', p.retirementAge],
    ['hiring', p.hiring],
  ];
  if (p.assistantToTeacher) {
    rows.push(['assistantToTeacher.share', p.assistantToTeacher.share], ['assistantToTeacher.years', p.assistantToTeacher.years]);
  }
  // Only the final years the request set (the defaults are the function's own).
  const fy = projection.finalYear;
  if (fy && typeof fy === 'object') {
    for (const [level, year] of Object.entries(fy as Record<string, unknown>)) if (typeof year === 'number') rows.push([`finalYear.${level}`, year]);
  }
  if (p.firstYear !== null) rows.push(['firstYear', p.firstYear]);
  return rows;
}

function formula(key: string, block: string, tables: string, k: number, col: 1 | 2): string {
  return `=INDEX(FORMATIE.PROJECTION("${key}",${block},${tables}),${k},${col})`;
}

export function buildProjectionLayout(req: ProjectionRequest): ProjectionLayout {
  const t = TEXT[req.lang];
  const tables = tableArguments(req);
  const base = projectionRows(req.projection);
  const years = base[0][1] as number;
  const writes: BlockWrite[] = [];
  writes.push({ address: 'A1:A2', values: [[t.sheet], [t.intro]] });
  writes.push({ address: 'A1', bold: true });

  const firstParamRow = 6;
  const names = [t.base, ...req.scenarios.map((s, i) => (typeof s.name === 'string' && s.name.trim() !== '' ? s.name.trim() : `${t.scenario} ${i + 1}`))];
  const scenarioRows = req.scenarios.map((s: ScenarioInput) => scenarioToParameterRows({ ...s, norms: mergeNorms(req.norms, s.norms) }));
  const baseNorms = req.norms ? scenarioToParameterRows({ norms: req.norms }) : [];
  const blockRows: ParameterRow[][] = [[...base, ...baseNorms], ...scenarioRows.map((r) => [...base, ...r])];
  const maxRows = Math.max(...blockRows.map((r) => r.length));
  const width = names.length * 3 - 1;
  // Written through Range.formulas: values and the scenario blocks' references in one go.
  const values: (string | number)[][] = Array.from({ length: maxRows + 2 }, () => Array<string | number>(width).fill(''));
  const baseValueCol = columnLetter(1);
  const blocks = names.map((name, j) => {
    const col = j * 3;
    const rows = blockRows[j];
    values[0][col] = asText(name);
    values[1][col] = t.key;
    values[1][col + 1] = t.value;
    rows.forEach(([k, v], r) => {
      values[r + 2][col] = asText(k);
      // A scenario block's projection keys refer to the first block.
      values[r + 2][col + 1] = j > 0 && r < base.length ? `=$${baseValueCol}$${firstParamRow + r}` : typeof v === 'string' ? asText(v) : v;
    });
    return { name, address: absoluteRange(rangeA1(firstParamRow, col, rows.length, 2)), rows };
  });
  writes.push({ address: rangeA1(4, 0, maxRows + 2, width), formulas: values });
  writes.push({ address: rangeA1(4, 0, 2, width), bold: true });

  // The year table.
  const sectionRow = firstParamRow + maxRows + 1;
  const headerRow = sectionRow + 1;
  const scen = blocks.slice(1);
  const cols: { head: string; key: string; block: string; format: string }[] = [
    { head: t.need, key: 'teacherFteNeeded', block: blocks[0].address, format: NUMBER_FORMATS.fte },
    { head: t.available, key: 'teacherFteAvailable', block: blocks[0].address, format: NUMBER_FORMATS.fte },
    { head: t.shortage, key: 'shortageFte', block: blocks[0].address, format: NUMBER_FORMATS.fte },
    ...scen.map((b) => ({ head: t.shortageAfter(b.name), key: 'shortageAfterFte', block: b.address, format: NUMBER_FORMATS.fte })),
    { head: t.students, key: 'students', block: blocks[0].address, format: NUMBER_FORMATS.count },
    { head: t.retiring, key: 'retiringFte', block: blocks[0].address, format: NUMBER_FORMATS.fte },
  ];
  writes.push({ address: cellA1(sectionRow, 0), values: [[t.section]], bold: true });
  writes.push({ address: rangeA1(headerRow, 0, 1, cols.length + 1), values: [[t.year, ...cols.map((c) => asText(c.head))]], bold: true });
  const body: string[][] = [];
  const formats: string[][] = [];
  for (let y = 0; y <= years; y++) {
    const k = y + 1;
    body.push([formula('teacherFteNeeded', blocks[0].address, tables, k, 1), ...cols.map((c) => formula(c.key, c.block, tables, k, 2))]);
    formats.push(['General', ...cols.map((c) => c.format)]);
  }
  writes.push({ address: rangeA1(headerRow + 1, 0, years + 1, cols.length + 1), formulas: body, numberFormat: formats });
  const table = rangeA1(headerRow, 0, years + 2, cols.length + 1);
  // Chart: school year, need, availability, shortage and each "after" column.
  const chartSource = rangeA1(headerRow, 0, years + 2, 4 + scen.length);
  const chartTop = headerRow + years + 3;
  return {
    blocks,
    writes,
    table,
    chart: { source: chartSource, title: t.chartTitle, topLeft: cellA1(chartTop, 0), bottomRight: cellA1(chartTop + 18, Math.max(7, cols.length)) },
    autofit: [table],
    years,
  };
}
