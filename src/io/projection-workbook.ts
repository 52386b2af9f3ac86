/**
 * `formatie prognose --out R.xlsx`: a NEW workbook with the figures per school year, the
 * shortage after each scenario, the shortage per subject, the notes, and a native Excel
 * line chart of need, availability and the shortage (after each scenario).
 *
 * exceljs cannot write charts, so the chart is added to the package it writes: a
 * DrawingML chart part, a drawing part anchored under the table, their relationships and
 * content types (ECMA-376 part 1, §21.2 and §20.5). The chart refers to the cells of the
 * "Prognose" sheet (Excel redraws it from them) and carries the values as caches too.
 */

import * as ExcelJS from 'exceljs';
import JSZip from 'jszip';
import type { Issue } from '../model/types';
import type { Lang } from '../model/labels';
import { NUMBER_FORMATS, roundNoise } from '../model/format';
import { YEAR_KEYS, YEAR_LABELS, type Projection } from '../model/projection';
import { PROJECTION_LABELS } from '../model/projection-params';

const TEXT = {
  nl: {
    sheet: 'Prognose', subjects: 'Per vak', notes: 'Meldingen',
    title: (f: string) => `Meerjarenprognose \u2013 ${f}`,
    chart: 'FTE leraren: nodig, beschikbaar en tekort',
    after: (n: string) => `Tekort na ${n}`,
    subject: 'Vak', cell: 'Cel', message: 'Melding',
    assumptions: 'Aannames',
    shortage: (y: string) => `Tekort ${y}`,
  },
  en: {
    sheet: 'Projection', subjects: 'By subject', notes: 'Notes',
    title: (f: string) => `Multi-year projection \u2013 ${f}`,
    chart: 'Teacher FTE: needed, available and shortage',
    after: (n: string) => `Shortage after ${n}`,
    subject: 'Subject', cell: 'Cell', message: 'Note',
    assumptions: 'Assumptions',
    shortage: (y: string) => `Shortage ${y}`,
  },
};

const FIRST_ROW = 4; // header row of the year table

function colLetter(c: number): string {
  let s = '';
  for (let n = c; n > 0; n = Math.floor((n - 1) / 26)) s = String.fromCharCode(65 + ((n - 1) % 26)) + s;
  return s;
}

function v(x: number | null): number | null {
  return x === null || !Number.isFinite(x) ? null : roundNoise(x);
}

function esc(s: string): string {
  return s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');
}

interface Series {
  name: string;
  col: number;
  values: (number | null)[];
}

/** The chart part: one line per series over the school years. */
export function lineChartXml(sheet: string, title: string, labels: string[], series: Series[]): string {
  const ref = `'${sheet.replace(/'/g, "''")}'`;
  const last = FIRST_ROW + labels.length;
  const cat = `<c:cat><c:strRef><c:f>${esc(ref)}!$A$${FIRST_ROW + 1}:$A$${last}</c:f><c:strCache><c:ptCount val="${labels.length}"/>${
    labels.map((l, i) => `<c:pt idx="${i}"><c:v>${esc(l)}</c:v></c:pt>`).join('')}</c:strCache></c:strRef></c:cat>`;
  const sers = series.map((s, i) => {
    const c = colLetter(s.col);
    const pts = s.values.map((x, j) => (x === null ? '' : `<c:pt idx="${j}"><c:v>${x}</c:v></c:pt>`)).join('');
    return `<c:ser><c:idx val="${i}"/><c:order val="${i}"/><c:tx><c:strRef><c:f>${esc(ref)}!$${c}$${FIRST_ROW}</c:f><c:strCache><c:ptCount val="1"/><c:pt idx="0"><c:v>${esc(s.name)}</c:v></c:pt></c:strCache></c:strRef></c:tx>`
      + `<c:marker><c:symbol val="circle"/><c:size val="5"/></c:marker>${cat}`
      + `<c:val><c:numRef><c:f>${esc(ref)}!$${c}$${FIRST_ROW + 1}:$${c}$${last}</c:f><c:numCache><c:formatCode>0.00</c:formatCode><c:ptCount val="${labels.length}"/>${pts}</c:numCache></c:numRef></c:val><c:smooth val="0"/></c:ser>`;
  }).join('');
  return '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n'
    + '<c:chartSpace xmlns:c="http://schemas.openxmlformats.org/drawingml/2006/chart" xmlns:a="http://schemas.openxmlformats.org/drawingml/2006/main" xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships">'
    + '<c:roundedCorners val="0"/><c:chart>'
    + `<c:title><c:tx><c:rich><a:bodyPr/><a:p><a:r><a:t>${esc(title)}</a:t></a:r></a:p></c:rich></c:tx><c:overlay val="0"/></c:title><c:autoTitleDeleted val="0"/>`
    + `<c:plotArea><c:layout/><c:lineChart><c:grouping val="standard"/><c:varyColors val="0"/>${sers}<c:marker val="1"/><c:axId val="500100"/><c:axId val="500200"/></c:lineChart>`
    + '<c:catAx><c:axId val="500100"/><c:scaling><c:orientation val="minMax"/></c:scaling><c:delete val="0"/><c:axPos val="b"/><c:numFmt formatCode="General" sourceLinked="1"/><c:tickLblPos val="low"/><c:crossAx val="500200"/><c:crosses val="autoZero"/><c:auto val="1"/><c:lblAlgn val="ctr"/><c:lblOffset val="100"/><c:noMultiLvlLbl val="0"/></c:catAx>'
    + '<c:valAx><c:axId val="500200"/><c:scaling><c:orientation val="minMax"/></c:scaling><c:delete val="0"/><c:axPos val="l"/><c:majorGridlines/><c:numFmt formatCode="0.0" sourceLinked="0"/><c:tickLblPos val="nextTo"/><c:crossAx val="500100"/><c:crosses val="autoZero"/><c:crossBetween val="between"/></c:valAx>'
    + '</c:plotArea><c:legend><c:legendPos val="b"/><c:overlay val="0"/></c:legend><c:plotVisOnly val="1"/><c:dispBlanksAs val="gap"/></c:chart></c:chartSpace>';
}

function drawingXml(fromRow: number, toCol: number): string {
  return '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n'
    + '<xdr:wsDr xmlns:xdr="http://schemas.openxmlformats.org/drawingml/2006/spreadsheetDrawing" xmlns:a="http://schemas.openxmlformats.org/drawingml/2006/main">'
    + `<xdr:twoCellAnchor><xdr:from><xdr:col>0</xdr:col><xdr:colOff>0</xdr:colOff><xdr:row>${fromRow}</xdr:row><xdr:rowOff>0</xdr:rowOff></xdr:from>`
    + `<xdr:to><xdr:col>${toCol}</xdr:col><xdr:colOff>0</xdr:colOff><xdr:row>${fromRow + 20}</xdr:row><xdr:rowOff>0</xdr:rowOff></xdr:to>`
    + '<xdr:graphicFrame macro=""><xdr:nvGraphicFramePr><xdr:cNvPr id="2" name="Prognose"/><xdr:cNvGraphicFramePr/></xdr:nvGraphicFramePr>'
    + '<xdr:xfrm><a:off x="0" y="0"/><a:ext cx="0" cy="0"/></xdr:xfrm><a:graphic><a:graphicData uri="http://schemas.openxmlformats.org/drawingml/2006/chart">'
    + '<c:chart xmlns:c="http://schemas.openxmlformats.org/drawingml/2006/chart" xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships" r:id="rId1"/>'
    + '</a:graphicData></a:graphic></xdr:graphicFrame><xdr:clientData/></xdr:twoCellAnchor></xdr:wsDr>';
}

const REL_NS = 'http://schemas.openxmlformats.org/package/2006/relationships';
const DRAWING_REL = 'http://schemas.openxmlformats.org/officeDocument/2006/relationships/drawing';
const CHART_REL = 'http://schemas.openxmlformats.org/officeDocument/2006/relationships/chart';

/** Adds the chart to sheet1 of an .xlsx package written by exceljs. */
export async function addLineChart(xlsx: Uint8Array, chartXml: string, fromRow: number, toCol: number): Promise<Uint8Array> {
  const zip = await JSZip.loadAsync(xlsx);
  const sheetPath = 'xl/worksheets/sheet1.xml';
  const relsPath = 'xl/worksheets/_rels/sheet1.xml.rels';
  let sheet = await zip.file(sheetPath)!.async('string');
  let rels = zip.file(relsPath) ? await zip.file(relsPath)!.async('string') : `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<Relationships xmlns="${REL_NS}"></Relationships>`;
  rels = rels.replace('</Relationships>', `<Relationship Id="rIdPrognoseChart" Type="${DRAWING_REL}" Target="../drawings/drawing1.xml"/></Relationships>`);
  if (!/xmlns:r=/.test(sheet.slice(0, 600))) {
    sheet = sheet.replace('<worksheet ', '<worksheet xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships" ');
  }
  const tag = '<drawing r:id="rIdPrognoseChart"/>';
  const before = ['<legacyDrawing', '<legacyDrawingHF', '<picture', '<oleObjects', '<controls', '<webPublishItems', '<tableParts', '<extLst'];
  const at = before.map((b) => sheet.indexOf(b)).filter((i) => i > 0).sort((a, b) => a - b)[0];
  sheet = at !== undefined ? sheet.slice(0, at) + tag + sheet.slice(at) : sheet.replace('</worksheet>', `${tag}</worksheet>`);
  zip.file(sheetPath, sheet);
  zip.file(relsPath, rels);
  zip.file('xl/drawings/drawing1.xml', drawingXml(fromRow, toCol));
  zip.file('xl/drawings/_rels/drawing1.xml.rels',
    `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<Relationships xmlns="${REL_NS}"><Relationship Id="rId1" Type="${CHART_REL}" Target="../charts/chart1.xml"/></Relationships>`);
  zip.file('xl/charts/chart1.xml', chartXml);
  let types = await zip.file('[Content_Types].xml')!.async('string');
  types = types.replace('</Types>',
    '<Override PartName="/xl/charts/chart1.xml" ContentType="application/vnd.openxmlformats-officedocument.drawingml.chart+xml"/>'
    + '<Override PartName="/xl/drawings/drawing1.xml" ContentType="application/vnd.openxmlformats-officedocument.drawing+xml"/></Types>');
  zip.file('[Content_Types].xml', types);
  return zip.generateAsync({ type: 'uint8array', compression: 'DEFLATE' });
}

/** The workbook bytes of `prognose --out`. */
export async function buildPrognoseWorkbook(file: string, p: Projection, lang: Lang, issues: Issue[] = p.issues): Promise<Uint8Array> {
  const T = TEXT[lang];
  const wb = new ExcelJS.Workbook();
  wb.creator = 'Formatieplanner VO';
  const ws = wb.addWorksheet(T.sheet, { views: [{ state: 'frozen', xSplit: 1, ySplit: FIRST_ROW }] });
  ws.pageSetup = { orientation: 'landscape', fitToPage: true, fitToWidth: 1, fitToHeight: 0, printTitlesRow: `${FIRST_ROW}:${FIRST_ROW}` };
  ws.getCell('A1').value = T.title(file);
  ws.getCell('A1').font = { bold: true, size: 14 };
  const par = p.parameters;
  ws.getCell('A2').value = `${T.assumptions}: ${PROJECTION_LABELS.intakeGrowth[lang]} ${par.intakeGrowth}, ${PROJECTION_LABELS.transition[lang]} ${par.transition}, `
    + `${PROJECTION_LABELS.attrition[lang]} ${par.attrition}, ${PROJECTION_LABELS.retirementAge[lang]} ${par.retirementAge}, ${PROJECTION_LABELS.hiring[lang]} ${par.hiring}`
    + (par.assistantToTeacher ? `, ${PROJECTION_LABELS.assistantToTeacher[lang]} ${par.assistantToTeacher.share} / ${par.assistantToTeacher.years}` : '');
  ws.getCell('A2').font = { italic: true };

  const scen = p.years[0].scenarios.slice(1);
  const head = [YEAR_LABELS.label[lang], ...YEAR_KEYS.map((k) => YEAR_LABELS[k][lang]), ...scen.map((s) => T.after(s.name))];
  const hr = ws.getRow(FIRST_ROW);
  hr.values = head;
  hr.font = { bold: true };
  hr.alignment = { wrapText: true, vertical: 'bottom' };
  hr.height = 32;
  p.years.forEach((y, i) => {
    const row = ws.getRow(FIRST_ROW + 1 + i);
    row.values = [y.label, ...YEAR_KEYS.map((k) => v(y[k])), ...y.scenarios.slice(1).map((s) => v(s.shortageAfterFte))];
    row.eachCell((c, col) => {
      if (col > 1) c.numFmt = col <= 3 ? NUMBER_FORMATS.count : NUMBER_FORMATS.fte;
    });
  });
  ws.getColumn(1).width = 14;
  for (let c = 2; c <= head.length; c++) ws.getColumn(c).width = 16;

  // Per subject: shortage per year.
  const wsS = wb.addWorksheet(T.subjects, { views: [{ state: 'frozen', xSplit: 1, ySplit: 1 }] });
  wsS.getRow(1).values = [T.subject, ...p.years.map((y) => T.shortage(y.label))];
  wsS.getRow(1).font = { bold: true };
  p.years[0].bySubject.forEach((s, i) => {
    const row = wsS.getRow(2 + i);
    row.values = [s.subject, ...p.years.map((y) => v(y.bySubject[i]?.shortageFte ?? null))];
    row.eachCell((c, col) => {
      if (col > 1) c.numFmt = NUMBER_FORMATS.fte;
    });
  });
  wsS.getColumn(1).width = 20;

  const wsN = wb.addWorksheet(T.notes);
  wsN.getRow(1).values = [T.cell, T.message];
  wsN.getRow(1).font = { bold: true };
  issues.forEach((i, n) => {
    wsN.getRow(2 + n).values = [i.cell, lang === 'en' && i.messageEn ? i.messageEn : i.message];
  });
  wsN.getColumn(1).width = 18;
  wsN.getColumn(2).width = 100;

  const bytes = new Uint8Array((await wb.xlsx.writeBuffer()) as ArrayBuffer);
  // Need (col 4), availability (5), shortage (7), and the shortage after each scenario.
  const series: Series[] = [
    { name: YEAR_LABELS.teacherFteNeeded[lang], col: 4, values: p.years.map((y) => v(y.teacherFteNeeded)) },
    { name: YEAR_LABELS.teacherFteAvailable[lang], col: 5, values: p.years.map((y) => v(y.teacherFteAvailable)) },
    { name: YEAR_LABELS.shortageFte[lang], col: 7, values: p.years.map((y) => v(y.shortageFte)) },
    ...scen.map((s, j) => ({ name: T.after(s.name), col: 9 + j, values: p.years.map((y) => v(y.scenarios[j + 1].shortageAfterFte)) })),
  ];
  const chart = lineChartXml(T.sheet, T.chart, p.years.map((y) => y.label), series);
  return addLineChart(bytes, chart, FIRST_ROW + p.years.length + 2, Math.max(9, head.length));
}
