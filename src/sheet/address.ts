/** Addresses live in the model (the lowest layer); the reader re-exports what it uses. */
export { columnLetter, quoteSheetName, cellAddress, rangeAddress } from '../model/address';
