/**
 * One worksheet part → SheetValues, in one streaming pass that keeps only cell values and
 * merged ranges. Formatting elements (<cols>, <col min="1" max="2000000000"/>, conditional
 * formats, validations...) are skipped without building anything. Rows are kept as long
 * as their last used cell (a far-right cell does not widen every row), and a budget shared
 * by all sheets bounds the cells kept (README, "Limits").
 *
 * This file is the row/merge scan (where a cell is, what it keeps); the value of each cell
 * is decoded in xlsx-cell.ts. Merged ranges are filled with fillMerges (domain.md,
 * "Layouts people make for the eye") before the sheet reader runs.
 */

import { fillMerges, parseMergeRef, type MergeArea } from '../sheet/merges';
import type { SheetValues } from '../sheet/types';
import { attr, decodeEntities, MAX_PENDING } from './xml-scan';
import { cellValue, epochOf, type CellState } from './xlsx-cell';
import { damaged, tooLarge } from './xlsx-errors';

/** Excel's grid: 1,048,576 rows × 16,384 columns (A..XFD). */
export const MAX_ROWS = 1_048_576;
export const MAX_COLS = 16_384;

/** What every sheet of one workbook may keep, together (README, "Limits"). */
export interface CellBudget {
  /** Non-empty cells left. */
  cells: number;
  /** Array slots (cells and the blanks between them) left. */
  slots: number;
  /** Characters of cell text (inline and formula strings) left; shared strings count by their part's size. */
  textChars: number;
}

export interface SheetContext {
  name: string;
  shared: readonly string[];
  /** Per cell style index (s="…"): true when its number format shows a date or time. */
  dateStyles: readonly boolean[];
  date1904: boolean;
  budget: CellBudget;
  limits: { cells: number; slots: number; textChars: number };
}

/** t="s", "n", "b", "e", "d" without a slice per cell (index: letter - 'a'). */
const ONE_LETTER_TYPES: (string | undefined)[] = [];
for (const t of ['s', 'n', 'b', 'e', 'd']) ONE_LETTER_TYPES[t.charCodeAt(0) - 97] = t;

/** A gap wider than this in one row is left as a hole instead of being filled with nulls. */
const DENSE_GAP = 256;

function colName(c: number): string {
  let s = '';
  for (let n = c + 1; n > 0; n = Math.floor((n - 1) / 26)) s = String.fromCharCode(65 + ((n - 1) % 26)) + s;
  return s;
}

export class SheetBuilder implements CellState {
  private buf = '';
  /** Open elements; 0 again after the root closes. */
  private depth = 0;
  private sawRoot = false;
  private readonly rows: unknown[][] = [];
  private readonly sparse = new Set<number>();
  private readonly merges: MergeArea[] = [];
  readonly shared: readonly string[];
  readonly dateStyles: readonly boolean[];
  readonly epoch: number;
  private firstRow = -1;
  private lastRow = -1;
  private minCol = MAX_COLS;
  private maxCol = -1;
  private row = -1;
  private col = -1;
  // The cell being read (CellState: xlsx-cell.ts decodes its value).
  private inCell = false;
  cType = '';
  cStyle = 0;
  private mode = 0; // 1 <v>, 2 <f>, 3 <t> of an inline string
  vText = '';
  fText = '';
  hasV = false;
  hasF = false;
  private inIs = false;
  private inRph = false;

  constructor(readonly ctx: SheetContext) {
    this.shared = ctx.shared;
    this.dateStyles = ctx.dateStyles;
    this.epoch = epochOf(ctx.date1904);
  }

  /** The cell being read, for messages: Sheet!B7. */
  where(): string {
    return `${this.ctx.name}!${colName(Math.max(0, this.col))}${this.row + 1}`;
  }

  /** Feeds the next piece of the worksheet XML. */
  write(chunk: string): void {
    this.buf = this.buf.length > 0 ? this.buf + chunk : chunk;
    this.run();
    if (this.buf.length > MAX_PENDING) {
      throw damaged(`het blad ${this.ctx.name} bevat een onafgebroken stuk tekst of tag van meer dan 16 M tekens`, `the sheet ${this.ctx.name} holds an unbroken text or tag over 16 M characters`);
    }
  }

  /** After the last piece. */
  end(): void {
    this.run();
    if (this.buf.indexOf('<') >= 0 || this.depth !== 0 || !this.sawRoot) {
      throw damaged(`het blad ${this.ctx.name} is afgebroken (onvolledige XML)`, `the sheet ${this.ctx.name} is cut short (incomplete XML)`);
    }
    this.buf = '';
  }

  /**
   * The scanner, specialised for worksheets (the bulk of every file): element names are
   * compared by character codes after any namespace prefix, attributes are read in place,
   * and only the text of <v>, <f> and inline <t> is sliced out.
   */
  private run(): void {
    const s = this.buf;
    const n = s.length;
    let p = 0;
    for (;;) {
      const lt = s.indexOf('<', p);
      if (lt < 0) break;
      if (this.mode !== 0 && lt > p) this.text(s.slice(p, lt), false);
      p = lt;
      let i = lt + 1;
      let c = s.charCodeAt(i);
      if (c !== c) break;
      if (c === 33 /* ! */ || c === 63 /* ? */) {
        const next = this.special(s, lt);
        if (next < 0) break;
        p = next;
        continue;
      }
      const closing = c === 47;
      if (closing) i++;
      let ns = i;
      for (; i < n; i++) {
        c = s.charCodeAt(i);
        if (c <= 32 || c === 47 || c === 62) break;
        if (c === 58) ns = i + 1;
      }
      let gt = i;
      let q = 0;
      for (; gt < n; gt++) {
        c = s.charCodeAt(gt);
        if (q !== 0) {
          if (c === q) q = 0;
        } else if (c === 62) break;
        else if (c === 34 || c === 39) q = c;
      }
      if (gt >= n) break;
      const len = i - ns;
      const c0 = s.charCodeAt(ns);
      if (closing) {
        this.depth--;
        this.close(c0, len, s, ns);
      } else {
        const self = s.charCodeAt(gt - 1) === 47;
        if (!self) this.depth++;
        this.sawRoot = true;
        this.open(c0, len, s, ns, i, self ? gt - 1 : gt);
        if (self) this.close(c0, len, s, ns);
      }
      p = gt + 1;
    }
    this.buf = p === 0 ? s : s.slice(p);
  }

  /** Comment, processing instruction, CDATA; returns the index after it, or -1 when incomplete. */
  private special(s: string, lt: number): number {
    if (s.startsWith('<!--', lt)) {
      const e = s.indexOf('-->', lt + 4);
      return e < 0 ? -1 : e + 3;
    }
    if (s.startsWith('<?', lt)) {
      const e = s.indexOf('?>', lt + 2);
      return e < 0 ? -1 : e + 2;
    }
    if (s.startsWith('<![CDATA[', lt)) {
      const e = s.indexOf(']]>', lt + 9);
      if (e < 0) return -1;
      if (this.mode !== 0) this.text(s.slice(lt + 9, e), true);
      return e + 3;
    }
    if (s.length - lt < 9) return -1;
    throw damaged(`het blad ${this.ctx.name} bevat een DOCTYPE, wat een werkmap nooit heeft`, `the sheet ${this.ctx.name} holds a DOCTYPE, which no workbook has`);
  }

  private open(c0: number, len: number, s: string, ns: number, a0: number, a1: number): void {
    if (len === 1) {
      if (c0 === 99 /* c */) this.openCell(s, a0, a1);
      else if (c0 === 118 /* v */) {
        if (this.inCell) (this.mode = 1), (this.hasV = true);
      } else if (c0 === 102 /* f */) {
        if (this.inCell) (this.mode = 2), (this.hasF = true);
      } else if (c0 === 116 /* t */) {
        if (this.inIs && !this.inRph) this.mode = 3;
      }
    } else if (len === 3 && c0 === 114 /* r */) {
      const c1 = s.charCodeAt(ns + 1);
      if (c1 === 111 /* o */ && s.charCodeAt(ns + 2) === 119 /* w */) this.openRow(s, a0, a1);
      else if (c1 === 80 /* P */ && s.charCodeAt(ns + 2) === 104 /* h */) this.inRph = true;
    } else if (len === 2 && c0 === 105 /* i */ && s.charCodeAt(ns + 1) === 115 /* s */) {
      if (this.inCell) (this.inIs = true), (this.hasV = true);
    } else if (len === 9 && c0 === 109 /* m */ && s.startsWith('mergeCell', ns)) {
      const ref = attr(s.slice(a0, a1), 'ref');
      const m = ref === null ? null : parseMergeRef(ref);
      if (m) this.merges.push(m);
    }
  }

  private close(c0: number, len: number, s: string, ns: number): void {
    if (len === 1) {
      if (c0 === 99 /* c */) this.closeCell();
      else if (c0 === 118 || c0 === 102 || c0 === 116) this.mode = 0;
    } else if (len === 2 && c0 === 105 && s.charCodeAt(ns + 1) === 115) {
      this.inIs = false;
    } else if (len === 3 && c0 === 114 && s.charCodeAt(ns + 1) === 80) {
      this.inRph = false;
    }
  }

  /** Calls `each(nameCode, nameLen, valueStart, valueEnd)` for the attributes in s[a0, a1). */
  private attrs(s: string, a0: number, a1: number, each: (c0: number, nlen: number, v0: number, v1: number) => void): void {
    let i = a0;
    while (i < a1) {
      let c = s.charCodeAt(i);
      while (c <= 32 && i < a1) c = s.charCodeAt(++i);
      if (i >= a1) return;
      const n0 = i;
      while (i < a1 && c !== 61 && c > 32) c = s.charCodeAt(++i);
      const nlen = i - n0;
      while (i < a1 && c !== 34 && c !== 39) c = s.charCodeAt(++i);
      if (i >= a1) return;
      const e = s.indexOf(c === 34 ? '"' : "'", i + 1);
      if (e < 0 || e > a1) return;
      each(s.charCodeAt(n0), nlen, i + 1, e);
      i = e + 1;
    }
  }

  private openCell(s: string, a0: number, a1: number): void {
    this.inCell = true;
    this.cType = '';
    this.cStyle = 0;
    this.vText = '';
    this.fText = '';
    this.hasV = this.hasF = false;
    let hasRef = false;
    // The attributes, read in place (the hot loop of every file: no closure, no slices).
    let i = a0;
    while (i < a1) {
      let c = s.charCodeAt(i);
      while (c <= 32 && i < a1) c = s.charCodeAt(++i);
      if (i >= a1) break;
      const n0 = i;
      while (i < a1 && c !== 61 && c > 32) c = s.charCodeAt(++i);
      const nlen = i - n0;
      while (i < a1 && c !== 34 && c !== 39) c = s.charCodeAt(++i);
      if (i >= a1) break;
      const v0 = i + 1;
      const v1 = s.indexOf(c === 34 ? '"' : "'", v0);
      if (v1 < 0 || v1 > a1) break;
      if (nlen === 1) {
        const c0 = s.charCodeAt(n0);
        if (c0 === 114 /* r */) {
          hasRef = true;
          this.cellRef(s, v0, v1);
        } else if (c0 === 116 /* t */) {
          this.cType = v1 - v0 === 1 ? ONE_LETTER_TYPES[s.charCodeAt(v0) - 97] ?? s.slice(v0, v1) : s.slice(v0, v1);
        } else if (c0 === 115 /* s */) {
          let x = 0;
          for (let k = v0; k < v1 && x >= 0; k++) {
            const d = s.charCodeAt(k) - 48;
            x = d >= 0 && d <= 9 && x < 1e8 ? x * 10 + d : -1;
          }
          this.cStyle = x > 0 ? x : 0;
        }
      }
      i = v1 + 1;
    }
    if (!hasRef) this.col++;
    if (this.row < 0) throw damaged(`het blad ${this.ctx.name} heeft een cel buiten een rij`, `the sheet ${this.ctx.name} has a cell outside a row`);
    if (this.col >= MAX_COLS) throw damaged(`het blad ${this.ctx.name} heeft een cel voorbij kolom XFD`, `the sheet ${this.ctx.name} has a cell beyond column XFD`);
  }

  private openRow(s: string, a0: number, a1: number): void {
    let n = this.row + 2;
    this.attrs(s, a0, a1, (c0, nlen, v0, v1) => {
      if (nlen === 1 && c0 === 114) n = v1 > v0 && v1 - v0 < 9 && /^\d+$/.test(s.slice(v0, v1)) ? +s.slice(v0, v1) : -1;
    });
    if (n < 1 || n > MAX_ROWS) {
      throw damaged(`het blad ${this.ctx.name} heeft een ongeldig rijnummer na rij ${this.row + 1}`, `the sheet ${this.ctx.name} has an invalid row number after row ${this.row + 1}`);
    }
    this.row = n - 1;
    this.col = -1;
  }

  /** Sets row and column from a cell reference such as "AB12" in s[v0, v1). */
  private cellRef(s: string, v0: number, v1: number): void {
    let c = 0;
    let i = v0;
    for (; i < v1; i++) {
      const ch = s.charCodeAt(i);
      if (ch >= 65 && ch <= 90) c = c * 26 + ch - 64;
      else if (ch >= 97 && ch <= 122) c = c * 26 + ch - 96;
      else if (ch !== 36) break;
      if (c > MAX_COLS) break;
    }
    let row = 0;
    for (; i < v1; i++) {
      const ch = s.charCodeAt(i);
      if (ch >= 48 && ch <= 57) row = row * 10 + ch - 48;
      else if (ch !== 36) break;
      if (row > MAX_ROWS) break;
    }
    if (c === 0 || row === 0 || i !== v1 || c > MAX_COLS || row > MAX_ROWS) {
      const r = s.slice(v0, Math.min(v1, v0 + 20));
      throw damaged(`het blad ${this.ctx.name} heeft een ongeldige celverwijzing "${r}"`, `the sheet ${this.ctx.name} has an invalid cell reference "${r}"`);
    }
    this.col = c - 1;
    this.row = row - 1;
  }

  private text(raw: string, cdata: boolean): void {
    const t = cdata || raw.indexOf('&') < 0 ? raw : decodeEntities(raw);
    if (this.mode === 2) this.fText += t;
    else this.vText += t;
  }

  private closeCell(): void {
    if (!this.inCell) return;
    this.inCell = false;
    this.mode = 0;
    if (this.hasV || this.hasF) {
      const v = cellValue(this);
      if (v !== null) this.store(v);
    }
  }

  private overBudget(): Error {
    const l = this.ctx.limits;
    return tooLarge(
      `meer dan ${l.cells.toLocaleString('nl-NL')} gevulde cellen of ${l.slots.toLocaleString('nl-NL')} celposities (bij ${this.where()})`,
      `more than ${l.cells.toLocaleString('en-US')} filled cells or ${l.slots.toLocaleString('en-US')} cell positions (at ${this.where()})`,
    );
  }

  private store(v: unknown): void {
    const b = this.ctx.budget;
    if (--b.cells < 0) throw this.overBudget();
    const r = this.row;
    const c = this.col;
    let arr = this.rows[r];
    if (arr === undefined) {
      arr = this.rows[r] = [];
      if (this.firstRow < 0 || r < this.firstRow) this.firstRow = r;
      if (r > this.lastRow) this.lastRow = r;
    }
    if (c < this.minCol) this.minCol = c;
    if (c > this.maxCol) this.maxCol = c;
    const len = arr.length;
    if (c === len) {
      b.slots--;
      arr.push(v);
    } else if (c < len) {
      arr[c] = v;
    } else if (c - len <= DENSE_GAP && !this.sparse.has(r)) {
      b.slots -= c - len + 1;
      for (let i = len; i < c; i++) arr.push(null);
      arr.push(v);
    } else {
      b.slots--;
      this.sparse.add(r);
      arr[c] = v;
    }
    if (b.slots < 0) throw this.overBudget();
  }

  /** The used block of the sheet, merged ranges filled. */
  result(): SheetValues {
    const name = this.ctx.name;
    if (this.firstRow < 0) return { name, values: [], originRow: 1, originCol: 0 };
    const minCol = this.minCol;
    const values: unknown[][] = new Array(this.lastRow - this.firstRow + 1);
    for (let r = this.firstRow; r <= this.lastRow; r++) {
      let row = this.rows[r];
      if (row === undefined) row = [];
      else if (minCol > 0) {
        if (this.sparse.has(r)) {
          const out: unknown[] = [];
          for (const k of Object.keys(row)) out[+k - minCol] = row[+k];
          row = out;
        } else row = row.slice(minCol);
      }
      values[r - this.firstRow] = row;
    }
    const originRow = this.firstRow + 1;
    if (this.merges.length > 0) {
      // Clip each range to the used block, so a range over the whole sheet fills only cells that matter.
      const clipped: MergeArea[] = [];
      let area = 0;
      for (const m of this.merges) {
        const top = Math.max(m.top, originRow);
        const bottom = Math.min(m.bottom, this.lastRow + 1);
        const right = Math.min(m.right, this.maxCol);
        if (top > bottom || m.left > right || m.top < originRow) continue;
        area += (bottom - top + 1) * (right - m.left + 1);
        clipped.push({ top: m.top, left: m.left, bottom, right });
      }
      const b = this.ctx.budget;
      b.slots -= area;
      if (b.slots < 0) throw this.overBudget();
      fillMerges(values, clipped, originRow, minCol);
    }
    return { name, values, originRow, originCol: minCol };
  }
}
