import { cellAddress, columnLetter, quoteSheetName, rangeAddress } from '../../src/sheet';

describe('columnLetter', () => {
  test.each([
    [0, 'A'], [1, 'B'], [25, 'Z'], [26, 'AA'], [27, 'AB'], [51, 'AZ'], [52, 'BA'], [701, 'ZZ'],
    [702, 'AAA'], [16383, 'XFD'],
  ])('%i → %s', (col, letters) => {
    expect(columnLetter(col)).toBe(letters);
  });
  test('never throws on nonsense', () => {
    expect(columnLetter(-1)).toBe('?');
    expect(columnLetter(NaN)).toBe('?');
  });
});

describe('cellAddress', () => {
  test.each([
    ['Lesvraag', 17, 4, 'Lesvraag!E17'],
    ['Lesvraag 26-27', 28, 6, "'Lesvraag 26-27'!G28"],
    ['Blad1', 1, 0, 'Blad1!A1'],
    ['Personeel_2025', 3, 27, 'Personeel_2025!AB3'],
    ["Juf's blad", 2, 1, "'Juf''s blad'!B2"],
    ['2025', 1, 0, "'2025'!A1"],
    ['1e blad', 1, 0, "'1e blad'!A1"],
    ['AB12', 1, 0, "'AB12'!A1"],
    ['Q1', 5, 2, "'Q1'!C5"],
    ['R1C1', 1, 0, "'R1C1'!A1"],
    ['R', 1, 0, "'R'!A1"],
    ['Formatie-OP', 1, 0, "'Formatie-OP'!A1"],
    ['Formatie.2025', 1, 0, "'Formatie.2025'!A1"],
    ['Schöndeln', 4, 0, 'Schöndeln!A4'],
    ['ABCD1', 1, 0, 'ABCD1!A1'],
    ['', 7, 3, 'D7'],
  ])('%s row %i col %i → %s', (sheet, row, col, addr) => {
    expect(cellAddress(sheet, row, col)).toBe(addr);
  });
  test('quoteSheetName doubles apostrophes', () => {
    expect(quoteSheetName("a'b'c")).toBe("'a''b''c'");
  });
});

describe('rangeAddress', () => {
  test.each([
    [4, 0, 61, 7, 'A4:H61'],
    [1, 2, 10, 28, 'C1:AC10'],
    [5, 1, 5, 1, 'B5'],
  ])('(%i,%i)-(%i,%i) → %s', (r1, c1, r2, c2, s) => {
    expect(rangeAddress(r1, c1, r2, c2)).toBe(s);
  });
});
