/**
 * src/io/projection-workbook.ts: the chart part of `prognose --out` and how it is added to
 * the package exceljs writes (the whole command is tested in test/cli/prognose.test.ts).
 */
import * as ExcelJS from 'exceljs';
import JSZip from 'jszip';
import { addLineChart, lineChartXml } from '../../src/io/projection-workbook';

test('the chart refers to the year table (header row 4, years from row 5) and caches the values', () => {
  const xml = lineChartXml("Jan's prognose", 'FTE <nodig>', ['2026-2027', '2027-2028'], [
    { name: 'Nodig & beschikbaar', col: 4, values: [5.25, null] },
  ]);
  // Sheet name quoted with the quote doubled; XML-escaped.
  expect(xml).toContain("<c:f>'Jan''s prognose'!$D$5:$D$6</c:f>");
  expect(xml).toContain("<c:f>'Jan''s prognose'!$A$5:$A$6</c:f>");
  expect(xml).toContain("<c:f>'Jan''s prognose'!$D$4</c:f>");
  expect(xml).toContain('<a:t>FTE &lt;nodig&gt;</a:t>');
  expect(xml).toContain('<c:v>Nodig &amp; beschikbaar</c:v>');
  // A missing value is a gap in the line (no point), never 0.
  const cache = /<c:numCache>(.*?)<\/c:numCache>/.exec(xml)![1];
  expect(cache).toContain('<c:ptCount val="2"/><c:pt idx="0"><c:v>5.25</c:v></c:pt>');
  expect(cache).not.toContain('<c:pt idx="1">');
  expect(xml).toContain('<c:dispBlanksAs val="gap"/>');
});

test('addLineChart adds the chart, drawing, relationships and content types; the cells stay', async () => {
  const wb = new ExcelJS.Workbook();
  wb.addWorksheet('Prognose').getCell('A5').value = '2026-2027';
  const bytes = new Uint8Array((await wb.xlsx.writeBuffer()) as ArrayBuffer);
  const out = await addLineChart(bytes, lineChartXml('Prognose', 't', ['2026-2027'], []), 8, 9);
  const zip = await JSZip.loadAsync(out);
  expect(await zip.file('xl/charts/chart1.xml')!.async('string')).toContain('<c:lineChart>');
  expect(await zip.file('xl/drawings/drawing1.xml')!.async('string')).toContain('<xdr:row>8</xdr:row>');
  expect(await zip.file('xl/worksheets/_rels/sheet1.xml.rels')!.async('string')).toContain('Target="../drawings/drawing1.xml"');
  expect(await zip.file('[Content_Types].xml')!.async('string')).toContain('drawingml.chart+xml');
  const back = new ExcelJS.Workbook();
  await back.xlsx.load(Buffer.from(out) as unknown as ArrayBuffer);
  expect(back.getWorksheet('Prognose')!.getCell('A5').value).toBe('2026-2027');
});
