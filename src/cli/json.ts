/**
 * The JSON contract of `formatie analyse --json` (cli.md): keys in the contract's order,
 * every figure a number or null, float noise rounded (model/format.ts).
 */

import { roundNoise } from '../model/format';
import { SCENARIO_KEYS, TOTAL_KEYS } from '../model/labels';
import type { Analysis, ScenarioResult } from '../model/api';
import type { FormationTable, Issue } from '../model/types';
import type { Lang } from '../model/labels';

const numOrNull = (v: unknown): number | null => (typeof v === 'number' && Number.isFinite(v) ? v : null);

/** The JSON object of cli.md, keys in the contract's order, every figure a number or null. */
export function jsonOutput(
  file: string, analysis: Analysis, scenarios: ScenarioResult[], readIssues: Issue[],
  scenarioNotes: readonly string[][] = [],
  lang: Lang = 'nl',
  sourceTables: FormationTable[] = [],
): Record<string, unknown> {
  const totals = (t: object) => Object.fromEntries(TOTAL_KEYS.map((k) => [k, numOrNull((t as Record<string, unknown>)[k])]));
  // Messages in the language asked for (--lang en): the reader and engine give both.
  const en = new Map<string, string>();
  if (lang === 'en') {
    for (const i of [...sourceTables.flatMap((t) => t.issues), ...readIssues, ...analysis.notes]) {
      if (i.messageEn) en.set(`${i.cell}\u0000${i.message}`, i.messageEn);
    }
  }
  const say = (i: { cell: string; message: string }) => en.get(`${i.cell}\u0000${i.message}`) ?? i.message;
  const issues = [...readIssues, ...analysis.notes].map((i) => ({ cell: i.cell, message: say(i) }));
  // A scenario's notes (why its figures come out so, what its cost difference is made of)
  // are not tied to a table: they join the top-level issues, "cell" naming the scenario, so
  // the keys of each scenario object stay exactly those of cli.md.
  scenarioNotes.forEach((notes, i) => {
    for (const message of notes) if (scenarios[i]) issues.push({ cell: scenarios[i].name, message });
  });
  return {
    file,
    norms: { ...analysis.norms },
    tables: analysis.tables.map((t) => ({
      sheet: t.sheet,
      range: t.range,
      kind: t.kind,
      rows: t.rows,
      issues: t.issues.map((i) => ({ cell: i.cell, message: say(i) })),
    })),
    totals: totals(analysis.totals),
    byLocation: analysis.byLocation.map((l) => ({ location: l.location, ...totals(l) })),
    bySubject: analysis.bySubject.map((s) => ({
      subject: s.subject,
      teacherLessonsPerWeek: numOrNull(s.teacherLessonsPerWeek),
      teacherFteNeeded: numOrNull(s.teacherFteNeeded),
      teacherFteAvailable: numOrNull(s.teacherFteAvailable),
      shortageFte: numOrNull(s.shortageFte),
    })),
    scenarios: scenarios.map((s) => {
      const o: Record<string, unknown> = { name: s.name };
      for (const k of SCENARIO_KEYS) o[k] = numOrNull(s[k]);
      if (s.solved !== undefined) {
        o.solved = s.solved ? { parameter: s.solved.parameter, value: s.solved.value } : null;
        if (!s.solved) o.solveReason = s.solveReason ?? null;
      }
      return o;
    }),
    // Not in cli.md's example: issues not tied to one table (reader and engine notes).
    issues,
  };
}

/** JSON replacer: every figure through roundNoise (model/format.ts). */
export function roundFloatNoise(_key: string, value: unknown): unknown {
  return typeof value === 'number' ? roundNoise(value) : value;
}

