/**
 * Why an .xlsx file is refused, in the user's language (Dutch first, English second).
 * Every refusal of the reader is an XlsxError: the CLI prints its message as one line
 * (exit 2), browser mode shows it. Internal messages of libraries never reach the user.
 * Pure: no node modules (browser mode uses it too).
 */

export type XlsxErrorKind =
  /** The zip structure, a checksum, a part or the XML is broken: the file is damaged. */
  | 'damaged'
  /** The file is bigger than the reader's limits (README, "Limits"). */
  | 'tooLarge'
  /** A feature the reader does not read (encrypted zip entries, an unknown compression). */
  | 'unsupported';

export class XlsxError extends Error {
  constructor(
    readonly kind: XlsxErrorKind,
    /** Dutch detail: what is wrong, naming the part, sheet or cell. */
    readonly nl: string,
    /** The same in English. */
    readonly en: string,
  ) {
    // The message, for hosts that show errors as they are (browser mode): Dutch / English.
    super('');
    this.name = 'XlsxError';
    this.message = `${refusalLine('Het bestand', this, 'nl')} / ${refusalLine('The file', this, 'en')}`;
  }

  /** The detail in `lang`. */
  detail(lang: 'nl' | 'en'): string {
    return lang === 'en' ? this.en : this.nl;
  }
}

export const damaged = (nl: string, en: string): XlsxError => new XlsxError('damaged', nl, en);
export const tooLarge = (nl: string, en: string): XlsxError => new XlsxError('tooLarge', nl, en);
export const unsupported = (nl: string, en: string): XlsxError => new XlsxError('unsupported', nl, en);

/** Megabytes for messages, rounded: "1024 MB". */
export function mb(bytes: number): string {
  return `${Math.round(bytes / (1024 * 1024))} MB`;
}

/** One full line for a refused file (CLI and browser mode). */
export function refusalLine(file: string, e: XlsxError, lang: 'nl' | 'en'): string {
  const d = e.detail(lang);
  if (e.kind === 'tooLarge') {
    return lang === 'en'
      ? `${file} is too large to analyse: ${d}`
      : `${file} is te groot om te analyseren: ${d}`;
  }
  if (e.kind === 'unsupported') {
    return lang === 'en' ? `${file} cannot be read: ${d}` : `${file} kan niet worden gelezen: ${d}`;
  }
  return lang === 'en'
    ? `${file} is damaged or incomplete and cannot be read (${d})`
    : `${file} is beschadigd of onvolledig en kan niet worden gelezen (${d})`;
}
