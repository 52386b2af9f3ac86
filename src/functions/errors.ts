/// <reference path="./custom-functions-runtime.d.ts" />
/**
 * Excel error values for the FORMATIE functions, and the display language.
 *
 * Every error goes through `excelError`: inside Excel it is a `CustomFunctions.Error`; in
 * node (unit tests) the global is absent and it is a plain `FormatieError` with the same
 * `code` and `message`. Excel shows a message only on #VALUE! and #N/A, so the message is
 * dropped for the other codes (the same in both cases, so the tests see what Excel sees).
 */

import { isExcelErrorLiteral } from '../model/excel-errors';

export type ErrorCodeText = '#VALUE!' | '#N/A' | '#DIV/0!' | '#NUM!' | '#NULL!';

const ENUM_NAME: Record<ErrorCodeText, string> = {
  '#VALUE!': 'invalidValue',
  '#N/A': 'notAvailable',
  '#DIV/0!': 'divisionByZero',
  '#NUM!': 'invalidNumber',
  '#NULL!': 'nullReference',
};

/** The error object used when the CustomFunctions global is absent (node, tests). */
export class FormatieError {
  readonly code: string;
  readonly message?: string;
  constructor(code: string, message?: string) {
    this.code = code;
    if (message !== undefined) this.message = message;
  }
}

/** A new Excel error; `message` is kept only for #VALUE! and #N/A. */
export function excelError(code: ErrorCodeText, message?: string): any {
  const text = code === '#VALUE!' || code === '#N/A' ? message : undefined;
  const cf: any = typeof CustomFunctions !== 'undefined' ? CustomFunctions : undefined;
  if (cf && typeof cf.Error === 'function') {
    const enumValue = (cf.ErrorCode && cf.ErrorCode[ENUM_NAME[code]]) || code;
    return text === undefined ? new cf.Error(enumValue) : new cf.Error(enumValue, text);
  }
  return new FormatieError(code, text);
}


/**
 * The error code of an input value, or undefined when it is no error: a CustomFunctions.Error
 * (or any object with a `code`/`error` string such as '#REF!'), or the text of an error
 * literal such as '#N/A' (as the reader treats them).
 */
export function errorCodeOf(v: unknown): string | undefined {
  if (typeof v === 'string') return isExcelErrorLiteral(v) ? v : undefined;
  if (v !== null && typeof v === 'object') {
    const o = v as { code?: unknown; error?: unknown; type?: unknown; basicValue?: unknown };
    if (typeof o.code === 'string' && o.code.charCodeAt(0) === 35) return o.code;
    if (typeof o.error === 'string' && o.error.charCodeAt(0) === 35) return o.error;
    // An Excel.ErrorCellValue-style object: { type: 'Error', basicValue: '#REF!' }.
    if (o.type === 'Error') return typeof o.basicValue === 'string' && o.basicValue !== '' ? o.basicValue : '#VALUE!';
  }
  return undefined;
}

/** Error codes Excel accepts as a custom function's output. */
export function isOutputCode(code: string): code is ErrorCodeText {
  return code === '#VALUE!' || code === '#N/A' || code === '#DIV/0!' || code === '#NUM!' || code === '#NULL!';
}

export type Lang = 'nl' | 'en';

/**
 * Office's display language: Dutch unless Office says it is another language (and Dutch
 * when Office is absent, as in the functions-only runtime or in tests).
 */
export function uiLang(): Lang {
  try {
    const office = (globalThis as any).Office;
    const lang = office && office.context && office.context.displayLanguage;
    if (typeof lang === 'string' && lang !== '') return /^nl\b/i.test(lang) ? 'nl' : 'en';
  } catch {
    // Office.context may throw before Office.onReady in some hosts: keep the default.
  }
  return 'nl';
}
