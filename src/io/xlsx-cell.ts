/**
 * The value of one worksheet cell from what the scan collected (xlsx-sheet.ts): its type
 * attribute t="…", style s="…", the text of <v>, <f> or an inline string. Called once per
 * cell on the hot path of reading: no allocation besides the value, messages built only
 * when the cell is bad.
 *
 * Values as the sheet reader takes them: number, string, boolean, Date (a number with a
 * date format, or t="d"), { error } for an Excel error, { formula, result: undefined } for
 * a formula without cached value (never read as 0).
 */

import { decodeXstring, flat } from './xml-scan';
import { damaged, tooLarge } from './xlsx-errors';
import type { SheetContext } from './xlsx-sheet';

const MS_PER_DAY = 86_400_000;
const EPOCH_1900 = Date.UTC(1899, 11, 30);
const EPOCH_1904 = Date.UTC(1904, 0, 1);

/** Day 0 of the workbook's date system (workbookPr date1904), in ms since 1970. */
export function epochOf(date1904: boolean): number {
  return date1904 ? EPOCH_1904 : EPOCH_1900;
}

/** The cell being read, as the sheet scan holds it (SheetBuilder implements this). */
export interface CellState {
  readonly ctx: SheetContext;
  readonly shared: readonly string[];
  /** Per style index: true when its number format shows a date or time. */
  readonly dateStyles: readonly boolean[];
  /** epochOf(date1904). */
  readonly epoch: number;
  /** t="…" ('' when absent). */
  readonly cType: string;
  /** s="…" (0 when absent). */
  readonly cStyle: number;
  /** Text of <v> (or of an inline string's <t>), entities decoded. */
  readonly vText: string;
  /** Text of <f>. */
  readonly fText: string;
  readonly hasV: boolean;
  readonly hasF: boolean;
  /** Sheet!A1 of the cell, for messages. */
  where(): string;
}

/** The cell's value; null for an empty cell. Throws a damaged/tooLarge XlsxError for a bad one. */
export function cellValue(c: CellState): unknown {
  const v = c.vText;
  switch (c.cType) {
    case 's': {
      if (!c.hasV) return formulaOnly(c);
      const i = +v;
      const shared = c.shared;
      if (v.trim() === '' || !Number.isInteger(i) || i < 0 || i >= shared.length) {
        throw damaged(
          `de cel ${c.where()} verwijst naar gedeelde tekst nr. ${v.slice(0, 20)}, die niet bestaat (${shared.length} teksten)`,
          `the cell ${c.where()} refers to shared string ${v.slice(0, 20)}, which does not exist (${shared.length} strings)`,
        );
      }
      return shared[i];
    }
    case 'str':
    case 'inlineStr': {
      if (!c.hasV) return formulaOnly(c);
      const b = c.ctx.budget;
      b.textChars -= v.length;
      if (b.textChars < 0) {
        const l = c.ctx.limits.textChars;
        throw tooLarge(
          `meer dan ${l.toLocaleString('nl-NL')} tekens tekst in de cellen (bij ${c.where()})`,
          `more than ${l.toLocaleString('en-US')} characters of text in its cells (at ${c.where()})`,
        );
      }
      return flat(decodeXstring(v));
    }
    case 'b':
      if (!c.hasV) return formulaOnly(c);
      if (v.trim() === '1' || v.trim() === 'true') return true;
      if (v.trim() === '0' || v.trim() === 'false') return false;
      throw damaged(`de cel ${c.where()} heeft een ongeldige waarheidswaarde "${v.slice(0, 20)}"`, `the cell ${c.where()} has an invalid boolean "${v.slice(0, 20)}"`);
    case 'e':
      if (!c.hasV) return formulaOnly(c);
      return { error: v.trim() };
    case 'd': {
      if (!c.hasV) return formulaOnly(c);
      const d = new Date(/[zZ]|[+-]\d\d:?\d\d$/.test(v) ? v.trim() : v.trim() + (v.includes('T') ? 'Z' : 'T00:00:00Z'));
      if (Number.isNaN(d.getTime())) throw badNumber(c, v);
      return d;
    }
    case '':
    case 'n': {
      if (!c.hasV || v.length === 0) return c.hasF ? formulaOnly(c) : null;
      const x = +v;
      // +v also takes "", " ", "0x1A", "0b1", "Infinity": none is a number in a cell.
      if (x - x !== 0 || (x === 0 && v.trim() === '')) throw badNumber(c, v);
      const c1 = v.charCodeAt(1);
      if (c1 === 120 || c1 === 88 || c1 === 98 || c1 === 66 || c1 === 111 || c1 === 79) throw badNumber(c, v);
      if (c.cStyle > 0 && c.dateStyles[c.cStyle] === true) {
        return new Date(c.epoch + Math.round(x * MS_PER_DAY));
      }
      return x;
    }
    default:
      throw damaged(`de cel ${c.where()} heeft een onbekend type "${c.cType.slice(0, 20)}"`, `the cell ${c.where()} has an unknown type "${c.cType.slice(0, 20)}"`);
  }
}

function badNumber(c: CellState, v: string): Error {
  return damaged(`de cel ${c.where()} heeft een ongeldig getal "${v.slice(0, 20)}"`, `the cell ${c.where()} has an invalid number "${v.slice(0, 20)}"`);
}

/** A formula without cached result: the reader flags it (never read as 0). */
function formulaOnly(c: CellState): unknown {
  return c.hasF ? { formula: flat(c.fText.slice(0, 1000)), result: undefined } : null;
}
