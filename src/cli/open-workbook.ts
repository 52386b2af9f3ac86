/**
 * The CLI's side of opening the workbook (issue 11): the default file reader (regular
 * files only, size checked first) and the one line shown when the file is refused. Kept
 * apart from main.ts so the argument handling can change without touching this.
 */

import { FileRefusal, MAX_FILE_BYTES, readRegularFile } from '../io/node-file';
import { mb, refusalLine, XlsxError } from '../io/xlsx-errors';

type Lang = 'nl' | 'en';

/** Reads the workbook file: only a regular file, at most MAX_FILE_BYTES. */
export function readWorkbookFile(file: string): Promise<Uint8Array> {
  return readRegularFile(file, MAX_FILE_BYTES);
}

/** The one line for a file that is not opened (null when `e` is not such a refusal). */
export function fileRefusalLine(file: string, e: unknown, lang: Lang): string | null {
  if (!(e instanceof FileRefusal)) return null;
  if (e.code === 'EFBIG') {
    return lang === 'en'
      ? `${file} is too large to analyse: ${mb(e.size)} (limit ${mb(e.limit)})`
      : `${file} is te groot om te analyseren: ${mb(e.size)} (grens ${mb(e.limit)})`;
  }
  return lang === 'en'
    ? `${file} is not a regular file (a device, pipe or socket); give an .xlsx file`
    : `${file} is geen gewoon bestand (een apparaat, pijp of socket); geef een .xlsx-bestand`;
}

/** The one line for a workbook the reader refuses (null when `e` is not such a refusal). */
export function workbookRefusalLine(file: string, e: unknown, lang: Lang): string | null {
  return e instanceof XlsxError ? refusalLine(file, e, lang) : null;
}
