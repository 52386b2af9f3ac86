import { parseNumber, parsePercentAware, isBlankCell, resolveCell, CellError, dateText } from '../../src/sheet';

const num = (value: number) => ({ kind: 'number', value });

describe('parseNumber: numbers and text numbers', () => {
  test.each<[unknown, number]>([
    [12, 12],
    [0, 0],
    [-3.5, -3.5],
    [1e15, 1e15],
    ['12', 12],
    ['12,5', 12.5],
    ['1.234,5', 1234.5],
    ['1,234.5', 1234.5],
    ['€ 55.000', 55000],
    ['€55.000,00', 55000],
    ['55.000 €', 55000],
    ['EUR 1.250', 1250],
    ['0,8 fte', 0.8],
    ['0,8FTE', 0.8],
    ['1 fte', 1],
    ['12 uur', 12],
    ['28 lln', 28],
    ['28 lln.', 28],
    ['80%', 0.8],
    ['80 %', 0.8],
    ['12,5%', 0.125],
    ['1.250', 1250],
    ['0.8', 0.8],
    ['0.250', 0.25],
    ['12.5', 12.5],
    ['1.250.000', 1250000],
    ['1,250,000', 1250000],
    ['1,250', 1.25],
    ['0,5', 0.5],
    [',5', 0.5],
    ['.5', 0.5],
    ['1234.567', 1234.567],
    ['  28  ', 28],
    ['\u00a028,0\u00a0', 28],
    ['28,0', 28],
    ['-12', -12],
    ['−12', -12],
    ['+12', 12],
    ['(1.234)', -1234],
    ['(1.234,50)', -1234.5],
    ['-€ 1.234,50', -1234.5],
    ['€ -1.234,50', -1234.5],
    ['1 234,5', 1234.5],
    ['1\u00a0234\u00a0567', 1234567],
    ['-0', 0],
  ])('%p → %p', (input, expected) => {
    expect(parseNumber(input)).toEqual(num(expected));
  });

  test('-0 is normalised to 0', () => {
    const p = parseNumber(-0);
    expect(p.kind === 'number' && Object.is(p.value, 0)).toBe(true);
  });
});

describe('parseNumber: blank, error, invalid', () => {
  test.each<[unknown]>([[null], [undefined], [''], ['   '], ['\u00a0'], [{ richText: [] }], [[]]])('%p is blank', (v) => {
    expect(parseNumber(v)).toEqual({ kind: 'blank' });
  });

  test.each([
    '#REF!', '#N/A', '#VALUE!', '#DIV/0!', '#NUM!', '#NAME?', '#NULL!', '#SPILL!', '#CALC!',
    '#GETTING_DATA', '#FIELD!', '#BLOCKED!', '#CONNECT!', '#BUSY!', '#UNKNOWN!',
  ])('error string %s', (code) => {
    expect(parseNumber(code)).toEqual({ kind: 'error', code });
    expect(parseNumber(` ${code} `)).toEqual({ kind: 'error', code });
  });

  test.each<[unknown, string]>([
    [{ error: '#REF!' }, '#REF!'],
    [{ code: '#N/A' }, '#N/A'],
    [{ code: 'InvalidReference', message: 'x' }, 'InvalidReference'],
    [{ formula: 'A1/0', result: { error: '#DIV/0!' } }, '#DIV/0!'],
    [{ richText: [{ text: '#REF!' }] }, '#REF!'],
  ])('error object %p', (v, code) => {
    expect(parseNumber(v)).toEqual({ kind: 'error', code });
  });

  test.each<[unknown, string]>([
    [true, 'TRUE'],
    [false, 'FALSE'],
    [NaN, 'NaN'],
    [Infinity, 'Infinity'],
    [-Infinity, '-Infinity'],
    ['abc', 'abc'],
    ['12a', '12a'],
    ['2B', '2B'],
    ['1.2.3', '1.2.3'],
    ['1.23,5', '1.23,5'],
    ['12,', '12,'],
    ['5.', '5.'],
    ['1e5', '1e5'],
    ['Infinity', 'Infinity'],
    ['fte', 'fte'],
    ['€', '€'],
    ['--5', '--5'],
    ['n.v.t.', 'n.v.t.'],
    ['#FOO!', '#FOO!'],
    ['9'.repeat(400), '9'.repeat(400)],
    [new Date(Date.UTC(2024, 0, 1)), '2024-01-01'],
    [{ foo: 1 }, '{"foo":1}'],
    [{ formula: 'SUM(A1:A3)' }, '=SUM(A1:A3)'],
    [{ sharedFormula: 'B2', result: undefined }, '=B2'],
  ])('%p is invalid', (v, text) => {
    expect(parseNumber(v)).toEqual({ kind: 'invalid', text });
  });
});

describe('parseNumber: exceljs rich values', () => {
  test.each<[unknown, unknown]>([
    [{ formula: 'A1*2', result: 24 }, num(24)],
    [{ sharedFormula: 'A1', result: '12,5' }, num(12.5)],
    [{ richText: [{ text: '1.2' }, { text: '50' }] }, num(1250)],
    [{ text: '28', hyperlink: 'http://x' }, num(28)],
    [{ text: { richText: [{ text: '7' }] }, hyperlink: 'x' }, num(7)],
    [{ formula: 'A1', result: null }, { kind: 'blank' }],
    [[[5]], num(5)],
  ])('%p', (v, expected) => {
    expect(parseNumber(v)).toEqual(expected);
  });
});

describe('parsePercentAware', () => {
  test('flags percentages', () => {
    expect(parsePercentAware('80%')).toEqual({ kind: 'number', value: 0.8, percent: true });
    expect(parsePercentAware('0,8')).toEqual({ kind: 'number', value: 0.8 });
    expect(parseNumber('80%')).toEqual({ kind: 'number', value: 0.8 });
  });
});

describe('helpers', () => {
  test('isBlankCell', () => {
    expect(isBlankCell(null)).toBe(true);
    expect(isBlankCell(' \u00a0')).toBe(true);
    expect(isBlankCell(0)).toBe(false);
    expect(isBlankCell(false)).toBe(false);
    expect(isBlankCell({ richText: [{ text: ' ' }] })).toBe(true);
    expect(isBlankCell('#REF!')).toBe(false);
  });
  test('resolveCell survives hostile objects', () => {
    const hostile = new Proxy({}, { get() { throw new Error('boom'); }, has() { throw new Error('boom'); } });
    expect(() => resolveCell(hostile)).not.toThrow();
    expect(resolveCell({ error: '#N/A' })).toEqual(new CellError('#N/A'));
    const cyclic: Record<string, unknown> = {};
    cyclic.self = cyclic;
    expect(parseNumber(cyclic)).toEqual({ kind: 'invalid', text: '[object]' });
  });
  test('dateText rounds to the nearest day', () => {
    expect(dateText(new Date(Date.UTC(2024, 0, 1)), true)).toBe('2024-01');
    expect(dateText(new Date(Date.UTC(2023, 11, 31, 23)), true)).toBe('2024-01');
    expect(dateText(new Date(Date.UTC(2024, 1, 29)), false)).toBe('2024-02-29');
  });
});

describe('Excel error values: one list for the reader and the functions', () => {
  it('reads every literal of the model list as an error, #PYTHON! included', () => {
    const { EXCEL_ERROR_LITERALS } = require('../../src/model/excel-errors');
    const { EXCEL_ERRORS } = require('../../src/sheet/cells');
    expect([...EXCEL_ERRORS].sort()).toEqual([...EXCEL_ERROR_LITERALS].sort());
    expect(EXCEL_ERRORS.has('#PYTHON!')).toBe(true);
  });
});
