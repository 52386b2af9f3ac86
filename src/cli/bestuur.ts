/**
 * `formatie bestuur FILE_OR_FOLDER... [--scenario F.json]... [--preset NAME]... [--json]
 * [--out R.xlsx] [--lang en]` (projection.md, "Board overview"): every .xlsx given (a
 * folder: the .xlsx files directly in it, in name order) analysed as `analyse` does, in
 * worker threads (one per core), one row per school plus the board total.
 *
 * Exit codes: 0 when at least one workbook could be read (the others are listed with their
 * one-line reason); 2 when none could be read, or for a bad option, scenario or preset.
 *
 * Readings: small boards (under WORKER_MIN_BYTES of workbooks in all) are read in this
 * thread, since starting a worker costs more than reading them; a folder's Excel lock files ("~$name.xlsx") are skipped; a path that does not
 * exist is listed as not read (the others go on); `file` in the JSON is the path as given
 * (joined with its folder), so two schools with the same file name stay apart.
 */

import * as fs from 'fs';
import * as os from 'os';
import * as path from 'path';
import { Worker } from 'worker_threads';
import type { Scenario } from '../model/api';
import type { Lang } from '../model/labels';
import { MSG, UsageError, preLang } from './args';
import { emitResult, firstLine, prepareScenarios, samePath, type CliIO } from './run-analysis';
import { parseCommandArgs, type CommandOptions } from './prognose';
import { analyseFileJob, type JobResult } from './bestuur-job';
import { boardOf, boardWorkbookInput, formatBoard } from './bestuur-board';
import { buildBoardWorkbook } from '../io/board-workbook';
import { writeBytesOut } from './out';
import { writeFailureReason } from './out-file';

const BMSG = {
  nl: {
    noFile: 'geef de werkmappen of een map: formatie bestuur MAP-OF-BESTAND.xlsx...',
    empty: (d: string) => `geen .xlsx-bestanden in de map ${d}`,
    noneRead: (n: number) => `geen van de ${n} werkmappen kon worden gelezen`,
  },
  en: {
    noFile: 'give the workbooks or a folder: formatie bestuur FOLDER-OR-FILE.xlsx...',
    empty: (d: string) => `no .xlsx files in the folder ${d}`,
    noneRead: (n: number) => `none of the ${n} workbooks could be read`,
  },
};

/** The files of the arguments: folders expanded to their .xlsx files in name order. */
export function expandFiles(args: string[], lang: Lang): string[] {
  const out: string[] = [];
  for (const a of args) {
    let stat: fs.Stats | null = null;
    try {
      stat = fs.statSync(a);
    } catch {
      stat = null;
    }
    if (stat && stat.isDirectory()) {
      const names = fs.readdirSync(a)
        .filter((n) => /\.xlsx$/i.test(n) && !n.startsWith('~$'))
        .filter((n) => fs.statSync(path.join(a, n)).isFile())
        .sort((x, y) => (x < y ? -1 : x > y ? 1 : 0));
      if (names.length === 0) throw new UsageError(BMSG[lang].empty(a));
      for (const n of names) out.push(path.join(a, n));
    } else out.push(a);
  }
  return out;
}

function workerScript(): string | null {
  const candidates = [path.join(__dirname, 'bestuur-worker.js'), path.join(__dirname, '..', '..', 'lib', 'cli', 'bestuur-worker.js')];
  return candidates.find((c) => fs.existsSync(c)) ?? null;
}

function cores(): number {
  const o = os as unknown as { availableParallelism?: () => number };
  return Math.max(1, o.availableParallelism ? o.availableParallelism() : os.cpus().length);
}

/** Bytes of workbooks below which worker threads cost more than they save (a worker spends 0.3–1 s loading modules). */
export const WORKER_MIN_BYTES = 2_000_000;

function totalBytes(files: string[]): number {
  let sum = 0;
  for (const f of files) {
    try {
      sum += fs.statSync(f).size;
    } catch {
      // a missing file is reported by its job
    }
  }
  return sum;
}

/**
 * Analyses every file, in worker threads when there are several and they are large enough
 * to pay for starting them (one lane per core, this thread included).
 */
export async function analyseAll(
  files: string[], scenarios: Scenario[], lang: Lang, threads = cores(), minBytes = WORKER_MIN_BYTES,
): Promise<JobResult[]> {
  const script = workerScript();
  const n = totalBytes(files) < minBytes ? 1 : Math.min(threads, files.length);
  const results: JobResult[] = new Array(files.length);
  if (n <= 1 || script === null) {
    for (let i = 0; i < files.length; i++) results[i] = await analyseFileJob(files[i], scenarios, lang);
    return results;
  }
  let next = 0;
  const runWorker = (): Promise<void> => new Promise((resolve) => {
    const w = new Worker(script);
    let current = -1;
    const pull = (): void => {
      if (next >= files.length) {
        void w.terminate();
        resolve();
        return;
      }
      current = next++;
      w.postMessage({ id: current, file: files[current], display: files[current], scenarios, lang });
    };
    w.on('message', (m: { id: number; result: JobResult }) => {
      results[m.id] = m.result;
      pull();
    });
    w.on('error', (e) => {
      if (current >= 0 && !results[current]) results[current] = { file: files[current], ok: false, error: MSG[lang].internal(firstLine(e)) };
      resolve(); // the other workers take the rest
    });
    pull();
  });
  // The main thread is one of the lanes: it has the modules loaded already (a worker spends
  // about a second loading them), so n cores run n − 1 workers and this thread.
  const runHere = async (): Promise<void> => {
    while (next < files.length) {
      const i = next++;
      results[i] = await analyseFileJob(files[i], scenarios, lang);
    }
  };
  await Promise.all([runHere(), ...Array.from({ length: n - 1 }, runWorker)]);
  // Anything a crashed worker left undone, in-process.
  for (let i = 0; i < files.length; i++) if (!results[i]) results[i] = await analyseFileJob(files[i], scenarios, lang);
  return results;
}

async function bestuur(o: CommandOptions, io: CliIO): Promise<number> {
  const m = MSG[o.lang];
  const read = io.readFile ?? ((f: string) => fs.promises.readFile(f));
  if (o.files.length === 0) throw new UsageError(BMSG[o.lang].noFile);
  const files = expandFiles(o.files, o.lang);
  if (o.out !== null) {
    if (!/\.xlsx$/i.test(o.out)) throw new UsageError(m.outNotXlsx(o.out));
    const clash = files.find((f) => samePath(o.out!, f));
    if (clash) throw new UsageError(m.outIsInput(o.out));
    for (const a of o.scenarios) {
      if (a.kind === 'file' && samePath(o.out, a.path)) throw new UsageError(m.outIsScenario(o.out));
    }
  }
  const prepared = await prepareScenarios(o.scenarios, read, o.lang);
  const results = await analyseAll(files, prepared.map((p) => p.scenario), o.lang);
  if (!results.some((r) => r.ok)) {
    for (const r of results) if (!r.ok) io.stderr.write(`formatie: ${r.error}\n`);
    throw new UsageError(BMSG[o.lang].noneRead(results.length));
  }
  const board = boardOf(results);
  let written: string | null = null;
  if (o.out !== null) {
    // Temporary file beside the target, then renamed (out.ts, out-file.ts).
    const data = await buildBoardWorkbook(boardWorkbookInput(results, board, o.lang), o.lang);
    await writeBytesOut(o.out, io, data).catch((e) => {
      throw new UsageError(m.outFailed(o.out!, writeFailureReason(e, o.lang) ?? firstLine(e)));
    });
    written = o.out;
  }
  emitResult(
    io,
    o.lang,
    o.json,
    () => ({
      files: results.map((r) => (r.ok ? r.json : { file: r.file, error: r.error })),
      board: { totals: board.totals, scenarios: board.scenarios },
    }),
    () => formatBoard(results, board, o.lang),
    written,
  );
  return 0;
}

/** Runs `formatie bestuur …` (argv includes the command word). Resolves to the exit code. */
export async function runBestuur(argv: string[], io: CliIO): Promise<number> {
  let lang = preLang(argv);
  try {
    const o = parseCommandArgs(argv, lang, ['bestuur', 'board'], true, false);
    lang = o.lang;
    if (o.help) {
      io.stdout.write(lang === 'en'
        ? 'Usage:\n  formatie bestuur FILE_OR_FOLDER... [--scenario F.json]... [--preset NAME]... [--json] [--out R.xlsx] [--lang en]\n'
        : 'Gebruik:\n  formatie bestuur BESTAND_OF_MAP... [--scenario F.json]... [--preset NAAM]... [--json] [--out R.xlsx] [--lang en]\n');
      return 0;
    }
    return await bestuur(o, io);
  } catch (e) {
    if (e instanceof UsageError) {
      io.stderr.write(`formatie: ${e.message}\n`);
      return 2;
    }
    io.stderr.write(`formatie: ${MSG[lang].internal(firstLine(e))}\n`);
    return 1;
  }
}
