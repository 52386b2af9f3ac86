/**
 * The reader's optional progress (browser mode's progress bar): non-decreasing, within
 * 0..1, ending at 1, and the values read are the same with or without it.
 */

import * as fs from 'fs';
import * as path from 'path';
import { loadWorkbookValues } from '../../src/io/xlsx';

const EXAMPLE = path.resolve(__dirname, '..', '..', 'examples', 'voorbeeld-formatie.xlsx');

test('onProgress rises from 0 to 1 and does not change what is read', async () => {
  const bytes = new Uint8Array(fs.readFileSync(EXAMPLE));
  const seen: number[] = [];
  const withProgress = await loadWorkbookValues(bytes, { onProgress: (f) => seen.push(f) });
  const without = await loadWorkbookValues(bytes);
  expect(withProgress).toEqual(without);
  expect(seen.length).toBeGreaterThan(1);
  expect(seen[seen.length - 1]).toBe(1);
  for (let i = 1; i < seen.length; i++) expect(seen[i]).toBeGreaterThanOrEqual(seen[i - 1]);
  expect(seen.every((f) => f >= 0 && f <= 1)).toBe(true);
});
