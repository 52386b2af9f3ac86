/**
 * The readable report of `formatie prognose`: the assumptions ("aanname"), one row per
 * school year, the shortage after each scenario per year, the subjects whose shortage
 * grows most, and the notes.
 */

import type { Issue } from '../model/types';
import type { Lang } from '../model/labels';
import { YEAR_KEYS, YEAR_LABELS, type Projection } from '../model/projection';
import { PROJECTION_DEFAULTS, PROJECTION_LABELS, DEFAULT_FINAL_YEAR } from '../model/projection-params';
import { formatNumberOrNull as formatNumber, nullText } from '../model/format';
import { headLines, shortName, textTable, wrap } from './format';

const TEXT = {
  nl: {
    heading: (f: string, n: number) => `Formatieplanner VO \u2013 meerjarenprognose van ${f} (${n} jaar)`,
    assumptions: 'Aannames',
    assumption: 'aanname',
    own: 'eigen waarde',
    none: 'geen',
    perYear: 'Per schooljaar',
    scenarios: 'Tekort na scenario (FTE)',
    subjects: (a: string, b: string) => `Vakken waar het tekort het meest groeit (${a} \u2192 ${b})`,
    subject: 'Vak', growth: 'Groei tekort',
    noSubjects: 'Geen beschikbaarheid per vak (de personeelstabel heeft geen kolom vak).',
    notes: (n: number) => `Meldingen (${n})`,
    more: (n: number) => `\u2026 en nog ${n} (alle meldingen: --json)`,
    nullNote: (n: string) => `"${n}" betekent: de werkmap bevat de gegevens hiervoor niet (geen 0).`,
    share: (s: number, y: number) => `${formatNumber(s * 100, 0, 'nl')}% per jaar, leraar na ${y} jaar`,
    retiring: 'Pensioen',
  },
  en: {
    heading: (f: string, n: number) => `Formatieplanner VO \u2013 multi-year projection of ${f} (${n} years)`,
    assumptions: 'Assumptions',
    assumption: 'assumption',
    own: 'own value',
    none: 'none',
    perYear: 'Per school year',
    scenarios: 'Shortage after scenario (FTE)',
    subjects: (a: string, b: string) => `Subjects whose shortage grows most (${a} \u2192 ${b})`,
    subject: 'Subject', growth: 'Shortage growth',
    noSubjects: 'No availability per subject (the staff table has no subject column).',
    notes: (n: number) => `Notes (${n})`,
    more: (n: number) => `\u2026 and ${n} more (all notes: --json)`,
    nullNote: (n: string) => `"${n}" means: the workbook does not hold the data for this (not 0).`,
    share: (s: number, y: number) => `${formatNumber(s * 100, 0, 'en')}% a year, teacher after ${y} years`,
    retiring: 'Retiring',
  },
};

function fte(v: number | null, lang: Lang): string {
  return formatNumber(v, 2, lang);
}

export function formatPrognose(file: string, p: Projection, issues: Issue[], notes: (string | null)[], lang: Lang, maxNotes = 25): string {
  const T = TEXT[lang];
  const out: string[] = [];
  const first = p.years[0];
  const last = p.years[p.years.length - 1];
  out.push(T.heading(file, p.parameters.years), '');

  // Assumptions, marked as such when they are the defaults.
  out.push(T.assumptions);
  const par = p.parameters;
  const mark = (isDefault: boolean) => (isDefault ? ` (${T.assumption})` : ` (${T.own})`);
  const finalOwn = Object.entries(par.finalYear).filter(([k, v]) => DEFAULT_FINAL_YEAR[k] !== v);
  const rows: string[][] = [
    [PROJECTION_LABELS.years[lang], `${par.years}${mark(par.years === PROJECTION_DEFAULTS.years)}`],
    [PROJECTION_LABELS.intakeGrowth[lang], `${formatNumber(par.intakeGrowth * 100, 1, lang)}%${mark(par.intakeGrowth === PROJECTION_DEFAULTS.intakeGrowth)}`],
    [PROJECTION_LABELS.transition[lang], `${formatNumber(par.transition, 2, lang)}${mark(par.transition === PROJECTION_DEFAULTS.transition)}`],
    [PROJECTION_LABELS.finalYear[lang], `vmbo/mavo 4, havo 5, vwo 6${finalOwn.map(([k, v]) => `, ${k} ${v}`).join('')}${mark(finalOwn.length === 0)}`],
    [PROJECTION_LABELS.attrition[lang], `${formatNumber(par.attrition * 100, 1, lang)}%${mark(par.attrition === PROJECTION_DEFAULTS.attrition)}`],
    [PROJECTION_LABELS.retirementAge[lang], `${formatNumber(par.retirementAge, 2, lang)}${mark(par.retirementAge === PROJECTION_DEFAULTS.retirementAge)}`],
    [PROJECTION_LABELS.hiring[lang], `${fte(par.hiring, lang)} FTE${mark(par.hiring === PROJECTION_DEFAULTS.hiring)}`],
    [PROJECTION_LABELS.assistantToTeacher[lang], par.assistantToTeacher ? T.share(par.assistantToTeacher.share, par.assistantToTeacher.years) : `${T.none}${mark(true)}`],
    [PROJECTION_LABELS.firstYear[lang], par.firstYear],
  ];
  out.push(...textTable(rows, { leftColumns: 2 }), '');

  // Figures per year.
  out.push(T.perYear);
  const head = [YEAR_LABELS.label[lang], ...YEAR_KEYS.map((k) => (k === 'retiringFte' ? T.retiring : YEAR_LABELS[k][lang]))];
  const body = p.years.map((y) => [
    y.label,
    formatNumber(y.students, 0, lang),
    formatNumber(y.groups, 0, lang),
    fte(y.teacherFteNeeded, lang),
    fte(y.teacherFteAvailable, lang),
    fte(y.retiringFte, lang),
    fte(y.shortageFte, lang),
    fte(y.assistantFte, lang),
  ]);
  // Headings in up to three lines, so the table fits in the report's 100 columns.
  const heads = head.map((h) => headLines(h, 10, 3));
  const headRows = [0, 1, 2].map((l) => heads.map((h) => h[l])).filter((r) => r.some((x) => x !== ''));
  out.push(...textTable([...headRows, ...body]), '');

  // Shortage after each scenario.
  if (first.scenarios.length > 1) {
    out.push(T.scenarios);
    const sh = [YEAR_LABELS.label[lang], ...first.scenarios.map((s) => shortName(s.name, 22))];
    const sb = p.years.map((y) => [y.label, ...y.scenarios.map((s) => fte(s.shortageAfterFte, lang))]);
    out.push(...textTable([sh, ...sb]));
    notes.forEach((n, i) => {
      if (n) out.push(...wrap(n, `  ${shortName(first.scenarios[i + 1].name, 40)}: `, '    '));
    });
    out.push('');
  }

  // Subjects whose shortage grows most.
  const growth = first.bySubject
    .map((s, i) => ({ subject: s.subject, from: s.shortageFte, to: last.bySubject[i]?.shortageFte ?? null }))
    .filter((g) => g.from !== null && g.to !== null)
    .map((g) => ({ ...g, d: (g.to as number) - (g.from as number) }))
    .sort((a, b) => b.d - a.d)
    .slice(0, 8);
  out.push(T.subjects(first.label, last.label));
  if (growth.length === 0) out.push(`  ${T.noSubjects}`);
  else {
    out.push(...textTable([
      [T.subject, first.label, last.label, T.growth],
      ...growth.map((g) => [g.subject, fte(g.from, lang), fte(g.to, lang), (g.d > 0 ? '+' : '') + fte(g.d, lang)]),
    ]));
  }
  out.push('');

  out.push(T.notes(issues.length));
  for (const i of issues.slice(0, maxNotes)) out.push(...wrap(lang === 'en' && i.messageEn ? i.messageEn : i.message, `  ${i.cell ? `${i.cell}: ` : ''}`, '    '));
  if (issues.length > maxNotes) out.push(`  ${T.more(issues.length - maxNotes)}`);
  out.push('', T.nullNote(nullText(lang)));
  return out.join('\n') + '\n';
}
