import { Lru, fingerprint, sameCells } from '../../src/functions/memo';

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
