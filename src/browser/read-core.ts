/**
 * Reading an opened .xlsx into SheetValues, shared by the read worker (read-worker.ts) and
 * the main-thread fallback (where Worker is missing: jsdom tests, old browsers). The reader
 * (src/io/xlsx) is a dynamic import: a lazy chunk in the page, and in the worker.
 *
 * Failures become a ReadFailure: one line in Dutch and one in English, the same line the
 * CLI prints for a refused workbook (refusalLine of src/io/xlsx-errors), so the pane shows
 * it in its own language and no library's internal message reaches the user.
 */

import type { SheetValues } from '../sheet/types';

/** A read that failed, in both languages (the pane picks one). Plain data: crosses postMessage. */
export interface ReadFailureData {
  nl: string;
  en: string;
  /** 'cancelled' when the user stopped the read. */
  code?: 'refused' | 'unreadable' | 'cancelled' | 'failed';
}

export class ReadFailure extends Error implements ReadFailureData {
  readonly nl: string;
  readonly en: string;
  readonly code: ReadFailureData['code'];
  constructor(data: ReadFailureData) {
    super(`${data.nl} / ${data.en}`);
    this.name = 'ReadFailure';
    this.nl = data.nl;
    this.en = data.en;
    this.code = data.code ?? 'failed';
  }
}

/** What to read: the bytes kept in memory, or the File handle (read again on every read). */
export type ReadSource = ArrayBuffer | Blob;

/** The failure for a File handle the browser no longer lets us read (changed, moved, deleted). */
export function unreadable(name: string): ReadFailureData {
  return {
    code: 'unreadable',
    nl: `${name} kan niet opnieuw worden gelezen: het is gewijzigd, verplaatst of verwijderd sinds het werd geopend. Open het bestand opnieuw.`,
    en: `${name} cannot be read again: it was changed, moved or deleted since it was opened. Open the file again.`,
  };
}

export function cancelled(): ReadFailureData {
  return { code: 'cancelled', nl: 'Lezen afgebroken.', en: 'Reading cancelled.' };
}

async function bytesOf(source: ReadSource, name: string): Promise<Uint8Array> {
  if (source instanceof ArrayBuffer) return new Uint8Array(source.slice(0));
  try {
    if (typeof source.arrayBuffer === 'function') return new Uint8Array(await source.arrayBuffer());
    // FileReader where Blob.arrayBuffer is missing (older jsdom, old browsers).
    const buf = await new Promise<ArrayBuffer>((resolve, reject) => {
      const reader = new FileReader();
      reader.onload = () => resolve(reader.result as ArrayBuffer);
      reader.onerror = () => reject(reader.error ?? new Error('FileReader failed'));
      reader.readAsArrayBuffer(source);
    });
    return new Uint8Array(buf);
  } catch {
    throw new ReadFailure(unreadable(name));
  }
}

/** Reads `source` (named `name` in messages); rejects with a ReadFailure. */
export async function readSheets(
  source: ReadSource, name: string, onProgress?: (fraction: number) => void,
): Promise<SheetValues[]> {
  const bytes = await bytesOf(source, name);
  onProgress?.(0.02);
  const io = await import(/* webpackChunkName: "xlsx" */ '../io/xlsx');
  try {
    return await io.loadWorkbookValues(bytes, { onProgress: (f) => onProgress?.(0.02 + 0.98 * f) });
  } catch (e) {
    if (e instanceof io.XlsxError) {
      throw new ReadFailure({ code: 'refused', nl: io.refusalLine(name, e, 'nl'), en: io.refusalLine(name, e, 'en') });
    }
    throw new ReadFailure({
      code: 'failed',
      nl: `${name} kan niet worden gelezen.`,
      en: `${name} cannot be read.`,
    });
  }
}
