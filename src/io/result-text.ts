/**
 * Fixed texts of the result workbook (result-workbook.ts) and the safe forms of user text
 * in its cells, sheet names and print headers.
 */

/** Sheet names and fixed texts per language. */
export const RESULT_TEXT = {
  nl: {
    comparison: 'Vergelijking',
    totals: 'Totalen',
    subjects: 'Per vak',
    issues: 'Problemen',
    asRead: 'gelezen',
    title: 'Formatieplanner VO: vergelijking van scenario\u2019s',
    totalsTitle: 'Formatieplanner VO: totalen per vestiging',
    subjectsTitle: 'Formatieplanner VO: lesvraag en bezetting per vak',
    file: 'Bestand',
    figure: 'Kengetal',
    total: 'Totaal',
    assumption: 'Aanname',
    solved: 'Opgelost',
    noSolution: 'geen oplossing',
    norms: 'Normen',
    value: 'Waarde',
    unit: 'Eenheid',
    normAssumption: 'aanname',
    subject: 'Vak',
    cell: 'Cel',
    sheet: 'Blad',
    row: 'Rij',
    message: 'Melding',
    noIssues: 'Geen problemen gevonden.',
    sourceRow: 'Rij in bron',
    table: 'Tabel',
    nullNote: 'Een lege cel betekent: de werkmap bevat de gegevens voor dit kengetal niet (geen 0).',
    staffSummary: 'samenvatting',
    staffTitle: (sheet: string, range: string, rows: number) =>
      `Personeel '${sheet}'!${range} (${rows} rijen), samengevat per vestiging, categorie en vak: zonder namen, personeelsnummers of loon per persoon`,
    persons: 'Medewerkers',
    staffCostHidden: (min: number) =>
      `Loonkosten van een groep met minder dan ${min} medewerkers zijn leeg gelaten: ze zouden het loon van een persoon tonen. De totalen staan op het blad Totalen.`,
    staffIncludeHint: 'Met --include-staff (of het vinkje bij downloaden) staan de personeelsregels zoals gelezen in de werkmap.',
    concept: 'CONCEPT',
    page: 'pagina &P van &N',
    printed: 'afgedrukt &D',
  },
  en: {
    comparison: 'Comparison',
    totals: 'Totals',
    subjects: 'By subject',
    issues: 'Issues',
    asRead: 'as read',
    title: 'Formatieplanner VO: scenario comparison',
    totalsTitle: 'Formatieplanner VO: totals by location',
    subjectsTitle: 'Formatieplanner VO: teaching demand and staffing by subject',
    file: 'File',
    figure: 'Figure',
    total: 'Total',
    assumption: 'Assumption',
    solved: 'Solved',
    noSolution: 'no solution',
    norms: 'Norms',
    value: 'Value',
    unit: 'Unit',
    normAssumption: 'assumption',
    subject: 'Subject',
    cell: 'Cell',
    sheet: 'Sheet',
    row: 'Row',
    message: 'Message',
    noIssues: 'No issues found.',
    sourceRow: 'Source row',
    table: 'Table',
    nullNote: 'An empty cell means: the workbook holds no data for this figure (not 0).',
    staffSummary: 'summary',
    staffTitle: (sheet: string, range: string, rows: number) =>
      `Staff '${sheet}'!${range} (${rows} rows), summarised by location, category and subject: without names, personnel numbers or pay per person`,
    persons: 'Employees',
    staffCostHidden: (min: number) =>
      `Payroll of a group of fewer than ${min} employees is left empty: it would show one person's pay. The totals are on the Totals sheet.`,
    staffIncludeHint: 'With --include-staff (or the download checkbox) the workbook holds the staff rows as read.',
    concept: 'DRAFT',
    page: 'page &P of &N',
    printed: 'printed &D',
  },
} as const;

// Field, kind and category words: one home in model/vocabulary.ts.
export { KIND_LABELS, CATEGORY_LABELS, FIELD_LABELS } from '../model/vocabulary';

// Characters XML 1.0 cannot hold (a cell with one would make the file unreadable).
// eslint-disable-next-line no-control-regex
const XML_INVALID = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\uFFFE\uFFFF]|[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/g;
const MAX_CELL_TEXT = 32767;

/** A user's text without characters XML cannot hold, at most a cell's 32,767 characters. */
export function plainText(text: string): string {
  let s = text.replace(XML_INVALID, '');
  if (s.length > MAX_CELL_TEXT) s = s.slice(0, MAX_CELL_TEXT);
  return s;
}

/**
 * Text that a spreadsheet (or a CSV saved from it and opened again) could take for a
 * formula: it starts with = + - @, or with a tab or carriage return before one of them.
 */
const FORMULA_LIKE = /^[=+\-@\t\r]/;

/**
 * A user's text as a cell value: plainText, and text that looks like a formula gets a
 * leading apostrophe ("=1+1" is written as "'=1+1"), so that neither the workbook nor a
 * CSV saved from it ever holds a live formula (the OWASP rule for CSV injection). The
 * apostrophe is a visible character, which a controller reads as "this is text".
 */
export function cellText(text: string): string {
  const s = plainText(text);
  return FORMULA_LIKE.test(s) ? "'" + s.slice(0, MAX_CELL_TEXT - 1) : s;
}

const INVALID_SHEET_CHARS = /[\\/?*[\]:]/g;

/** A valid, unique worksheet name (≤ 31 chars, no \\ / ? * [ ] : or '). */
export function sheetName(wanted: string, taken: Set<string>): string {
  // An apostrophe inside becomes ’: exceljs writes print titles as '<name>'!$A:$A
  // without doubling it, which would break the defined name.
  let base = plainText(wanted).replace(INVALID_SHEET_CHARS, '-').replace(/^'+|'+$/g, '').replace(/'/g, '\u2019').trim();
  if (!base) base = 'Blad';
  let name = base.slice(0, 31);
  for (let i = 2; taken.has(name.toLowerCase()); i++) {
    const suffix = ` ${i}`;
    name = base.slice(0, 31 - suffix.length) + suffix;
  }
  taken.add(name.toLowerCase());
  return name;
}

/**
 * Text for a print header or footer: control characters dropped, "&" doubled (a single &
 * starts a code such as &P), at most `max` characters (Excel allows 255 per header).
 */
export function headerText(text: string, max = 80): string {
  // eslint-disable-next-line no-control-regex
  let s = plainText(text).replace(/[\u0000-\u001F\u007F-\u009F]/g, '');
  if (s.length > max) s = s.slice(0, max - 1) + '\u2026';
  return s.replace(/&/g, '&&');
}
