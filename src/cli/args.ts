/**
 * The command line's arguments (cli.md): messages in both languages, --help text, the
 * version, and parsing argv into Options. No file access except reading package.json.
 */

import * as fs from 'fs';
import * as path from 'path';
import { PRESET_KEYS } from '../model/presets';
import type { Lang } from '../model/labels';

/** Bad input: one line on stderr, exit code 2. */
export class UsageError extends Error {}

export type ScenarioArg = { kind: 'file'; path: string } | { kind: 'preset'; name: string };

export interface Options {
  command: 'analyse' | 'help' | 'version';
  file: string | null;
  scenarios: ScenarioArg[];
  json: boolean;
  out: string | null;
  /** --include-staff: the staff rows as read in the --out workbook (default: summarised). */
  includeStaff: boolean;
  lang: Lang;
}

export const MSG = {
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
    moreErrors: (n: number) => `en nog ${n} fouten`,
    written: (f: string) => `Resultaat geschreven naar ${f}`,
    internal: (why: string) => `interne fout: ${why}`,
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
    moreErrors: (n: number) => `and ${n} more errors`,
    written: (f: string) => `Result written to ${f}`,
    internal: (why: string) => `internal error: ${why}`,
  },
};

export const HELP = {
  nl: `Formatieplanner VO \u2013 formatie analyseren vanaf de opdrachtregel

Gebruik:
  formatie analyse BESTAND.xlsx [opties]
  formatie prognose BESTAND.xlsx [opties]   meerjarenprognose (formatie prognose --help)
  formatie bestuur MAP-OF-BESTAND...        bestuursoverzicht (formatie bestuur --help)

Opties:
  --scenario F.json   scenariobestand (mag vaker); zie docs/cli.md
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
  formatie prognose FILE.xlsx [options]     multi-year projection (formatie prognose --help)
  formatie bestuur FOLDER-OR-FILE...        board overview (formatie bestuur --help)

Options:
  --scenario F.json   scenario file (repeatable); see docs/cli.md
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
export function preLang(argv: string[]): Lang {
  for (let i = 0; i < argv.length; i++) {
    if (argv[i] === '--lang' && argv[i + 1] === 'en') return 'en';
    if (argv[i] === '--lang=en') return 'en';
  }
  return 'nl';
}

/** `--name=value` → `--name`; any other word is its own name. */
export function optionName(arg: string): string {
  const eq = arg.startsWith('--') ? arg.indexOf('=') : -1;
  return eq > 0 ? arg.slice(0, eq) : arg;
}

/**
 * The value of the option at argv[i]: inline (`--out=R.xlsx`) or the next word (`--out R.xlsx`,
 * then `next` is i + 1). A missing or empty value, or another `--option` where the value should
 * be, is a usage error naming the option. One rule for every command.
 */
export function optionValue(argv: string[], i: number, m: { needsValue(name: string): string }): { value: string; next: number } {
  const arg = argv[i];
  const name = optionName(arg);
  if (name !== arg) {
    const inline = arg.slice(name.length + 1);
    if (inline === '') throw new UsageError(m.needsValue(name));
    return { value: inline, next: i };
  }
  const v = argv[i + 1];
  if (v === undefined || (v.startsWith('--') && v.length > 2)) throw new UsageError(m.needsValue(name));
  return { value: v, next: i + 1 };
}

/** An option that takes no value given one inline (`--json=1`) is a usage error. */
export function optionFlag(arg: string, m: { noValue(name: string): string }): void {
  const name = optionName(arg);
  if (name !== arg) throw new UsageError(m.noValue(name));
}

export function parseArgs(argv: string[], lang: Lang): Options {
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
      const name = optionName(arg);
      const value = (): string => {
        const r = optionValue(argv, i, m);
        i = r.next;
        return r.value;
      };
      const flag = (): void => optionFlag(arg, m);
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

