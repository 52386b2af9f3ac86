/**
 * The formulas of projection.md, one function each, named by P-number so that `grep P3`
 * finds it (as formulas.ts does for F-numbers). Scalar and pure.
 */

/** P1 intake: S(y, 1) = S(0, 1) × (1 + intakeGrowth)^y. */
export function p1Intake(s0: number, intakeGrowth: number, y: number): number {
  return s0 * Math.pow(1 + intakeGrowth, y);
}

/** P1 moving up: S(y, k) = S(y−1, k−1) × transition (1 < k ≤ finalYear). */
export function p1MoveUp(previousYearPupils: number, transition: number): number {
  return previousYearPupils * transition;
}

/**
 * P2 a demand row's pupils: its cohort's projected pupils × (the row's pupils / the
 * cohort's pupils in year 0), so an elective keeps its share.
 */
export function p2RowPupils(cohortPupils: number, rowPupils0: number, cohortPupils0: number): number {
  if (rowPupils0 === cohortPupils0) return cohortPupils; // share 1, exactly
  if (cohortPupils0 === 0) return NaN;
  return (cohortPupils * rowPupils0) / cohortPupils0;
}

/** Ceiling that ignores floating noise (56.000000000001 / 28 is 2 groups). */
function ceilClean(q: number): number {
  const r = Math.round(q);
  return Math.abs(q - r) < 1e-9 ? r : Math.ceil(q);
}

/**
 * P2 groups: F1 (ceil(pupils / maxGroupSize)) where a group size is known, else
 * ceil(pupils / the row's year-0 average group size). NaN when neither is known.
 */
export function p2Groups(pupils: number, maxGroupSize: number | null, rowPupils0: number | null, rowGroups0: number | null): number {
  if (maxGroupSize !== null && maxGroupSize > 0) return ceilClean(pupils / maxGroupSize);
  if (rowPupils0 === null || rowGroups0 === null) return NaN;
  if (rowGroups0 === 0) return 0;
  const average = rowPupils0 / rowGroups0;
  if (average === 0) return rowGroups0; // a group without pupils stays as it is
  return ceilClean(pupils / average);
}

/** P3 teacher availability: A(y) = (A(y−1) − R(y)) × (1 − attrition) + hiring + T(y). */
export function p3Available(previous: number, retiring: number, attrition: number, hiring: number, trained: number): number {
  return (previous - retiring) * (1 - attrition) + hiring + trained;
}

export interface TraineePath {
  /** O(y): assistant FTE not (yet) in training, y = 0..years. */
  assistants: number[];
  /** started(y): assistant FTE that starts teacher training in year y (started(0) = 0). */
  started: number[];
  /** T(y) = started(y − years): FTE that counts as teacher FTE from year y (0 before that). */
  trained: number[];
}

/**
 * P3 assistants who train to become teachers: started(y) = O(y−1) × share,
 * O(y) = O(y−1) − started(y), O(0) the available assistant FTE, T(y) = started(y − n).
 */
export function p3Trainees(assistants0: number, share: number, trainingYears: number, horizon: number): TraineePath {
  const assistants = [assistants0];
  const started = [0];
  const trained = [0];
  for (let y = 1; y <= horizon; y++) {
    const s = assistants[y - 1] * share;
    started.push(s);
    assistants.push(assistants[y - 1] - s);
    trained.push(y - trainingYears >= 1 ? started[y - trainingYears] : 0);
  }
  return { assistants, started, trained };
}

/** P4 shortage(y) = need(y) − A(y), never clamped (a negative shortage is a surplus). */
export function p4Shortage(need: number, available: number): number {
  return need - available;
}

/**
 * P3 retirement: the school year (0-based, year 0 starting on 1 August of `start0`) in
 * which someone born on `birthDate` (YYYY-MM-DD) reaches `retirementAge` years (whole months:
 * 67.25 is 67 years and 3 months); −1 when that was before year 0. They leave in R(that + 1).
 */
export function p3RetirementYear(birthDate: string, retirementAge: number, start0: number): number {
  const y = Number(birthDate.slice(0, 4));
  const m = Number(birthDate.slice(5, 7));
  const months = Math.round(retirementAge * 12);
  const total = (m - 1) + months;
  const ry = y + Math.floor(total / 12);
  const rm = (total % 12) + 1; // 1..12
  // The school year of (ry, rm, d): it starts on 1 August.
  const schoolStart = rm >= 8 ? ry : ry - 1;
  return Math.max(-1, schoolStart - start0);
}

/**
 * P3 retirement from an age column: someone aged `age` on 1 August of year 0 reaches
 * `retirementAge` after t = retirementAge − age years, in school year floor(t); −1 when
 * t ≤ 0 (already there in year 0: counted in year 0, gone in R(1)).
 */
export function p3RetirementYearFromAge(age: number, retirementAge: number): number {
  const t = retirementAge - age;
  if (t <= 0) return -1;
  return Math.floor(t + 1e-9);
}
