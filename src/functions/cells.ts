/// <reference path="./custom-functions-runtime.d.ts" />
/**
 * The twelve cell functions of functions.md: thin wrappers around the formulas of
 * domain.md (src/model/formulas.ts), element-wise over ranges (see coerce.ts for the
 * value and error rules). The JSDoc tags are the source of dist/functions.json (English);
 * the Dutch names and descriptions live in translations.ts. The metadata plugin appends
 * the CustomFunctions.associate calls to this file at build time.
 *
 * Parameter types are written inline (`any[][]`): the metadata generator rejects aliases.
 * The parameters are `any` so that blanks, text and error values reach the code and get
 * the per-element treatment of functions.md instead of failing the whole formula.
 */

import {
  f1Groups,
  f3TeacherFte,
  f4Ratio,
  f5Productivity,
  f6TransferredHours,
  f7NetHoursFreed,
  f8HoursFreedPerFtePerWeek,
  f9AssistantFteForTasks,
  f10Plaza,
  f11ProductivityFte,
  f12ExtraLessonFte,
  f13AssistantsByRatio,
  type PlazaLayout,
  type TaskShare,
} from '../model/formulas';
import { DEFAULT_NORMS, NORM_DEFS, normKeyFrom } from '../model/norms';
import {
  GAIN,
  NON_NEG,
  SHARE,
  broadcast,
  coerceCell,
  elementwise,
  finish,
  flatten,
  readElement,
  resetShared,
  type ArgSpec,
} from './coerce';
import { errorCodeOf, excelError, isOutputCode, uiLang } from './errors';

const N = DEFAULT_NORMS;

/** Argument specs by English name; the Dutch names equal those of translations.ts (tested). */
const A: Record<string, ArgSpec> = {
  students: { en: 'students', nl: 'leerlingen', kind: NON_NEG },
  maxGroupSize: { en: 'maxGroupSize', nl: 'groepsgrootte', kind: NON_NEG },
  lessonsPerWeek: { en: 'lessonsPerWeek', nl: 'lessenPerWeek', kind: NON_NEG },
  lessonMinutes: { en: 'lessonMinutes', nl: 'lesduur', kind: NON_NEG, def: N.lessonMinutes },
  teachingWeeks: { en: 'teachingWeeks', nl: 'lesweken', kind: NON_NEG, def: N.teachingWeeks },
  maxTeachingHours: { en: 'maxTeachingHours', nl: 'lestaak', kind: NON_NEG, def: N.maxTeachingHours },
  fte: { en: 'fte', nl: 'fte', kind: NON_NEG },
  teacherFte: { en: 'teacherFte', nl: 'fteLeraren', kind: NON_NEG },
  hoursPerFte: { en: 'hoursPerFte', nl: 'urenPerFte', kind: NON_NEG },
  taskShare: { en: 'share', nl: 'aandeel', kind: SHARE },
  transferredHours: { en: 'transferredHours', nl: 'overgedragenUren', kind: NON_NEG },
  coordinationShare: { en: 'coordinationShare', nl: 'coordinatietijd', kind: SHARE, def: N.coordinationShare },
  netHoursFreed: { en: 'netHoursFreed', nl: 'nettoVrijeUren', kind: NON_NEG },
  assistantHours: { en: 'assistantHours', nl: 'urenOA', kind: NON_NEG, def: N.assistantHours },
  studentsPerAssistant: { en: 'studentsPerAssistant', nl: 'leerlingenPerOA', kind: NON_NEG },
  plazaSize: { en: 'plazaSize', nl: 'pleingrootte', kind: NON_NEG },
  teachersPerPlaza: { en: 'teachersPerPlaza', nl: 'lerarenPerPlein', kind: NON_NEG },
  assistantsPerPlaza: { en: 'assistantsPerPlaza', nl: 'oaPerPlein', kind: NON_NEG },
  gain: { en: 'gain', nl: 'winst', kind: GAIN },
  productivityShare: { en: 'share', nl: 'aandeel', kind: SHARE, def: 1 },
  reinvestShare: { en: 'reinvestShare', nl: 'herinvestering', kind: SHARE },
  surcharge: { en: 'surcharge', nl: 'opslagfactor', kind: NON_NEG, def: N.surcharge },
  key: { en: 'key', nl: 'sleutel', kind: NON_NEG },
};

/** The argument specs of every cell function, in order (tests compare them with translations.ts). */
export const CELL_ARGS: Record<string, readonly ArgSpec[]> = {
  GROUPS: [A.students, A.maxGroupSize],
  TEACHER_FTE: [A.lessonsPerWeek, A.lessonMinutes, A.teachingWeeks, A.maxTeachingHours],
  STUDENTS_PER_FTE: [A.students, A.fte],
  TRANSFER_HOURS: [A.teacherFte, A.hoursPerFte, A.taskShare],
  HOURS_FREED: [A.transferredHours, A.coordinationShare],
  HOURS_FREED_PER_WEEK: [A.netHoursFreed, A.teacherFte, A.teachingWeeks],
  ASSISTANT_FTE: [A.transferredHours, A.assistantHours],
  ASSISTANTS_BY_RATIO: [A.students, A.studentsPerAssistant],
  PLAZA: [
    A.students, A.lessonsPerWeek, A.plazaSize, A.teachersPerPlaza, A.assistantsPerPlaza,
    A.lessonMinutes, A.teachingWeeks, A.maxTeachingHours, A.assistantHours,
  ],
  PRODUCTIVITY_FTE: [A.teacherFte, A.gain, A.productivityShare],
  EXTRA_LESSON_FTE: [A.netHoursFreed, A.reinvestShare, A.surcharge, A.maxTeachingHours],
  NORM: [A.key],
};
const S = CELL_ARGS;

/**
 * Teaching groups for a number of students (F1: students divided by the maximum group size, rounded up).
 * @customfunction GROUPS GROUPS
 * @param students Number of students (a cell or a column).
 * @param maxGroupSize Maximum students per teaching group.
 * @returns Number of teaching groups.
 */
export function GROUPS(students: any[][], maxGroupSize: any[][]): any[][] {
  return elementwise('GROUPS', S.GROUPS, [students, maxGroupSize], (x) => f1Groups(x[0], x[1]));
}

/**
 * Teacher FTE needed for a number of teacher lessons per week (F3).
 * @customfunction TEACHER_FTE TEACHER_FTE
 * @param lessonsPerWeek Teacher lessons per week (groups × lessons per group).
 * @param [lessonMinutes] Minutes per lesson. Default 50.
 * @param [teachingWeeks] Weeks with lessons per year. Default 37.8.
 * @param [maxTeachingHours] Clock hours of lessons per FTE per year. Default 720.
 * @returns Teacher FTE.
 */
export function TEACHER_FTE(
  lessonsPerWeek: any[][],
  lessonMinutes?: any[][],
  teachingWeeks?: any[][],
  maxTeachingHours?: any[][],
): any[][] {
  return elementwise('TEACHER_FTE', S.TEACHER_FTE, [lessonsPerWeek, lessonMinutes, teachingWeeks, maxTeachingHours], (x) =>
    f3TeacherFte(x[0], x[1], x[2], x[3]),
  );
}

/**
 * Students per FTE (F4), such as students per teacher FTE or per assistant FTE.
 * @customfunction STUDENTS_PER_FTE STUDENTS_PER_FTE
 * @param students Number of students.
 * @param fte FTE (teachers, assistants or staff).
 * @returns Students per FTE.
 */
export function STUDENTS_PER_FTE(students: any[][], fte: any[][]): any[][] {
  return elementwise('STUDENTS_PER_FTE', S.STUDENTS_PER_FTE, [students, fte], (x) => f4Ratio(x[0], x[1]));
}

/**
 * Teacher hours per year transferred to assistants (F6): teacher FTE × Σ hours per FTE × share over the tasks.
 * @customfunction TRANSFER_HOURS TRANSFER_HOURS
 * @param teacherFte Teacher FTE (a cell or a column).
 * @param hoursPerFte Teacher hours per FTE per year of each task (a range: the task catalogue).
 * @param share Share 0..1 of each task that assistants take over (a range as long as hoursPerFte).
 * @returns Transferred hours per year.
 */
export function TRANSFER_HOURS(teacherFte: any[][], hoursPerFte: any[][], share: any[][]): any[][] {
  const lang = uiLang();
  const [fteSpec, hoursSpec, shareSpec] = S.TRANSFER_HOURS;
  const hours = flatten(hoursPerFte);
  const shares = flatten(share);
  if (hours.length !== shares.length) {
    throw excelError(
      '#VALUE!',
      lang === 'nl'
        ? `TRANSFER_HOURS: ${hoursSpec.nl} heeft ${hours.length} waarden en ${shareSpec.nl} ${shares.length}; geef per taak één aantal uren en één aandeel.`
        : `TRANSFER_HOURS: ${hoursSpec.en} has ${hours.length} values and ${shareSpec.en} ${shares.length}; give one hours figure and one share per task.`,
    );
  }
  // The catalogue is the same for every element: check it once; a bad cell fails the formula.
  const tasks: TaskShare[] = [];
  for (let i = 0; i < hours.length; i++) {
    const h = coerceCell(hours[i], hoursSpec, lang);
    const s = coerceCell(shares[i], shareSpec, lang);
    if (h !== null && typeof h === 'object') throw h.e;
    if (s !== null && typeof s === 'object') throw s.e;
    // A blank row of the catalogue (blank hours or blank share) counts as share 0.
    if (h === null || s === null) continue;
    tasks.push({ hoursPerFte: h, share: s });
  }
  const b = broadcast('TRANSFER_HOURS', [fteSpec], [teacherFte]);
  resetShared();
  const x = new Float64Array(1);
  const out: unknown[][] = new Array(b.rows);
  for (let r = 0; r < b.rows; r++) {
    const row: unknown[] = new Array(b.cols);
    for (let c = 0; c < b.cols; c++) {
      const bad = readElement(b, r, c, x);
      row[c] = bad === undefined ? finish(f6TransferredHours(x[0], tasks)) : bad;
    }
    out[r] = row;
  }
  return out;
}

/**
 * Net teacher hours freed per year (F7): transferred hours minus the teachers' time to coordinate the assistants.
 * @customfunction HOURS_FREED HOURS_FREED
 * @param transferredHours Hours per year transferred to assistants.
 * @param [coordinationShare] Teacher hours of coordination per transferred hour, 0..1. Default 0.10 (assumption).
 * @returns Net hours freed per year.
 */
export function HOURS_FREED(transferredHours: any[][], coordinationShare?: any[][]): any[][] {
  return elementwise('HOURS_FREED', S.HOURS_FREED, [transferredHours, coordinationShare], (x) => f7NetHoursFreed(x[0], x[1]));
}

/**
 * Hours freed per teacher FTE per teaching week (F8).
 * @customfunction HOURS_FREED_PER_WEEK HOURS_FREED_PER_WEEK
 * @param netHoursFreed Net hours freed per year.
 * @param teacherFte Teacher FTE.
 * @param [teachingWeeks] Weeks with lessons per year. Default 37.8.
 * @returns Hours per teacher FTE per week.
 */
export function HOURS_FREED_PER_WEEK(netHoursFreed: any[][], teacherFte: any[][], teachingWeeks?: any[][]): any[][] {
  return elementwise('HOURS_FREED_PER_WEEK', S.HOURS_FREED_PER_WEEK, [netHoursFreed, teacherFte, teachingWeeks], (x) =>
    f8HoursFreedPerFtePerWeek(x[0], x[1], x[2]),
  );
}

/**
 * Assistant FTE needed to take over a number of teacher hours (F9).
 * @customfunction ASSISTANT_FTE ASSISTANT_FTE
 * @param transferredHours Hours per year transferred to assistants.
 * @param [assistantHours] Workable hours of one assistant FTE per year. Default 1619.
 * @returns Assistant FTE.
 */
export function ASSISTANT_FTE(transferredHours: any[][], assistantHours?: any[][]): any[][] {
  return elementwise('ASSISTANT_FTE', S.ASSISTANT_FTE, [transferredHours, assistantHours], (x) =>
    f9AssistantFteForTasks(x[0], x[1]),
  );
}

/**
 * Assistant FTE by a ratio of students per assistant (F13), a benchmark.
 * @customfunction ASSISTANTS_BY_RATIO ASSISTANTS_BY_RATIO
 * @param students Number of students.
 * @param studentsPerAssistant Students per assistant FTE (such as 216.7 or 82.5).
 * @returns Assistant FTE.
 */
export function ASSISTANTS_BY_RATIO(students: any[][], studentsPerAssistant: any[][]): any[][] {
  return elementwise('ASSISTANTS_BY_RATIO', S.ASSISTANTS_BY_RATIO, [students, studentsPerAssistant], (x) =>
    f13AssistantsByRatio(x[0], x[1]),
  );
}

/**
 * A learning plaza for all lessons of a cohort (F10 with share 1): one row of teacher FTE, assistant FTE and students per teacher contact hour.
 * @customfunction PLAZA PLAZA
 * @param students Number of students (a cell or a column).
 * @param lessonsPerWeek Lessons per week of the cohort.
 * @param plazaSize Students per plaza (such as 90).
 * @param teachersPerPlaza Teachers per plaza.
 * @param assistantsPerPlaza Assistants per plaza.
 * @param [lessonMinutes] Minutes per lesson. Default 50.
 * @param [teachingWeeks] Weeks with lessons per year. Default 37.8.
 * @param [maxTeachingHours] Clock hours of lessons per FTE per year. Default 720.
 * @param [assistantHours] Workable hours of one assistant FTE per year. Default 1619.
 * @returns One row per element: teacher FTE, assistant FTE, students per teacher contact hour.
 */
export function PLAZA(
  students: any[][],
  lessonsPerWeek: any[][],
  plazaSize: any[][],
  teachersPerPlaza: any[][],
  assistantsPerPlaza: any[][],
  lessonMinutes?: any[][],
  teachingWeeks?: any[][],
  maxTeachingHours?: any[][],
  assistantHours?: any[][],
): any[][] {
  const b = broadcast(
    'PLAZA',
    S.PLAZA,
    [students, lessonsPerWeek, plazaSize, teachersPerPlaza, assistantsPerPlaza, lessonMinutes, teachingWeeks, maxTeachingHours, assistantHours],
    true,
  );
  resetShared();
  const x = new Float64Array(9);
  const layout: PlazaLayout = { share: 1, size: 0, teachers: 0, assistants: 0 };
  const out: unknown[][] = new Array(b.rows);
  for (let r = 0; r < b.rows; r++) {
    const bad = readElement(b, r, 0, x);
    if (bad !== undefined) {
      out[r] = [bad, bad, bad];
      continue;
    }
    layout.size = x[2];
    layout.teachers = x[3];
    layout.assistants = x[4];
    // F10 with p = 1: the groups term (groups × (1 − p) × L) is 0, so groups do not matter.
    const p = f10Plaza(x[0], 0, x[1], layout, x[5], x[6], x[8]);
    out[r] = [
      finish(f3TeacherFte(p.teacherLessonsPerWeek, x[5], x[6], x[7])),
      finish(p.assistantFte),
      finish(f5Productivity(x[0] * x[1], p.teacherLessonsPerWeek)),
    ];
  }
  return out;
}

/**
 * Teacher FTE needed after a productivity gain on a share of the lessons (F11).
 * @customfunction PRODUCTIVITY_FTE PRODUCTIVITY_FTE
 * @param teacherFte Teacher FTE needed before the gain.
 * @param gain Rise in students per teacher contact hour (0.23 = 23%).
 * @param [share] Share 0..1 of the lessons with the gain. Default 1.
 * @returns Teacher FTE needed after the gain.
 */
export function PRODUCTIVITY_FTE(teacherFte: any[][], gain: any[][], share?: any[][]): any[][] {
  return elementwise('PRODUCTIVITY_FTE', S.PRODUCTIVITY_FTE, [teacherFte, gain, share], (x) =>
    x[1] === -1 ? NaN : f11ProductivityFte(x[0], x[1], x[2]),
  );
}

/**
 * Extra teaching capacity in FTE from freed hours turned into lessons (F12).
 * @customfunction EXTRA_LESSON_FTE EXTRA_LESSON_FTE
 * @param netHoursFreed Net hours freed per year.
 * @param reinvestShare Share 0..1 of the freed hours turned into extra lessons.
 * @param [surcharge] Preparation and follow-up hours per clock hour of lesson. Default 0.67 (assumption).
 * @param [maxTeachingHours] Clock hours of lessons per FTE per year. Default 720.
 * @returns Extra teaching capacity in FTE.
 */
export function EXTRA_LESSON_FTE(
  netHoursFreed: any[][],
  reinvestShare: any[][],
  surcharge?: any[][],
  maxTeachingHours?: any[][],
): any[][] {
  return elementwise('EXTRA_LESSON_FTE', S.EXTRA_LESSON_FTE, [netHoursFreed, reinvestShare, surcharge, maxTeachingHours], (x) =>
    f12ExtraLessonFte(x[0], x[1], x[2], x[3]),
  );
}

/**
 * The default value of a norm of the formation model, by its key or Dutch label (such as lestaak or maxTeachingHours).
 * @customfunction NORM NORM
 * @param key Norm key or Dutch label, such as maxTeachingHours, teachingWeeks, lessonMinutes, assistantHours or lestaak.
 * @returns The norm's default value.
 */
export function NORM(key: any[][]): any[][] {
  const lang = uiLang();
  const m: unknown[][] = Array.isArray(key) ? (key as unknown[][]) : [[key]];
  const out: unknown[][] = new Array(m.length);
  for (let r = 0; r < m.length; r++) {
    const src = Array.isArray(m[r]) ? m[r] : [m[r]];
    const row: unknown[] = new Array(src.length);
    for (let c = 0; c < src.length; c++) row[c] = normValue(src[c], lang);
    out[r] = row;
  }
  return out.length > 0 ? out : [['']];
}

function normValue(v: unknown, lang: 'nl' | 'en'): unknown {
  if (v === null || v === undefined || (typeof v === 'string' && v.trim() === '')) return '';
  const code = errorCodeOf(v);
  if (code !== undefined) return excelError(isOutputCode(code) ? code : '#VALUE!', `key: ${code}`);
  const k = typeof v === 'string' ? normKeyFrom(v) : undefined;
  if (k !== undefined) return N[k];
  const list = NORM_DEFS.map((d) => (lang === 'nl' ? `${d.key} (${d.nl})` : d.key)).join(', ');
  return excelError(
    '#N/A',
    lang === 'nl'
      ? `Onbekende norm "${String(v)}". Bekende normen: ${list}.`
      : `Unknown norm "${String(v)}". Known norms: ${list}.`,
  );
}
