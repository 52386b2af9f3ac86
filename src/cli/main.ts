/**
 * `formatie analyse FILE.xlsx [--scenario F.json]... [--preset NAME]... [--json] [--out R.xlsx] [--lang en]`
 * (cli.md). `run` takes the arguments after the program name and returns the exit code,
 * so tests call it in-process; bin/formatie.js wires it to the process.
 *
 * Exit codes: 0 done (cell issues do not fail the run); 2 bad input, with ONE line on
 * stderr; 1 an internal error (a bug), also one line.
 *
 * The input workbook is only ever read.
 */

import * as path from 'path';
import { analyse } from '../model/analysis';
import { comparisonColumns } from '../model/comparison';
import type { FormationTable } from '../model/types';
import { readWorkbook } from '../sheet';
import type { SheetValues } from '../sheet/types';
import { loadWorkbookValues, looksLikeOle, looksLikeZip } from '../io/xlsx';
import { escapeControl } from './escape';
import { readScenarioBytes } from './scenario-file';
import { scenarioNoteIssues, writeOut } from './out';
import { writeFailureReason } from './out-file';
import { readWorkbookFile, workbookRefusalLine } from './open-workbook';
import { formatReport, type ScenarioColumn } from './report';
import { HELP, MSG, UsageError, parseArgs, preLang, version, type Options } from './args';
import { emitResult, firstLine, prepareScenarios, readUserFile, samePath, type CliIO } from './run-analysis';
import { jsonOutput } from './json';

export { jsonOutput, roundFloatNoise } from './json';
export { version, MSG, UsageError, preLang, type ScenarioArg } from './args';
export { firstLine, prepareScenarios, readUserFile, samePath, type CliIO, type PreparedScenario } from './run-analysis';

async function analyseCommand(o: Options, io: CliIO): Promise<number> {
  const m = MSG[o.lang];
  // Scenario files are read at most 1 MB + 1 byte (scenario-file.ts).
  const readScenario = io.readFile ?? readScenarioBytes;
  const file = o.file!;

  if (o.out !== null) {
    if (!/\.xlsx$/i.test(o.out)) throw new UsageError(m.outNotXlsx(o.out));
    if (samePath(o.out, file)) throw new UsageError(m.outIsInput(o.out));
    for (const a of o.scenarios) {
      if (a.kind === 'file' && samePath(o.out, a.path)) throw new UsageError(m.outIsScenario(o.out));
    }
  }

  // The workbook: name, then bytes (read once, never written).
  const bytes = await readUserFile(io.readFile ?? readWorkbookFile, file, o.lang, m.missing);
  if (!/\.xlsx$/i.test(file)) {
    throw new UsageError(looksLikeOle(bytes) ? m.ole(file) : m.notXlsxExt(file));
  }
  if (!looksLikeZip(bytes)) throw new UsageError(looksLikeOle(bytes) ? m.ole(file) : m.notXlsxMagic(file));

  // Scenario files and presets before the (slow) workbook read.
  const prepared = await prepareScenarios(o.scenarios, readScenario, o.lang);

  let sheets: SheetValues[];
  try {
    sheets = await loadWorkbookValues(bytes);
  } catch (e) {
    throw new UsageError(workbookRefusalLine(file, e, o.lang) ?? m.corrupt(file, firstLine(e)));
  }
  const read2 = readWorkbook(sheets);
  // The raw cells are no longer needed: let them go before the analysis and --out (an
  // async function keeps its locals alive across awaits).
  sheets = [];
  const tables: FormationTable[] = read2.tables;
  if (tables.length === 0) throw new UsageError(m.noTable(file));

  const analysis = analyse(tables);
  // The current situation, then each scenario (solved when it asks), notes from the model.
  const columns: ScenarioColumn[] = comparisonColumns(analysis, prepared, o.lang);
  const all = columns.map((c) => c.result);
  const name = path.basename(file);
  // Reader issues not tied to a table, then the figures that exploded (scenario-guard.ts).
  const otherIssues = [...read2.issues, ...scenarioNoteIssues(all)];

  let written: string | null = null;
  if (o.out !== null) {
    // Streamed to a temporary file beside the target, then renamed (out.ts, out-file.ts).
    await writeOut(o.out, io, analysis, all, tables, o.lang, {
      file: name,
      notes: columns.map((c) => c.note),
      extraIssues: otherIssues,
      includeStaff: o.includeStaff,
    }).catch((e) => {
      throw new UsageError(m.outFailed(o.out!, writeFailureReason(e, o.lang) ?? firstLine(e)));
    });
    written = o.out;
  }

  const notes = columns.map((c) => (c.notes ? [...c.notes.why, ...c.notes.cost] : []));
  emitResult(
    io,
    o.lang,
    o.json,
    () => jsonOutput(name, analysis, all, otherIssues, notes, o.lang, tables),
    () => formatReport({ file: name, analysis, tables, readIssues: otherIssues, columns, lang: o.lang }),
    written,
  );
  return 0;
}

/** Runs the command line (argv without node and the script). Resolves to the exit code. */
export async function run(argv: string[], io: CliIO): Promise<number> {
  // prognose and bestuur (projection.md) live in their own modules, loaded on demand.
  const sub = argv.find((a, i) => !a.startsWith('-') && !/^--(scenario|preset|out|lang|projection|years)$/.test(argv[i - 1] ?? ''));
  if (sub === 'prognose' || sub === 'projection') return (await import('./prognose')).runPrognose(argv, io);
  if (sub === 'bestuur' || sub === 'board') return (await import('./bestuur')).runBestuur(argv, io);
  let lang = preLang(argv);
  try {
    const o = parseArgs(argv, lang);
    lang = o.lang;
    if (o.command === 'help') {
      io.stdout.write(HELP[lang]);
      return 0;
    }
    if (o.command === 'version') {
      io.stdout.write(`formatie ${version()}\n`);
      return 0;
    }
    return await analyseCommand(o, io);
  } catch (e) {
    if (e instanceof UsageError) {
      // One line, always: control characters from file names, keys and values escaped.
      io.stderr.write(`formatie: ${escapeControl(e.message)}\n`);
      return 2;
    }
    io.stderr.write(`formatie: ${escapeControl(MSG[lang].internal(firstLine(e)))}\n`);
    return 1;
  }
}

