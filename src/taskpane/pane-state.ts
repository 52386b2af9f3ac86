/**
 * The pane's workbook state, shared by the App (which owns it) and the tabs that show it:
 * the sheets as read (cached, so remapping columns re-runs only the pure reader), the
 * column overrides made by hand, the reader's result and the analysis (or why it failed).
 */

import type { Analysis } from '../model/api';
import type { ColumnOverride, ReadResult, SheetValues } from '../sheet/types';

export interface PaneState {
  sheets: SheetValues[] | null;
  overrides: ColumnOverride[];
  read: ReadResult | null;
  analysis: Analysis | null;
  analysisError: string | null;
}

export const EMPTY_PANE: PaneState = {
  sheets: null,
  overrides: [],
  read: null,
  analysis: null,
  analysisError: null,
};
