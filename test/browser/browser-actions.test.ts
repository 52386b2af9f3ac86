/**
 * Browser-mode WorkbookActions (src/browser): the .xlsx in memory, scenarios per file name
 * in localStorage, the result as a download. exceljs is mocked here (the real read is
 * covered by test/io and the Chromium run in test/e2e).
 */

jest.mock('../../src/io/xlsx', () => ({
  ...jest.requireActual('../../src/io/xlsx-errors'),
  loadWorkbookValues: jest.fn(async () => [{ name: 'Blad1', values: [['Leerlingen'], [10]] }]),
}));

import { loadWorkbookValues } from '../../src/io/xlsx';
import { createBrowserActions, createMemoryFileProvider, projectionFileName, resultFileName, STORAGE_PREFIX } from '../../src/browser';

function memoryStorage() {
  const m = new Map<string, string>();
  return { getItem: (k: string) => m.get(k) ?? null, setItem: (k: string, v: string) => void m.set(k, v), m };
}

test('loadSheets reads the opened file on every read (no stale copy) and fails clearly without a file', async () => {
  const files = createMemoryFileProvider();
  const actions = createBrowserActions(files, { storage: null });
  expect(actions.mode).toBe('browser');
  await expect(actions.loadSheets()).rejects.toThrow(/Open eerst een \.xlsx/);
  files.set('a.xlsx', new Uint8Array([80, 75, 3, 4]).buffer);
  const progress: number[] = [];
  const sheets = await actions.loadSheets((f) => progress.push(f));
  expect(sheets[0].name).toBe('Blad1');
  expect(progress[progress.length - 1]).toBe(1);
  await actions.loadSheets();
  expect(loadWorkbookValues).toHaveBeenCalledTimes(2);
});

test('scenarios are kept per file name in localStorage', async () => {
  const files = createMemoryFileProvider();
  const storage = memoryStorage();
  const actions = createBrowserActions(files, { storage });
  files.set('school.xlsx', new ArrayBuffer(4));
  await actions.saveScenarios([{ name: 'A', preset: 'leerplein' }]);
  expect(JSON.parse(storage.m.get(`${STORAGE_PREFIX}school.xlsx`)!)).toEqual([{ name: 'A', preset: 'leerplein' }]);
  files.set('ander.xlsx', new ArrayBuffer(4));
  expect(await actions.loadScenarios()).toEqual([]);
  files.set('school.xlsx', new ArrayBuffer(4));
  expect(await actions.loadScenarios()).toEqual([{ name: 'A', preset: 'leerplein' }]);
});

test('writeComparison builds the result in memory and downloads it; never asks to overwrite', async () => {
  const files = createMemoryFileProvider();
  files.set('formatie 2026.xlsx', new ArrayBuffer(4));
  const downloads: { name: string; type: string }[] = [];
  const built: unknown[] = [];
  const actions = createBrowserActions(files, {
    storage: null,
    download: (blob, name) => downloads.push({ name, type: blob.type }),
    buildResult: async (req, sheets, fileName) => {
      built.push({ req, sheets: sheets.length, fileName });
      return new Uint8Array([1, 2, 3]);
    },
  });
  const confirm = jest.fn(async () => true);
  const name = await actions.writeComparison({ scenarios: [{ name: 'X' }], tables: [{ sheet: 'Blad1', range: 'A1:A2' }], lang: 'nl' }, confirm);
  expect(name).toBe('formatie 2026 - vergelijking.xlsx');
  expect(downloads).toEqual([{ name, type: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet' }]);
  expect(built).toHaveLength(1);
  expect(confirm).not.toHaveBeenCalled();
  expect(resultFileName(null, 'en')).toBe('formatie - comparison.xlsx');
});

test('selectCell scrolls the issue into view (no cells to select in a browser)', async () => {
  document.body.innerHTML = `<ul><li><button data-issue-cell="'Les vraag'!D3">x</button></li></ul>`;
  const el = document.querySelector('button')!;
  el.scrollIntoView = jest.fn();
  const actions = createBrowserActions(createMemoryFileProvider(), { storage: null });
  await actions.selectCell("'Les vraag'!D3");
  expect(el.scrollIntoView).toHaveBeenCalled();
});

test('writeProjection builds the projection in memory and downloads "<file> - prognose.xlsx"; never asks to overwrite', async () => {
  const files = createMemoryFileProvider();
  files.set('formatie 2026.xlsx', new ArrayBuffer(4));
  const downloads: string[] = [];
  const built: unknown[] = [];
  const actions = createBrowserActions(files, {
    storage: null,
    download: (_blob, name) => downloads.push(name),
    buildProjection: async (req, sheets, fileName) => {
      built.push({ projection: req.projection, sheets: sheets.length, fileName });
      return new Uint8Array([1]);
    },
  });
  const confirm = jest.fn(async () => true);
  const name = await actions.writeProjection!({ projection: { years: 3 }, scenarios: [], tables: [{ sheet: 'Blad1', range: 'A1:A2' }], lang: 'nl' }, confirm);
  expect(name).toBe('formatie 2026 - prognose.xlsx');
  expect(downloads).toEqual([name]);
  expect(built).toEqual([{ projection: { years: 3 }, sheets: 1, fileName: 'formatie 2026.xlsx' }]);
  expect(confirm).not.toHaveBeenCalled();
  expect(projectionFileName(null, 'en')).toBe('formatie - projection.xlsx');
});
