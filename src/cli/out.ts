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
