/**
 * Browser mode: WorkbookActions over an .xlsx opened in memory. Nothing leaves the
 * browser: the file is read with FileReader/arrayBuffer, parsed with exceljs (lazy chunk,
 * dynamic import of src/io/xlsx), and the result is a download built in memory (Blob +
 * object URL + <a download>). Scenarios are kept in localStorage under the opened file's
 * name (so they come back when the same file is opened again), in memory when
 * localStorage is unavailable.
 */

import type { ScenarioInput } from '../model/api';
import { parseStoredScenarios, serializeScenarios } from '../model/stored-scenarios';
import type { SheetValues } from '../sheet/types';
import type { ComparisonRequest, ProjectionRequest, WorkbookActions } from '../host/workbook-actions';

export interface OpenedFile {
  name: string;
  data: ArrayBuffer;
}

export interface FileProvider {
  current(): OpenedFile | null;
}

export interface MemoryFileProvider extends FileProvider {
  set(name: string, data: ArrayBuffer): void;
}

export function createMemoryFileProvider(): MemoryFileProvider {
  let file: OpenedFile | null = null;
  return {
    current: () => file,
    set: (name, data) => {
      file = { name, data };
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
  return io.buildProjectionWorkbook(p, req.lang, fileName ?? undefined);
}

export function createBrowserActions(files: FileProvider, options: BrowserActionsOptions = {}): WorkbookActions {
  const storage = options.storage === undefined ? defaultStorage() : options.storage;
  const download = options.download ?? downloadBlob;
  const buildResult = options.buildResult ?? buildResultDefault;
  const buildProjection = options.buildProjection ?? buildProjectionDefault;
  const memory = new Map<string, ScenarioInput[]>();
  let cache: { file: OpenedFile; sheets: SheetValues[] } | null = null;

  const key = () => `${STORAGE_PREFIX}${files.current()?.name ?? ''}`;

  async function loadSheets(onProgress?: (fraction: number) => void): Promise<SheetValues[]> {
    const file = files.current();
    if (!file) throw new Error('Open eerst een .xlsx-bestand. / Open an .xlsx file first.');
    if (cache && cache.file === file) {
      onProgress?.(1);
      return cache.sheets;
    }
    onProgress?.(0.05);
    const { loadWorkbookValues } = await import(/* webpackChunkName: "xlsx" */ '../io/xlsx');
    onProgress?.(0.3);
    // exceljs (JSZip) may hold on to the buffer: give it a copy, keep the original.
    const sheets = await loadWorkbookValues(new Uint8Array(file.data.slice(0)));
    onProgress?.(1);
    cache = { file, sheets };
    return sheets;
  }

  return {
    mode: 'browser',
    loadSheets,

    async selectCell(address: string): Promise<void> {
      // No cells to select in browser mode: bring the issue into view in the pane's list.
      if (typeof document === 'undefined') return;
      const items = Array.from(document.querySelectorAll<HTMLElement>('[data-issue-cell]'));
      const el = items.find((x) => x.dataset.issueCell === address);
      el?.scrollIntoView?.({ block: 'nearest' });
    },

    async writeComparison(req: ComparisonRequest): Promise<string> {
      // A new file is built: nothing is overwritten, so confirmOverwrite is never asked.
      const sheets = await loadSheets();
      const bytes = await buildResult(req, sheets, files.current()?.name ?? null);
      const name = resultFileName(files.current()?.name ?? null, req.lang);
      download(new Blob([bytes as BlobPart], { type: XLSX_MIME }), name);
      return name;
    },

    async writeProjection(req: ProjectionRequest): Promise<string> {
      // A new file as well: confirmOverwrite is never asked.
      const sheets = await loadSheets();
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
