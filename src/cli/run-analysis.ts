/**
 * What the commands share (analyse in main.ts, prognose, bestuur): the injected file
 * access, reading a file the user named, scenario files and presets into scenarios, the
 * same-file check for --out. Kept out of main.ts so that the commands never import the
 * dispatcher (main.ts loads prognose and bestuur on demand; an import back would be a circle).
 */

import * as fs from 'fs';
import * as path from 'path';
import { resolveScenario } from '../model/scenario';
import { PRESETS, PRESET_KEYS, type PresetKey } from '../model/presets';
import type { Lang } from '../model/labels';
import type { Scenario, ScenarioError } from '../model/api';
import { parseScenarioBytes } from './scenario-file';
import { fileRefusalLine } from './open-workbook';
import { MSG, UsageError, type ScenarioArg } from './args';
import { roundFloatNoise } from './json';
import { escapeControl } from './escape';

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

/**
 * Prints a command's result, the same for analyse, prognose and bestuur: with --json one JSON
 * object on stdout and the "written to" line on stderr; otherwise the report, then that line.
 * The --out path is the user's text, so control characters in it are shown escaped.
 */
export function emitResult(io: CliIO, lang: Lang, json: boolean, result: () => unknown, report: () => string, written: string | null): void {
  const line = written ? escapeControl(MSG[lang].written(written)) : null;
  if (json) {
    io.stdout.write(JSON.stringify(result(), roundFloatNoise, 2) + '\n');
    if (line) io.stderr.write(line + '\n');
  } else {
    io.stdout.write(report());
    if (line) io.stdout.write('\n' + line + '\n');
  }
}
