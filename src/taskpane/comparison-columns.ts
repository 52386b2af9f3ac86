/**
 * The comparison's columns for the pane: the model's comparison use case (src/model/
 * comparison.ts: current situation first, then every valid scenario in pane order, each
 * with its note) with the pane's ids and names attached. A scenario the engine refuses has
 * no column and is named in `invalid`.
 */

import type { Analysis, Scenario, ScenarioInput, ScenarioResult } from '../model/api';
import type { ColumnNotes } from '../model/comparison';
import type { Lang } from '../model/labels';
import type { Engine } from './engine';

export interface Column {
  id: string;
  name: string;
  result: ScenarioResult;
  scenario: Scenario | null;
  input: ScenarioInput | null;
  /** What the column rests on (a preset's reading, own values over it), or null. */
  note: string | null;
  /** The model's notes apart (what, why, cost, norms); null for the current situation. */
  notes: ColumnNotes | null;
}

export interface Columns {
  cols: Column[];
  /** Names of the scenarios the engine refused (they get no column). */
  invalid: string[];
}

export function comparisonColumns(
  engine: Engine,
  analysis: Analysis,
  inputs: ScenarioInput[],
  ids: (string | undefined)[],
  names: { current: string; scenarioN(n: number): string },
  lang: Lang,
  /** Inputs whose form holds refused text (a "30%" typed as teachers): no column, named as invalid. */
  blocked: ReadonlySet<number> = new Set(),
): Columns {
  // The analysis the pane shows was made from these tables with the workbook's norms, so the
  // use case's own analysis of them is the same one.
  const cmp = engine.compare(analysis.source, { scenarios: inputs, lang });
  const refused = new Set(cmp.invalid.map((x) => x.index));
  const nameOf = (i: number) => inputs[i].name ?? names.scenarioN(i + 1);
  const valid = inputs.map((_, i) => i).filter((i) => !refused.has(i));
  const [current, ...rest] = cmp.columns;
  const cols: Column[] = [
    { id: 'current', name: names.current, result: current.result, scenario: null, input: null, note: current.note, notes: null },
  ];
  rest.forEach((col, k) => {
    const i = valid[k];
    if (blocked.has(i)) return;
    const notes = col.notes ?? null;
    cols.push({ id: ids[i] ?? String(i), name: col.result.name || nameOf(i), result: col.result, scenario: col.scenario, input: inputs[i], note: col.note, notes });
  });
  const invalid = inputs.map((_, i) => i).filter((i) => refused.has(i) || blocked.has(i));
  return { cols, invalid: invalid.map(nameOf) };
}
