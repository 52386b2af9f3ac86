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

import { roundNoise } from '../model/format';
import * as fs from 'fs';
import * as path from 'path';
import { analyse } from '../model/analysis';
import { currentSituation, resolveScenario, runScenario } from '../model/scenario';
import { solveScenario } from '../model/solve';
import { PRESETS, PRESET_KEYS, type PresetKey } from '../model/presets';
import { SCENARIO_KEYS, TOTAL_KEYS, type Lang } from '../model/labels';
import type { Analysis, Scenario, ScenarioError, ScenarioResult } from '../model/api';
import type { FormationTable, Issue } from '../model/types';
import { readWorkbook } from '../sheet';
import type { SheetValues } from '../sheet/types';
import { loadWorkbookValues, looksLikeOle, looksLikeZip } from '../io/xlsx';
import { escapeControl } from './escape';
import { parseScenarioBytes, readScenarioBytes } from './scenario-file';
import { scenarioNoteIssues, writeOut } from './out';
import { writeFailureReason } from './out-file';
import { formatReport, type ScenarioColumn } from './report';

export interface CliIO {
  stdout: { write(text: string): unknown };
  stderr: { write(text: string): unknown };
  /** Reads a file; rejects with an error whose `code` is 'ENOENT' when it is missing. Default fs.promises.readFile. */
  readFile?: (file: string) => Promise<Uint8Array>;
  /** Writes a file. Default fs.promises.writeFile. */
  writeFile?: (file: string, data: Uint8Array) => Promise<void>;
}

/** A bad input: exit 2 with this one line. */
class UsageError extends Error {}

type ScenarioArg = { kind: 'file'; path: string } | { kind: 'preset'; name: string };

interface Options {
  command: 'analyse' | 'help' | 'version';
  file: string | null;
  scenarios: ScenarioArg[];
  json: boolean;
  out: string | null;
  /** --include-staff: the staff rows as read in the --out workbook (default: summarised). */
  includeStaff: boolean;
  lang: Lang;
}

const MSG = {
  nl: {
    noCommand: 'geef een opdracht: formatie analyse BESTAND.xlsx (zie formatie --help)',
    unknownCommand: (c: string) => `onbekende opdracht "${c}"; gebruik: formatie analyse BESTAND.xlsx (zie formatie --help)`,
    unknownOption: (o: string) => `onbekende optie ${o} (zie formatie --help)`,
    needsValue: (o: string) => `optie ${o} heeft een waarde nodig (zie formatie --help)`,
    noValue: (o: string) => `optie ${o} heeft geen waarde (zie formatie --help)`,
    badLang: (v: string) => `onbekende taal "${v}" bij --lang; kies nl of en`,
    noFile: 'geef het werkmapbestand: formatie analyse BESTAND.xlsx',
    twoFiles: (a: string, b: string) => `geef één werkmap, niet twee: ${a} en ${b}`,
    missing: (f: string) => `bestand niet gevonden: ${f}`,
    isDir: (f: string) => `${f} is een map, geen .xlsx-bestand`,
    unreadable: (f: string, why: string) => `${f} kan niet worden gelezen: ${why}`,
    notXlsxExt: (f: string) => `${f} is geen .xlsx-bestand (de naam moet op .xlsx eindigen)`,
    notXlsxMagic: (f: string) => `${f} is geen .xlsx-bestand (de inhoud is geen Excel-werkmap)`,
    ole: (f: string) => `${f} is een oud .xls-bestand of met een wachtwoord beveiligd; sla het in Excel op als .xlsx zonder wachtwoord`,
    corrupt: (f: string, why: string) => `${f} is beschadigd of onvolledig en kan niet worden gelezen (${why})`,
    noTable: (f: string) => `geen formatietabel gevonden in ${f}: geen blad met een kopregel als Leerlingen, Lesuren of FTE`,
    scenarioMissing: (f: string) => `scenariobestand niet gevonden: ${f}`,
    scenarioNotJson: (f: string, why: string) => `scenariobestand ${f} is geen geldige JSON: ${why}`,
    scenarioInvalid: (f: string, errs: string) => `scenariobestand ${f} is ongeldig: ${errs}`,
    presetInvalid: (p: string, errs: string) => `preset ${p} is ongeldig: ${errs}`,
    unknownPreset: (p: string) => `onbekend preset "${p}"; kies uit: ${PRESET_KEYS.join(', ')}`,
    outIsInput: (f: string) => `--out mag niet het invoerbestand zijn (${f}); de werkmap wordt nooit overschreven`,
    outNotXlsx: (f: string) => `--out moet een .xlsx-bestand zijn: ${f}`,
    outFailed: (f: string, why: string) => `kan ${f} niet schrijven: ${why}`,
    outIsScenario: (f: string) => `--out mag niet een scenariobestand zijn (${f}); invoer wordt nooit overschreven`,
    includeStaffNeedsOut: '--include-staff hoort bij --out (personeelsregels in de resultaatwerkmap)',
    scenarioLimit: (f: string, why: string) => `scenariobestand ${f} ${why}`,
    scenarioTooMany: (f: string, why: string) => `scenariobestand ${f} is te groot: ${why}`,
    moreErrors: (n: number) => `en nog ${n} fouten`,
    written: (f: string) => `Resultaat geschreven naar ${f}`,
    internal: (why: string) => `interne fout: ${why}`,
    current: 'Huidige situatie',
    presetNote: (reading: string) => reading,
    presetNoteOverridden: (reading: string) => `${reading} Eigen waarden uit het scenariobestand gaan voor.`,
  },
  en: {
    noCommand: 'give a command: formatie analyse FILE.xlsx (see formatie --help)',
    unknownCommand: (c: string) => `unknown command "${c}"; use: formatie analyse FILE.xlsx (see formatie --help)`,
    unknownOption: (o: string) => `unknown option ${o} (see formatie --help)`,
    needsValue: (o: string) => `option ${o} needs a value (see formatie --help)`,
    noValue: (o: string) => `option ${o} takes no value (see formatie --help)`,
    badLang: (v: string) => `unknown language "${v}" for --lang; choose nl or en`,
    noFile: 'give the workbook file: formatie analyse FILE.xlsx',
    twoFiles: (a: string, b: string) => `give one workbook, not two: ${a} and ${b}`,
    missing: (f: string) => `file not found: ${f}`,
    isDir: (f: string) => `${f} is a folder, not an .xlsx file`,
    unreadable: (f: string, why: string) => `${f} cannot be read: ${why}`,
    notXlsxExt: (f: string) => `${f} is not an .xlsx file (the name must end in .xlsx)`,
    notXlsxMagic: (f: string) => `${f} is not an .xlsx file (its content is not an Excel workbook)`,
    ole: (f: string) => `${f} is an old .xls file or protected with a password; save it in Excel as .xlsx without a password`,
    corrupt: (f: string, why: string) => `${f} is damaged or incomplete and cannot be read (${why})`,
    noTable: (f: string) => `no formation table found in ${f}: no sheet with a header row such as Students, Lessons or FTE`,
    scenarioMissing: (f: string) => `scenario file not found: ${f}`,
    scenarioNotJson: (f: string, why: string) => `scenario file ${f} is not valid JSON: ${why}`,
    scenarioInvalid: (f: string, errs: string) => `scenario file ${f} is invalid: ${errs}`,
    presetInvalid: (p: string, errs: string) => `preset ${p} is invalid: ${errs}`,
    unknownPreset: (p: string) => `unknown preset "${p}"; choose from: ${PRESET_KEYS.join(', ')}`,
    outIsInput: (f: string) => `--out must not be the input file (${f}); the workbook is never overwritten`,
    outNotXlsx: (f: string) => `--out must be an .xlsx file: ${f}`,
    outFailed: (f: string, why: string) => `cannot write ${f}: ${why}`,
    outIsScenario: (f: string) => `--out must not be a scenario file (${f}); inputs are never overwritten`,
    includeStaffNeedsOut: '--include-staff goes with --out (staff rows in the result workbook)',
    scenarioLimit: (f: string, why: string) => `scenario file ${f} ${why}`,
    scenarioTooMany: (f: string, why: string) => `scenario file ${f} is too large: ${why}`,
    moreErrors: (n: number) => `and ${n} more errors`,
    written: (f: string) => `Result written to ${f}`,
    internal: (why: string) => `internal error: ${why}`,
    current: 'Current situation',
    presetNote: (reading: string) => reading,
    presetNoteOverridden: (reading: string) => `${reading} Own values from the scenario file take precedence.`,
  },
};

const HELP = {
  nl: `Formatieplanner VO \u2013 formatie analyseren vanaf de opdrachtregel

Gebruik:
  formatie analyse BESTAND.xlsx [opties]

Opties:
  --scenario F.json   scenariobestand (mag vaker); zie docs/README-cli.md
  --preset NAAM       scenario uit een praktijkvoorbeeld (mag vaker):
                      ${PRESET_KEYS.join(', ')}
  --json              één JSON-object op stdout in plaats van het rapport
  --out R.xlsx        schrijf een nieuwe werkmap met de vergelijking en de gelezen tabellen,
                      klaar om af te drukken (de invoerwerkmap wordt nooit gewijzigd);
                      personeel samengevat per vestiging, categorie en vak, zonder namen
  --include-staff     met --out: ook de personeelsregels zoals gelezen (namen, loon)
  --lang en           rapport in het Engels (standaard: nl)
  -h, --help          deze hulp
  --version           versie

Afsluitcodes: 0 klaar (problemen in cellen staan in het rapport); 2 bestand ontbreekt,
is geen (leesbare) .xlsx, bevat geen formatietabel, scenario of preset ongeldig.

Voorbeeld:
  formatie analyse examples/voorbeeld-formatie.xlsx --preset leerplein --scenario examples/scenario-leerplein.json
`,
  en: `Formatieplanner VO \u2013 analyse formation workbooks from the command line

Usage:
  formatie analyse FILE.xlsx [options]

Options:
  --scenario F.json   scenario file (repeatable); see docs/README-cli.md
  --preset NAME       scenario from a practice example (repeatable):
                      ${PRESET_KEYS.join(', ')}
  --json              one JSON object on stdout instead of the report
  --out R.xlsx        write a new workbook with the comparison and the tables as read,
                      ready to print (the input workbook is never modified); staff
                      summarised by location, category and subject, without names
  --include-staff     with --out: also the staff rows as read (names, pay)
  --lang en           report in English (default: nl)
  -h, --help          this help
  --version           version

Exit codes: 0 done (cell issues are listed in the report); 2 file missing, not a
(readable) .xlsx, no formation table, scenario or preset invalid.

Example:
  formatie analyse examples/voorbeeld-formatie.xlsx --preset leerplein --scenario examples/scenario-leerplein.json
`,
};

/** The version of package.json (src/cli or lib/cli → ../../package.json). */
export function version(): string {
  try {
    const pkg = JSON.parse(fs.readFileSync(path.join(__dirname, '..', '..', 'package.json'), 'utf8')) as { version?: string };
    return pkg.version ?? '0.0.0';
  } catch {
    return '0.0.0';
  }
}

/** The language asked for, looked up before full parsing so that parse errors speak it too. */
function preLang(argv: string[]): Lang {
  for (let i = 0; i < argv.length; i++) {
    if (argv[i] === '--lang' && argv[i + 1] === 'en') return 'en';
    if (argv[i] === '--lang=en') return 'en';
  }
  return 'nl';
}

function parseArgs(argv: string[], lang: Lang): Options {
  const m = MSG[lang];
  const o: Options = { command: 'analyse', file: null, scenarios: [], json: false, out: null, includeStaff: false, lang };
  let command: string | null = null;
  let endOfOptions = false;
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i];
    if (!endOfOptions && arg === '--') {
      endOfOptions = true;
      continue;
    }
    if (!endOfOptions && arg.startsWith('-') && arg !== '-') {
      const eq = arg.startsWith('--') ? arg.indexOf('=') : -1;
      const name = eq > 0 ? arg.slice(0, eq) : arg;
      const inline = eq > 0 ? arg.slice(eq + 1) : undefined;
      const value = (): string => {
        if (inline !== undefined) {
          if (inline === '') throw new UsageError(m.needsValue(name));
          return inline;
        }
        const v = argv[i + 1];
        if (v === undefined || (v.startsWith('--') && v.length > 2)) throw new UsageError(m.needsValue(name));
        i++;
        return v;
      };
      const flag = (): void => {
        if (inline !== undefined) throw new UsageError(m.noValue(name));
      };
      switch (name) {
        case '-h':
        case '--help':
          flag();
          return { ...o, command: 'help' };
        case '--version':
          flag();
          return { ...o, command: 'version' };
        case '--json':
          flag();
          o.json = true;
          break;
        case '--scenario':
          o.scenarios.push({ kind: 'file', path: value() });
          break;
        case '--preset':
          o.scenarios.push({ kind: 'preset', name: value() });
          break;
        case '--out':
          o.out = value();
          break;
        case '--include-staff':
          flag();
          o.includeStaff = true;
          break;
        case '--lang': {
          const v = value();
          if (v !== 'nl' && v !== 'en') throw new UsageError(m.badLang(v));
          o.lang = v;
          break;
        }
        default:
          throw new UsageError(m.unknownOption(name));
      }
      continue;
    }
    if (command === null) {
      command = arg;
      if (command !== 'analyse' && command !== 'analyze') throw new UsageError(m.unknownCommand(command));
      continue;
    }
    if (o.file !== null) throw new UsageError(m.twoFiles(o.file, arg));
    o.file = arg;
  }
  if (command === null) throw new UsageError(m.noCommand);
  if (o.file === null) throw new UsageError(m.noFile);
  if (o.includeStaff && o.out === null) throw new UsageError(m.includeStaffNeedsOut);
  return o;
}

function errCode(e: unknown): string | undefined {
  return e && typeof e === 'object' && 'code' in e ? String((e as { code: unknown }).code) : undefined;
}

/** The first line of an error message, kept short. */
function firstLine(e: unknown): string {
  const text = e instanceof Error ? e.message : String(e);
  const line = (text.split(/\r?\n/).find((l) => l.trim()) ?? text).trim();
  return line.length > 160 ? line.slice(0, 157) + '...' : line;
}

/** Reads a file the user named; a missing file is a UsageError with `missing`. */
async function readUserFile(
  read: (f: string) => Promise<Uint8Array>, file: string, lang: Lang, missing: (f: string) => string,
): Promise<Uint8Array> {
  try {
    return await read(file);
  } catch (e) {
    const code = errCode(e);
    if (code === 'ENOENT' || code === 'ENOTDIR') throw new UsageError(missing(file));
    if (code === 'EISDIR') throw new UsageError(MSG[lang].isDir(file));
    throw new UsageError(MSG[lang].unreadable(file, firstLine(e)));
  }
}

/** Same file? Compares resolved real paths (symlinks followed when the file exists). */
function samePath(a: string, b: string): boolean {
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

interface PreparedScenario {
  scenario: Scenario;
  note: string | null;
}

async function prepareScenarios(
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
      out.push({ scenario: res.scenario, note: m.presetNote(lang === 'en' ? p.readingEn : p.readingNl) });
      continue;
    }
    const bytes = await readUserFile(read, a.path, lang, m.scenarioMissing);
    const parsed = parseScenarioBytes(bytes, lang);
    if (!parsed.ok) {
      if ('notJson' in parsed) throw new UsageError(m.scenarioNotJson(a.path, firstLine(parsed.notJson)));
      throw new UsageError(m.scenarioLimit(a.path, parsed.message));
    }
    const input = parsed.value;
    const fallback = path.basename(a.path).replace(/\.json$/i, '');
    const res = resolveScenario(input, fallback);
    if (!res.ok) throw new UsageError(m.scenarioInvalid(a.path, scenarioErrors(res.errors, lang)));
    let note: string | null = null;
    const presetKey = res.scenario.preset as PresetKey | null;
    if (presetKey && PRESETS[presetKey]) {
      const p = PRESETS[presetKey];
      const own = input && typeof input === 'object' && Object.keys(input).some((k) => k !== 'preset' && k !== 'name');
      const reading = lang === 'en' ? p.readingEn : p.readingNl;
      note = own ? m.presetNoteOverridden(reading) : m.presetNote(reading);
    }
    out.push({ scenario: res.scenario, note });
  }
  return out;
}

/** A scenario's result, with `solved` when the scenario asks for it. */
function scenarioResult(analysis: Analysis, scenario: Scenario): ScenarioResult {
  const r = runScenario(analysis, scenario);
  if (scenario.solve && r.solved === undefined) {
    const s = solveScenario(analysis, scenario, scenario.solve);
    const out: ScenarioResult = { ...r, solved: s.solved };
    if (!s.solved && s.reason) out.solveReason = s.reason;
    return out;
  }
  return r;
}

const numOrNull = (v: unknown): number | null => (typeof v === 'number' && Number.isFinite(v) ? v : null);

/** The JSON object of cli.md, keys in the contract's order, every figure a number or null. */
export function jsonOutput(
  file: string, analysis: Analysis, scenarios: ScenarioResult[], readIssues: Issue[],
): Record<string, unknown> {
  const totals = (t: object) => Object.fromEntries(TOTAL_KEYS.map((k) => [k, numOrNull((t as Record<string, unknown>)[k])]));
  const issues = [...readIssues, ...analysis.notes].map((i) => ({ cell: i.cell, message: i.message }));
  return {
    file,
    norms: { ...analysis.norms },
    tables: analysis.tables.map((t) => ({
      sheet: t.sheet,
      range: t.range,
      kind: t.kind,
      rows: t.rows,
      issues: t.issues.map((i) => ({ cell: i.cell, message: i.message })),
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

async function analyseCommand(o: Options, io: CliIO): Promise<number> {
  const m = MSG[o.lang];
  const read = io.readFile ?? ((f: string) => fs.promises.readFile(f));
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
  const bytes = await readUserFile(read, file, o.lang, m.missing);
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
    throw new UsageError(m.corrupt(file, firstLine(e)));
  }
  const read2 = readWorkbook(sheets);
  // The raw cells are no longer needed: let them go before the analysis and --out (an
  // async function keeps its locals alive across awaits).
  sheets = [];
  const tables: FormationTable[] = read2.tables;
  if (tables.length === 0) throw new UsageError(m.noTable(file));

  const analysis = analyse(tables);
  const current: ScenarioResult = { ...currentSituation(analysis), name: m.current };
  const results = prepared.map((p) => scenarioResult(analysis, p.scenario));
  const all = [current, ...results];
  const name = path.basename(file);
  // Reader issues not tied to a table, then the figures that exploded (scenario-guard.ts).
  const otherIssues = [...read2.issues, ...scenarioNoteIssues(all, o.lang)];

  let written: string | null = null;
  if (o.out !== null) {
    await writeOut(o.out, io, analysis, all, tables, o.lang, {
      file: name,
      notes: [null, ...prepared.map((p) => p.note)],
      extraIssues: otherIssues,
      includeStaff: o.includeStaff,
    }).catch((e) => {
      throw new UsageError(m.outFailed(o.out!, writeFailureReason(e, o.lang) ?? firstLine(e)));
    });
    written = o.out;
  }

  if (o.json) {
    io.stdout.write(JSON.stringify(jsonOutput(name, analysis, all, otherIssues), roundFloatNoise, 2) + '\n');
    if (written) io.stderr.write(escapeControl(m.written(written)) + '\n');
  } else {
    const columns: ScenarioColumn[] = [
      { result: current, note: null },
      ...results.map((r, i) => ({ result: r, note: prepared[i].note })),
    ];
    io.stdout.write(formatReport({ file: name, analysis, tables, readIssues: otherIssues, columns, lang: o.lang }));
    if (written) io.stdout.write('\n' + escapeControl(m.written(written)) + '\n');
  }
  return 0;
}

/** Runs the command line (argv without node and the script). Resolves to the exit code. */
export async function run(argv: string[], io: CliIO): Promise<number> {
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
      io.stderr.write(`formatie: ${escapeControl(e.message)}\n`);
      return 2;
    }
    io.stderr.write(`formatie: ${escapeControl(MSG[lang].internal(firstLine(e)))}\n`);
    return 1;
  }
}

/** JSON replacer: every figure through roundNoise (model/format.ts). */
function roundFloatNoise(_key: string, value: unknown): unknown {
  return typeof value === 'number' ? roundNoise(value) : value;
}
