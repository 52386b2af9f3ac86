/**
 * The twelve cell functions (src/functions/cells.ts): the worked examples of domain.md and
 * every value and error rule of functions.md ("Values in, values out"), called as Excel
 * calls them (ranges as any[][], omitted optionals as null).
 */

import {
  ASSISTANTS_BY_RATIO,
  ASSISTANT_FTE,
  CELL_ARGS,
  EXTRA_LESSON_FTE,
  GROUPS,
  HOURS_FREED,
  HOURS_FREED_PER_WEEK,
  NORM,
  PLAZA,
  PRODUCTIVITY_FTE,
  STUDENTS_PER_FTE,
  TEACHER_FTE,
  TRANSFER_HOURS,
} from '../../src/functions/cells';
import { FormatieError } from '../../src/functions/errors';
import { NL } from '../../src/functions/translations';

const TOL = 1e-9;

function close(actual: unknown, expected: number): void {
  expect(typeof actual).toBe('number');
  expect(Math.abs((actual as number) - expected)).toBeLessThan(TOL);
}

/** The one value of a 1×1 result. */
function one(m: unknown[][]): unknown {
  expect(m).toHaveLength(1);
  expect(m[0]).toHaveLength(1);
  return m[0][0];
}

function code(v: unknown): string | undefined {
  return v instanceof FormatieError ? v.code : undefined;
}

function thrown(fn: () => unknown): FormatieError {
  try {
    fn();
  } catch (e) {
    expect(e).toBeInstanceOf(FormatieError);
    return e as FormatieError;
  }
  throw new Error('expected an Excel error to be thrown');
}

describe('worked examples of domain.md', () => {
  test.each([
    ['GROUPS(650, 28) = 24', () => one(GROUPS([[650]], [[28]])), 24],
    ['TEACHER_FTE(25) = 25 × 50/60 × 37.8 / 720 = 1.09375', () => one(TEACHER_FTE([[25]])), 1.09375],
    ['TEACHER_FTE(22.857142857) ≈ 1', () => one(TEACHER_FTE([[720 / 31.5]])), 1],
    ['STUDENTS_PER_FTE(1650, 20) = 82.5', () => one(STUDENTS_PER_FTE([[1650]], [[20]])), 82.5],
    ['STUDENTS_PER_FTE(650, 3) = 216.67', () => one(STUDENTS_PER_FTE([[650]], [[3]])), 650 / 3],
    [
      'TRANSFER_HOURS(40, {40,30,15,40,20,10}, {1,0.5,1,0.25,1,1}) = 40 × 110 = 4400',
      () => one(TRANSFER_HOURS([[40]], [[40, 30, 15, 40, 20, 10]], [[1, 0.5, 1, 0.25, 1, 1]])),
      4400,
    ],
    ['HOURS_FREED(4400) = 4400 × 0.9 = 3960', () => one(HOURS_FREED([[4400]])), 3960],
    ['ASSISTANT_FTE(4400) = 4400 / 1619 = 2.7177…', () => one(ASSISTANT_FTE([[4400]])), 4400 / 1619],
  ])('%s', (_name, run, expected) => {
    close(run(), expected);
  });

  test('ASSISTANT_FTE(4400) starts 2.7177', () => {
    expect((one(ASSISTANT_FTE([[4400]])) as number).toFixed(4)).toBe('2.7177');
  });

  test('PLAZA(90, 10, 90, 3, 1) = 1.3125, 315 / 1619, 30', () => {
    // plazas = ceil(90/90) = 1; teacher lessons = 1 × 10 × 3 = 30 → 30 × 50/60 × 37.8/720 = 1.3125;
    // assistant contact h/week = 1 × 10 × 1 × 50/60 = 8.333 → × 37.8 = 315 h → 315/1619 FTE;
    // students per teacher contact hour = 90 × 10 / 30 = 30.
    const r = PLAZA([[90]], [[10]], [[90]], [[3]], [[1]]);
    expect(r).toHaveLength(1);
    expect(r[0]).toHaveLength(3);
    close(r[0][0], 1.3125);
    close(r[0][1], 315 / 1619);
    expect(String(r[0][1])).toMatch(/^0\.194564/); // 0.194564… (truncated in domain.md)
    close(r[0][2], 30);
  });

  test('the same cohort in groups of 28: 4 groups, 40 lessons, 1.75 FTE; the plaza saves 25%', () => {
    const groups = one(GROUPS([[90]], [[28]])) as number;
    expect(groups).toBe(4);
    const fte = one(TEACHER_FTE([[groups * 10]])) as number;
    close(fte, 1.75);
    close(1 - 1.3125 / fte, 0.25);
  });
});

describe('the other formulas', () => {
  test.each([
    // F8: 3960 / 40 / 37.8
    ['HOURS_FREED_PER_WEEK(3960, 40)', () => one(HOURS_FREED_PER_WEEK([[3960]], [[40]])), 3960 / 40 / 37.8],
    ['HOURS_FREED_PER_WEEK(3960, 40, 40)', () => one(HOURS_FREED_PER_WEEK([[3960]], [[40]], [[40]])), 3960 / 40 / 40],
    // F13: 650 / 216.7
    ['ASSISTANTS_BY_RATIO(650, 216.7)', () => one(ASSISTANTS_BY_RATIO([[650]], [[216.7]])), 650 / 216.7],
    // F11: 10 × ((1 − 1) + 1 / 1.23)
    ['PRODUCTIVITY_FTE(10, 0.23)', () => one(PRODUCTIVITY_FTE([[10]], [[0.23]])), 10 / 1.23],
    // F11: 10 × ((1 − 0.5) + 0.5 / 1.23)
    ['PRODUCTIVITY_FTE(10, 0.23, 0.5)', () => one(PRODUCTIVITY_FTE([[10]], [[0.23]], [[0.5]])), 10 * (0.5 + 0.5 / 1.23)],
    // F12: 3960 × 0.5 / (1.67 × 720)
    ['EXTRA_LESSON_FTE(3960, 0.5)', () => one(EXTRA_LESSON_FTE([[3960]], [[0.5]])), (3960 * 0.5) / (1.67 * 720)],
    ['EXTRA_LESSON_FTE(3960, 0.5, 1, 750)', () => one(EXTRA_LESSON_FTE([[3960]], [[0.5]], [[1]], [[750]])), (3960 * 0.5) / (2 * 750)],
    ['HOURS_FREED(4400, 0.15)', () => one(HOURS_FREED([[4400]], [[0.15]])), 4400 * 0.85],
    ['ASSISTANT_FTE(4400, 1659)', () => one(ASSISTANT_FTE([[4400]], [[1659]])), 4400 / 1659],
    // F3 with lessons of 45 minutes and 750 h: 25 × 45/60 × 37.8 / 750
    ['TEACHER_FTE(25, 45, , 750)', () => one(TEACHER_FTE([[25]], [[45]], null as any, [[750]])), (25 * 45 / 60 * 37.8) / 750],
  ])('%s', (_name, run, expected) => {
    close(run(), expected);
  });
});

describe('NORM', () => {
  test.each([
    ['annualHours', 1659],
    ['maxTeachingHours', 720],
    ['lessonMinutes', 50],
    ['teachingWeeks', 37.8],
    ['surcharge', 0.67],
    ['assistantHours', 1619],
    ['coordinationShare', 0.1],
    ['reinvestShare', 0],
    ['normjaartaak', 1659],
    ['lestaak', 720],
    ['Lesduur', 50],
    ['LESWEKEN', 37.8],
    ['opslagfactor', 0.67],
    ['inzetbare uren OA', 1619],
    ['coördinatietijd', 0.1],
    ['Coordinatietijd', 0.1],
    ['herinvestering in lessen', 0],
  ])('NORM("%s") = %p', (key, expected) => {
    expect(one(NORM([[key]]))).toBe(expected);
  });

  test('unknown key: #N/A listing the keys', () => {
    const e = one(NORM([['lesuren']])) as FormatieError;
    expect(e.code).toBe('#N/A');
    for (const k of ['annualHours', 'maxTeachingHours', 'lessonMinutes', 'teachingWeeks', 'surcharge', 'assistantHours', 'coordinationShare', 'reinvestShare']) {
      expect(e.message).toContain(k);
    }
  });

  test('element-wise over a range, blanks give ""', () => {
    expect(NORM([['lestaak'], [''], [null], ['lesweken']])).toEqual([[720], [''], [''], [37.8]]);
  });
});

describe('ranges: element by element, a single value applies to every element', () => {
  test('a column with a single value', () => {
    const r = TEACHER_FTE([[25], [50]]);
    expect(r).toHaveLength(2);
    close(r[0][0], 1.09375);
    close(r[1][0], 2.1875);
  });

  test('two columns of the same shape', () => {
    // ceil(650/28) = 24, ceil(100/30) = 4, ceil(56/28) = 2
    expect(GROUPS([[650], [100], [56]], [[28], [30], [28]])).toEqual([[24], [4], [2]]);
  });

  test('a single value against a column, and a 1×1 range counts as a single value', () => {
    expect(GROUPS([[650], [100]], 28 as any)).toEqual([[24], [4]]);
    expect(GROUPS([[650], [100]], [[28]])).toEqual([[24], [4]]);
  });

  test('a 2×2 block keeps its shape', () => {
    expect(STUDENTS_PER_FTE([[10, 20], [30, 40]], [[2]])).toEqual([[5, 10], [15, 20]]);
  });

  test('ranges of different shapes: one #VALUE! saying so', () => {
    const e = thrown(() => GROUPS([[650], [100], [56]], [[28], [30]]));
    expect(e.code).toBe('#VALUE!');
    expect(e.message).toMatch(/verschillende vormen/);
    expect(e.message).toContain('3×1');
    expect(e.message).toContain('2×1');
  });

  test('a row against a column of the same length is a mismatch too', () => {
    expect(thrown(() => GROUPS([[1], [2]], [[1, 2]])).code).toBe('#VALUE!');
  });

  test('10,000 rows are one call returning a 10,000×1 matrix', () => {
    const col = Array.from({ length: 10000 }, (_, i) => [i % 7 === 0 ? '' : i]);
    const t0 = Date.now();
    const r = TEACHER_FTE(col);
    expect(Date.now() - t0).toBeLessThan(500);
    expect(r).toHaveLength(10000);
    expect(r[0][0]).toBe('');
    close(r[1][0], 0.04375);
    close(r[9999][0], 9999 * 0.04375);
  });
});

describe('blanks', () => {
  test.each([[null], [''], ['   '], [undefined]])('a blank required cell (%p) gives ""', (blank) => {
    expect(GROUPS([[650], [blank]], [[28]])).toEqual([[24], ['']]);
  });

  test('a blank in an optional argument takes the default', () => {
    // the second row has no lesson length: 50 minutes
    const r = TEACHER_FTE([[25], [25]], [[45], [null]]);
    close(r[0][0], (25 * 45 / 60 * 37.8) / 720);
    close(r[1][0], 1.09375);
  });

  test('an omitted optional (null, as Excel passes it) takes the default', () => {
    close(one(TEACHER_FTE([[25]], null as any, null as any, null as any)), 1.09375);
    close(one(TEACHER_FTE([[25]], undefined, undefined, undefined)), 1.09375);
  });

  test('a blank task row of TRANSFER_HOURS counts as share 0', () => {
    // 40 × (40×1 + 30×0.5 + 0 + 40×0.25) = 40 × 65 = 2600
    close(one(TRANSFER_HOURS([[40]], [[40], [30], [15], [40]], [[1], [0.5], [null], [0.25]])), 2600);
    close(one(TRANSFER_HOURS([[40]], [[40], [''], [15]], [[1], [1], [1]])), 40 * 55);
  });

  test('TRANSFER_HOURS broadcasts over teacherFte only', () => {
    const r = TRANSFER_HOURS([[40], [20], [null]], [[40, 30, 15, 40, 20, 10]], [[1, 0.5, 1, 0.25, 1, 1]]);
    expect(r).toHaveLength(3);
    close(r[0][0], 4400);
    close(r[1][0], 2200);
    expect(r[2][0]).toBe('');
  });

  test('PLAZA gives a blank row of three for a blank element', () => {
    const r = PLAZA([[90], [null]], [[10]], [[90]], [[3]], [[1]]);
    expect(r[1]).toEqual(['', '', '']);
  });
});

describe('errors', () => {
  test('text that is not a number: #VALUE! naming the argument', () => {
    const r = GROUPS([[650], ['zeshonderd'], ['12,5'], [true]], [[28]]);
    expect(r[0][0]).toBe(24);
    for (const i of [1, 2, 3]) {
      expect(code(r[i][0])).toBe('#VALUE!');
      expect((r[i][0] as FormatieError).message).toContain('leerlingen');
    }
  });

  test('a plain text number is read', () => {
    expect(GROUPS([['650'], [' 56 '], ['1e2']], [[28]])).toEqual([[24], [2], [4]]);
  });

  test.each([
    ['negative students', () => one(GROUPS([[-1]], [[28]]))],
    ['negative FTE', () => one(STUDENTS_PER_FTE([[100]], [[-2]]))],
    ['share above 1', () => one(HOURS_FREED([[100]], [[1.5]]))],
    ['negative share', () => one(EXTRA_LESSON_FTE([[100]], [[-0.1]]))],
    ['gain below −1', () => one(PRODUCTIVITY_FTE([[10]], [[-2]]))],
    ['negative lesson minutes', () => one(TEACHER_FTE([[25]], [[-50]]))],
  ])('%s: #NUM!', (_name, run) => {
    expect(code(run())).toBe('#NUM!');
  });

  test.each([
    ['GROUPS(650, 0)', () => one(GROUPS([[650]], [[0]]))],
    ['STUDENTS_PER_FTE(100, 0)', () => one(STUDENTS_PER_FTE([[100]], [[0]]))],
    ['TEACHER_FTE(25, , , 0)', () => one(TEACHER_FTE([[25]], null as any, null as any, [[0]]))],
    ['HOURS_FREED_PER_WEEK(100, 0)', () => one(HOURS_FREED_PER_WEEK([[100]], [[0]]))],
    ['HOURS_FREED_PER_WEEK(100, 1, 0)', () => one(HOURS_FREED_PER_WEEK([[100]], [[1]], [[0]]))],
    ['ASSISTANT_FTE(100, 0)', () => one(ASSISTANT_FTE([[100]], [[0]]))],
    ['ASSISTANTS_BY_RATIO(100, 0)', () => one(ASSISTANTS_BY_RATIO([[100]], [[0]]))],
    ['PRODUCTIVITY_FTE(10, -1)', () => one(PRODUCTIVITY_FTE([[10]], [[-1]]))],
    ['EXTRA_LESSON_FTE(100, 0.5, , 0)', () => one(EXTRA_LESSON_FTE([[100]], [[0.5]], null as any, [[0]]))],
  ])('%s: #DIV/0!', (_name, run) => {
    expect(code(run())).toBe('#DIV/0!');
  });

  test('errors are per element: the other elements are still computed', () => {
    const r = STUDENTS_PER_FTE([[100], [100], [-5], [''], ['x'], [100]], [[4], [0], [1], [1], [1], [8]]);
    expect(r[0][0]).toBe(25);
    expect(code(r[1][0])).toBe('#DIV/0!');
    expect(code(r[2][0])).toBe('#NUM!');
    expect(r[3][0]).toBe('');
    expect(code(r[4][0])).toBe('#VALUE!');
    expect(r[5][0]).toBe(12.5);
  });

  test('an error wins over a blank in the same element', () => {
    expect(code(one(GROUPS([[null]], [['abc']])))).toBe('#VALUE!');
  });

  test('an Excel error in an argument passes through to its element', () => {
    const r = GROUPS([[650], [{ code: '#N/A' }], [{ code: '#REF!' }], ['#DIV/0!']], [[28]]);
    expect(r[0][0]).toBe(24);
    expect(code(r[1][0])).toBe('#N/A');
    // #REF! cannot be a custom function's result: #VALUE! naming the argument and the error
    expect(code(r[2][0])).toBe('#VALUE!');
    expect((r[2][0] as FormatieError).message).toContain('#REF!');
    expect(code(r[3][0])).toBe('#DIV/0!');
  });

  test('messages only on #VALUE! and #N/A, as Excel shows them', () => {
    expect((one(GROUPS([[650]], [[0]])) as FormatieError).message).toBeUndefined();
    expect((one(GROUPS([[-1]], [[28]])) as FormatieError).message).toBeUndefined();
  });

  test('PLAZA: errors per cell of the row', () => {
    // no teachers: teacher lessons 0 → FTE 0, assistant FTE as usual, productivity 900/0 → #DIV/0!
    const r = PLAZA([[90]], [[10]], [[90]], [[0]], [[1]]);
    expect(r[0][0]).toBe(0);
    close(r[0][1], 315 / 1619);
    expect(code(r[0][2])).toBe('#DIV/0!');
    // plaza size 0: every figure divides by zero
    const z = PLAZA([[90]], [[10]], [[0]], [[3]], [[1]]);
    expect(z[0].map(code)).toEqual(['#DIV/0!', '#DIV/0!', '#DIV/0!']);
  });

  test('PLAZA over a column spills one row of three per element; a row range is #VALUE!', () => {
    // 180 pupils: 2 plazas × 10 lessons × 3 teachers = 60 lessons → 60 × 0.04375 = 2.625 FTE
    const r = PLAZA([[90], [180]], [[10]], [[90]], [[3]], [[1]]);
    expect(r).toHaveLength(2);
    close(r[1][0], 2.625);
    close(r[1][1], 630 / 1619);
    close(r[1][2], 30);
    expect(thrown(() => PLAZA([[90, 180]], [[10]], [[90]], [[3]], [[1]])).code).toBe('#VALUE!');
  });

  test('TRANSFER_HOURS: catalogue of unequal length, bad share, text hours', () => {
    const e = thrown(() => TRANSFER_HOURS([[40]], [[40, 30]], [[1]]));
    expect(e.code).toBe('#VALUE!');
    expect(e.message).toContain('2');
    expect(thrown(() => TRANSFER_HOURS([[40]], [[40]], [[2]])).code).toBe('#NUM!');
    expect(thrown(() => TRANSFER_HOURS([[40]], [['veel']], [[1]])).code).toBe('#VALUE!');
    expect(code(one(TRANSFER_HOURS([[-1]], [[40]], [[1]])))).toBe('#NUM!');
  });
});

describe('the Dutch argument names of the messages equal translations.ts', () => {
  test.each(Object.keys(CELL_ARGS))('%s', (id) => {
    expect(CELL_ARGS[id].map((a) => a.nl)).toEqual(NL[id].parameters.map((p) => p.name));
  });
});
