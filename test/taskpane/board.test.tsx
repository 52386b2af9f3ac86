/**
 * Issue 10 in the pane: scenarios as summary lines (one open), removal with "Ongedaan
 * maken", the staff-data checkbox of the download, the default "Wat is nodig?" question,
 * the chart's reference line and the "herinvesteer 50%" variant. Fake engine and actions
 * (fakes.ts): its scenarios need 12,50 teacher FTE (11,75 with a plaza) and 1,00 extra OA.
 */

import '@testing-library/jest-dom';
import * as React from 'react';
import { fireEvent, render, screen, waitFor, within } from '@testing-library/react';
import { withReinvest } from '../../src/model/comparison';
import { BarChart } from '../../src/taskpane/bar-chart';
import { fakeActions, fakeEngine, result } from './fakes';
import { renderApp } from './render';

const openTab = (name: RegExp) => fireEvent.click(screen.getByRole('tab', { name }));

test('scenarios are summary lines (name + key figures), one open at a time', async () => {
  const actions = fakeActions({ stored: [{ name: 'Eerste' }, { name: 'Plein', plaza: { share: 0.2, size: 90, teachers: 3, assistants: 1 } }] });
  renderApp({ actions });
  await screen.findByTestId('tables');
  openTab(/Scenario/);
  const first = await screen.findByRole('button', { name: 'Eerste' });
  const second = screen.getByRole('button', { name: 'Plein' });
  // Both closed: no form, only the summary lines (the fake: 12,50 and 11,75 FTE; 1,00 extra OA).
  expect(screen.queryByTestId('scenario-form-0')).toBeNull();
  expect(await screen.findByTestId('scenario-summary-0')).toHaveTextContent('12,50 FTE leraren nodig · 1,00 extra FTE OA');
  expect(screen.getByTestId('scenario-summary-1')).toHaveTextContent('11,75 FTE leraren nodig');
  // The figures describe the button; its name stays the scenario's name.
  expect(first).toHaveAttribute('aria-describedby');
  fireEvent.click(first);
  expect(await screen.findByTestId('scenario-form-0')).toBeInTheDocument();
  fireEvent.click(second);
  await screen.findByTestId('scenario-form-1');
  await waitFor(() => expect(screen.queryByTestId('scenario-form-0')).toBeNull());
});

test('removing a scenario can be undone ("Ongedaan maken" puts it back in its place)', async () => {
  const actions = fakeActions({ stored: [{ name: 'Eerste' }, { name: 'Tweede' }, { name: 'Derde' }] });
  renderApp({ actions });
  await screen.findByTestId('tables');
  openTab(/Scenario/);
  fireEvent.click(await screen.findByRole('button', { name: 'Tweede' }));
  fireEvent.click(await screen.findByRole('button', { name: 'Scenario Tweede verwijderen' }));
  const bar = await screen.findByTestId('undo-bar');
  expect(bar).toHaveTextContent('Scenario “Tweede” verwijderd.');
  expect(screen.queryByRole('button', { name: 'Tweede' })).toBeNull();
  await waitFor(() => expect(actions.calls.saved.at(-1)?.map((s) => s.name)).toEqual(['Eerste', 'Derde']));
  fireEvent.click(within(bar).getByRole('button', { name: 'Ongedaan maken' }));
  await waitFor(() => expect(actions.calls.saved.at(-1)?.map((s) => s.name)).toEqual(['Eerste', 'Tweede', 'Derde']));
  expect(screen.queryByTestId('undo-bar')).toBeNull();
});

test('the download includes staff data only when the box is ticked (default off)', async () => {
  const actions = fakeActions({ mode: 'browser', stored: [{ name: 'Plein', plaza: { share: 0.2 } }] });
  renderApp({ actions, openFile: async () => undefined });
  fireEvent.change(screen.getByTestId('file-input'), { target: { files: [new File([new Uint8Array([1])], 'a.xlsx')] } });
  await screen.findByTestId('tables');
  openTab(/Vergelijking/);
  const box = (await screen.findByLabelText('inclusief personeelsgegevens (namen, salarissen)')) as HTMLInputElement;
  expect(box.checked).toBe(false);
  const download = screen.getByRole('button', { name: 'Download resultaat (.xlsx)' });
  fireEvent.click(download);
  await waitFor(() => expect(actions.calls.write).toHaveLength(1));
  expect(actions.calls.write[0].includeStaff).toBeUndefined();
  fireEvent.click(box);
  fireEvent.click(download);
  await waitFor(() => expect(actions.calls.write).toHaveLength(2));
  expect(actions.calls.write[1].includeStaff).toBe(true);
});

test('"Wat is nodig?" without a lever says why on its first click, in words (no raw keys)', async () => {
  // The fake solves plaza.share only: a scenario of tasks has no answer to "close the shortage".
  const actions = fakeActions({ stored: [{ name: 'Taken', tasks: [{ key: 'surveillance', share: 1 }] }] });
  renderApp({ actions });
  await screen.findByTestId('tables');
  openTab(/Vergelijking/);
  const why = await screen.findByTestId('solve-no-question');
  expect(why).toHaveTextContent('Geen waarde van dit scenario brengt Tekort na scenario (FTE) op 0');
  fireEvent.click(screen.getByRole('button', { name: 'Bereken' }));
  const answer = screen.getByTestId('solve-answer');
  await waitFor(() => expect(answer).toHaveTextContent('Geen waarde van dit scenario'));
  expect(answer.textContent).not.toMatch(/task\.|shortageAfterFte|reinvestShare/);
});

test('the bar chart is drawn at its CSS width (no viewBox scaling) with the teacher FTE available as a labelled line', () => {
  render(<BarChart series={[{ name: 'Huidige situatie', teacher: 12.5, assistant: 0 }]} available={10} />);
  const svg = screen.getByTestId('bar-chart');
  const width = Number(svg.getAttribute('width'));
  expect(width).toBeGreaterThan(0);
  expect(svg.getAttribute('viewBox')).toBe(`0 0 ${width} ${svg.getAttribute('height')}`);
  expect(screen.getByTestId('chart-available')).toHaveTextContent('beschikbaar 10,00');
  expect(svg.querySelector('desc')).toHaveTextContent('beschikbaar 10,00');
});

test('freed hours not reinvested: the reason beside the figure and a one-click "herinvesteer 50%" variant', async () => {
  const engine = fakeEngine();
  engine.withReinvest = withReinvest;
  engine.runScenario = (_a, scenario) =>
    result(scenario.name, 12.5, { netHoursFreed: scenario.norms.reinvestShare ? 100 : 200, assistantFteForTasks: 1 });
  const actions = fakeActions({ stored: [{ name: 'Taken', tasks: [{ key: 'surveillance', share: 1 }] }] });
  renderApp({ actions, engine });
  await screen.findByTestId('tables');
  openTab(/Vergelijking/);
  const table = await screen.findByTestId('comparison');
  expect(table.querySelector('tr[data-row="shortageAfterFte"]')).toHaveTextContent('verlicht werkdruk (herinvestering 0)');
  expect(within(table).getByText('Extra FTE OA nodig')).toBeInTheDocument();
  expect(within(table).getByText('FTE OA in dienst')).toBeInTheDocument();
  fireEvent.click(screen.getByRole('button', { name: 'Voeg variant toe: herinvesteer 50%' }));
  await waitFor(() => expect(actions.calls.saved.at(-1)).toHaveLength(2));
  expect(actions.calls.saved.at(-1)![1]).toMatchObject({ name: 'Taken (herinvesteren 50%)', norms: { reinvestShare: 0.5 } });
});
