/**
 * Merged cells (domain.md, "Layouts people make for the eye"): the value of a merged range
 * counts for every cell it covers, as the controller sees it. Hosts that can see merges
 * (the .xlsx reader, the Excel adapter through the range's merged areas) call `fillMerges`
 * on a sheet's values before the sheet reader runs. Pure: no Office, no node modules.
 */

/** One merged range in sheet coordinates: 1-based rows, 0-based columns (A = 0), inclusive. */
export interface MergeArea {
  top: number;
  left: number;
  bottom: number;
  right: number;
}

/**
 * Copies the value of each merged range's top-left cell into every cell the range covers,
 * in place. `originRow` (1-based) and `originCol` (0-based) are the sheet position of
 * values[0][0], as in SheetValues. Parts of a range outside `values` are skipped; a range
 * whose top-left cell lies outside `values` fills nothing (its value is not known).
 * Rows shorter than the range are extended. Returns the number of cells filled.
 */
export function fillMerges(
  values: unknown[][],
  merges: readonly MergeArea[],
  originRow = 1,
  originCol = 0,
): number {
  let filled = 0;
  for (const m of merges) {
    const r0 = m.top - originRow;
    const c0 = m.left - originCol;
    if (r0 < 0 || c0 < 0 || r0 >= values.length) continue;
    const anchorRow = values[r0];
    if (!anchorRow || c0 >= anchorRow.length) continue;
    const v = anchorRow[c0];
    const rEnd = Math.min(m.bottom - originRow, values.length - 1);
    for (let r = r0; r <= rEnd; r++) {
      const row = values[r] ?? (values[r] = []);
      const cEnd = m.right - originCol;
      for (let c = c0; c <= cEnd; c++) {
        if (r === r0 && c === c0) continue;
        while (row.length < c) row.push(null);
        row[c] = v;
        filled++;
      }
    }
  }
  return filled;
}

/** Parses an A1 range such as "B3:D7" (or a single cell "B3") into a MergeArea; null when malformed. */
export function parseMergeRef(ref: string): MergeArea | null {
  const m = /^\$?([A-Z]{1,3})\$?(\d{1,7})(?::\$?([A-Z]{1,3})\$?(\d{1,7}))?$/.exec(ref.trim().toUpperCase());
  if (!m) return null;
  const col = (letters: string): number => {
    let n = 0;
    for (const ch of letters) n = n * 26 + (ch.charCodeAt(0) - 64);
    return n - 1;
  };
  const top = Number(m[2]);
  const left = col(m[1]);
  const bottom = m[4] ? Number(m[4]) : top;
  const right = m[3] ? col(m[3]) : left;
  if (top < 1 || bottom < 1) return null;
  return {
    top: Math.min(top, bottom),
    left: Math.min(left, right),
    bottom: Math.max(top, bottom),
    right: Math.max(left, right),
  };
}
