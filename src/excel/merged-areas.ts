/**
 * Merged cells in the Excel adapter (domain.md, "Layouts people make for the eye"): the
 * value of a merged range counts for every cell it covers. The merged areas of each used
 * range are queued in the same sync as its values (no extra round trip) and filled in with
 * `fillMerges` (src/sheet/merges.ts, the one rule every host applies) before the reader runs.
 *
 * Range.getMergedAreasOrNullObject is ExcelApi 1.13, above the manifest's minimum
 * (requirement-sets.ts), so it is only called when the host reports that set; on an older
 * host merged cells are read as Excel gives them (value in the top-left cell only), as before.
 * The method returns the merged areas whose top-left cell lies in the range: exactly the
 * ones whose value is known (a merge's value lives in its top-left cell).
 */

import { fillMerges, parseMergeRef, type MergeArea } from '../sheet/merges';
import { splitAddress } from '../model/address';

/** Whether the host has ExcelApi 1.13 (Range.getMergedAreasOrNullObject). False outside Office. */
export function hostSupportsMergedAreas(): boolean {
  const office = (globalThis as { Office?: typeof Office }).Office;
  try {
    return Boolean(office?.context?.requirements?.isSetSupported('ExcelApi', '1.13'));
  } catch {
    return false;
  }
}

/** Queues the merged areas of a (non-null) used range: loaded by the caller's next sync. */
export function queueMergedAreas(used: Excel.Range): Excel.RangeAreas {
  const merged = used.getMergedAreasOrNullObject();
  merged.load('areas/items/address');
  return merged;
}

/** The merged areas of a synced RangeAreas proxy (none for a null object). */
export function mergeAreasOf(merged: Excel.RangeAreas): MergeArea[] {
  if (merged.isNullObject) return [];
  const out: MergeArea[] = [];
  for (const area of merged.areas.items) {
    const m = parseMergeRef(splitAddress(area.address).range);
    if (m) out.push(m);
  }
  return out;
}

/** Fills the merges into a sheet's values (in place); returns the number of cells filled. */
export function applyMerges(values: unknown[][], merges: readonly MergeArea[], originRow: number, originCol: number): number {
  return merges.length ? fillMerges(values, merges, originRow, originCol) : 0;
}
