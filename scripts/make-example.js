#!/usr/bin/env node
/**
 * Generates examples/voorbeeld-formatie.xlsx: a fictional school of about 1,200 pupils on
 * two locations, with the sheets as controllers keep them (title rows above the header,
 * text numbers, a subtotal row, one bad cell, a formula, a percentage typed as FTE).
 *
 *   npm run examples        (= npm run build:cli && node scripts/make-example.js)
 *
 * Deterministic: no randomness; every "variation" comes from fixed lists. After writing,
 * it analyses the file with the compiled engine (lib/) when that is available and prints
 * the headline figures.
 */
'use strict';

const path = require('path');
const fs = require('fs');
const ExcelJS = require('exceljs');

const OUT = path.join(__dirname, '..', 'examples', 'voorbeeld-formatie.xlsx');
const SCHOOL = 'Stedelijk College De Vecht';

// Norms of domain.md, only used to size the staff against the demand below.
const FTE_PER_LESSON = ((50 / 60) * 37.8) / 720; // 0.04375 FTE per weekly lesson

// ---------------------------------------------------------------------------------------
// Pupils per cohort (location, department, level, year).
const COHORTS = [
  // Noord: havo/vwo
  { loc: 'Noord', dept: 'onderbouw', level: 'havo', year: 1, n: 84 },
  { loc: 'Noord', dept: 'onderbouw', level: 'vwo', year: 1, n: 60 },
  { loc: 'Noord', dept: 'onderbouw', level: 'havo', year: 2, n: 81 },
  { loc: 'Noord', dept: 'onderbouw', level: 'vwo', year: 2, n: 58 },
  { loc: 'Noord', dept: 'onderbouw', level: 'havo', year: 3, n: 78 },
  { loc: 'Noord', dept: 'onderbouw', level: 'vwo', year: 3, n: 56 },
  { loc: 'Noord', dept: 'bovenbouw', level: 'havo', year: 4, n: 74 },
  { loc: 'Noord', dept: 'bovenbouw', level: 'havo', year: 5, n: 62 },
  { loc: 'Noord', dept: 'bovenbouw', level: 'vwo', year: 4, n: 54 },
  { loc: 'Noord', dept: 'bovenbouw', level: 'vwo', year: 5, n: 50 },
  { loc: 'Noord', dept: 'bovenbouw', level: 'vwo', year: 6, n: 47 },
  // Zuid: vmbo
  { loc: 'Zuid', dept: 'vmbo', level: 'vmbo-bk', year: 1, n: 54 },
  { loc: 'Zuid', dept: 'vmbo', level: 'vmbo-gt', year: 1, n: 86 },
  { loc: 'Zuid', dept: 'vmbo', level: 'vmbo-bk', year: 2, n: 52 },
  { loc: 'Zuid', dept: 'vmbo', level: 'vmbo-gt', year: 2, n: 84 },
  { loc: 'Zuid', dept: 'vmbo', level: 'vmbo-bk', year: 3, n: 50 },
  { loc: 'Zuid', dept: 'vmbo', level: 'vmbo-gt', year: 3, n: 74 },
  { loc: 'Zuid', dept: 'vmbo', level: 'vmbo-bk', year: 4, n: 48 },
  { loc: 'Zuid', dept: 'vmbo', level: 'vmbo-gt', year: 4, n: 70 },
];

/**
 * Lessentabel: [subject, lessons per week per group, share of the cohort taking it].
 * Onderbouw subjects are for everyone; bovenbouw profile subjects for a share.
 */
function lessentabel(level, year) {
  const vwo = level === 'vwo';
  if (level === 'havo' || level === 'vwo') {
    const klassiek = vwo ? [['Latijn', 2, 0.4], ['Grieks', 2, 0.25]] : [];
    if (year === 1) {
      return [['Nederlands', 4, 1], ['Engels', 3, 1], ['Frans', 3, 1], ['wiskunde', 4, 1], ['biologie', 2, 1],
        ['geschiedenis', 2, 1], ['aardrijkskunde', 2, 1], ['LO', 3, 1], ['beeldende vorming', 2, 1], ['muziek', 1, 1],
        ['techniek', 2, 1], ['drama', 1, 1], ...klassiek];
    }
    if (year === 2) {
      return [['Nederlands', 4, 1], ['Engels', 3, 1], ['Frans', 2, 1], ['Duits', 2, 1], ['wiskunde', 4, 1],
        ['natuurkunde', 2, 1], ['biologie', 2, 1], ['geschiedenis', 2, 1], ['aardrijkskunde', 2, 1], ['LO', 3, 1],
        ['beeldende vorming', 2, 1], ['muziek', 1, 1], ['techniek', 2, 1], ...klassiek];
    }
    if (year === 3) {
      return [['Nederlands', 3, 1], ['Engels', 3, 1], ['Frans', 2, 1], ['Duits', 2, 1], ['wiskunde', 4, 1],
        ['natuurkunde', 2, 1], ['scheikunde', 2, 1], ['biologie', 2, 1], ['geschiedenis', 2, 1],
        ['aardrijkskunde', 2, 1], ['economie', 2, 1], ['LO', 2, 1], ['beeldende vorming', 1, 1], ...klassiek];
    }
    const exam = (level === 'havo' && year === 5) || (vwo && year === 6);
    const lo = exam ? 1 : 2;
    const base = [['Nederlands', 3, 1], ['Engels', 3, 1], ['wiskunde', 4, 1], ['LO', lo, 1]];
    if (!exam && year === 4) base.push(['maatschappijleer', 2, 1], ['CKV', 1, 1]);
    return base.concat([
      ['Frans', 3, vwo ? 0.35 : 0.15], ['Duits', 3, vwo ? 0.5 : 0.3], ['Spaans', 3, 0.15],
      ['natuurkunde', 3, vwo ? 0.45 : 0.35], ['scheikunde', 3, vwo ? 0.5 : 0.4],
      ['biologie', 3, vwo ? 0.5 : 0.45], ['economie', 3, 0.55], ['bedrijfseconomie', 3, 0.3],
      ['geschiedenis', 3, 0.4], ['aardrijkskunde', 3, 0.3], ['informatica', 2, 0.2], ['kunst', 3, 0.15],
      ['NLT', 3, 0.1], ['wiskunde D', 3, 0.1], ...(vwo ? [['filosofie', 2, 0.15], ['Latijn', 3, 0.15], ['Grieks', 3, 0.1]] : []),
    ]);
  }
  // vmbo
  const bk = level === 'vmbo-bk';
  if (year <= 2) {
    return [['Nederlands', 5, 1], ['Engels', 3, 1], ['Duits', 2, bk ? 0 : 1], ['wiskunde', 4, 1],
      ['natuurkunde', 2, 1], ['biologie', 2, 1], ['geschiedenis', 2, 1], ['aardrijkskunde', 2, 1],
      ['LO', 3, 1], ['beeldende vorming', 2, 1], ['techniek', 3, 1], ['verzorging', 1, 1]].filter((s) => s[2] > 0);
  }
  return [['Nederlands', 4, 1], ['Engels', 3, 1], ['Duits', 3, bk ? 0 : 0.35], ['wiskunde', 4, bk ? 0.6 : 0.8],
    ['natuurkunde', 3, bk ? 0.4 : 0.45], ['biologie', 3, bk ? 0.4 : 0.5], ['economie', 3, bk ? 0.5 : 0.6],
    ['LO', 2, 1], ['maatschappijleer', 2, year === 3 ? 1 : 0], ['CKV', 1, year === 3 ? 1 : 0],
    ['profielvak', bk ? 12 : 4, 1], ['keuzevak', 4, bk ? 1 : 0.5]]
    .filter((s) => s[2] > 0);
}

function groupSize(c, subject) {
  if (subject === 'profielvak' || subject === 'keuzevak') return c.level === 'vmbo-bk' ? 16 : 24;
  if (c.level === 'vmbo-bk') return 16;
  if (c.level === 'vmbo-gt') return 24;
  if (c.dept === 'onderbouw') return 28;
  return 25;
}

// ---------------------------------------------------------------------------------------
// Demand rows.
const demand = [];
for (const c of COHORTS) {
  for (const [subject, lessons, share] of lessentabel(c.level, c.year)) {
    const n = Math.round(c.n * share);
    demand.push({ ...c, subject, students: n, size: groupSize(c, subject), lessons, share });
  }
}

// Need per subject and location, the way the engine computes it (F1-F3).
const need = new Map(); // subject -> { Noord, Zuid }
for (const d of demand) {
  const groups = Math.ceil(d.students / d.size);
  const fte = groups * d.lessons * FTE_PER_LESSON;
  const e = need.get(d.subject) || { Noord: 0, Zuid: 0 };
  e[d.loc] += fte;
  need.set(d.subject, e);
}

// Staffing per subject relative to need: shortages in languages and sciences.
const SHORT = {
  Frans: 1.1, Duits: 1.3, natuurkunde: 1.4, scheikunde: 0.9, wiskunde: 0.9, Engels: 0.3, economie: 0,
  biologie: 0.1, Nederlands: 0, geschiedenis: -0.2, aardrijkskunde: -0.1, LO: -0.3, muziek: 0, CKV: 0,
  'beeldende vorming': -0.1, maatschappijleer: 0, profielvak: 0,
};

const SURNAMES = ['de Vries', 'Jansen', 'van den Berg', 'Bakker', 'Visser', 'Smit', 'Meijer', 'de Boer', 'Mulder',
  'de Groot', 'Bos', 'Vos', 'Peters', 'Hendriks', 'van Leeuwen', 'Dekker', 'Brouwer', 'de Wit', 'Dijkstra', 'Smits',
  'de Graaf', 'van der Meer', 'van der Linden', 'Kok', 'Jacobs', 'de Haan', 'Vermeulen', 'van den Heuvel',
  'van der Veen', 'van den Broek', 'de Bruijn', 'de Bruin', 'van der Heijden', 'Schouten', 'van Beek', 'Willems',
  'van Vliet', 'van de Ven', 'Hoekstra', 'Maas', 'Verhoeven', 'Koster', 'van Dam', 'van der Wal', 'Prins',
  'Blom', 'Huisman', 'Peeters', 'de Jong', 'Kuipers', 'El Amrani', 'Yilmaz', 'Öztürk', 'Bouzid', 'Nguyen'];
const INITIALS = ['A.', 'B.', 'C.', 'D.', 'E.', 'F.', 'G.', 'H.', 'I.', 'J.', 'K.', 'L.', 'M.', 'N.', 'P.', 'R.', 'S.', 'T.', 'W.', 'Y.'];
let personNo = 0;
function nextName() {
  const i = personNo++;
  return `${INITIALS[(i * 7) % INITIALS.length]} ${SURNAMES[(i * 13) % SURNAMES.length]}`;
}
const FTE_CYCLE = [1.0, 0.8, 0.6, 1.0, 0.9, 0.7, 0.5, 0.8, 1.0, 0.6, 0.4, 0.8];
let cycle = 0;

/** Annual payroll cost 2027 (incl. employer charges) per FTE, by scale. */
const COST_PER_FTE = { LB: 79500, LC: 92000, LD: 104500, 4: 50500, 5: 53000, 6: 56500, 7: 60500, 8: 66000, 9: 72000, 11: 98000, 12: 106000, 13: 118000, 14: 128000 };
const VARIATION = [1.0, 1.021, 0.987, 1.034, 0.968, 1.012, 0.995, 1.027, 0.979, 1.006];
function cost(scale, fte, i) {
  return Math.round((COST_PER_FTE[scale] * fte * VARIATION[i % VARIATION.length]) / 10) * 10;
}

const staff = [];
const dateFor = (i) => new Date(Date.UTC(1995 + ((i * 7) % 30), (i * 5) % 12, 1 + ((i * 11) % 28)));
// Birth dates 1958..1999, so that some teachers reach the AOW age in each projected year (prognose).
const birthFor = (i) => (i === 4 ? 1961 : new Date(Date.UTC(1958 + ((i * 13) % 42), (i * 7) % 12, 1 + ((i * 3) % 28))));

for (const [subject, e] of need) {
  const totalNeed = e.Noord + e.Zuid;
  let available = Math.max(0, totalNeed - (SHORT[subject] ?? 0));
  const left = { Noord: e.Noord * (available / totalNeed || 0), Zuid: e.Zuid * (available / totalNeed || 0) };
  while (available >= 0.15) {
    let fte = FTE_CYCLE[cycle++ % FTE_CYCLE.length];
    if (fte > available) fte = Math.round(available * 10) / 10;
    if (fte < 0.1) break;
    const loc = left.Noord >= left.Zuid ? 'Noord' : 'Zuid';
    left[loc] -= fte;
    available -= fte;
    const i = staff.length;
    // Scales: Zuid (vmbo) mostly LB; Noord LB/LC with some LD in the bovenbouw subjects.
    const scale = loc === 'Zuid' ? (i % 4 === 0 ? 'LC' : 'LB') : i % 9 === 0 ? 'LD' : i % 3 === 0 ? 'LC' : 'LB';
    staff.push({ name: nextName(), loc, role: 'Docent', scale, subject, fte, since: dateFor(i) });
  }
}

// Support, assistants, management.
const OTHER = [
  ['Onderwijsassistent', '6', null, 'Noord', 0.8], ['Onderwijsassistent', '6', null, 'Noord', 1.0],
  ['Onderwijsassistent', '5', null, 'Zuid', 1.0], ['Onderwijsassistent', '5', null, 'Zuid', 0.8],
  ['Onderwijsassistent', '6', null, 'Zuid', 0.6], ['Onderwijsassistent', '5', null, 'Noord', 0.6],
  ['TOA', '7', 'natuurkunde', 'Noord', 1.0], ['TOA', '7', 'scheikunde', 'Noord', 0.6],
  ['Instructeur', '8', 'profielvak', 'Zuid', 0.8], ['Onderwijsassistent', '5', null, 'Zuid', 0.4],
  ['Teamleider', '11', null, 'Noord', 1.0], ['Teamleider', '11', null, 'Noord', 1.0],
  ['Teamleider', '11', null, 'Zuid', 1.0], ['Teamleider', '12', null, 'Zuid', 0.9],
  ['Rector', '14', null, 'Noord', 1.0], ['Directeur', '13', null, 'Zuid', 1.0],
  ['Conciërge', '4', null, 'Noord', 1.0], ['Conciërge', '4', null, 'Noord', 0.6], ['Conciërge', '4', null, 'Zuid', 1.0],
  ['Administratie', '6', null, 'Noord', 0.8], ['Administratie', '6', null, 'Noord', 0.6],
  ['Administratie', '6', null, 'Zuid', 0.8], ['Roostermaker', '8', null, 'Noord', 0.8],
  ['ICT-medewerker', '8', null, 'Noord', 1.0], ['Leerlingcoördinator', '9', null, 'Zuid', 0.6],
];
for (const [role, scale, subject, loc, fte] of OTHER) {
  staff.push({ name: nextName(), loc, role, scale, subject, fte, since: dateFor(staff.length) });
}

// ---------------------------------------------------------------------------------------
/**
 * Sheet "Lesvraag Zuid": Zuid's demand in a layout made for the eye (domain.md, "Layouts
 * people make for the eye"): a two-row header ("Cohort" over five columns, "Vak" and
 * "Groepsgrootte" merged down, "Lessen" over "per week"), each cohort written once with its
 * cells merged down over its subject rows (whole-cohort subjects first; electives carry
 * their own pupils). A reader that fills merges sees the cohort on every row; one that does
 * not sees continuation rows: the same figures either way, equal to the one-row layout.
 */
function writeZuidSheet(wb) {
  const ws = wb.addWorksheet('Lesvraag Zuid', { views: [{ state: 'frozen', ySplit: 3 }] });
  ws.getCell('A1').value = 'Vestiging Zuid (vmbo): lesvraag per cohort, de vakken onder het cohort';
  ws.getCell('A1').font = { bold: true, size: 12 };
  ws.getRow(2).values = ['Cohort', null, null, null, null, 'Vak', 'Groepsgrootte', 'Lessen'];
  ws.getRow(3).values = ['Vestiging', 'Afdeling', 'Niveau', 'Leerjaar', 'Leerlingen', null, null, 'per week'];
  ws.getRow(2).font = ws.getRow(3).font = { bold: true };
  ws.mergeCells('A2:E2');
  ws.mergeCells('F2:F3');
  ws.mergeCells('G2:G3');
  [11, 10, 10, 9, 11, 20, 14, 10].forEach((w, i) => (ws.getColumn(i + 1).width = w));
  let r = 4;
  for (const c of COHORTS.filter((x) => x.loc === 'Zuid')) {
    const rows = demand.filter((d) => d.loc === 'Zuid' && d.level === c.level && d.year === c.year);
    rows.sort((a, b) => (b.share === 1) - (a.share === 1)); // whole-cohort subjects first (stable)
    const top = r;
    let run = 0; // rows from the top whose pupils are the cohort's
    rows.forEach((d, i) => {
      const first = i === 0;
      if (d.share === 1 && run === i) run++;
      ws.getRow(r).values = [first ? d.loc : null, first ? d.dept : null, first ? d.level : null, first ? d.year : null,
        first || d.share !== 1 ? d.students : null, d.subject, d.size, d.lessons];
      if (d.level === 'vmbo-bk' && d.year === 3 && d.subject === 'economie') ws.getCell(r, 5).value = 'n.v.t.'; // the one bad cell
      r++;
    });
    for (const col of ['A', 'B', 'C', 'D']) ws.mergeCells(`${col}${top}:${col}${r - 1}`);
    if (run > 1) ws.mergeCells(`E${top}:E${top + run - 1}`);
  }
}

// ---------------------------------------------------------------------------------------
/**
 * The workbook's bytes, identical on every run: the zip library stamps each entry with the
 * current time, so the clock is fixed while writing (the repository keeps the file).
 */
async function deterministicBuffer(wb) {
  const RealDate = Date;
  const FIXED = RealDate.UTC(2026, 2, 1, 12, 0, 0);
  class FixedDate extends RealDate {
    constructor(...args) {
      if (args.length === 0) super(FIXED);
      else super(...args);
    }
    static now() {
      return FIXED;
    }
  }
  global.Date = FixedDate;
  try {
    return Buffer.from(await wb.xlsx.writeBuffer());
  } finally {
    global.Date = RealDate;
  }
}

async function main() {
  const wb = new ExcelJS.Workbook();
  wb.creator = 'Formatieplanner VO (voorbeeld)';
  wb.created = new Date(Date.UTC(2026, 2, 1));
  wb.modified = wb.created;

  // Sheet 1: a note in prose (no table).
  const note = wb.addWorksheet('Toelichting');
  note.getColumn(1).width = 100;
  [
    `${SCHOOL} \u2013 formatieplan 2026-2027 (fictief voorbeeld)`,
    '',
    'Dit bestand is een verzonnen voorbeeld voor de Formatieplanner VO.',
    'Blad "Lesvraag 26-27": lesvraag per cohort en vak volgens de lessentabel (lessen van 50 minuten).',
    'Blad "Lesvraag Zuid": de vmbo-lesvraag van Zuid zoals veel roosteraars hem maken: elk cohort één keer (samengevoegde cellen), de vakken eronder, en een kop van twee regels.',
    'Blad "Personeel": personeel per 1 oktober 2026 met de verwachte loonkosten 2027 (incl. werkgeverslasten).',
    'Let op: de tekorten bij Frans, Duits en de bètavakken zijn nog niet ingevuld.',
  ].forEach((t, i) => (note.getCell(i + 1, 1).value = t));
  note.getCell(1, 1).font = { bold: true, size: 14 };

  // Sheet 2: demand, with two title rows above the header.
  const ws = wb.addWorksheet('Lesvraag 26-27', { views: [{ state: 'frozen', ySplit: 3 }] });
  ws.getCell('A1').value = SCHOOL;
  ws.getCell('A1').font = { bold: true, size: 14 };
  ws.getCell('A2').value = 'Schooljaar 2026-2027';
  ws.getCell('A2').font = { italic: true };
  const header = ['Vestiging', 'Afdeling', 'Niveau', 'Leerjaar', 'Vak', 'Aantal lln.', 'Groepsgrootte', 'Lesuren'];
  ws.getRow(3).values = header;
  ws.getRow(3).font = { bold: true };
  [12, 12, 10, 9, 20, 12, 14, 9].forEach((w, i) => (ws.getColumn(i + 1).width = w));

  let r = 4;
  let firstRowOfCohort = null;
  let lastCohort = null;
  let onderbouwStart = null;
  let subtotalDone = false;
  for (const d of demand) {
    if (d.loc === 'Zuid') continue; // Zuid has its own sheet in another layout (writeZuidSheet)
    const cohortKey = `${d.loc}|${d.level}|${d.year}`;
    // After the Noord onderbouw: a subtotal row, as controllers add them.
    if (!subtotalDone && d.dept === 'bovenbouw') {
      ws.getRow(r).values = ['Subtotaal onderbouw'];
      ws.getCell(r, 6).value = { formula: `SUMIFS(F${onderbouwStart}:F${r - 1},E${onderbouwStart}:E${r - 1},"Nederlands")`,
        result: COHORTS.filter((c) => c.dept === 'onderbouw').reduce((s, c) => s + c.n, 0) };
      ws.getRow(r).font = { italic: true };
      r++;
      subtotalDone = true;
    }
    if (d.dept === 'onderbouw' && onderbouwStart === null) onderbouwStart = r;
    const row = ws.getRow(r);
    row.values = [d.loc, d.dept, d.level, d.year, d.subject, d.students, d.size, d.lessons];
    if (cohortKey !== lastCohort) {
      firstRowOfCohort = r;
      lastCohort = cohortKey;
    } else if (d.dept === 'onderbouw' && d.share === 1) {
      // Onderbouw: the pupils of the following subject rows refer to the first row.
      ws.getCell(r, 6).value = { formula: `F${firstRowOfCohort}`, result: d.students };
    }
    // Realistic imperfections, each once.
    if (d.loc === 'Noord' && d.level === 'havo' && d.year === 4 && d.subject === 'Engels') ws.getCell(r, 6).value = String(d.students); // text number
    if (d.loc === 'Noord' && d.level === 'vwo' && d.year === 4 && d.subject === 'LO') ws.getCell(r, 8).value = '2,0'; // Dutch text number
    r++;
  }
  ws.autoFilter = { from: { row: 3, column: 1 }, to: { row: r - 1, column: 8 } };

  // Sheet 3: staff.
  const ps = wb.addWorksheet('Personeel', { views: [{ state: 'frozen', ySplit: 1 }] });
  ps.getRow(1).values = ['Naam', 'Vestiging', 'Functie', 'Schaal', 'Bevoegdheid', 'FTE', 'Loonkosten 2027', 'In dienst sinds', 'Geboortedatum'];
  ps.getRow(1).font = { bold: true };
  [22, 11, 20, 8, 18, 7, 16, 15, 15].forEach((w, i) => (ps.getColumn(i + 1).width = w));
  ps.getColumn(7).numFmt = '"€ "#,##0';
  ps.getColumn(8).numFmt = 'dd-mm-yyyy';
  ps.getColumn(9).numFmt = 'dd-mm-yyyy';
  let textFte = 0;
  let pctDone = false;
  let euroText = false;
  staff.forEach((s, i) => {
    const row = ps.getRow(i + 2);
    const c = cost(s.scale, s.fte, i);
    let fte = s.fte;
    let costCell = c;
    // Text numbers as pasted from HR exports.
    if (s.role === 'Docent' && s.fte === 0.8 && textFte < 3 && i % 5 === 1) {
      fte = '0,8';
      textFte++;
    } else if (!pctDone && s.role === 'Docent' && s.subject === 'geschiedenis' && s.fte === 0.8) {
      fte = 80; // a percentage typed as FTE: reported, left out
      pctDone = true;
    }
    if (!euroText && s.role === 'Onderwijsassistent') {
      costCell = `€ ${c.toLocaleString('nl-NL')}`;
      euroText = true;
    }
    row.values = [s.name, s.loc, s.role === 'Docent' ? `Docent ${s.scale}` : s.role, s.scale, s.subject, fte, costCell, s.since, birthFor(i)];
  });

  writeZuidSheet(wb);

  fs.mkdirSync(path.dirname(OUT), { recursive: true });
  fs.writeFileSync(OUT, await deterministicBuffer(wb));
  const pupils = COHORTS.reduce((s, c) => s + c.n, 0);
  let needSum = 0;
  for (const e of need.values()) needSum += e.Noord + e.Zuid;
  const teacherFte = staff.filter((s) => s.role === 'Docent').reduce((s, p) => s + p.fte, 0);
  console.log(`Geschreven: ${path.relative(process.cwd(), OUT)}`);
  console.log(`  ${pupils} leerlingen, ${demand.length} lesvraagregels, ${staff.length} medewerkers`);
  console.log(`  opzet: FTE leraren nodig ${needSum.toFixed(2)}, beschikbaar ${teacherFte.toFixed(2)} (v\u00f3\u00f3r de leesproblemen)`);

  // The figures as the engine computes them, when lib/ is built and the engine is in place.
  try {
    const { loadWorkbookValues } = require('../lib/io/xlsx.js');
    const { readWorkbook } = require('../lib/sheet/index.js');
    const { analyse } = require('../lib/model/index.js');
    const read = readWorkbook(await loadWorkbookValues(fs.readFileSync(OUT)));
    const a = analyse(read.tables);
    const t = a.totals;
    const f = (v, d = 2) => (v === null ? 'null' : v.toFixed(d));
    console.log(`  engine: leerlingen ${t.students}, lesgroepen ${t.groups}, FTE leraren nodig ${f(t.teacherFteNeeded)}, ` +
      `beschikbaar ${f(t.teacherFteAvailable)}, tekort ${f(t.shortageFte)}, FTE OA ${f(t.assistantFte)}, ` +
      `problemen ${a.tables.reduce((s, x) => s + x.issues.length, 0)}`);
  } catch (e) {
    console.log(`  (engine-cijfers niet beschikbaar: ${String(e && e.message).split('\n')[0]})`);
  }
}

main().catch((e) => {
  console.error(e);
  process.exit(1);
});
