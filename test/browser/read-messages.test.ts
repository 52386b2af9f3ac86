/**
 * Browser mode's reads and their messages: the real reader (src/io/xlsx) on the page's
 * thread (jsdom has no Worker), a fake Worker for the worker protocol, the File handle read
 * again on "Werkmap opnieuw lezen", and the lines the pane shows.
 */

import { createBrowserActions, createMemoryFileProvider, ReadFailure } from '../../src/browser';
import { readInWorker } from '../../src/browser/worker-client';
import { isCancelled, localizedLine } from '../../src/taskpane/browser-strings';
import type { SheetValues } from '../../src/sheet/types';

/** A Blob-like file handle whose content can change (or become unreadable) between reads. */
function handle(initial: Uint8Array) {
  const h = {
    content: initial as Uint8Array | null,
    reads: 0,
    async arrayBuffer(): Promise<ArrayBuffer> {
      h.reads += 1;
      if (!h.content) throw new DOMException('The requested file could not be read', 'NotReadableError');
      return h.content.slice().buffer;
    },
  };
  return h;
}

// jsdom has no TextEncoder: the bytes of a UTF-8 text file from Buffer (a Uint8Array).
const text = (s: string) => new Uint8Array(Buffer.from(s, 'utf8'));

test('a text file renamed .xlsx: the CLI\'s one-line refusal, in Dutch and in English, no library text', async () => {
  const files = createMemoryFileProvider();
  files.setFile('tekst.xlsx', handle(text('Dit is gewoon tekst.\n')) as unknown as Blob);
  const actions = createBrowserActions(files, { storage: null });
  const err = await actions.loadSheets().catch((e: unknown) => e);
  expect(err).toBeInstanceOf(ReadFailure);
  // refusalLine(file, damaged('het is geen zip-bestand', …)) as the CLI prints it (src/cli/open-workbook.ts).
  expect(localizedLine(err, 'nl')).toBe('tekst.xlsx is beschadigd of onvolledig en kan niet worden gelezen (het is geen zip-bestand)');
  expect(localizedLine(err, 'en')).toBe('tekst.xlsx is damaged or incomplete and cannot be read (it is not a zip file)');
  expect(String((err as Error).message)).not.toMatch(/https?:|zip library|end of central directory/i);
});

test('no file opened: one line in each language', async () => {
  const err = await createBrowserActions(createMemoryFileProvider(), { storage: null }).loadSheets().catch((e: unknown) => e);
  expect(localizedLine(err, 'nl')).toBe('Open eerst een .xlsx-bestand.');
  expect(localizedLine(err, 'en')).toBe('Open an .xlsx file first.');
});

test('"Werkmap opnieuw lezen" reads the file handle again, or says it cannot', async () => {
  const files = createMemoryFileProvider();
  const h = handle(text('eerste versie'));
  files.setFile('school.xlsx', h as unknown as Blob);
  const actions = createBrowserActions(files, { storage: null });
  await actions.loadSheets().catch(() => undefined);
  expect(h.reads).toBe(1);
  await actions.loadSheets().catch(() => undefined);
  expect(h.reads).toBe(2); // read again, not a copy kept from the first read
  h.content = null; // the browser refuses the handle: changed, moved or deleted on disk
  const err = await actions.loadSheets().catch((e: unknown) => e);
  expect((err as ReadFailure).code).toBe('unreadable');
  expect(localizedLine(err, 'nl')).toMatch(/^school\.xlsx kan niet opnieuw worden gelezen: .*Open het bestand opnieuw\.$/);
  expect(localizedLine(err, 'en')).toMatch(/^school\.xlsx cannot be read again: .*Open the file again\.$/);
});

/** A Worker stand-in: records what is posted, lets the test answer. */
function fakeWorker() {
  const w = {
    posted: [] as unknown[],
    terminated: 0,
    onmessage: null as ((ev: MessageEvent) => void) | null,
    onerror: null as ((ev: ErrorEvent) => void) | null,
    postMessage(m: unknown) {
      w.posted.push(m);
    },
    terminate() {
      w.terminated += 1;
    },
    reply(data: unknown) {
      w.onmessage?.({ data } as MessageEvent);
    },
  };
  return w;
}

const SHEETS: SheetValues[] = [{ name: 'Lesvraag', values: [['Leerlingen'], [10]] }];

test('the worker read: the file handle goes to the worker, progress comes back, the worker ends', async () => {
  const files = createMemoryFileProvider();
  const h = handle(text('x'));
  files.setFile('school.xlsx', h as unknown as Blob);
  const w = fakeWorker();
  const actions = createBrowserActions(files, { storage: null, startWorker: () => w as unknown as Worker });
  const progress: number[] = [];
  const p = actions.loadSheets((f) => progress.push(f));
  expect(w.posted).toEqual([{ source: h, name: 'school.xlsx' }]);
  w.reply({ type: 'progress', fraction: 0.5 });
  w.reply({ type: 'done', sheets: SHEETS });
  await expect(p).resolves.toEqual(SHEETS);
  expect(progress).toEqual([0, 0.5, 1]);
  expect(w.terminated).toBe(1);
  expect(h.reads).toBe(0); // the worker reads the handle, not the page
});

test('the worker\'s refusal keeps both languages; Cancel terminates the worker', async () => {
  const files = createMemoryFileProvider();
  files.setFile('a.xlsx', handle(text('x')) as unknown as Blob);
  const w1 = fakeWorker();
  const w2 = fakeWorker();
  const workers = [w1, w2];
  const actions = createBrowserActions(files, { storage: null, startWorker: () => workers.shift() as unknown as Worker });
  const p1 = actions.loadSheets().catch((e: unknown) => e);
  w1.reply({ type: 'error', failure: { nl: 'a.xlsx is beschadigd', en: 'a.xlsx is damaged', code: 'refused' } });
  const e1 = await p1;
  expect(localizedLine(e1, 'en')).toBe('a.xlsx is damaged');
  const p2 = actions.loadSheets().catch((e: unknown) => e);
  actions.cancelLoad!();
  const e2 = await p2;
  expect(isCancelled(e2)).toBe(true);
  expect(w2.terminated).toBe(1);
  expect(localizedLine(e2, 'nl')).toBe('Lezen afgebroken.');
});

test('a worker that dies (out of memory, a script error) rejects with a line, never hangs', async () => {
  const w = fakeWorker();
  const read = readInWorker(w as unknown as Worker, new ArrayBuffer(1), 'groot.xlsx');
  w.onerror?.({ preventDefault() {} } as ErrorEvent);
  const err = await read.result.catch((e: unknown) => e);
  expect(localizedLine(err, 'nl')).toBe('groot.xlsx kan niet worden gelezen (de leesthread stopte).');
});

test('the result download uses the sheets last read (no read of its own)', async () => {
  const files = createMemoryFileProvider();
  const h = handle(text('x'));
  files.setFile('s.xlsx', h as unknown as Blob);
  const w = fakeWorker();
  const actions = createBrowserActions(files, {
    storage: null,
    startWorker: () => w as unknown as Worker,
    download: () => undefined,
    buildResult: async (_req, sheets) => new Uint8Array([sheets.length]),
  });
  const p = actions.loadSheets();
  w.reply({ type: 'done', sheets: SHEETS });
  await p;
  await actions.writeComparison({ scenarios: [], tables: [], lang: 'nl' }, async () => true);
  expect(w.posted).toHaveLength(1);
});
