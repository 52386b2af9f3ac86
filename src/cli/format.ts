/**
 * Plain-text tables for the CLI report. Numbers come from the model's one formatter
 * (model/format.ts, its null-as-dash variant formatFigureOrNull).
 */

/**
 * Aligned plain-text columns: the first column left-aligned, the others right-aligned
 * (set `leftColumns` to left-align more). Two spaces between columns, `indent` before each line.
 */
export function textTable(rows: string[][], options: { indent?: string; leftColumns?: number } = {}): string[] {
  const indent = options.indent ?? '  ';
  const left = options.leftColumns ?? 1;
  const widths: number[] = [];
  for (const row of rows) {
    row.forEach((cell, i) => {
      widths[i] = Math.max(widths[i] ?? 0, [...cell].length);
    });
  }
  return rows.map((row) =>
    (indent + row
      .map((cell, i) => {
        const pad = ' '.repeat(widths[i] - [...cell].length);
        return i < left ? cell + pad : pad + cell;
      })
      .join('  ')).trimEnd(),
  );
}

/** Shortens a scenario name for a column header: the part before " (", at most `max` characters. */
export function shortName(name: string, max = 24): string {
  let s = name;
  const p = s.indexOf(' (');
  if (p > 0) s = s.slice(0, p);
  if ([...s].length > max) s = [...s].slice(0, max - 1).join('') + '\u2026';
  return s;
}

/** The report's width: every line fits in 100 columns. */
export const REPORT_WIDTH = 100;

/** Wraps `text` at word boundaries to `width`, the first line after `first`, the rest after `rest`. */
export function wrap(text: string, first: string, rest = first, width = REPORT_WIDTH): string[] {
  // A euro sign stays with its amount ("€ 56.000" is never split over two lines).
  const words = text.split(/(?<!\u20ac)\s+/).filter(Boolean);
  const out: string[] = [];
  let line = first;
  let empty = true;
  for (const w of words) {
    const add = empty ? w : ` ${w}`;
    if (!empty && [...line].length + [...add].length > width) {
      out.push(line);
      line = rest + w;
    } else line += add;
    empty = false;
  }
  out.push(line);
  return out;
}

/**
 * A table of a label column and value columns that fits in `width`: value columns are split
 * into blocks, each repeating the label column and the first `keep` value columns (the
 * current situation), blocks separated by a blank line. `header` may have several rows.
 */
export function fitTable(header: string[][], body: string[][], options: { keep?: number; width?: number } = {}): string[] {
  const width = options.width ?? REPORT_WIDTH;
  const keep = options.keep ?? 0;
  const rows = [...header, ...body];
  const n = Math.max(...rows.map((r) => r.length));
  const w = (i: number) => Math.max(...rows.map((r) => [...(r[i] ?? '')].length));
  const indent = 2;
  const base = indent + w(0) + Array.from({ length: keep }, (_, k) => 2 + w(1 + k)).reduce((a, b) => a + b, 0);
  const blocks: number[][] = [];
  let cur: number[] = [];
  let used = base;
  for (let i = 1 + keep; i < n; i++) {
    const need = 2 + w(i);
    if (cur.length > 0 && used + need > width) {
      blocks.push(cur);
      cur = [];
      used = base;
    }
    cur.push(i);
    used += need;
  }
  if (cur.length > 0 || blocks.length === 0) blocks.push(cur);
  const out: string[] = [];
  blocks.forEach((b, k) => {
    if (k > 0) out.push('');
    const cols = [0, ...Array.from({ length: keep }, (_, j) => 1 + j), ...b];
    const pick = (r: string[]) => cols.map((c) => r[c] ?? '');
    // Header rows blank in this block are left out.
    const head = header.map(pick).filter((r) => r.some((x) => x !== ''));
    out.push(...textTable([...head, ...body.map(pick)]));
  });
  return out;
}

/**
 * A column heading in at most `lines` lines of at most `max` characters (the last line cut
 * with "…"), bottom-aligned: headLines("1. Klassikaal + OA", 14, 3) = ["", "1. Klassikaal", "+ OA"].
 */
export function headLines(text: string, max: number, lines = 3): string[] {
  const out: string[] = [];
  let cur = '';
  for (const w of text.split(' ').filter(Boolean)) {
    const next = cur ? `${cur} ${w}` : w;
    if ([...next].length <= max || !cur) cur = next;
    else {
      out.push(cur);
      cur = w;
    }
  }
  if (cur) out.push(cur);
  const kept = out.slice(0, lines);
  if (out.length > lines) kept[lines - 1] = shortName(`${kept[lines - 1]} ${out.slice(lines).join(' ')}`, max);
  // A single long word ("onderwijsassistenten") is kept whole: cutting it would hide the figure's name.
  const fitted = kept.map((l) => ([...l].length > max && l.includes(' ') ? shortName(l, max) : l));
  return [...Array(lines - fitted.length).fill(''), ...fitted];
}
