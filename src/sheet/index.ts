/**
 * The pure sheet reader: values[][] → typed formation tables + issues (domain.md,
 * "Formation sheets as they come"). No Office, exceljs or node modules anywhere in src/sheet.
 */

export type { SheetValues, ColumnOverride, ReadOptions, ReadResult } from './types';
export { readWorkbook, readRange, isTotalLabel } from './reader';
export type { ParsedNumber, ParsedPercentAware, Resolved } from './cells';
export {
  parseNumber, parsePercentAware, resolveCell, isBlankCell, isErrorString, dateText, serialToDate,
  EXCEL_ERRORS, CellError, CellInvalid,
} from './cells';
export { matchHeader, headerLanguage, inferKind, foldText, HEADER_SYNONYMS, FIELD_LABELS } from './headers';
export { roleCategory, scaleCategory } from './roles';
export { cellAddress, columnLetter, rangeAddress, quoteSheetName } from '../model/address';
export { fillMerges, parseMergeRef, type MergeArea } from './merges';
