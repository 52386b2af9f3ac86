/**
 * The CLI's `--out`: the result workbook (src/io) written to a temporary file beside the
 * target and renamed over it (out-file.ts), streamed so that memory stays bounded
 * (result-stream.ts). With an injected `writeFile` (tests) the workbook is built in memory
 * and handed over whole.
 */

import type { Analysis, ScenarioResult } from '../model/api';
import type { FormationTable, Issue } from '../model/types';
import type { Lang } from '../model/labels';
import { buildResultWorkbook, type ResultWorkbookOptions } from '../io/result-workbook';
import { writeResultWorkbookFile } from '../io/result-stream';
import * as fs from 'fs';
import { writeAtomically } from './out-file';

export async function writeOut(
  target: string,
  io: { writeFile?: (file: string, data: Uint8Array) => Promise<void> },
  analysis: Analysis,
  scenarios: ScenarioResult[],
  tables: FormationTable[],
  lang: Lang,
  options: ResultWorkbookOptions,
): Promise<void> {
  if (io.writeFile) {
    const buf = await buildResultWorkbook(analysis, scenarios, tables, lang, options).xlsx.writeBuffer();
    await io.writeFile(target, new Uint8Array(buf as ArrayBuffer));
    return;
  }
  await writeAtomically(target, (tmp) => writeResultWorkbookFile(tmp, analysis, scenarios, tables, lang, options));
}

/**
 * `prognose --out` and `bestuur --out`: workbook bytes built in memory (they are small: one
 * row per year or per school), written like `analyse --out` to a temporary file beside the
 * target and renamed over it; with an injected `writeFile` (tests) handed over whole.
 */
export async function writeBytesOut(
  target: string,
  io: { writeFile?: (file: string, data: Uint8Array) => Promise<void> },
  data: Uint8Array,
): Promise<void> {
  if (io.writeFile) {
    await io.writeFile(target, data);
    return;
  }
  await writeAtomically(target, (tmp) => fs.promises.writeFile(tmp, data, { flag: 'wx' }));
}

/**
 * The notes of the scenario columns (figures left empty because they exploded,
 * model/scenario-guard.ts) as issues not tied to a cell: `cell` names the input at fault.
 */
export function scenarioNoteIssues(scenarios: ScenarioResult[]): Issue[] {
  const out: Issue[] = [];
  for (const s of scenarios) {
    for (const n of s.notes ?? []) {
      out.push({
        cell: n.key || 'scenario',
        message: n.message,
        messageEn: n.messageEn,
        sheet: '',
        row: 0,
        col: 0,
      });
    }
  }
  return out;
}
