import { fillMerges, parseMergeRef } from '../../src/sheet/merges';

describe('fillMerges', () => {
  it('copies the top-left value over the whole merged range', () => {
    // A2:A4 merged (cohort "H4" written once), B1:C1 merged header "FTE".
    const v: unknown[][] = [
      ['Klas', 'FTE', null],
      ['H4', 'OP', 'OA'],
      [null, 1, 2],
      [null, 3, 4],
    ];
    const n = fillMerges(v, [
      { top: 2, left: 0, bottom: 4, right: 0 },
      { top: 1, left: 1, bottom: 1, right: 2 },
    ]);
    expect(n).toBe(3); // 2 cells below A2, 1 cell right of B1
    expect(v.map((r) => r[0])).toEqual(['Klas', 'H4', 'H4', 'H4']);
    expect(v[0]).toEqual(['Klas', 'FTE', 'FTE']);
  });

  it('respects the origin of values and skips ranges it cannot anchor', () => {
    // values start at sheet row 10, column C (2)
    const v: unknown[][] = [['x', null], [null, null]];
    fillMerges(v, [{ top: 10, left: 2, bottom: 11, right: 3 }], 10, 2);
    expect(v).toEqual([['x', 'x'], ['x', 'x']]);
    const w: unknown[][] = [[null, 'y']];
    // anchor above the values: nothing filled
    expect(fillMerges(w, [{ top: 9, left: 2, bottom: 10, right: 3 }], 10, 2)).toBe(0);
  });

  it('parses A1 refs', () => {
    expect(parseMergeRef('B3:D7')).toEqual({ top: 3, left: 1, bottom: 7, right: 3 });
    expect(parseMergeRef('$AA$1')).toEqual({ top: 1, left: 26, bottom: 1, right: 26 });
    expect(parseMergeRef('nonsense')).toBeNull();
  });
});
