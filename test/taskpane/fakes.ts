/**
 * Fake WorkbookActions and a fake engine for the task pane tests: every call is recorded,
 * every answer is predictable, nothing depends on the real reader or model.
 */

import type { Comparison } from '../../src/model/comparison';
import type { Analysis, Scenario, ScenarioInput, ScenarioParse, ScenarioResult } from '../../src/model/api';
import { SCENARIO_KEYS, TOTAL_KEYS } from '../../src/model/labels';
import { DEFAULT_NORMS } from '../../src/model/norms';
import { TASK_CATALOGUE } from '../../src/model/tasks';
import type { DemandTable, FormationTable } from '../../src/model/types';
import type { ColumnOverride, ReadOptions, ReadResult, SheetValues } from '../../src/sheet/types';
import type { ComparisonRequest, WorkbookActions } from '../../src/host/workbook-actions';
import type { Engine } from '../../src/taskpane/engine';

export const SHEETS: SheetValues[] = [
  {
    name: 'Lesvraag',
    values: [
      ['Vestiging', 'Leerjaar', 'Vak', 'Leerlingen', 'Groepsgrootte', 'Lesuren'],
      ['Utrecht', '1', 'Engels', 120, 28, 3],
      ['Utrecht', '1', 'Wiskunde', 'veel', 28, 4],
    ],
  },
];

export function demandTable(overrides: ColumnOverride[] = []): DemandTable {
  const o = overrides.find((x) => x.sheet === 'Lesvraag' && x.headerRow === 1);
  const columns: DemandTable['columns'] = { location: 0, year: 1, subject: 2, students: 3, maxGroupSize: 4, lessonsPerWeek: 5 };
  for (const [k, v] of Object.entries(o?.columns ?? {})) {
    if (v === null) delete (columns as Record<string, number>)[k];
    else (columns as Record<string, number>)[k] = v as number;
  }
  return {
    kind: 'demand',
    sheet: 'Lesvraag',
    range: 'A1:F3',
    headerRow: 1,
    columns,
    headers: { 0: 'Vestiging', 1: 'Leerjaar', 2: 'Vak', 3: 'Leerlingen', 4: 'Groepsgrootte', 5: 'Lesuren' },
    issues: [
      { cell: 'Lesvraag!D3', message: 'Geen getal: "veel"; rij overgeslagen.', messageEn: 'Not a number', sheet: 'Lesvraag', row: 3, col: 3 },
    ],
    rows: [
      {
        ref: { sheet: 'Lesvraag', row: 2 },
        location: 'Utrecht', department: null, level: null, year: '1', subject: 'Engels',
        students: 120, groups: null, maxGroupSize: 28, lessonsPerWeek: 3, lessonMinutes: null,
      },
    ],
  };
}

export function totals(over: Partial<Record<string, number | null>> = {}): Analysis['totals'] {
  const t = Object.fromEntries(TOTAL_KEYS.map((k) => [k, 1])) as Analysis['totals'];
  Object.assign(t, { students: 120, teacherFteNeeded: 12.5, teacherFteAvailable: 10, shortageFte: 2.5, assistantFte: null }, over);
  return t;
}

export function result(name: string, teacherFteNeeded: number, extra: Partial<ScenarioResult> = {}): ScenarioResult {
  const r = Object.fromEntries(SCENARIO_KEYS.map((k) => [k, 0])) as unknown as ScenarioResult;
  return { ...r, name, teacherFteNeeded, shortageAfterFte: teacherFteNeeded - 10, assistantFteNeeded: 1, assistantFteByRatio: null, ...extra };
}

export interface FakeEngine extends Engine {
  calls: { readWorkbook: ReadOptions[]; resolve: unknown[]; solve: unknown[] };
}

/**
 * Errors the fake resolver gives: plaza.share outside 0..1, a negative norm, and the task
 * rules of the real engine (cli.md): a key listed twice, a new key without hoursPerFte, a
 * share outside 0..1 — keyed as the engine keys them (`tasks.<key>…`).
 */
export function fakeResolve(input: unknown, fallbackName?: string): ScenarioParse {
  const i = input as ScenarioInput;
  const errors: { key: string; message: string; messageEn?: string }[] = [];
  const seen = new Set<string>();
  for (const t of i.tasks ?? []) {
    const key = t.key.trim();
    if (seen.has(key)) {
      errors.push({ key: `tasks.${key}`, message: `tasks.${key}: staat twee keer in de lijst` });
      continue;
    }
    seen.add(key);
    if (!TASK_CATALOGUE.some((c) => c.key === key) && t.hoursPerFte === undefined) {
      errors.push({
        key: `tasks.${key}.hoursPerFte`,
        message: `tasks.${key}.hoursPerFte: een nieuwe taak heeft uren per FTE nodig`,
        messageEn: `tasks.${key}.hoursPerFte: a new task needs hours per FTE`,
      });
    }
    if (t.share !== undefined && (t.share < 0 || t.share > 1)) {
      errors.push({ key: `tasks.${key}.share`, message: `tasks.${key}.share: moet tussen 0 en 1 liggen (gegeven: ${t.share})` });
    }
  }
  if (i.plaza && typeof i.plaza.share === 'number' && (i.plaza.share < 0 || i.plaza.share > 1)) {
    errors.push({ key: 'plaza.share', message: 'plaza.share moet tussen 0 en 1 liggen' });
  }
  for (const [k, v] of Object.entries(i.norms ?? {})) {
    if (typeof v === 'number' && v < 0) errors.push({ key: `norms.${k}`, message: `${k} mag niet negatief zijn` });
  }
  if (errors.length) return { ok: false, errors };
  const scenario: Scenario = {
    name: i.name || fallbackName || 'Scenario',
    preset: i.preset ?? null,
    norms: {},
    // As the real engine: the whole catalogue (share 0 unless given), then own tasks.
    tasks: [
      ...TASK_CATALOGUE.map((c) => ({ key: c.key, nl: c.nl, en: c.en, hoursPerFte: c.hoursPerFte, assumption: true, share: i.tasks?.find((t) => t.key === c.key)?.share ?? 0 })),
      ...(i.tasks ?? []).filter((t) => !TASK_CATALOGUE.some((c) => c.key === t.key)).map((t) => ({ key: t.key, nl: t.key, en: t.key, hoursPerFte: t.hoursPerFte ?? 0, assumption: false, share: t.share ?? 1 })),
    ],
    plaza: i.plaza ? { share: 0, size: 90, teachers: 1, assistants: 1, ...i.plaza } : null,
    productivityGain: i.productivityGain ? { share: 1, ...i.productivityGain } : null,
    studentsPerAssistant: i.studentsPerAssistant ?? null,
    costPerFte: { teacher: null, assistant: null },
    solve: null,
  };
  return { ok: true, scenario };
}

/** What the fake analysis holds besides its fixed totals (default: no locations, no subjects). */
export interface FakeAnalysisOptions {
  byLocation?: Analysis['byLocation'];
  bySubject?: Analysis['bySubject'];
}

/** A location's totals: the fake totals with `over` on top. */
export function locationTotals(location: string, over: Partial<Record<string, number | null>> = {}): Analysis['byLocation'][number] {
  return { ...totals(over), location };
}

export function fakeEngine(opts: FakeAnalysisOptions = {}): FakeEngine {
  const calls: FakeEngine['calls'] = { readWorkbook: [], resolve: [], solve: [] };
  return {
    calls,
    readWorkbook(_sheets: SheetValues[], options?: ReadOptions): ReadResult {
      calls.readWorkbook.push(options ?? {});
      return { tables: [demandTable(options?.overrides)], issues: [] };
    },
    analyse(tables: FormationTable[]): Analysis {
      return {
        norms: { ...DEFAULT_NORMS },
        tables: tables.map((t) => ({ sheet: t.sheet, range: t.range, kind: t.kind, rows: t.rows.length, issues: t.issues })),
        totals: totals(),
        byLocation: opts.byLocation ?? [],
        bySubject: opts.bySubject ?? [],
        notes: [],
        costPerFte: { teacher: 80000, assistant: null },
        source: tables,
      };
    },
    resolveScenario(input, fallbackName) {
      calls.resolve.push(input);
      return fakeResolve(input, fallbackName);
    },
    runScenario(_a, scenario) {
      return result(scenario.name, scenario.plaza ? 11.75 : 12.5, { assistantFteForPlazas: scenario.plaza ? 0.75 : 0 });
    },
    currentSituation() {
      return result('Huidige situatie', 12.5, { assistantFteNeeded: 0 });
    },
    solveScenario(_a, scenario, spec) {
      calls.solve.push({ scenario, spec });
      if (spec.parameter === 'plaza.share') return { solved: { parameter: spec.parameter, value: 0.42, metricValue: 0 } };
      return { solved: null, reason: 'buiten bereik' };
    },
    // The model's use case over the fake's own steps (so calls are recorded as the pane makes them).
    compare(tables, request) {
      const analysis = this.analyse(tables, request.norms);
      const columns: Comparison['columns'] = [{ result: this.currentSituation(analysis), note: null, scenario: null }];
      const invalid: Comparison['invalid'] = [];
      request.scenarios.forEach((input, index) => {
        const r = this.resolveScenario(input, input.name ?? `Scenario ${index + 1}`);
        if (!r.ok) invalid.push({ index, errors: r.errors });
        else columns.push({ result: this.runScenario(analysis, r.scenario), note: null, scenario: r.scenario });
      });
      return { analysis, columns, invalid };
    },
  };
}

export interface FakeActions extends WorkbookActions {
  calls: {
    loadSheets: number;
    selectCell: string[];
    write: ComparisonRequest[];
    saved: ScenarioInput[][];
  };
  /** What writeComparison does with confirmOverwrite (default: not asked, returns 'Vergelijking'). */
  onWrite?: (req: ComparisonRequest, confirm: (sheet: string) => Promise<boolean>) => Promise<string>;
}

export function fakeActions(opts: { mode?: 'excel' | 'browser'; stored?: ScenarioInput[]; loadSheets?: () => Promise<SheetValues[]> } = {}): FakeActions {
  const a: FakeActions = {
    mode: opts.mode ?? 'excel',
    calls: { loadSheets: 0, selectCell: [], write: [], saved: [] },
    async loadSheets(onProgress) {
      a.calls.loadSheets += 1;
      onProgress?.(0.5);
      return opts.loadSheets ? opts.loadSheets() : SHEETS;
    },
    async selectCell(address) {
      a.calls.selectCell.push(address);
    },
    async writeComparison(req, confirm) {
      a.calls.write.push(req);
      if (a.onWrite) return a.onWrite(req, confirm);
      return 'Vergelijking';
    },
    async loadScenarios() {
      return opts.stored ?? [];
    },
    async saveScenarios(s) {
      a.calls.saved.push(s);
    },
  };
  return a;
}
