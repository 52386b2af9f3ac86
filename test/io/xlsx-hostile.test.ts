/**
 * The streaming reader against damaged and hostile files (issue 11): each refusal is an
 * XlsxError with one line in Dutch and English, and every workbook Excel and LibreOffice
 * open is read. Big inputs are generated here (zip-fixture.ts), cheaply.
 */
import * as fs from 'fs';
import { loadWorkbookValues, XlsxError } from '../../src/io/xlsx';
import { isDateFormat } from '../../src/io/xlsx-parts';
import { buildBook, buildZip, bookEntries, deflateBomb, SHEET_HEAD, type FixtureEntry } from './zip-fixture';
import { EXAMPLE } from '../cli/helpers';

jest.setTimeout(30000);

async function refusal(data: Uint8Array, options = {}): Promise<XlsxError> {
  try {
    await loadWorkbookValues(data, options);
  } catch (e) {
    expect(e).toBeInstanceOf(XlsxError);
    const x = e as XlsxError;
    expect(x.nl).not.toMatch(/\n/);
    expect(x.en).not.toMatch(/\n/);
    return x;
  }
  throw new Error('expected a refusal');
}

const replace = (name: string, change: Partial<FixtureEntry>) => (entries: FixtureEntry[]): FixtureEntry[] =>
  entries.map((e) => (e.name === name ? { ...e, ...change } : e));

test('a <col> spanning two billion columns is skipped, not built', async () => {
  const xml = `${SHEET_HEAD}<cols><col min="1" max="2000000000" width="9"/></cols><sheetData><row r="1"><c r="A1"><v>7</v></c></row></sheetData></worksheet>`;
  const t = Date.now();
  const [s] = await loadWorkbookValues(buildBook({ sheets: [{ name: 'S', xml }] }));
  expect(s.values).toEqual([[7]]);
  expect(Date.now() - t).toBeLessThan(2000);
});

describe('zip bombs', () => {
  // 3 GB of sheet XML in a ~3 MB zip (one compressed megabyte repeated).
  const bomb = deflateBomb('<c><v>1</v></c>', 3 * 1024, `${SHEET_HEAD}<sheetData><row r="1">`, '</row></sheetData></worksheet>');

  test('a part whose declared size is over the limit is refused before inflating', async () => {
    expect(bomb.length).toBeLessThan(8 * 1024 * 1024);
    const data = buildBook({ sheets: [{ name: 'S', xml: '' }], patch: replace('xl/worksheets/sheet1.xml', { raw: bomb, size: 3 * 1024 * 1024 * 1024, crc: 0 }) });
    const t = Date.now();
    const e = await refusal(data);
    expect(Date.now() - t).toBeLessThan(1000);
    expect(e.kind).toBe('tooLarge');
    expect(e.nl).toBe('het deel xl/worksheets/sheet1.xml is uitgepakt 3072 MB (grens 1024 MB)');
  });

  test('a part that unpacks to more than it declares is stopped at the declared size', async () => {
    const data = buildBook({ sheets: [{ name: 'S', xml: '' }], patch: replace('xl/worksheets/sheet1.xml', { raw: bomb, size: 1000, crc: 0 }) });
    const e = await refusal(data);
    expect(e.kind).toBe('damaged');
    expect(e.en).toBe('the part xl/worksheets/sheet1.xml unpacks to more than its declared 1000 bytes');
  });

  test('parts together over the total limit', async () => {
    const e = await refusal(buildBook({ sheets: [{ name: 'S', xml: '<row r="1"><c r="A1"><v>1</v></c></row>' }] }), { limits: { totalBytes: 1500 } });
    expect(e.kind).toBe('tooLarge');
    expect(e.en).toMatch(/^its parts unpack to more than/);
  });

  test('more cells than the budget: refused with the limit in the message', async () => {
    const rows = Array.from({ length: 30 }, (_v, r) => `<row r="${r + 1}"><c r="A${r + 1}"><v>1</v></c></row>`).join('');
    const e = await refusal(buildBook({ sheets: [{ name: 'S', xml: rows }] }), { limits: { cells: 20 } });
    expect(e.kind).toBe('tooLarge');
    expect(e.nl).toBe('meer dan 20 gevulde cellen of 40.000.000 celposities (bij S!A21)');
  });

  test('more cell text than the budget', async () => {
    const rows = Array.from({ length: 5 }, (_v, r) => `<row r="${r + 1}"><c r="A${r + 1}" t="inlineStr"><is><t>${'x'.repeat(30)}</t></is></c></row>`).join('');
    const e = await refusal(buildBook({ sheets: [{ name: 'S', xml: rows }] }), { limits: { textChars: 100 } });
    expect(e.en).toBe('more than 100 characters of text in its cells (at S!A4)');
  });
});

test('a CRC that does not match is damaged', async () => {
  const data = buildBook({ sheets: [{ name: 'S', xml: '<row r="1"><c r="A1"><v>1</v></c></row>' }], patch: replace('xl/worksheets/sheet1.xml', { crc: 12345 }) });
  const e = await refusal(data);
  expect(e.kind).toBe('damaged');
  expect(e.nl).toBe('de controlesom (CRC) van het deel xl/worksheets/sheet1.xml klopt niet');
});

test('a stored (uncompressed) part is read, and checked too', async () => {
  const ok = buildBook({ sheets: [{ name: 'S', xml: '<row r="1"><c r="A1"><v>5</v></c></row>' }], patch: replace('xl/worksheets/sheet1.xml', { method: 0 }) });
  expect((await loadWorkbookValues(ok))[0].values).toEqual([[5]]);
  const bad = buildBook({ sheets: [{ name: 'S', xml: '<row r="1"><c r="A1"><v>5</v></c></row>' }], patch: replace('xl/worksheets/sheet1.xml', { method: 0, crc: 1 }) });
  expect((await refusal(bad)).kind).toBe('damaged');
});

test('a sheet part missing from the zip names the sheet', async () => {
  const data = buildBook({
    sheets: [{ name: 'Lesvraag', xml: '' }, { name: 'Personeel', xml: '' }],
    patch: (es) => es.filter((e) => e.name !== 'xl/worksheets/sheet2.xml'),
  });
  const e = await refusal(data);
  expect(e.nl).toBe('het blad "Personeel" ontbreekt in het bestand (deel xl/worksheets/sheet2.xml)');
  expect(e.en).toBe('the sheet "Personeel" is missing from the file (part xl/worksheets/sheet2.xml)');
});

test.each([['1.5'], ['2'], ['-1'], [''], ['x']])('shared-string index %p is refused naming the cell', async (idx) => {
  const data = buildBook({ shared: ['a', 'b'], sheets: [{ name: 'Blad1', xml: `<row r="3"><c r="B3" t="s"><v>${idx}</v></c></row>` }] });
  const e = await refusal(data);
  expect(e.nl).toBe(`de cel Blad1!B3 verwijst naar gedeelde tekst nr. ${idx}, die niet bestaat (2 teksten)`);
});

test('shared strings: plain, rich runs joined, phonetic runs skipped, _xHHHH_ and entities decoded', async () => {
  const sst =
    '<?xml version="1.0"?><sst xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main">' +
    '<si><t>A &amp; B</t></si><si><r><t>Noo</t></r><r><rPr><b/></rPr><t>rd</t></r><rPh><t>x</t></rPh></si><si><t>a_x000D_b</t></si><si/></sst>';
  const data = buildBook({
    sheets: [{ name: 'S', xml: '<row r="1"><c r="A1" t="s"><v>0</v></c><c r="B1" t="s"><v>1</v></c><c r="C1" t="s"><v>2</v></c><c r="D1" t="s"><v>3</v></c></row>' }],
    patch: replace('xl/sharedStrings.xml', { data: sst }),
  });
  const [s] = await loadWorkbookValues(data);
  expect(s.values).toEqual([['A & B', 'Noord', 'a\rb', '']]);
});

test('cell types: inline string, boolean, error, formula with and without cached value, ISO date', async () => {
  const xml =
    '<row r="1"><c r="A1" t="inlineStr"><is><t>Zuid</t></is></c><c r="B1" t="b"><v>1</v></c><c r="C1" t="e"><v>#REF!</v></c>' +
    '<c r="D1"><f>B1*2</f><v>84</v></c><c r="E1"><f>X1</f></c><c r="F1" t="str"><f>"a"</f><v>a</v></c><c r="G1" t="d"><v>2026-08-01T00:00:00Z</v></c></row>';
  const [s] = await loadWorkbookValues(buildBook({ sheets: [{ name: 'S', xml }] }));
  expect(s.values[0]).toEqual(['Zuid', true, { error: '#REF!' }, 84, { formula: 'X1', result: undefined }, 'a', new Date(Date.UTC(2026, 7, 1))]);
});

test.each([['abc'], ['0x1A'], ['Infinity'], [' ']])('a number cell holding %p is refused naming the cell', async (v) => {
  const e = await refusal(buildBook({ sheets: [{ name: 'S', xml: `<row r="2"><c r="C2"><v>${v}</v></c></row>` }] }));
  expect(e.en).toBe(`the cell S!C2 has an invalid number "${v}"`);
});

describe('dates: only number formats that show a date', () => {
  test.each([
    ['0\\ \\m\\i\\n', false],
    ['0" min"', false],
    ['[Red]0.00', false],
    ['General', false],
    ['#,##0.00 "uur";[Red]-#,##0.00', false],
    ['0.0E+00', false],
    ['dd-mm-yyyy', true],
    ['[$-413]d mmmm yyyy', true],
    ['[h]:mm', true],
    ['h:mm AM/PM', true],
    ['"Datum: "d/m/yy', true],
  ])('%p → date %p', (code, date) => {
    expect(isDateFormat(code)).toBe(date);
  });

  test('a number with an escaped format stays a number; dates in both date systems', async () => {
    const xml = '<row r="1"><c r="A1" s="1"><v>45</v></c><c r="B1" s="2"><v>46235</v></c><c r="C1" s="3"><v>46235</v></c></row>';
    const book = { numFmts: [[164, '0\\ \\m\\i\\n'], [165, 'dd-mm-yyyy']] as [number, string][], xfs: [164, 165, 14], sheets: [{ name: 'S', xml }] };
    const [s] = await loadWorkbookValues(buildBook(book));
    // 46235 days after 1899-12-30 = 2026-08-01.
    expect(s.values[0]).toEqual([45, new Date(Date.UTC(2026, 7, 1)), new Date(Date.UTC(2026, 7, 1))]);
    const [s4] = await loadWorkbookValues(buildBook({ ...book, date1904: true }));
    // 1904 system: 46235 days after 1904-01-01 = 2030-08-02.
    expect(s4.values[0][1]).toEqual(new Date(Date.UTC(2030, 7, 2)));
  });
});

test('absolute relationship targets (as openpyxl writes them) are read', async () => {
  const xml = `${SHEET_HEAD}<sheetData><row r="1"><c r="A1"><v>3</v></c></row></sheetData><tableParts count="1"><tablePart r:id="rId1"/></tableParts></worksheet>`;
  const data = buildBook({
    sheets: [{ name: 'S', xml, target: '/xl/worksheets/sheet1.xml' }],
    patch: (es) => [
      ...es,
      { name: 'xl/worksheets/_rels/sheet1.xml.rels', data: '<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/table" Target="/xl/tables/table1.xml"/></Relationships>' },
      { name: 'xl/tables/table1.xml', data: '<table xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main" id="1" name="T" ref="A1:A1"/>' },
    ],
  });
  expect((await loadWorkbookValues(data))[0].values).toEqual([[3]]);
});

test('namespace prefixes, comments, CDATA and ">" inside attributes', async () => {
  const xml =
    '<?xml version="1.0"?><x:worksheet xmlns:x="http://schemas.openxmlformats.org/spreadsheetml/2006/main"><!-- a <c> comment --><x:sheetData>' +
    '<x:row r="1" x14ac:dyDescent="0.25" foo="a>b"><x:c r="A1" t="inlineStr"><x:is><x:t><![CDATA[1 < 2]]></x:t></x:is></x:c><x:c r="B1"><x:v>2</x:v></x:c></x:row></x:sheetData></x:worksheet>';
  expect((await loadWorkbookValues(buildBook({ sheets: [{ name: 'S', xml }] })))[0].values).toEqual([['1 < 2', 2]]);
});

test('a DOCTYPE (entity bombs) is refused', async () => {
  const xml = `<?xml version="1.0"?><!DOCTYPE lolz [<!ENTITY lol "lol">]>${SHEET_HEAD}<sheetData/></worksheet>`;
  expect((await refusal(buildBook({ sheets: [{ name: 'S', xml }] }))).en).toMatch(/DOCTYPE/);
});

test('cells and rows without references follow each other', async () => {
  const xml = '<row><c><v>1</v></c><c><v>2</v></c></row><row><c r="B2"><v>3</v></c><c><v>4</v></c></row>';
  expect((await loadWorkbookValues(buildBook({ sheets: [{ name: 'S', xml }] })))[0].values).toEqual([[1, 2], [null, 3, 4]]);
});

test('a far-right cell widens only its own row', async () => {
  const xml = '<row r="1"><c r="A1"><v>1</v></c><c r="XFD1"><v>2</v></c></row><row r="2"><c r="A2"><v>3</v></c></row>';
  const [s] = await loadWorkbookValues(buildBook({ sheets: [{ name: 'S', xml }] }));
  expect(s.values[0]).toHaveLength(16384);
  expect(s.values[0][16383]).toBe(2);
  expect(s.values[1]).toEqual([3]);
});

test('a cell without reference outside any row is damaged', async () => {
  expect((await refusal(buildBook({ sheets: [{ name: 'S', xml: '<c><v>1</v></c>' }] }))).en).toBe('the sheet S has a cell outside a row');
});

test.each([['A1048577'], ['XFE1'], ['1A'], ['A0']])('a cell reference outside the grid (%p) is damaged', async (ref) => {
  const e = await refusal(buildBook({ sheets: [{ name: 'S', xml: `<row r="1"><c r="${ref}"><v>1</v></c></row>` }] }));
  expect(e.kind).toBe('damaged');
});

test('merged cells are filled, clipped to the used block', async () => {
  const xml =
    `${SHEET_HEAD}<sheetData><row r="1"><c r="A1" t="inlineStr"><is><t>FTE</t></is></c></row>` +
    '<row r="2"><c r="A2"><v>1</v></c><c r="B2"><v>2</v></c><c r="C2"><v>3</v></c></row></sheetData>' +
    '<mergeCells count="2"><mergeCell ref="A1:C1"/><mergeCell ref="A5:XFD1048576"/></mergeCells></worksheet>';
  const [s] = await loadWorkbookValues(buildBook({ sheets: [{ name: 'S', xml }] }));
  expect(s.values).toEqual([['FTE', 'FTE', 'FTE'], [1, 2, 3]]);
});

test('incomplete XML, a missing workbook part, garbage: one line each, never an internal message', async () => {
  const cases: Uint8Array[] = [
    buildBook({ sheets: [{ name: 'S', xml: `${SHEET_HEAD}<sheetData><row r="1"><c r="A1"><v>1` }] }),
    buildBook({ sheets: [{ name: 'S', xml: '' }], patch: (es) => es.filter((e) => e.name !== 'xl/workbook.xml') }),
    buildBook({ sheets: [{ name: 'S', xml: '' }], patch: (es) => es.filter((e) => e.name !== '_rels/.rels') }),
    buildZip([{ name: 'a.txt', data: 'hello' }]),
    new TextEncoder().encode('PK this is not a zip'),
    new Uint8Array(0),
  ];
  for (const c of cases) {
    const e = await refusal(c);
    expect(e.nl).not.toMatch(/undefined|Cannot|TypeError/);
  }
});

test('random damage to the example workbook: read, or refused with an XlsxError (never another error)', async () => {
  const good = new Uint8Array(fs.readFileSync(EXAMPLE));
  let seed = 12345;
  const rnd = (n: number): number => ((seed = (seed * 1103515245 + 12345) >>> 0) % n);
  let refused = 0;
  for (let k = 0; k < 60; k++) {
    const bad = good.slice();
    for (let j = 0; j < 1 + rnd(4); j++) bad[rnd(bad.length)] = rnd(256);
    if (k % 5 === 0) bad.fill(0, rnd(bad.length)); // truncated tail
    try {
      await loadWorkbookValues(bad);
    } catch (e) {
      expect(e).toBeInstanceOf(XlsxError);
      refused++;
    }
  }
  expect(refused).toBeGreaterThan(30); // the CRCs catch nearly every change
});

test('the example entries are all read (a sanity check of the fixture writer too)', async () => {
  const [s] = await loadWorkbookValues(buildZip(bookEntries({ sheets: [{ name: 'Één', xml: '<row r="1"><c r="A1"><v>1</v></c></row>' }] })));
  expect(s).toEqual({ name: 'Één', values: [[1]], originRow: 1, originCol: 0 });
});
