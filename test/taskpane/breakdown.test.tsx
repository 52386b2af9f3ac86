/**
 * The data tab's "Per vestiging" and "Tekort per vak" sections (src/taskpane/Breakdown.tsx)
 * with the fake engine's byLocation / bySubject.
 */

import * as React from 'react';
import '@testing-library/jest-dom';
import { fireEvent, render, screen, within } from '@testing-library/react';
import { App } from '../../src/taskpane/app';
import { showByLocation, sortByShortage } from '../../src/taskpane/breakdown';
import type { Analysis } from '../../src/model/api';
import { fakeActions, fakeEngine, locationTotals, type FakeAnalysisOptions } from './fakes';

type Subject = Analysis['bySubject'][number];

function subject(name: string, shortageFte: number | null, needed: number | null = 2, available: number | null = 1): Subject {
  return { subject: name, teacherLessonsPerWeek: 10, teacherFteNeeded: needed, teacherFteAvailable: available, shortageFte };
}

function renderData(opts: FakeAnalysisOptions, lang: 'nl' | 'en' = 'nl') {
  const engine = fakeEngine(opts);
  return render(<App actions={fakeActions()} loadEngine={async () => engine} lang={lang} saveDelay={10} progressDelay={1000} />);
}

const LOCATIONS = [
  locationTotals('Noord', { students: 704, teacherFteNeeded: 41.7375, teacherFteAvailable: 38.2, shortageFte: 3.5375, studentsPerTeacherFte: 18.4293, assistantFte: 4 }),
  locationTotals('Zuid', { students: 1518, teacherFteNeeded: 39.55, teacherFteAvailable: 40.3, shortageFte: -0.75, studentsPerTeacherFte: null, assistantFte: null }),
];

test('"Per vestiging": one column per location and the total, figures in Dutch number format', async () => {
  renderData({ byLocation: LOCATIONS });
  const table = await screen.findByTestId('by-location');
  expect(screen.getByRole('heading', { name: 'Per vestiging' })).toBeInTheDocument();
  expect(screen.getByTestId('by-location-section')).toHaveAttribute('open');
  const heads = within(table).getAllByRole('columnheader').map((h) => h.textContent);
  expect(heads).toEqual(['Kengetal', 'Noord', 'Zuid', 'Totaal']);
  const cell = (row: string, loc: string) => table.querySelector(`tr[data-row="${row}"] td[data-location="${loc}"]`)!;
  // Row labels are the engine's LABELS.
  expect(within(table).getByRole('rowheader', { name: 'FTE leraren nodig' })).toBeInTheDocument();
  expect(within(table).getByRole('rowheader', { name: 'Leerlingen per FTE leraar' })).toBeInTheDocument();
  expect(cell('students', 'Noord')).toHaveTextContent('704');
  expect(cell('students', 'Zuid')).toHaveTextContent('1.518');
  expect(cell('teacherFteNeeded', 'Noord')).toHaveTextContent('41,74');
  expect(cell('teacherFteAvailable', 'Zuid')).toHaveTextContent('40,30');
  expect(cell('shortageFte', 'Noord')).toHaveTextContent('3,54');
  expect(cell('studentsPerTeacherFte', 'Noord')).toHaveTextContent('18,4');
  expect(cell('assistantFte', 'Noord')).toHaveTextContent('4,00');
  // A surplus: minus sign, "gunstiger" colour and screen-reader text.
  expect(cell('shortageFte', 'Zuid').textContent).toContain('\u22120,75');
  expect(cell('shortageFte', 'Zuid').querySelector('[data-surplus]')).not.toBeNull();
  expect(cell('shortageFte', 'Zuid')).toHaveTextContent('overschot, gunstiger');
  // null is "–" with "geen gegevens".
  for (const k of ['studentsPerTeacherFte', 'assistantFte']) {
    const td = cell(k, 'Zuid');
    expect(td).toHaveTextContent('–');
    expect(within(td as HTMLElement).getByTitle('geen gegevens')).toBeInTheDocument();
  }
  // The table scrolls in its own focusable, labelled region.
  const region = screen.getByRole('region', { name: 'Kengetallen per vestiging (horizontaal scrollen)' });
  expect(region).toHaveAttribute('tabindex', '0');
  expect(region).toContainElement(table);
});

test('"Per vestiging" only with two locations or one named location', () => {
  expect(showByLocation([])).toBe(false);
  expect(showByLocation([locationTotals('(onbekend)')])).toBe(false);
  expect(showByLocation([locationTotals('Noord')])).toBe(true);
  expect(showByLocation([locationTotals('Noord'), locationTotals('(onbekend)')])).toBe(true);
});

test('no location or subject section when the analysis has none', async () => {
  renderData({ byLocation: [locationTotals('(onbekend)')], bySubject: [] });
  await screen.findByTestId('totals');
  expect(screen.queryByTestId('by-location')).toBeNull();
  expect(screen.queryByTestId('by-subject')).toBeNull();
});

test('"Tekort per vak": sorted by shortage (largest first, null last), "–" for null', async () => {
  renderData({
    bySubject: [
      subject('Nederlands', 0.0125),
      subject('drama', null, 0.3, null),
      subject('natuurkunde', 1.4, 4.2, 2.8),
      subject('LO', -0.34375, 6.25625, 6.6),
      subject('Duits', 1.275),
      subject('muziek', null, null, null),
    ],
  });
  const table = await screen.findByTestId('by-subject');
  expect(screen.getByRole('heading', { name: 'Tekort per vak' })).toBeInTheDocument();
  expect(screen.getByTestId('by-subject-section')).toHaveAttribute('open');
  const rows = within(table).getAllByRole('row').slice(1);
  expect(rows.map((r) => r.getAttribute('data-subject'))).toEqual(['natuurkunde', 'Duits', 'Nederlands', 'LO', 'drama', 'muziek']);
  const cells = (r: HTMLElement) => within(r).getAllByRole('cell').map((c) => c.textContent);
  expect(cells(rows[0])).toEqual(['4,20', '2,80', '1,40']);
  expect(cells(rows[2])[2]).toBe('0,01');
  // Surplus: "−0,34" in the "gunstiger" convention.
  expect(rows[3].querySelector('td[data-key="shortageFte"]')!.textContent).toMatch(/^\u22120,34 \(overschot, gunstiger\)$/);
  // null: "–" with "geen gegevens".
  const drama = rows[4].querySelector('td[data-key="shortageFte"]') as HTMLElement;
  expect(drama).toHaveTextContent('–');
  expect(within(drama).getByTitle('geen gegevens')).toBeInTheDocument();
  expect(within(rows[5]).getAllByTitle('geen gegevens')).toHaveLength(3);
});

test('"Tekort per vak" shows 10 subjects, then "Toon alle N vakken"', async () => {
  const many = Array.from({ length: 12 }, (_, i) => subject(`vak ${i + 1}`, i / 10));
  renderData({ bySubject: many });
  const table = await screen.findByTestId('by-subject');
  expect(within(table).getAllByRole('row')).toHaveLength(1 + 10);
  expect(within(table).getAllByRole('row')[1]).toHaveAttribute('data-subject', 'vak 12');
  fireEvent.click(screen.getByRole('button', { name: 'Toon alle 12 vakken' }));
  expect(within(table).getAllByRole('row')).toHaveLength(1 + 12);
  expect(screen.queryByRole('button', { name: /Toon alle 12 vakken/ })).toBeNull();
});

test('sortByShortage keeps the order of equal shortages and puts null last', () => {
  const list = [subject('a', null), subject('b', 1), subject('c', 1), subject('d', -1), subject('e', null)];
  expect(sortByShortage(list).map((s) => s.subject)).toEqual(['b', 'c', 'd', 'a', 'e']);
});

test('English headings and number format', async () => {
  renderData({ byLocation: LOCATIONS, bySubject: [subject('physics', 1.4, 1234.5, 2.8)] }, 'en');
  const loc = await screen.findByTestId('by-location');
  expect(screen.getByRole('heading', { name: 'By location' })).toBeInTheDocument();
  expect(screen.getByRole('heading', { name: 'Shortage by subject' })).toBeInTheDocument();
  expect(within(loc).getAllByRole('columnheader').map((h) => h.textContent)).toEqual(['Figure', 'Noord', 'Zuid', 'Total']);
  expect(loc.querySelector('tr[data-row="students"] td[data-location="Zuid"]')).toHaveTextContent('1,518');
  expect(screen.getByTestId('by-subject').querySelector('td[data-key="teacherFteNeeded"]')).toHaveTextContent('1,234.50');
});
