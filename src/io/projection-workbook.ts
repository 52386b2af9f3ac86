/**
 * The browser mode's projection download: a NEW workbook with the figures per school year
 * (and the shortage after each scenario), the shortage per subject and the notes, as values.
 *
 * The CLI's prognose workbook (src/cli/prognose-workbook.ts, with a native line chart drawn
 * into the package) still lives in src/cli, which the browser may not import; until it
 * moves to src/io this small writer serves the download, without the chart. Every text
 * from the user's cells is written as plain text (cellText).
 */

import * as ExcelJS from 'exceljs';
import type { Lang } from '../model/labels';
import { NUMBER_FORMATS, roundNoise } from '../model/format';
import { YEAR_KEYS, YEAR_LABELS, type Projection } from '../model/projection';
import { PROJECTION_LABELS } from '../model/projection-params';
import { cellText } from './result-text';

const TEXT = {
  nl: { sheet: 'Prognose', title: 'Meerjarenprognose', after: (n: string) => `Tekort na ${n}`, subjects: 'Per vak', subject: 'Vak', shortage: (y: string) => `Tekort ${y}`, notes: 'Meldingen', assumptions: 'Aannames' },
  en: { sheet: 'Projection', title: 'Multi-year projection', after: (n: string) => `Shortage after ${n}`, subjects: 'By subject', subject: 'Subject', shortage: (y: string) => `Shortage ${y}`, notes: 'Notes', assumptions: 'Assumptions' },
};

const num = (v: number | null): number | null => (v === null || !Number.isFinite(v) ? null : roundNoise(v));

export async function buildProjectionWorkbook(p: Projection, lang: Lang, file?: string): Promise<Uint8Array> {
  const t = TEXT[lang];
  const wb = new ExcelJS.Workbook();
  const ws = wb.addWorksheet(t.sheet);
  ws.addRow([file ? `${t.title} \u2013 ${cellText(file)}` : t.title]).font = { bold: true };
  ws.addRow([]);
  const scen = p.years[0].scenarios.slice(1).map((s) => s.name);
  const head = ws.addRow([YEAR_LABELS.label[lang], ...YEAR_KEYS.map((k) => YEAR_LABELS[k][lang]), ...scen.map((n) => cellText(t.after(n)))]);
  head.font = { bold: true };
  for (const y of p.years) {
    const row = ws.addRow([y.label, ...YEAR_KEYS.map((k) => num(y[k])), ...y.scenarios.slice(1).map((s) => num(s.shortageAfterFte))]);
    row.eachCell((c, col) => {
      if (col > 1) c.numFmt = col === 2 ? NUMBER_FORMATS.count : NUMBER_FORMATS.fte;
    });
  }
  ws.addRow([]);
  ws.addRow([t.assumptions]).font = { bold: true };
  const par = p.parameters;
  for (const k of ['years', 'intakeGrowth', 'transition', 'attrition', 'retirementAge', 'hiring'] as const) ws.addRow([PROJECTION_LABELS[k][lang], par[k]]);
  if (par.assistantToTeacher) ws.addRow([PROJECTION_LABELS.assistantToTeacher[lang], `${par.assistantToTeacher.share} / ${par.assistantToTeacher.years}`]);
  ws.addRow([PROJECTION_LABELS.firstYear[lang], par.firstYear]);
  ws.getColumn(1).width = 24;
  for (let c = 2; c <= 1 + YEAR_KEYS.length + scen.length; c++) ws.getColumn(c).width = 14;

  const first = p.years[0];
  const last = p.years[p.years.length - 1];
  const bs = wb.addWorksheet(t.subjects);
  bs.addRow([t.subject, t.shortage(first.label), t.shortage(last.label)]).font = { bold: true };
  for (const s of first.bySubject) {
    const l = last.bySubject.find((x) => x.subject === s.subject);
    bs.addRow([cellText(s.subject), num(s.shortageFte), num(l?.shortageFte ?? null)]);
  }
  bs.getColumn(1).width = 24;

  const ns = wb.addWorksheet(t.notes);
  for (const i of p.issues) ns.addRow([cellText(i.cell), cellText(lang === 'en' && i.messageEn ? i.messageEn : i.message)]);
  ns.getColumn(2).width = 100;

  const buf = await wb.xlsx.writeBuffer();
  return new Uint8Array(buf as ArrayBuffer);
}
