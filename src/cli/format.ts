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
