/**
 * The "Meerjarig" view: the real model's project() over the fake engine's analysis (one
 * demand table, year 0 totals: need 12.5, available 10, shortage 2.5; no staff table).
 */

import '@testing-library/jest-dom';
import * as React from 'react';
import { act, fireEvent, render, screen, waitFor, within } from '@testing-library/react';
import { FluentProvider, webLightTheme } from '@fluentui/react-components';
import ProjectionTab from '../../src/taskpane/projection-tab';
import { I18nContext, STRINGS } from '../../src/taskpane/i18n';
import type { ProjectionRequest } from '../../src/host/workbook-actions';
import type { Analysis } from '../../src/model/api';
import { demandTable, fakeActions, fakeEngine, SHEETS } from './fakes';
import { renderApp } from './render';
import { topGrowingSubjects } from '../../src/taskpane/projection-run';
import type { ProjectionYear } from '../../src/model/projection';

function analysis(over: Partial<Analysis['totals']> = {}): Analysis {
  const a = fakeEngine().analyse([demandTable()]);
  return { ...a, totals: { ...a.totals, ...over } };
}

function renderTab(props: { analysis?: Analysis; lang?: 'nl' | 'en'; write?: (r: ProjectionRequest) => Promise<string> } = {}) {
  const actions = fakeActions();
  const requests: ProjectionRequest[] = [];
  actions.writeProjection = async (req) => {
    requests.push(req);
    return props.write ? props.write(req) : 'Prognose';
  };
  const lang = props.lang ?? 'nl';
  render(
    <I18nContext.Provider value={{ lang, s: STRINGS[lang] }}>
      <FluentProvider theme={webLightTheme}>
        <ProjectionTab actions={actions} analysis={props.analysis ?? analysis()} sheets={SHEETS} overrides={[]} inputs={[]} />
      </FluentProvider>
    </I18nContext.Provider>,
  );
  return { actions, requests };
}

function column(table: HTMLElement, head: string): string[] {
  const heads = within(table).getAllByRole('columnheader').map((h) => h.textContent);
  const i = heads.indexOf(head);
  expect(i).toBeGreaterThanOrEqual(0);
  return within(table).getAllByRole('row').slice(1).map((r) => r.children[i].textContent ?? '');
}

test('the per-year table: year 0..5, availability by P3 with verloop 3%, the shortage of year 0 from the analysis', () => {
  renderTab();
  const table = screen.getByTestId('projection-table');
  expect(within(table).getAllByRole('row')).toHaveLength(1 + 6); // header + years 0..5
  // A(0) = 10; A(y) = A(y-1) × (1 − 0.03): 9.7, 9.409, 9.12673, 8.85293, 8.58734 (R = 0, no hiring).
  expect(column(table, 'FTE beschikbaar')).toEqual(['10,00', '9,70', '9,41', '9,13', '8,85', '8,59']);
  expect(column(table, 'Tekort (FTE)')[0]).toBe('2,50'); // 12.5 − 10
  // Year 1 pupils: S(1,1) = 120 × (1 + 0)^1 = 120 (a line with only year 1: the cohort enters again).
  expect(column(table, 'Leerlingen')[1]).toBe('120');
  // The table scrolls inside its own box; the year column is a row header.
  expect(screen.getByTestId('projection-scroll')).toHaveAttribute('tabindex', '0');
  expect(within(table).getAllByRole('rowheader')[0]).toHaveTextContent('jaar 0');
});

test('each assumption shows "aanname" and its default; a changed one re-runs; a bad one names its key', async () => {
  renderTab();
  const form = screen.getByTestId('projection-form');
  expect(within(form).getAllByText('aanname')).toHaveLength(8);
  expect(within(form).getByText('standaard 0,03 (3%)')).toBeInTheDocument();
  const verloop = form.querySelector('input[data-field="attrition"]') as HTMLInputElement;
  fireEvent.change(verloop, { target: { value: '10%' } });
  // A(1) = 10 × 0.9 = 9
  await waitFor(() => expect(column(screen.getByTestId('projection-table'), 'FTE beschikbaar')[1]).toBe('9,00'));
  const years = form.querySelector('input[data-field="years"]') as HTMLInputElement;
  fireEvent.change(years, { target: { value: '11' } });
  await waitFor(() => expect(screen.queryByTestId('projection-table')).toBeNull());
  expect(screen.getAllByText(/years/).length).toBeGreaterThan(0);
  fireEvent.change(years, { target: { value: 'veel' } });
  await waitFor(() => expect(screen.getAllByText(/"veel" is geen getal/).length).toBeGreaterThan(0));
  fireEvent.change(years, { target: { value: '2' } });
  await waitFor(() => expect(within(screen.getByTestId('projection-table')).getAllByRole('row')).toHaveLength(1 + 3));
});

test('no staff table: availability and shortage are "–" (never 0), with a note', () => {
  renderTab({ analysis: analysis({ teacherFteAvailable: null, shortageFte: null }) });
  const table = screen.getByTestId('projection-table');
  expect(column(table, 'FTE beschikbaar')).toEqual(Array(6).fill('–geen gegevens'));
  expect(column(table, 'Tekort (FTE)').every((x) => x === '–geen gegevens')).toBe(true);
  expect(screen.getByTestId('projection-notes')).toHaveTextContent('Geen personeelstabel');
  expect(screen.getByTestId('chart-summary')).toHaveTextContent('de beschikbaarheid onbekend');
});

test('the chart is an image with a text summary; lines for need, availability and shortage', () => {
  renderTab();
  const img = screen.getByRole('img');
  expect(img).toHaveAccessibleName('FTE leraren nodig, beschikbaar en tekort per schooljaar');
  expect(img).toHaveAccessibleDescription(/Het tekort leraren gaat van 2,50 FTE in jaar 0/);
  const lines = Array.from(img.querySelectorAll('path[data-series]')).map((p) => p.getAttribute('data-series'));
  expect(lines).toEqual(['Nodig', 'Beschikbaar', 'Tekort']);
});

test('write-back sends the assumptions, the tables and the scenarios through the port', async () => {
  const { requests } = renderTab();
  fireEvent.change(screen.getByTestId('projection-form').querySelector('input[data-field="years"]')!, { target: { value: '3' } });
  await waitFor(() => expect(within(screen.getByTestId('projection-table')).getAllByRole('row')).toHaveLength(5));
  await act(async () => {
    fireEvent.click(screen.getByTestId('write-projection'));
  });
  await waitFor(() => expect(requests).toHaveLength(1));
  expect(requests[0]).toEqual({ projection: { years: 3 }, scenarios: [], tables: [{ sheet: 'Lesvraag', range: 'A1:F3' }], lang: 'nl' });
  expect(await screen.findByText(/Blad "Prognose" geschreven/)).toBeInTheDocument();
});

test('top growing subjects: growth > 0 only, largest first, at most 5', () => {
  const y = (pairs: [string, number | null][]): ProjectionYear =>
    ({ bySubject: pairs.map(([subject, shortageFte]) => ({ subject, shortageFte, teacherFteNeeded: null, teacherFteAvailable: null })) }) as unknown as ProjectionYear;
  const first = y([['A', 1], ['B', 0], ['C', 2], ['D', null], ['E', 0], ['F', 0], ['G', 0], ['H', 0]]);
  const last = y([['A', 1.5], ['B', 2], ['C', 1], ['D', 3], ['E', 0.1], ['F', 0.2], ['G', 0.3], ['H', 0.4]]);
  // Growth: A +0.5, B +2, C −1 (out), D unknown (out), E +0.1, F +0.2, G +0.3, H +0.4.
  expect(topGrowingSubjects([first, last]).map((g) => g.subject)).toEqual(['B', 'A', 'H', 'G', 'F']);
});

test('the app has a "Meerjarig" tab that shows the view', async () => {
  renderApp();
  await screen.findByTestId('tables');
  fireEvent.click(screen.getByRole('tab', { name: 'Meerjarig' }));
  expect(await screen.findByTestId('projection-table')).toBeInTheDocument();
});
