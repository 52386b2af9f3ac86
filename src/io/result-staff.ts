/**
 * The staff table of the result workbook WITHOUT personal data (cli.md, --out: "staff
 * tables appear summarised per location, category and subject, without names, personnel
 * numbers or per-person pay").
 *
 * One row per (location, category, subject) as the table holds them (a column the table
 * lacks is left out), with the number of employees, the FTE and the payroll, both as
 * domain.md defines them: a period table's FTE is averaged over its periods, its cost
 * summed. Groups match trimmed and case-insensitively (as the engine matches locations and
 * subjects); the first spelling read is shown.
 *
 * Readings (not in shared/):
 * - Employees = distinct employee names (trimmed, case-insensitive) when the table has an
 *   employee column, else rows / number of periods, rounded.
 * - A group of fewer than MIN_GROUP_FOR_COST employees shows no payroll: the sum would be
 *   one person's pay (or two people's, each knowing their own). Its FTE is shown.
 * - Rows whose role gives no category appear as category "(onbekend)" / "(unknown)" (model/vocabulary.ts), so the
 *   FTE of the summary adds up to what was read.
 */

import type { Category, StaffTable } from '../model/types';
import type { Lang } from '../model/labels';
import { CATEGORY_LABELS, UNKNOWN } from '../model/vocabulary';

export const MIN_GROUP_FOR_COST = 3;

const ORDER: (Category | null)[] = ['teacher', 'assistant', 'support', 'management', null];

export interface StaffGroup {
  location: string | null;
  category: string;
  subject: string | null;
  employees: number;
  fte: number | null;
  /** null when the table has no cost column, or the group is too small to show it. */
  cost: number | null;
  costHidden: boolean;
}

export interface StaffSummary {
  hasLocation: boolean;
  hasSubject: boolean;
  hasCost: boolean;
  groups: StaffGroup[];
  anyHidden: boolean;
}

const fold = (s: string | null): string => (s === null ? '' : s.trim().toLowerCase());

interface Acc {
  location: string | null;
  category: Category | null;
  subject: string | null;
  names: Set<string>;
  rows: number;
  fte: number;
  fteSeen: boolean;
  cost: number;
  costSeen: boolean;
}

/** The summary rows of one staff table, sorted by location, category, subject. */
export function summariseStaff(table: StaffTable, lang: Lang): StaffSummary {
  const hasLocation = table.columns.location !== undefined;
  const hasSubject = table.columns.subject !== undefined;
  const hasCost = table.columns.cost !== undefined;
  const hasEmployee = table.columns.employee !== undefined;
  let divisor = 1;
  if (table.columns.period !== undefined) {
    const periods = new Set<string>();
    for (const r of table.rows) if (r.period !== null) periods.add(fold(r.period));
    divisor = Math.max(1, periods.size);
  }
  const accs = new Map<string, Acc>();
  for (const r of table.rows) {
    const loc = hasLocation ? r.location : null;
    const subj = hasSubject ? r.subject : null;
    const key = `${fold(loc)}\u0001${r.category ?? ''}\u0001${fold(subj)}`;
    let a = accs.get(key);
    if (!a) {
      a = { location: loc, category: r.category, subject: subj, names: new Set(), rows: 0, fte: 0, fteSeen: false, cost: 0, costSeen: false };
      accs.set(key, a);
    }
    a.rows++;
    if (hasEmployee && r.employee !== null && r.employee.trim()) a.names.add(fold(r.employee));
    if (r.fte !== null && Number.isFinite(r.fte)) {
      a.fte += r.fte / divisor;
      a.fteSeen = true;
    }
    if (r.cost !== null && Number.isFinite(r.cost)) {
      a.cost += r.cost;
      a.costSeen = true;
    }
  }
  // One collator (localeCompare with a locale builds one per call: seconds for 10k groups).
  const collator = new Intl.Collator(lang === 'en' ? 'en-GB' : 'nl-NL', { sensitivity: 'base', numeric: true });
  const cmp = (x: string | null, y: string | null) => collator.compare(fold(x), fold(y));
  const sorted = [...accs.values()].sort(
    (a, b) => cmp(a.location, b.location) || ORDER.indexOf(a.category) - ORDER.indexOf(b.category) || cmp(a.subject, b.subject),
  );
  let anyHidden = false;
  const groups = sorted.map((a): StaffGroup => {
    const employees = hasEmployee ? a.names.size : Math.round(a.rows / divisor);
    const costHidden = hasCost && a.costSeen && employees < MIN_GROUP_FOR_COST;
    if (costHidden) anyHidden = true;
    return {
      location: a.location,
      category: a.category ? CATEGORY_LABELS[a.category][lang] : UNKNOWN[lang],
      subject: a.subject,
      employees,
      fte: a.fteSeen ? a.fte : null,
      cost: hasCost && a.costSeen && !costHidden ? a.cost : null,
      costHidden,
    };
  });
  return { hasLocation, hasSubject, hasCost, groups, anyHidden };
}
