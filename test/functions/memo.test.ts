import { Lru, MAX_CACHED_CELLS, MAX_CACHED_ROWS, cellCount, fingerprint, sameCells } from '../../src/functions/memo';
import { METRIC, cacheSizes, clearCaches } from '../../src/functions/tables';

describe('fingerprint and sameCells', () => {
  const base = [
    ['Leerlingen', 'Lesuren'],
    [150, 30],
    [null, ''],
    [{ code: '#REF!' }, true],
  ];

  test('equal content, equal fingerprint', () => {
    const copy = base.map((r) => r.map((c) => (c && typeof c === 'object' ? { ...c } : c)));
    expect(fingerprint(copy)).toBe(fingerprint(base));
    expect(sameCells(copy, base)).toBe(true);
  });

  test.each([
    ['a number', [1, 0, 151]],
    ['a text', [0, 1, 'Lesuur']],
    ['blank null to ""', [2, 0, '']],
    ['an error code', [3, 0, { code: '#N/A' }]],
    ['a boolean', [3, 1, false]],
    ['a number to its text', [1, 0, '150']],
  ])('a change of %s changes both', (_name, [r, c, v]) => {
    const changed = base.map((row) => row.slice());
    changed[r as number][c as number] = v;
    expect(fingerprint(changed)).not.toBe(fingerprint(base));
    expect(sameCells(changed, base)).toBe(false);
  });

  test('a large range is fingerprinted by a sample; an edit outside it is caught by sameCells', () => {
    const big = Array.from({ length: 10000 }, (_, i) => [i, `r${i}`]);
    const edited = big.map((r) => r.slice());
    edited[5001][0] = -1; // a row between the sampled ones
    expect(fingerprint(edited)).toBe(fingerprint(big));
    expect(sameCells(edited, big)).toBe(false);
    const first = big.map((r) => r.slice());
    first[3][0] = -1; // the first rows are always hashed
    expect(fingerprint(first)).not.toBe(fingerprint(big));
  });

  test('shape is part of the fingerprint', () => {
    expect(fingerprint([[1, 2]])).not.toBe(fingerprint([[1], [2]]));
  });
});

describe('Lru', () => {
  test('evicts the least recently used', () => {
    const lru = new Lru<number>(2);
    lru.set('a', 1);
    lru.set('b', 2);
    expect(lru.get('a')).toBe(1);
    lru.set('c', 3);
    expect(lru.get('b')).toBeUndefined();
    expect(lru.get('a')).toBe(1);
    expect(lru.get('c')).toBe(3);
    expect(lru.size).toBe(2);
  });
});

describe('Lru with a weight budget (the table functions\' caches)', () => {
  test('evicts the least recently used while over the budget; a get refreshes', () => {
    const lru = new Lru<number[]>(100, { maxWeight: 10, weight: (v) => v.length });
    lru.set('a', [1, 2, 3, 4]);
    lru.set('b', [1, 2, 3, 4]);
    expect(lru.weight).toBe(8);
    expect(lru.get('a')).toHaveLength(4); // a is now the most recent
    lru.set('c', [1, 2, 3]); // 11 > 10: b (least recent) goes
    expect(lru.get('b')).toBeUndefined();
    expect(lru.get('a')).toHaveLength(4);
    expect(lru.get('c')).toHaveLength(3);
    expect(lru.weight).toBe(7);
  });

  test('the newest entry stays even when it alone is over the budget', () => {
    const lru = new Lru<number[]>(100, { maxWeight: 10, weight: (v) => v.length });
    lru.set('a', [1]);
    lru.set('huge', new Array(50).fill(0));
    expect(lru.size).toBe(1);
    expect(lru.get('huge')).toHaveLength(50);
    lru.set('huge', [1, 2]); // replacing an entry replaces its weight
    expect(lru.weight).toBe(2);
    lru.clear();
    expect(lru.weight).toBe(0);
  });

  test('cellCount weighs a range by its cells', () => {
    expect(cellCount([[1, 2, 3], [4, 5, 6]])).toBe(6);
    expect(cellCount([])).toBe(0);
  });
});

describe('the table functions hold a few workbooks\' worth of 100k-row ranges', () => {
  // 100,000 demand rows × 5 columns = 500,000 cells (+ header) per range.
  const HEADER = ['Vestiging', 'Leerjaar', 'Leerlingen', 'Groepsgrootte', 'Lesuren'];
  const big = (variant: number): unknown[][] => {
    const rows: unknown[][] = [HEADER];
    for (let i = 0; i < 100000; i++) rows.push([`Loc${i % 7}`, String(1 + (i % 6)), 100 + (i % 50) + variant, 28, 3]);
    return rows;
  };

  beforeEach(() => clearCaches());

  test('reads are evicted by size, and an edit anywhere is still seen', () => {
    const ranges = [0, 1, 2, 3, 4].map(big);
    for (const r of ranges) METRIC('students', r);
    const { reads, analyses } = cacheSizes();
    // Budget MAX_CACHED_CELLS = 2,000,000 cells: at most four 500,005-cell reads; analyses
    // MAX_CACHED_ROWS = 300,000 rows: at most three 100,000-row analyses.
    expect(reads).toBeLessThanOrEqual(Math.floor(MAX_CACHED_CELLS / 500005));
    expect(reads).toBeGreaterThanOrEqual(1);
    expect(analyses).toBeLessThanOrEqual(Math.floor(MAX_CACHED_ROWS / 100000));
    // The last range is cached; an edit in a row that the fingerprint does not sample is seen.
    const last = ranges[4];
    const before = METRIC('students', last) as number;
    const edited = last.map((r) => r.slice());
    edited[50001][2] = (edited[50001][2] as number) + 1000;
    expect(METRIC('students', edited)).not.toBe(before);
    expect(METRIC('students', last)).toBe(before);
  });
});
