/**
 * The product's words in one place (cli.md, "Labels"): figure labels (labels.ts), the
 * current-situation column, unknown values. Every face (report, workbook, pane, cells)
 * takes its user-visible model words from here; the pane's i18n keeps only pane strings.
 */

export { LABELS, label, type Lang } from './labels';
export { parameterLabel, parameterLabels } from './parameters';

/** The first column of every comparison. */
export const CURRENT_SITUATION = { nl: 'Huidige situatie', en: 'Current situation' } as const;

/** A value the workbook does not give (a row without a location, an unknown category). */
export const UNKNOWN = { nl: '(onbekend)', en: '(unknown)' } as const;
