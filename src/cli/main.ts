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

import * as fs from 'fs';
import * as path from 'path';
import { analyse } from '../model/analysis';
import { resolveScenario } from '../model/scenario';
import { comparisonColumns } from '../model/comparison';
import { PRESETS, PRESET_KEYS, type PresetKey } from '../model/presets';
import type { Lang } from '../model/labels';
import type { Scenario, ScenarioError } from '../model/api';
import type { FormationTable } from '../model/types';
import { readWorkbook } from '../sheet';
import type { SheetValues } from '../sheet/types';
import { loadWorkbookValues, looksLikeOle, looksLikeZip } from '../io/xlsx';
import { escapeControl } from './escape';
import { parseScenarioBytes, readScenarioBytes } from './scenario-file';
import { scenarioNoteIssues, writeOut } from './out';
import { writeFailureReason } from './out-file';
import { fileRefusalLine, readWorkbookFile, workbookRefusalLine } from './open-workbook';
import { formatReport, type ScenarioColumn } from './report';
import { HELP, MSG, UsageError, parseArgs, preLang, version, type Options, type ScenarioArg } from './args';
import { jsonOutput, roundFloatNoise } from './json';

export { jsonOutput, roundFloatNoise } from './json';
export { version, MSG, UsageError, preLang, type ScenarioArg } from './args';

export interface CliIO {
  stdout: { write(text: string): unknown };
  stderr: { write(text: string): unknown };
  /** Reads a file; rejects with an error whose `code` is 'ENOENT' when it is missing. Default fs.promises.readFile. */
  readFile?: (file: string) => Promise<Uint8Array>;
  /** Writes a file. Default fs.promises.writeFile. */
  writeFile?: (file: string, data: Uint8Array) => Promise<void>;
}

function errCode(e: unknown): string | undefined {
  return e && typeof e === 'object' && 'code' in e ? String((e as { code: unknown }).code) : undefined;
}

/** The first line of an error message, kept short. */
export function firstLine(e: unknown): string {
  const text = e instanceof Error ? e.message : String(e);
  const line = (text.split(/\r?\n/).find((l) => l.trim()) ?? text).trim();
  return line.length > 160 ? line.slice(0, 157) + '...' : line;
}

/** Reads a file the user named; a missing file is a UsageError with `missing`. */
export async function readUserFile(
  read: (f: string) => Promise<Uint8Array>, file: string, lang: Lang, missing: (f: string) => string,
): Promise<Uint8Array> {
  try {
    return await read(file);
  } catch (e) {
    const refused = fileRefusalLine(file, e, lang);
    if (refused !== null) throw new UsageError(refused);
    const code = errCode(e);
    if (code === 'ENOENT' || code === 'ENOTDIR') throw new UsageError(missing(file));
    if (code === 'EISDIR') throw new UsageError(MSG[lang].isDir(file));
    throw new UsageError(MSG[lang].unreadable(file, firstLine(e)));
  }
}

/** Same file? Compares resolved real paths (symlinks followed when the file exists). */
export function samePath(a: string, b: string): boolean {
  const real = (p: string): string => {
    const abs = path.resolve(p);
    try {
      return fs.realpathSync.native(abs);
    } catch {
      // Not there yet: resolve the folder, keep the name.
      try {
        return path.join(fs.realpathSync.native(path.dirname(abs)), path.basename(abs));
      } catch {
        return abs;
      }
    }
  };
  const ra = real(a);
  const rb = real(b);
  if (ra === rb) return true;
  // Case-insensitive file systems (Windows, macOS): the same file under another case.
  if (process.platform === 'win32' || process.platform === 'darwin') return ra.toLowerCase() === rb.toLowerCase();
  try {
    const sa = fs.statSync(ra);
    const sb = fs.statSync(rb);
    return sa.ino === sb.ino && sa.dev === sb.dev;
  } catch {
    return false;
  }
}

/** The first MAX_ERRORS_SHOWN errors, then a count: the line stays readable. */
const MAX_ERRORS_SHOWN = 5;

function scenarioErrors(errors: ScenarioError[], lang: Lang): string {
  // The engine's messages start with the key already ("plaza.share: moet ...").
  const shown = errors.slice(0, MAX_ERRORS_SHOWN)
    .map((e) => (lang === 'en' && e.messageEn ? e.messageEn : e.message))
    .map((text, i) => (!errors[i].key || text.startsWith(errors[i].key) ? text : `${errors[i].key}: ${text}`));
  if (errors.length > MAX_ERRORS_SHOWN) shown.push(MSG[lang].moreErrors(errors.length - MAX_ERRORS_SHOWN));
  return shown.join('; ');
}

export interface PreparedScenario {
  scenario: Scenario;
  /** The scenario as given (the note says which own values go over a preset). */
  input: unknown;
}

export async function prepareScenarios(
  args: ScenarioArg[], read: (f: string) => Promise<Uint8Array>, lang: Lang,
): Promise<PreparedScenario[]> {
  const m = MSG[lang];
  // Unknown presets first: they need no file access.
  for (const a of args) {
    if (a.kind === 'preset' && !(PRESET_KEYS as string[]).includes(a.name)) throw new UsageError(m.unknownPreset(a.name));
  }
  const out: PreparedScenario[] = [];
  for (const a of args) {
    if (a.kind === 'preset') {
      const p = PRESETS[a.name as PresetKey];
      const res = resolveScenario({ preset: p.key, name: lang === 'en' ? p.en : p.nl }, lang === 'en' ? p.en : p.nl);
      if (!res.ok) throw new UsageError(m.presetInvalid(a.name, scenarioErrors(res.errors, lang)));
      out.push({ scenario: res.scenario, input: { preset: p.key } });
      continue;
    }
    const bytes = await readUserFile(read, a.path, lang, m.scenarioMissing);
    // Size and count limits, numbers JSON cannot hold quoted as given (scenario-file.ts).
    const parsed = parseScenarioBytes(bytes, lang);
    if (!parsed.ok) {
      if ('notJson' in parsed) throw new UsageError(m.scenarioNotJson(a.path, firstLine(parsed.notJson)));
      throw new UsageError(m.scenarioLimit(a.path, parsed.message));
    }
    const input = parsed.value;
    const fallback = path.basename(a.path).replace(/\.json$/i, '');
    const res = resolveScenario(input, fallback);
    if (!res.ok) throw new UsageError(m.scenarioInvalid(a.path, scenarioErrors(res.errors, lang)));
    out.push({ scenario: res.scenario, input });
  }
  return out;
}

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

  if (o.json) {
    const notes = columns.map((c) => (c.notes ? [...c.notes.why, ...c.notes.cost] : []));
    io.stdout.write(JSON.stringify(jsonOutput(name, analysis, all, otherIssues, notes, o.lang, tables), roundFloatNoise, 2) + '\n');
    if (written) io.stderr.write(escapeControl(m.written(written)) + '\n');
  } else {
    io.stdout.write(formatReport({ file: name, analysis, tables, readIssues: otherIssues, columns, lang: o.lang }));
    if (written) io.stdout.write('\n' + escapeControl(m.written(written)) + '\n');
  }
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

