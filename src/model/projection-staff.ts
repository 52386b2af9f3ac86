/**
 * P3 of projection.md, the retirement part: R(y), the teacher FTE of people who reach the
 * retirement age during school year y−1, in total and per subject.
 *
 * Readings of projection.md taken here:
 * - Only staff tables that can tell teachers apart (role or scale) count; a period table's
 *   FTE are averaged over its periods, as in the analysis.
 * - A birth date wins over an age on the same row. An age is the age on 1 August of year 0
 *   (so it needs no calendar year).
 * - A birth date needs the calendar year of year 0: the label of year 0, else the school
 *   year running on the day of the run (`currentSchoolYear`, given by the face), said in
 *   the output; without either the birth dates are not used.
 * - Teachers without a birth date or age (in a table that has the column) are not modelled:
 *   their FTE is named in a note, and they stay available (no retirement guessed).
 */

import type { FormationTable, Issue, StaffTable } from './types';
import { matchKey } from './analysis';
import { note } from './projection-demand';
import { p3RetirementYear, p3RetirementYearFromAge } from './projection-formulas';

export interface RetirementPlan {
  /** R(y), y = 0..years (R(0) = 0). */
  retiring: number[];
  /** Folded subject → R_s(y), for staff tables with a subject column. */
  bySubject: Map<string, number[]>;
  /** True when a birth-date or age column exists and could be used. */
  modelled: boolean;
  notes: Issue[];
}

function fmt(v: number): string {
  return (Math.round(v * 100) / 100).toString();
}

export function planRetirement(
  tables: FormationTable[], years: number, retirementAge: number, start0: number | null, start0FromClock: boolean,
): RetirementPlan {
  const retiring = new Array<number>(years + 1).fill(0);
  const bySubject = new Map<string, number[]>();
  const notes: Issue[] = [];
  const staff = tables.filter((t): t is StaffTable => t.kind === 'staff' && t.categorySource !== 'none');
  const withColumn = staff.filter((t) => t.columns.birthDate !== undefined || t.columns.age !== undefined);
  if (withColumn.length === 0) {
    notes.push(note(staff[0] ?? null,
      'Geen kolom geboortedatum of leeftijd: pensionering is in de prognose niet meegerekend (R = 0).',
      'No date of birth or age column: retirement is not modelled in the projection (R = 0).'));
    return { retiring, bySubject, modelled: false, notes };
  }
  let unknownFte = 0;
  let unplacedFte = 0;
  let usedBirthDates = false;
  for (const t of withColumn) {
    let divisor = 1;
    if (t.columns.period !== undefined) {
      const periods = new Set<string>();
      for (const r of t.rows) if (r.period !== null) periods.add(matchKey(r.period));
      divisor = Math.max(1, periods.size);
    }
    const hasSubject = t.columns.subject !== undefined;
    for (const r of t.rows) {
      if (r.category !== 'teacher' || r.fte === null) continue;
      const fte = r.fte / divisor;
      let idx: number | null = null;
      if (r.birthDate) {
        if (start0 !== null) {
          idx = p3RetirementYear(r.birthDate, retirementAge, start0);
          usedBirthDates = true;
        } else if (r.age === null || r.age === undefined) {
          unplacedFte += fte;
          continue;
        }
      }
      if (idx === null && r.age !== null && r.age !== undefined) idx = p3RetirementYearFromAge(r.age, retirementAge);
      if (idx === null) {
        unknownFte += fte;
        continue;
      }
      const leaves = Math.max(idx, 0) + 1; // gone from year idx + 1 on; past the age in year 0: R(1)
      if (leaves > years) continue;
      retiring[leaves] += fte;
      if (hasSubject) {
        const key = matchKey(r.subject);
        let list = bySubject.get(key);
        if (!list) {
          list = new Array<number>(years + 1).fill(0);
          bySubject.set(key, list);
        }
        list[leaves] += fte;
      }
    }
  }
  const first = withColumn[0];
  if (unknownFte > 0) {
    notes.push(note(first,
      `${fmt(unknownFte)} FTE leraren zonder geboortedatum of leeftijd: hun pensionering is niet meegerekend.`,
      `${fmt(unknownFte)} teacher FTE without a date of birth or age: their retirement is not modelled.`));
  }
  if (unplacedFte > 0) {
    notes.push(note(first,
      `Geen schooljaar gevonden (bladnaam of titelregel zoals 2026-2027): de geboortedata van ${fmt(unplacedFte)} FTE leraren zijn niet te plaatsen; geef eerste schooljaar (firstYear).`,
      `No school year found (sheet name or title row such as 2026-2027): the dates of birth of ${fmt(unplacedFte)} teacher FTE cannot be placed; give the first school year (firstYear).`));
  }
  if (usedBirthDates && start0FromClock && start0 !== null) {
    notes.push(note(first,
      `Geen schooljaar in de werkmap gevonden: pensionering gerekend vanaf het lopende schooljaar ${start0}-${start0 + 1} (aanname).`,
      `No school year found in the workbook: retirement counted from the current school year ${start0}-${start0 + 1} (assumption).`));
  }
  return { retiring, bySubject, modelled: true, notes };
}
