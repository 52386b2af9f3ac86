import { columnLetter, formatDelta, formatFigure, formatInput, parseNumber } from '../../src/taskpane/format';
import { formatNumberTypographic } from '../../src/model/format';

const formatNumber = (v: number, lang: 'nl' | 'en', d: number) => formatNumberTypographic(v, d, lang);
import { detectLang } from '../../src/taskpane/i18n';
import { isDarkColor } from '../../src/taskpane/theme';
import { fieldForErrorKey, getField, modeOf, readField, scenarioFromPreset, setField, setMode } from '../../src/taskpane/scenario-form';

test('Dutch and English number formats', () => {
  expect(formatNumber(12.345, 'nl', 2)).toBe('12,35');
  expect(formatNumber(12.345, 'en', 2)).toBe('12.35');
  expect(formatNumber(1234.5, 'nl', 0)).toBe('1.235');
  expect(formatFigure('teacherFteNeeded', 1.09375, 'nl')).toBe('1,09');
  expect(formatFigure('cost', 90000, 'nl')).toBe('€\u00a090.000');
  expect(formatFigure('studentsPerTeacherContactHour', 30, 'en')).toBe('30.0');
  expect(formatDelta('teacherFteNeeded', -0.75, 'nl')).toBe('\u22120,75');
  expect(formatDelta('teacherFteNeeded', 0.001, 'nl')).toBe('0,00');
  expect(formatInput(0.3, 'nl')).toBe('0,3');
  expect(formatInput(90000, 'nl')).toBe('90000');
});

test('number input accepts "0,3" and "0.3" and Dutch/English notations', () => {
  expect(parseNumber('0,3')).toBe(0.3);
  expect(parseNumber('0.3')).toBe(0.3);
  expect(parseNumber(' 37.8 ')).toBe(37.8);
  expect(parseNumber('1.250')).toBe(1250);
  expect(parseNumber('1.234,5')).toBe(1234.5);
  expect(parseNumber('1,234.5')).toBe(1234.5);
  expect(parseNumber('€ 55.000')).toBe(55000);
  expect(parseNumber('30%')).toBe(0.3);
  expect(parseNumber('-1')).toBe(-1);
  expect(parseNumber('')).toBeNull();
  expect(Number.isNaN(parseNumber('veel'))).toBe(true);
  expect(Number.isNaN(parseNumber('1,2,3'))).toBe(true);
});

test('language, theme, column letters', () => {
  expect(detectLang('nl-NL')).toBe('nl');
  expect(detectLang('nl-BE')).toBe('nl');
  expect(detectLang('en-US')).toBe('en');
  expect(detectLang(undefined, 'de-DE')).toBe('en');
  expect(detectLang()).toBe('nl');
  expect(isDarkColor('#FFFFFF')).toBe(false);
  expect(isDarkColor('#262626')).toBe(true);
  expect(isDarkColor('#000')).toBe(true);
  expect(columnLetter(0)).toBe('A');
  expect(columnLetter(27)).toBe('AB');
});

test('scenario form helpers: fields, mode switch, error keys', () => {
  const s = scenarioFromPreset('domeinen', 'Domeinen');
  expect(modeOf(s)).toBe('plaza');
  expect(getField(s, 'plaza.share')).toBe(0.3);
  const g = setMode(s, 'gain');
  expect(g.plaza).toBeNull();
  expect(g.productivityGain).toEqual({ gain: 0.23, share: 1 });
  let t = setField({}, 'task.opvang.share', 1);
  expect(t.tasks).toEqual([{ key: 'opvang', share: 1 }]);
  t = setField(t, 'task.opvang.share', undefined);
  expect(t.tasks).toBeUndefined();
  const n = setField({}, 'norms.coordinationShare', 0.15);
  expect(n.norms).toEqual({ coordinationShare: 0.15 });
  expect(setField(n, 'norms.coordinationShare', undefined).norms).toBeUndefined();
  const input = { tasks: [{ key: 'administratie', share: 2 }] };
  expect(fieldForErrorKey('tasks[0].share', input)).toBe('task.administratie.share');
  expect(fieldForErrorKey('task.opvang.hoursPerFte', input)).toBe('task.opvang.hoursPerFte');
  expect(fieldForErrorKey('coordinationShare', input)).toBe('norms.coordinationShare');
  expect(fieldForErrorKey('norms.surcharge', input)).toBe('norms.surcharge');
  expect(fieldForErrorKey('plaza', input)).toBe('plaza.share');
  expect(fieldForErrorKey('costPerFte.teacher', input)).toBe('costPerFte.teacher');
  expect(fieldForErrorKey('onbekend', input)).toBeNull();
});

describe('readField: number rules, then the parameter registry', () => {
  test('units: a % only where the value is a fraction, a currency sign only on cost', () => {
    expect(readField('plaza.share', '30%')).toEqual({ kind: 'number', value: 0.3 });
    expect(readField('productivityGain.gain', '23%')).toEqual({ kind: 'number', value: 0.23 });
    expect(readField('norms.coordinationShare', '15%')).toEqual({ kind: 'number', value: 0.15 });
    expect(readField('plaza.teachers', '30%')).toEqual({ kind: 'refused', why: 'percent' });
    expect(readField('norms.maxTeachingHours', '50%')).toEqual({ kind: 'refused', why: 'percent' });
    expect(readField('costPerFte.teacher', '€ 90.000')).toEqual({ kind: 'number', value: 90000 });
    expect(readField('plaza.size', '€ 90')).toEqual({ kind: 'refused', why: 'currency' });
  });

  test('empty, not a number, and the valid range (kept, flagged)', () => {
    expect(readField('plaza.share', ' ')).toEqual({ kind: 'empty' });
    expect(readField('plaza.share', 'veel')).toEqual({ kind: 'refused', why: 'nan' });
    expect(readField('plaza.share', '1,5')).toMatchObject({ kind: 'range', value: 1.5, range: { min: 0, max: 1 } });
    // plaza.size is > 0: zero is outside.
    expect(readField('plaza.size', '0')).toMatchObject({ kind: 'range', value: 0, range: { minExclusive: true } });
    expect(readField('task.administratie.share', '0,5')).toEqual({ kind: 'number', value: 0.5 });
    expect(readField('task.eigen taak.hoursPerFte', '25')).toEqual({ kind: 'number', value: 25 });
  });
});
