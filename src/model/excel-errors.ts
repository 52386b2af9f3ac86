/**
 * Excel's error values as they reach the product: in cells a host reads (the sheet reader)
 * and in arguments of the cell functions (src/functions). One list for both layers
 * (src/sheet/cells.ts EXCEL_ERRORS is the same list as a set).
 */

export const EXCEL_ERROR_LITERALS: readonly string[] = [
  '#NULL!', '#DIV/0!', '#VALUE!', '#REF!', '#NAME?', '#NUM!', '#N/A', '#GETTING_DATA',
  '#SPILL!', '#CALC!', '#FIELD!', '#BUSY!', '#CONNECT!', '#BLOCKED!', '#UNKNOWN!', '#PYTHON!',
];

const SET = new Set(EXCEL_ERROR_LITERALS);

/** True when `text` is exactly an Excel error literal such as '#N/A'. */
export function isExcelErrorLiteral(text: string): boolean {
  return text.length > 1 && text.charCodeAt(0) === 35 && SET.has(text);
}
