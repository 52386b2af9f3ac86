/**
 * Memoization for the table functions: twenty METRIC and SCENARIO formulas over the same
 * tables in one recalculation read and analyse them once.
 *
 * Excel passes a fresh any[][] to every call, so identity does not help: a read is found
 * by a fingerprint (the shape and two 32-bit hashes of a sample of its rows: all rows of a
 * small range, else the first and last rows and an even spread between them) and then
 * confirmed cell by cell against the values it was read from, so neither a hash collision
 * nor an edit outside the sample can return the figures of other tables: a failed
 * confirmation is a miss, read again. Caches are small LRUs.
 */

/**
 * A least-recently-used map, bounded by a count and optionally by a weight: each entry
 * weighs `weight(value)` (for a read: the cells of its range), and the least recently used
 * entries go while the total is over `maxWeight`. The newest entry always stays, however
 * heavy: twenty formulas over one huge range still read it once.
 */
export class Lru<V> {
  private readonly map = new Map<string, { value: V; weight: number }>();
  private total = 0;
  constructor(
    private readonly max: number,
    private readonly limit: { maxWeight: number; weight: (value: V) => number } | null = null,
  ) {}
  get(key: string): V | undefined {
    const e = this.map.get(key);
    if (e !== undefined) {
      this.map.delete(key);
      this.map.set(key, e);
      return e.value;
    }
    return undefined;
  }
  set(key: string, value: V): void {
    const old = this.map.get(key);
    if (old) {
      this.total -= old.weight;
      this.map.delete(key);
    }
    const weight = this.limit ? Math.max(0, this.limit.weight(value)) : 0;
    this.map.set(key, { value, weight });
    this.total += weight;
    while (this.map.size > this.max || (this.limit && this.total > this.limit.maxWeight && this.map.size > 1)) {
      const oldest = this.map.keys().next().value as string;
      this.total -= this.map.get(oldest)!.weight;
      this.map.delete(oldest);
    }
  }
  clear(): void {
    this.map.clear();
    this.total = 0;
  }
  get size(): number {
    return this.map.size;
  }
  /** The total weight held (0 without a weight limit). */
  get weight(): number {
    return this.total;
  }
}

/**
 * Budgets of the table functions' caches (tables.ts). A 100,000-row demand range of 8
 * columns is 800,000 cells and, with its typed rows, about 20 MB per copy; twelve reads
 * and eight analyses of that size held ~250 MB. The caches now hold a few workbooks'
 * worth: reads up to MAX_CACHED_CELLS cells, analyses up to MAX_CACHED_ROWS table rows.
 */
export const MAX_CACHED_CELLS = 2_000_000;
export const MAX_CACHED_ROWS = 300_000;

/** Cells of a range (rows × widest row): the weight of a cached read. */
export function cellCount(values: readonly (readonly unknown[])[]): number {
  let cells = 0;
  for (let r = 0; r < values.length; r++) {
    const row = values[r];
    cells += Array.isArray(row) ? Math.max(1, row.length) : 1;
  }
  return cells;
}

const f64 = new Float64Array(1);
const i32 = new Int32Array(f64.buffer);
// Builtins held in module variables: in a vm context (jest, the bundle test) every global
// lookup inside a hot loop goes through the context's interceptor and is slow.
const imul = Math.imul;
const isArray = Array.isArray;

/** The text that stands for an error value (CustomFunctions.Error, exceljs-style objects). */
function objectText(v: object): string {
  const o = v as { code?: unknown; error?: unknown };
  if (typeof o.code === 'string') return 'E' + o.code;
  if (typeof o.error === 'string') return 'E' + o.error;
  try {
    return 'O' + JSON.stringify(v);
  } catch {
    return 'O?';
  }
}

/** Rows hashed in full below this count; above it, a sample of about this many rows. */
const SAMPLE_ROWS = 256;

/** Fingerprint of a range: shape plus two independent 32-bit hashes of a sample of its rows. */
export function fingerprint(values: readonly (readonly unknown[])[]): string {
  let h1 = 0x811c9dc5 | 0;
  let h2 = 0x01000193 | 0;
  const rows = values.length;
  let cols = 0;
  for (let r = 0; r < rows; r++) {
    const row = values[r];
    if (isArray(row) && row.length > cols) cols = row.length;
  }
  const step = rows <= SAMPLE_ROWS ? 1 : Math.ceil(rows / SAMPLE_ROWS);
  for (let r = 0; r < rows; r += r < 32 || r >= rows - 32 ? 1 : step) {
    const row = values[r];
    if (!isArray(row)) continue;
    h1 = imul(h1 ^ (0x9e37 + r), 16777619);
    for (let c = 0; c < row.length; c++) {
      const v = row[c];
      let a: number;
      let b: number;
      if (typeof v === 'number') {
        f64[0] = v;
        a = i32[0];
        b = i32[1];
      } else if (typeof v === 'string') {
        a = 0x5bd1e995 ^ v.length;
        b = 7;
        for (let k = 0; k < v.length; k++) {
          a = imul(a ^ v.charCodeAt(k), 0x01000193);
          b = (imul(b, 31) + v.charCodeAt(k)) | 0;
        }
      } else if (v === null || v === undefined) {
        a = 0x3c6ef372;
        b = 0x2545f491;
      } else if (typeof v === 'boolean') {
        a = v ? 0x7f4a7c15 : 0x1b873593;
        b = a ^ 0x55555555;
      } else {
        const t = objectText(v as object);
        a = 0x27d4eb2f;
        b = 3;
        for (let k = 0; k < t.length; k++) {
          a = imul(a ^ t.charCodeAt(k), 0x01000193);
          b = (imul(b, 37) + t.charCodeAt(k)) | 0;
        }
      }
      h1 = imul(h1 ^ a, 0x01000193) ^ (b >>> 7);
      h2 = (imul(h2, 0x5bd1e995) + (b ^ imul(a, 0x27d4eb2d))) | 0;
      h2 ^= h2 >>> 13;
    }
  }
  return `${rows}x${cols}:${(h1 >>> 0).toString(36)}:${(h2 >>> 0).toString(36)}`;
}

function sameCell(a: unknown, b: unknown): boolean {
  if (a === b) return true;
  if (typeof a === 'number' && typeof b === 'number') return a !== a && b !== b;
  if (a !== null && b !== null && typeof a === 'object' && typeof b === 'object') return objectText(a) === objectText(b);
  return false;
}

/** True when two ranges hold the same cells. */
export function sameCells(a: readonly (readonly unknown[])[], b: readonly (readonly unknown[])[]): boolean {
  if (a === b) return true;
  if (a.length !== b.length) return false;
  for (let r = 0; r < a.length; r++) {
    const x = a[r];
    const y = b[r];
    if (x === y) continue;
    if (!isArray(x) || !isArray(y) || x.length !== y.length) return false;
    for (let c = 0; c < x.length; c++) if (!sameCell(x[c], y[c])) return false;
  }
  return true;
}
