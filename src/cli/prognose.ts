/**
 * `formatie prognose FILE.xlsx [--projection P.json] [--years N] [--scenario F.json]...
 * [--preset NAME]... [--json] [--out R.xlsx] [--lang en]` (projection.md, "Faces").
 * Exit codes as `analyse`: 0 done, 2 bad input (one line), 1 internal error.
 *
 * Readings: `--years N` beats the projection file's `years`; the year 0 label comes from
 * the projection file, else the workbook (sheet name or title row), else "jaar 0"; birth
 * dates without a school year in the workbook count from the school year running today
 * (said in the issues). `issues` holds the cell issues of every table as well, since the
 * projection JSON has no `tables` list.
 */

import * as fs from 'fs';
import * as path from 'path';
import type { Lang } from '../model/labels';
import type { Issue } from '../model/types';
import { project, schoolYearOfDate, YEAR_KEYS, type Projection } from '../model/projection';
import { resolveProjection, type ProjectionParams } from '../model/projection-params';
import { workbookSchoolYear } from '../sheet/schoolyear';
import { MSG, UsageError, optionFlag, optionName, optionValue, preLang, type ScenarioArg } from './args';
import {
  emitResult, firstLine, prepareScenarios, readUserFile, samePath, type CliIO, type PreparedScenario,
} from './run-analysis';
import { loadWorkbookFile } from './workbook-file';
import { scenarioNote } from '../model/comparison';
import { CURRENT_SITUATION } from '../model/vocabulary';
import { formatPrognose } from './prognose-report';
import { buildPrognoseWorkbook } from '../io/projection-workbook';
import { writeBytesOut } from './out';
import { writeFailureReason } from './out-file';

const PMSG = {
  nl: {
    noFile: 'geef het werkmapbestand: formatie prognose BESTAND.xlsx',
    badYears: (v: string) => `--years moet een geheel getal van 1 tot en met 10 zijn (gegeven: ${v})`,
    projectionMissing: (f: string) => `prognosebestand niet gevonden: ${f}`,
    projectionNotJson: (f: string, why: string) => `prognosebestand ${f} is geen geldige JSON: ${why}`,
    projectionInvalid: (f: string, errs: string) => `prognosebestand ${f} is ongeldig: ${errs}`,
    outIsProjection: (f: string) => `--out mag niet het prognosebestand zijn (${f}); invoer wordt nooit overschreven`,
  },
  en: {
    noFile: 'give the workbook file: formatie prognose FILE.xlsx',
    badYears: (v: string) => `--years must be a whole number from 1 to 10 (given: ${v})`,
    projectionMissing: (f: string) => `projection file not found: ${f}`,
    projectionNotJson: (f: string, why: string) => `projection file ${f} is not valid JSON: ${why}`,
    projectionInvalid: (f: string, errs: string) => `projection file ${f} is invalid: ${errs}`,
    outIsProjection: (f: string) => `--out must not be the projection file (${f}); inputs are never overwritten`,
  },
};

export interface CommandOptions {
  files: string[];
  scenarios: ScenarioArg[];
  json: boolean;
  out: string | null;
  lang: Lang;
  projection: string | null;
  years: string | null;
  help: boolean;
}

/**
 * Arguments of prognose and bestuur: the command word, files, and options. `many` allows
 * several files; `projection` allows --projection and --years.
 */
export function parseCommandArgs(argv: string[], lang: Lang, words: string[], many: boolean, projection: boolean): CommandOptions {
  const m = MSG[lang];
  const o: CommandOptions = { files: [], scenarios: [], json: false, out: null, lang, projection: null, years: null, help: false };
  let seenCommand = false;
  let end = false;
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i];
    if (!end && arg === '--') {
      end = true;
      continue;
    }
    if (!end && arg.startsWith('-') && arg !== '-') {
      const name = optionName(arg);
      const value = (): string => {
        const r = optionValue(argv, i, m);
        i = r.next;
        return r.value;
      };
      const flag = (): void => optionFlag(arg, m);
      if (name === '-h' || name === '--help') {
        flag();
        o.help = true;
      } else if (name === '--json') {
        flag();
        o.json = true;
      } else if (name === '--scenario') o.scenarios.push({ kind: 'file', path: value() });
      else if (name === '--preset') o.scenarios.push({ kind: 'preset', name: value() });
      else if (name === '--out') o.out = value();
      else if (name === '--lang') {
        const v = value();
        if (v !== 'nl' && v !== 'en') throw new UsageError(m.badLang(v));
        o.lang = v;
      } else if (projection && name === '--projection') o.projection = value();
      else if (projection && name === '--years') o.years = value();
      else throw new UsageError(m.unknownOption(name));
      continue;
    }
    if (!seenCommand && words.includes(arg)) {
      seenCommand = true;
      continue;
    }
    if (!many && o.files.length > 0) throw new UsageError(m.twoFiles(o.files[0], arg));
    o.files.push(arg);
  }
  return o;
}

/** The projection file and --years, validated (exit 2 with one line naming the key). */
async function projectionParams(o: CommandOptions, read: (f: string) => Promise<Uint8Array>): Promise<ProjectionParams> {
  const pm = PMSG[o.lang];
  let input: Record<string, unknown> = {};
  if (o.projection !== null) {
    const bytes = await readUserFile(read, o.projection, o.lang, pm.projectionMissing);
    try {
      let text = new TextDecoder('utf-8').decode(bytes);
      if (text.charCodeAt(0) === 0xfeff) text = text.slice(1);
      input = JSON.parse(text);
    } catch (e) {
      throw new UsageError(pm.projectionNotJson(o.projection, firstLine(e)));
    }
  }
  if (o.years !== null) {
    const n = Number(o.years.trim());
    if (!/^\d+$/.test(o.years.trim()) || n < 1 || n > 10) throw new UsageError(pm.badYears(o.years));
    input = input && typeof input === 'object' && !Array.isArray(input) ? { ...input, years: n } : input;
  }
  const res = resolveProjection(input);
  if (!res.ok) {
    const errs = res.errors.map((e) => (o.lang === 'en' && e.messageEn ? e.messageEn : e.message)).join('; ');
    throw new UsageError(pm.projectionInvalid(o.projection ?? '--years', errs));
  }
  return res.params;
}

const num = (v: unknown): number | null => (typeof v === 'number' && Number.isFinite(v) ? v : null);

/** The JSON of projection.md, keys in the contract's order. */
export function prognoseJson(file: string, p: Projection, issues: Issue[]): Record<string, unknown> {
  return {
    file,
    parameters: p.parameters,
    years: p.years.map((y) => ({
      label: y.label,
      ...Object.fromEntries(YEAR_KEYS.map((k) => [k, num(y[k])])),
      bySubject: y.bySubject.map((s) => ({
        subject: s.subject, teacherFteNeeded: num(s.teacherFteNeeded), teacherFteAvailable: num(s.teacherFteAvailable), shortageFte: num(s.shortageFte),
      })),
      scenarios: y.scenarios.map((s) => {
        const o: Record<string, unknown> = {
          name: s.name, teacherFteNeeded: num(s.teacherFteNeeded), assistantFteNeeded: num(s.assistantFteNeeded),
          shortageAfterFte: num(s.shortageAfterFte), cost: num(s.cost),
        };
        if (s.solved !== undefined) o.solved = s.solved ? { parameter: s.solved.parameter, value: s.solved.value } : null;
        return o;
      }),
    })),
    issues: issues.map((i) => ({ cell: i.cell, message: i.message })),
  };
}

const HELP = {
  nl: `Gebruik:
  formatie prognose BESTAND.xlsx [--projection P.json] [--years N] [--scenario F.json]... [--preset NAAM]... [--json] [--out R.xlsx] [--lang en]

Meerjarenprognose: leerlingen, FTE nodig en beschikbaar, pensionering en het tekort per schooljaar,
per vak, en elk scenario in elk jaar. Het prognosebestand is één JSON-object met de aannames
(years, intakeGrowth, transition, finalYear, attrition, retirementAge, hiring, assistantToTeacher, firstYear).
`,
  en: `Usage:
  formatie prognose FILE.xlsx [--projection P.json] [--years N] [--scenario F.json]... [--preset NAME]... [--json] [--out R.xlsx] [--lang en]

Multi-year projection: pupils, teacher FTE needed and available, retirement and the shortage per school
year, per subject, and every scenario in every year. The projection file is one JSON object with the
assumptions (years, intakeGrowth, transition, finalYear, attrition, retirementAge, hiring, assistantToTeacher, firstYear).
`,
};

async function prognose(o: CommandOptions, io: CliIO): Promise<number> {
  const m = MSG[o.lang];
  const read = io.readFile ?? ((f: string) => fs.promises.readFile(f));
  if (o.files.length === 0) throw new UsageError(PMSG[o.lang].noFile);
  const file = o.files[0];
  if (o.out !== null) {
    if (!/\.xlsx$/i.test(o.out)) throw new UsageError(m.outNotXlsx(o.out));
    if (samePath(o.out, file)) throw new UsageError(m.outIsInput(o.out));
    for (const a of o.scenarios) {
      if (a.kind === 'file' && samePath(o.out, a.path)) throw new UsageError(m.outIsScenario(o.out));
    }
    if (o.projection !== null && samePath(o.out, o.projection)) throw new UsageError(PMSG[o.lang].outIsProjection(o.out));
  }
  const params = await projectionParams(o, read);
  const wb = await loadWorkbookFile(file, io.readFile, o.lang);
  const prepared: PreparedScenario[] = await prepareScenarios(o.scenarios, read, o.lang);
  const tables = wb.read.tables;
  const result = project(tables, params, prepared.map((p) => p.scenario), {
    workbookYear: workbookSchoolYear(wb.sheets, tables),
    currentSchoolYear: schoolYearOfDate(new Date()),
    currentName: CURRENT_SITUATION[o.lang],
    lang: o.lang,
  });

  const name = path.basename(file);
  const issues: Issue[] = [...result.issues, ...wb.read.issues, ...tables.flatMap((t) => t.issues)];
  let written: string | null = null;
  if (o.out !== null) {
    // Temporary file beside the target, then renamed (out.ts, out-file.ts).
    const data = await buildPrognoseWorkbook(name, result, o.lang, issues);
    await writeBytesOut(o.out, io, data).catch((e) => {
      throw new UsageError(m.outFailed(o.out!, writeFailureReason(e, o.lang) ?? firstLine(e)));
    });
    written = o.out;
  }
  emitResult(
    io,
    o.lang,
    o.json,
    () => prognoseJson(name, result, issues),
    () => formatPrognose(name, result, issues, prepared.map((p) => scenarioNote(p.input, p.scenario, o.lang)), o.lang),
    written,
  );
  return 0;
}

/** Runs `formatie prognose …` (argv includes the command word). Resolves to the exit code. */
export async function runPrognose(argv: string[], io: CliIO): Promise<number> {
  let lang = preLang(argv);
  try {
    const o = parseCommandArgs(argv, lang, ['prognose', 'projection'], false, true);
    lang = o.lang;
    if (o.help) {
      io.stdout.write(HELP[lang]);
      return 0;
    }
    return await prognose(o, io);
  } catch (e) {
    if (e instanceof UsageError) {
      io.stderr.write(`formatie: ${e.message}\n`);
      return 2;
    }
    io.stderr.write(`formatie: ${MSG[lang].internal(firstLine(e))}\n`);
    return 1;
  }
}

