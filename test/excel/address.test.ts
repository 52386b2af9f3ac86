import { absoluteRange, columnIndex, columnLetters, parseRange, quoteSheetName, sheetReference, splitAddress } from '../../src/excel/address';
import { asText } from '../../src/excel/text';

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

  test('user text is kept text', () => {
    expect(asText('=SUM(A1)')).toBe("'=SUM(A1)");
    for (const s of ['+31', '-5', '@x', '#N/A', "'quoted", '2027', '12,5', '80%', '1-2', '€ 5']) expect(asText(s)).toBe(`'${s}`);
    for (const s of ['Leerplein bovenbouw', 'Scenario 2', 'OA 2027', 'task.ict.share']) expect(asText(s)).toBe(s);
  });
});
