/**
 * Applying hand-made column mappings (domain.md: "Users may remap any column by hand") to
 * the header rows the reader found. Pure.
 */

import type { Field, Issue, TableKind } from '../model/types';
import { FIELDS } from '../model/types';
import type { ColumnOverride } from './types';
import { FIELD_LABELS, inferKind } from './headers';
import { makeIssue } from './read-cells';
import { buildSegment, headerCells, type HeaderEntry, type Segment } from './find-tables';
import { rowAt } from './parse-rows';

const KINDS: readonly TableKind[] = ['demand', 'staff', 'summary'];

export function applyOverride(
  ov: ColumnOverride, name: string, originRow: number, originCol: number, values: unknown[],
  entries: HeaderEntry[], byRow: Map<number, HeaderEntry>, wbIssues: Issue[],
): void {
  const hr = typeof ov.headerRow === 'number' ? ov.headerRow - originRow : NaN;
  if (!Number.isInteger(hr) || hr < 0 || hr >= values.length) {
    const row = Number.isFinite(ov.headerRow) ? Math.max(1, Math.floor(ov.headerRow)) : originRow;
    wbIssues.push(makeIssue(name, row, originCol,
      `Kolomtoewijzing voor rij ${String(ov.headerRow)} valt buiten het gelezen bereik: niet toegepast.`,
      `Column mapping for row ${String(ov.headerRow)} lies outside the range read: not applied.`));
    return;
  }
  const given = ov.columns && typeof ov.columns === 'object' ? ov.columns : {};
  const local: [Field, number | null][] = [];
  for (const f of FIELDS) {
    if (!Object.prototype.hasOwnProperty.call(given, f)) continue;
    const v = given[f];
    if (v === null) local.push([f, null]);
    else if (typeof v === 'number' && Number.isInteger(v) && v - originCol >= 0 && v - originCol < 16384) {
      local.push([f, v - originCol]);
    } else if (v !== undefined) {
      wbIssues.push(makeIssue(name, ov.headerRow, originCol,
        `Kolomtoewijzing ${FIELD_LABELS[f].nl} → ${String(v)} valt buiten het gelezen bereik: niet toegepast.`,
        `Column mapping ${f} → ${String(v)} lies outside the range read: not applied.`));
    }
  }
  let entry = byRow.get(hr);
  let seg: Segment;
  if (!entry) {
    const cells = headerCells(rowAt(values, hr));
    seg = buildSegment(cells);
    if (cells.length === 0) {
      const cs = local.filter((x) => x[1] !== null).map((x) => x[1] as number);
      seg.c1 = cs.length ? Math.min(...cs) : 0;
      seg.c2 = cs.length ? Math.max(...cs) : 0;
    }
    entry = { r: hr, segs: [seg] };
    entries.push(entry);
    byRow.set(hr, entry);
  } else {
    // The segment holding most of the override's columns.
    seg = entry.segs[0];
    let best = -1;
    for (const s of entry.segs) {
      let hits = 0;
      for (const [, c] of local) if (c !== null && c >= s.c1 && c <= s.c2) hits++;
      if (hits > best) {
        best = hits;
        seg = s;
      }
    }
  }
  const targets = new Set<number>();
  for (const [f, c] of local) {
    if (c === null) {
      delete seg.columns[f];
      continue;
    }
    targets.add(c);
    for (const g of FIELDS) {
      if (g !== f && seg.columns[g] === c && !Object.prototype.hasOwnProperty.call(given, g)) delete seg.columns[g];
    }
    seg.columns[f] = c;
    if (c < seg.c1) seg.c1 = c;
    if (c > seg.c2) seg.c2 = c;
  }
  seg.dups = seg.dups.filter(
    (d) => !Object.prototype.hasOwnProperty.call(given, d.field) && !targets.has(d.cell.c),
  );
  seg.kind = ov.kind && KINDS.includes(ov.kind) ? ov.kind : inferKind(seg.columns);
  if (!seg.kind) {
    wbIssues.push(makeIssue(name, originRow + hr, originCol + seg.c1,
      `De kolomtoewijzing voor rij ${originRow + hr} geeft geen herkenbare formatietabel (lesvraag, personeel of overzicht).`,
      `The column mapping for row ${originRow + hr} makes no recognisable formation table (demand, staff or summary).`));
  }
}

