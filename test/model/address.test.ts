import { absoluteRange, cellA1, columnIndex, columnLetter as columnLetters, parseRange, quoteSheetName, rangeA1, rangeOrigin, sheetReference, splitAddress } from '../../src/model/address';

describe('addresses', () => {
  test('columns', () => {
    expect([0, 7, 25, 26, 701, 702, 16383].map(columnLetters)).toEqual(['A', 'H', 'Z', 'AA', 'ZZ', 'AAA', 'XFD']);
    expect(['A', 'h', 'AA', 'XFD'].map(columnIndex)).toEqual([0, 7, 26, 16383]);
  });

  test('used range addresses as Office gives them', () => {
    expect(splitAddress("'Lesvraag 26-27'!A3:H61")).toEqual({ sheet: 'Lesvraag 26-27', range: 'A3:H61' });
    expect(splitAddress("'It''s'!B2")).toEqual({ sheet: "It's", range: 'B2' });
    expect(splitAddress('Personeel!A1:F80')).toEqual({ sheet: 'Personeel', range: 'A1:F80' });
    expect(splitAddress('G28')).toEqual({ range: 'G28' });
    expect(parseRange('A3:H61')).toEqual({ row: 3, col: 0, rows: 59, cols: 8 });
    expect(parseRange('C5')).toEqual({ row: 5, col: 2, rows: 1, cols: 1 });
    expect(parseRange('$B$2:$AA$10')).toEqual({ row: 2, col: 1, rows: 9, cols: 26 });
  });

  test('sheet names quoted as Excel does', () => {
    expect(quoteSheetName('Personeel')).toBe('Personeel');
    expect(quoteSheetName('Schöndeln')).toBe('Schöndeln');
    expect(quoteSheetName('Lesvraag 26-27')).toBe("'Lesvraag 26-27'");
    expect(quoteSheetName("Juf's lijst")).toBe("'Juf''s lijst'");
    expect(quoteSheetName('2026')).toBe("'2026'");
    expect(quoteSheetName('AB12')).toBe("'AB12'");
    expect(quoteSheetName('R1C1')).toBe("'R1C1'");
    expect(absoluteRange('A3:H61')).toBe('$A$3:$H$61');
    expect(absoluteRange('$a$3:h61')).toBe('$A$3:$H$61');
    expect(sheetReference('Lesvraag 26-27', 'A3:H61')).toBe("'Lesvraag 26-27'!$A$3:$H$61");
  });
});

describe('rangeOrigin (the one parser of a sheet-qualified address)', () => {
  test.each([
    ['Sheet1!A1:G60', { sheet: 'Sheet1', row: 1, col: 0 }],
    ["'Lesvraag 26-27'!$C$4:$H$61", { sheet: 'Lesvraag 26-27', row: 4, col: 2 }],
    ["'It''s mine'!B2", { sheet: "It's mine", row: 2, col: 1 }],
    ['[Boek1.xlsx]Blad1!AA10:AB20', { sheet: 'Blad1', row: 10, col: 26 }],
    ["'[Boek1.xlsx]Blad 1'!B2", { sheet: 'Blad 1', row: 2, col: 1 }],
    ['Blad1!C:F', { sheet: 'Blad1', row: 1, col: 2 }],
    ['Blad1!3:9', { sheet: 'Blad1', row: 3, col: 0 }],
  ])('%s', (address, expected) => {
    expect(rangeOrigin(address)).toEqual(expected);
  });

  test.each([[''], ['A1:B2'], [undefined], ['Blad1!'], ['Blad1!R1C1'], ["'open!A1"]])('not an address: %p', (address) => {
    expect(rangeOrigin(address as string | undefined)).toBeNull();
  });
});

describe('cellA1 / rangeA1', () => {
  test('row 1-based, column 0-based; a 1×1 block is one cell', () => {
    expect(cellA1(4, 0)).toBe('A4');
    expect(rangeA1(4, 0, 58, 8)).toBe('A4:H61');
    expect(rangeA1(2, 27, 1, 1)).toBe('AB2');
  });
});
