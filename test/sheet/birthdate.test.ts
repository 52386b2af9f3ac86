/** Birth dates and ages on staff rows (projection.md, "New staff fields"), and the workbook's school year. */
import type { StaffTable } from '../../src/model/types';
import { readWorkbook } from '../../src/sheet';
import { parseBirthDate } from '../../src/sheet/birthdate';
import { workbookSchoolYear } from '../../src/sheet/schoolyear';

describe('parseBirthDate', () => {
  test('dates, serials, text and years', () => {
    expect(parseBirthDate(new Date(Date.UTC(1961, 2, 15)))).toEqual({ kind: 'date', value: '1961-03-15' });
    // Excel serial 22355 = 1961-03-15 (days since 1899-12-30)
    expect(parseBirthDate(22355)).toEqual({ kind: 'date', value: '1961-03-15' });
    expect(parseBirthDate(1961)).toEqual({ kind: 'date', value: '1961-07-01' });
    expect(parseBirthDate('1961')).toEqual({ kind: 'date', value: '1961-07-01' });
    expect(parseBirthDate('15-03-1961')).toEqual({ kind: 'date', value: '1961-03-15' });
    expect(parseBirthDate('1961-03-15')).toEqual({ kind: 'date', value: '1961-03-15' });
    expect(parseBirthDate('15/3/1961')).toEqual({ kind: 'date', value: '1961-03-15' });
    expect(parseBirthDate('')).toEqual({ kind: 'blank' });
    expect(parseBirthDate('31-02-1961').kind).toBe('bad');
    expect(parseBirthDate('onbekend').kind).toBe('bad');
    expect(parseBirthDate('#N/A').kind).toBe('bad');
  });
});

describe('staff table with birth dates and ages', () => {
  test('columns found by their synonyms; a bad cell is an issue, never a guess', () => {
    const { tables } = readWorkbook([{
      name: 'Personeel 2026-2027',
      values: [
        ['Naam', 'Functie', 'FTE', 'Geboortedatum', 'Leeftijd'],
        ['A', 'Docent', 1, new Date(Date.UTC(1960, 4, 10)), null],
        ['B', 'Docent', 0.5, 1958, 66],
        ['C', 'Docent', 0.8, 'ooit', 'oud'],
      ],
    }]);
    const t = tables[0] as StaffTable;
    expect(t.kind).toBe('staff');
    expect(t.rows.map((r) => r.birthDate)).toEqual(['1960-05-10', '1958-07-01', null]);
    expect(t.rows.map((r) => r.age)).toEqual([null, 66, null]);
    expect(t.issues.map((i) => i.cell)).toEqual(expect.arrayContaining(["'Personeel 2026-2027'!D4", "'Personeel 2026-2027'!E4"]));
  });
  test('English headers', () => {
    const { tables } = readWorkbook([{ name: 'Staff', values: [['Name', 'Role', 'FTE', 'Date of birth', 'Age'], ['A', 'Teacher', 1, '1970', 55]] }]);
    const t = tables[0] as StaffTable;
    expect(t.rows[0].birthDate).toBe('1970-07-01');
    expect(t.rows[0].age).toBe(55);
  });
});

describe('workbookSchoolYear', () => {
  test('a sheet name first, then title rows above the header', () => {
    expect(workbookSchoolYear([{ name: 'Lesvraag 26-27', values: [] }])).toBe('2026-2027');
    const sheets = [{ name: 'Lesvraag', values: [['Formatieplan 2027/28'], [], ['Leerjaar', 'Leerlingen', 'Lesuren'], ['1-2', 50, 30]] }];
    expect(workbookSchoolYear(sheets)).toBe('2027-2028');
    // cells below the header row are data, not titles
    const data = [{ name: 'Blad1', values: [['Leerjaar', 'Leerlingen', 'Lesuren'], ['12-13', 50, 30]] }];
    expect(workbookSchoolYear(data, readWorkbook(data).tables)).toBeNull();
  });
});
