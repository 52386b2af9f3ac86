/**
 * Browser mode: WorkbookActions over an .xlsx opened in this browser. Nothing leaves the
 * browser: the page keeps the File handle and reads it again on every "read" (so "Werkmap
 * opnieuw lezen" reads the file, not a stale copy, or says it cannot), parsed by the
 * streaming reader src/io/xlsx (lazy chunk) in a Web Worker (read-worker.ts; progress and
 * cancel), on the page's thread where no worker can be started. The result is a download built in memory (Blob +
 * object URL + <a download>). Scenarios are kept in localStorage under the opened file's
 * name (so they come back when the same file is opened again), in memory when
 * localStorage is unavailable.
 */

import type { ScenarioInput } from '../model/api';
import { parseStoredScenarios, serializeScenarios } from '../model/stored-scenarios';
import type { SheetValues } from '../sheet/types';
import type { ComparisonRequest, ProjectionRequest, WorkbookActions } from '../host/workbook-actions';
import { cancelled, ReadFailure, readSheets, type ReadSource } from './read-core';
import { readInWorker } from './worker-client';

export { ReadFailure } from './read-core';

export interface OpenedFile {
  name: string;
  /** The file's handle (a File): read again on every read. */
  source?: Blob;
  /** Bytes kept in memory (tests; a source that is not a file). */
  data?: ArrayBuffer;
}

export interface FileProvider {
  current(): OpenedFile | null;
}

export interface MemoryFileProvider extends FileProvider {
  /** Bytes in memory. */
  set(name: string, data: ArrayBuffer): void;
  /** A chosen file: only its handle is kept; each read reads it again. */
  setFile(name: string, source: Blob): void;
}

export function createMemoryFileProvider(): MemoryFileProvider {
  let file: OpenedFile | null = null;
  return {
    current: () => file,
    set: (name, data) => {
      file = { name, data };
    },
    setFile: (name, source) => {
      file = { name, source };
    },
  };
}

/** The bytes of a chosen file (File.arrayBuffer, FileReader where that is missing). */
export function readFile(file: Blob): Promise<ArrayBuffer> {
  if (typeof file.arrayBuffer === 'function') return file.arrayBuffer();
  return new Promise((resolve, reject) => {
    const reader = new FileReader();
    reader.onload = () => resolve(reader.result as ArrayBuffer);
    reader.onerror = () => reject(reader.error ?? new Error('FileReader failed'));
    reader.readAsArrayBuffer(file);
  });
}

export const XLSX_MIME = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';
export const STORAGE_PREFIX = 'formatieplanner-vo:scenarios:';

export interface BrowserActionsOptions {
  /** Where scenarios are kept; default window.localStorage (null: memory only). */
  storage?: Pick<Storage, 'getItem' | 'setItem'> | null;
  /** Triggers the download; default Blob + object URL + <a download>. */
  download?: (blob: Blob, fileName: string) => void;
  /** Builds the result workbook's bytes; default src/io/result-workbook via dynamic import. */
  buildResult?: (req: ComparisonRequest, sheets: SheetValues[], fileName: string | null) => Promise<ArrayBuffer | Uint8Array>;
  /** Builds the projection workbook's bytes; default src/io/projection-workbook via dynamic import. */
  buildProjection?: (req: ProjectionRequest, sheets: SheetValues[], fileName: string | null) => Promise<ArrayBuffer | Uint8Array>;
  /** Starts a read worker (worker-url.ts); none or null: read on this thread. */
  startWorker?: () => Worker | null;
}

function defaultStorage(): Pick<Storage, 'getItem' | 'setItem'> | null {
  try {
    if (typeof window === 'undefined' || !window.localStorage) return null;
    const probe = `${STORAGE_PREFIX}probe`;
    window.localStorage.setItem(probe, '1');
    window.localStorage.removeItem(probe);
    return window.localStorage;
  } catch {
    return null;
  }
}

export function downloadBlob(blob: Blob, fileName: string): void {
  const url = URL.createObjectURL(blob);
  const a = document.createElement('a');
  a.href = url;
  a.download = fileName;
  a.rel = 'noopener';
  a.style.display = 'none';
  document.body.appendChild(a);
  a.click();
  a.remove();
  setTimeout(() => URL.revokeObjectURL(url), 30_000);
}

/** "formatie 2026.xlsx" → "formatie 2026 - vergelijking.xlsx" (nl) / "… - comparison.xlsx" (en). */
export function resultFileName(source: string | null, lang: 'nl' | 'en'): string {
  const base = (source ?? 'formatie').replace(/\.xlsx$/i, '').replace(/[\\/:*?"<>|]+/g, '_') || 'formatie';
  return `${base} - ${lang === 'nl' ? 'vergelijking' : 'comparison'}.xlsx`;
}

/** Default result builder: the engine and the result workbook, both lazy. */
async function buildResultDefault(
  req: ComparisonRequest,
  sheets: SheetValues[],
  fileName: string | null,
): Promise<ArrayBuffer | Uint8Array> {
  const [model, reader, io] = await Promise.all([
    import(/* webpackChunkName: "engine" */ '../model/comparison'),
    import(/* webpackChunkName: "engine" */ '../sheet'),
    import(/* webpackChunkName: "result-workbook" */ '../io/result-workbook'),
  ]);
  const read = reader.readWorkbook(sheets, { overrides: req.overrides ?? [] });
  // The current situation first, then each valid scenario (cli.md --out does the same).
  const { analysis, columns } = model.compare(read.tables, { norms: req.norms, scenarios: req.scenarios, lang: req.lang });
  const results = columns.map((c) => c.result);
  const notes = columns.map((c) => c.note);
  const wb = io.buildResultWorkbook(analysis, results, read.tables, req.lang, {
    file: fileName ?? undefined,
    notes,
    extraIssues: read.issues,
    includeStaff: req.includeStaff === true,
  });
  const buf = await wb.xlsx.writeBuffer();
  return buf as ArrayBuffer;
}

/** "formatie 2026.xlsx" → "formatie 2026 - prognose.xlsx" (nl) / "… - projection.xlsx" (en). */
export function projectionFileName(source: string | null, lang: 'nl' | 'en'): string {
  return resultFileName(source, lang).replace(/ - (vergelijking|comparison)\.xlsx$/, lang === 'nl' ? ' - prognose.xlsx' : ' - projection.xlsx');
}

/**
 * Default projection builder: the reader, the model's project() and the io writer, all lazy.
 * The request's projection object is validated by the model; a bad one is one clear error.
 */
async function buildProjectionDefault(req: ProjectionRequest, sheets: SheetValues[], fileName: string | null): Promise<Uint8Array> {
  const [proj, params, model, reader, schoolyear, scen, io] = await Promise.all([
    import(/* webpackChunkName: "engine" */ '../model/projection'),
    import(/* webpackChunkName: "engine" */ '../model/projection-params'),
    import(/* webpackChunkName: "engine" */ '../model/analysis'),
    import(/* webpackChunkName: "engine" */ '../sheet'),
    import(/* webpackChunkName: "engine" */ '../sheet/schoolyear'),
    import(/* webpackChunkName: "engine" */ '../model/scenario'),
    import(/* webpackChunkName: "projection-workbook" */ '../io/projection-workbook'),
  ]);
  const pr = params.resolveProjection(req.projection);
  if (!pr.ok) throw new Error(pr.errors.map((e) => (req.lang === 'en' && e.messageEn ? e.messageEn : e.message)).join('; '));
  const read = reader.readWorkbook(sheets, { overrides: req.overrides ?? [] });
  const analysis = model.analyse(read.tables, req.norms);
  const scenarios = req.scenarios.flatMap((x, i) => {
    const r = scen.resolveScenario(x, x.name ?? `Scenario ${i + 1}`);
    return r.ok ? [r.scenario] : [];
  });
  const p = proj.project(read.tables, pr.params, scenarios, {
    analysis,
    workbookYear: schoolyear.workbookSchoolYear(sheets, read.tables),
    currentSchoolYear: proj.schoolYearOfDate(new Date()),
    lang: req.lang,
  });
  // The same workbook as `formatie prognose --out`, native line chart included.
  return io.buildPrognoseWorkbook(fileName ?? 'werkmap.xlsx', p, req.lang);
}

export function createBrowserActions(files: FileProvider, options: BrowserActionsOptions = {}): WorkbookActions {
  const storage = options.storage === undefined ? defaultStorage() : options.storage;
  const download = options.download ?? downloadBlob;
  const buildResult = options.buildResult ?? buildResultDefault;
  const buildProjection = options.buildProjection ?? buildProjectionDefault;
  const memory = new Map<string, ScenarioInput[]>();
  let cache: { file: OpenedFile; sheets: SheetValues[] } | null = null;
  let running: { cancel(): void } | null = null;

  const key = () => `${STORAGE_PREFIX}${files.current()?.name ?? ''}`;

  /** Reads the opened file now (its handle again, not a copy); one read at a time. */
  async function loadSheets(onProgress?: (fraction: number) => void): Promise<SheetValues[]> {
    const file = files.current();
    if (!file) {
      throw new ReadFailure({ code: 'failed', nl: 'Open eerst een .xlsx-bestand.', en: 'Open an .xlsx file first.' });
    }
    running?.cancel();
    const source: ReadSource = file.source ?? file.data ?? new ArrayBuffer(0);
    onProgress?.(0);
    const worker = options.startWorker?.() ?? null;
    let sheets: SheetValues[];
    if (worker) {
      const read = readInWorker(worker, source, file.name, onProgress);
      running = read;
      try {
        sheets = await read.result;
      } finally {
        if (running === read) running = null;
      }
    } else {
      // On this thread: the reader is synchronous, so cancel takes effect only between steps.
      let stop = false;
      const mine = { cancel: () => void (stop = true) };
      running = mine;
      try {
        sheets = await readSheets(source, file.name, onProgress);
      } finally {
        if (running === mine) running = null;
      }
      if (stop) throw new ReadFailure(cancelled());
    }
    onProgress?.(1);
    cache = { file, sheets };
    return sheets;
  }

  /** The sheets last read of the current file (read now if there are none). */
  async function currentSheets(): Promise<SheetValues[]> {
    const file = files.current();
    return cache && cache.file === file ? cache.sheets : loadSheets();
  }

  return {
    mode: 'browser',
    loadSheets,
    cancelLoad: () => running?.cancel(),

    async selectCell(address: string): Promise<void> {
      // No cells to select in browser mode: bring the issue into view in the pane's list.
      if (typeof document === 'undefined') return;
      const items = Array.from(document.querySelectorAll<HTMLElement>('[data-issue-cell]'));
      const el = items.find((x) => x.dataset.issueCell === address);
      el?.scrollIntoView?.({ block: 'nearest' });
    },

    async writeComparison(req: ComparisonRequest): Promise<string> {
      // A new file is built: nothing is overwritten, so confirmOverwrite is never asked.
      const sheets = await currentSheets();
      const bytes = await buildResult(req, sheets, files.current()?.name ?? null);
      const name = resultFileName(files.current()?.name ?? null, req.lang);
      download(new Blob([bytes as BlobPart], { type: XLSX_MIME }), name);
      return name;
    },

    async writeProjection(req: ProjectionRequest): Promise<string> {
      // A new file as well: confirmOverwrite is never asked.
      const sheets = await currentSheets();
      const bytes = await buildProjection(req, sheets, files.current()?.name ?? null);
      const name = projectionFileName(files.current()?.name ?? null, req.lang);
      download(new Blob([bytes as BlobPart], { type: XLSX_MIME }), name);
      return name;
    },

    async loadScenarios(): Promise<ScenarioInput[]> {
      const k = key();
      if (storage) {
        try {
          const text = storage.getItem(k);
          if (text) {
            const parsed: unknown = JSON.parse(text);
            if (Array.isArray(parsed)) return parseStoredScenarios(parsed);
          }
        } catch {
          /* unreadable: fall back to memory */
        }
      }
      return memory.get(k) ?? [];
    },

    async saveScenarios(scenarios: ScenarioInput[]): Promise<void> {
      const k = key();
      memory.set(k, scenarios);
      if (storage) {
        try {
          storage.setItem(k, serializeScenarios(scenarios));
        } catch {
          /* quota or privacy mode: memory only */
        }
      }
    },
  };
}
