/**
 * The task pane with fake WorkbookActions and a fake engine (test/taskpane/fakes.ts).
 */

import '@testing-library/jest-dom';
import { act, fireEvent, screen, waitFor, within } from '@testing-library/react';
import { fakeActions } from './fakes';
import { renderApp } from './render';


async function openTab(name: RegExp) {
  fireEvent.click(screen.getByRole('tab', { name }));
}

test('reads the workbook at start (Excel mode) and shows the tables found and the figures', async () => {
  const { actions } = renderApp();
  const table = await screen.findByTestId('tables');
  expect(actions.calls.loadSheets).toBe(1);
  const row = within(table).getAllByRole('row')[1];
  expect(row).toHaveTextContent('Lesvraag');
  expect(row).toHaveTextContent('A1:F3');
  expect(row).toHaveTextContent('lesvraag');
  // Key figures, Dutch number format; null shown as "–" with "geen gegevens".
  const totals = screen.getByTestId('totals');
  expect(within(totals).getByText('FTE leraren nodig').closest('tr')).toHaveTextContent('12,50');
  const assistant = within(totals).getByText('FTE onderwijsassistenten').closest('tr')!;
  expect(assistant).toHaveTextContent('–');
  expect(within(assistant).getByTitle('geen gegevens')).toBeInTheDocument();
  expect(screen.getByRole('status', { name: '' })).toBeDefined();
});

test('a mapping change re-runs the reader on the cached sheets with a ColumnOverride', async () => {
  const { actions, engine } = renderApp();
  await screen.findByTestId('tables');
  const select = (await screen.findByLabelText('Leerlingen')) as HTMLSelectElement;
  expect(select.value).toBe('3');
  fireEvent.change(select, { target: { value: '5' } });
  await waitFor(() => expect(engine.calls.readWorkbook).toHaveLength(2));
  expect(engine.calls.readWorkbook[1].overrides).toEqual([
    { sheet: 'Lesvraag', headerRow: 1, columns: { students: 5 } },
  ]);
  expect(actions.calls.loadSheets).toBe(1); // no new read of the workbook
  await waitFor(() => expect((screen.getByLabelText('Leerlingen') as HTMLSelectElement).value).toBe('5'));
  // Unmapping gives null; reset removes the override.
  fireEvent.change(screen.getByLabelText('Groepsgrootte'), { target: { value: '' } });
  await waitFor(() => expect(engine.calls.readWorkbook).toHaveLength(3));
  expect(engine.calls.readWorkbook[2].overrides![0].columns).toEqual({ students: 5, maxGroupSize: null });
  fireEvent.click(screen.getByRole('button', { name: 'Koppeling herstellen' }));
  await waitFor(() => expect(engine.calls.readWorkbook).toHaveLength(4));
  expect(engine.calls.readWorkbook[3].overrides).toEqual([]);
});

test('clicking an issue (or Enter on it) calls selectCell with its address', async () => {
  const { actions } = renderApp();
  const issues = await screen.findByTestId('issues');
  const button = within(issues).getByRole('button', { name: /Lesvraag!D3/ });
  fireEvent.click(button);
  await waitFor(() => expect(actions.calls.selectCell).toEqual(['Lesvraag!D3']));
  expect(button).toHaveAttribute('aria-current', 'true');
  // A native <button>: Enter and Space activate it (browser behaviour); the handler is the click.
  expect(button.tagName).toBe('BUTTON');
});

test('a progress indicator shows when reading takes longer than the delay', async () => {
  let finish: () => void = () => undefined;
  const actions = fakeActions({
    loadSheets: () =>
      new Promise((resolve) => {
        finish = () => resolve([]);
      }),
  });
  jest.useFakeTimers();
  try {
    renderApp({ actions, progressDelay: 1000 });
    await act(async () => {
      await Promise.resolve();
    });
    expect(screen.queryByText(/Werkmap wordt gelezen/)).toBeNull();
    await act(async () => {
      jest.advanceTimersByTime(1100);
    });
    expect(screen.getByText(/Werkmap wordt gelezen… 50%/)).toBeInTheDocument();
    expect(screen.getByRole('progressbar')).toBeInTheDocument();
    await act(async () => {
      finish();
    });
  } finally {
    jest.useRealTimers();
  }
});

test('adding a preset adds a scenario (saved, debounced) and a comparison column', async () => {
  const { actions } = renderApp();
  await screen.findByTestId('tables');
  await openTab(/Scenario/);
  const presetSelect = (await screen.findByTestId('preset-select')) as HTMLSelectElement;
  fireEvent.change(presetSelect, { target: { value: 'leerplein' } });
  // The preset's seed description and our reading (aanname) are shown.
  expect(screen.getByText(/alleen voor de Technasiumlessen/)).toBeInTheDocument();
  expect(screen.getAllByText('aanname').length).toBeGreaterThan(0);
  fireEvent.click(screen.getByRole('button', { name: 'Scenario toevoegen' }));
  await waitFor(() => expect(actions.calls.saved.length).toBeGreaterThan(0));
  const saved = actions.calls.saved[actions.calls.saved.length - 1];
  expect(saved).toHaveLength(1);
  expect(saved[0]).toMatchObject({ preset: 'leerplein', plaza: { share: 0.15, size: 90, teachers: 3, assistants: 1 } });

  await openTab(/Vergelijking/);
  const table = await screen.findByTestId('comparison');
  const headers = within(table).getAllByTestId('comparison-column').map((h) => h.textContent);
  expect(headers).toEqual(['Huidige situatie', 'Leerplein (Technasium Schöndeln, Roermond)']);
  // The difference against the current situation: sign, colour class and screen-reader text.
  const row = table.querySelector('tr[data-row="teacherFteNeeded"]')!;
  expect(row).toHaveTextContent('11,75');
  expect(row).toHaveTextContent('−0,75');
  expect(row).toHaveTextContent('minder dan de huidige situatie, gunstiger');
  expect(screen.getByTestId('bar-chart')).toBeInTheDocument();
});

test('invalid input shows the engine message under that field; "0,3" and "0.3" are accepted', async () => {
  const { actions } = renderApp();
  await screen.findByTestId('tables');
  await openTab(/Scenario/);
  fireEvent.change(await screen.findByTestId('preset-select'), { target: { value: 'leerplein' } });
  fireEvent.click(screen.getByRole('button', { name: 'Scenario toevoegen' }));
  const share = (await screen.findByLabelText(/Aandeel lessen in leerpleinen/)) as HTMLInputElement;
  expect(share.value).toBe('0,15');

  // Outside the registry's valid range: the form says so with the unit (before the engine's word).
  fireEvent.change(share, { target: { value: '1,5' } });
  const msg = await screen.findByText('Tussen 0 en 1 (deel van de lessen).');
  // The message belongs to the field: the input is described by it and marked invalid.
  expect(share).toHaveAttribute('aria-invalid', 'true');
  expect(share.getAttribute('aria-describedby')).toContain(msg.closest('[id]')!.id);

  fireEvent.change(share, { target: { value: '0,3' } });
  await waitFor(() => expect(screen.queryByText('Tussen 0 en 1 (deel van de lessen).')).toBeNull());
  await waitFor(() => expect(actions.calls.saved[actions.calls.saved.length - 1][0].plaza?.share).toBe(0.3));
  fireEvent.change(share, { target: { value: '0.25' } });
  await waitFor(() => expect(actions.calls.saved[actions.calls.saved.length - 1][0].plaza?.share).toBe(0.25));

  fireEvent.change(share, { target: { value: 'veel' } });
  expect(await screen.findByText(/Geen getal/)).toBeInTheDocument();

  // A norm error lands under the norm.
  const coord = screen.getByLabelText(/coördinatietijd/) as HTMLInputElement;
  fireEvent.change(coord, { target: { value: '-1' } });
  expect(await screen.findByText('Tussen 0 en 1 (uur leraar per overgedragen uur).')).toBeInTheDocument();
});

test('units from the registry: "30%" is a share of lessons, never a number of teachers', async () => {
  const { actions } = renderApp();
  await screen.findByTestId('tables');
  await openTab(/Scenario/);
  fireEvent.change(await screen.findByTestId('preset-select'), { target: { value: 'leerplein' } });
  fireEvent.click(screen.getByRole('button', { name: 'Scenario toevoegen' }));
  const share = (await screen.findByLabelText(/Aandeel lessen in leerpleinen/)) as HTMLInputElement;
  const teachers = screen.getByLabelText(/Leraren per leerplein/) as HTMLInputElement;
  // The unit is the field's hint.
  expect(teachers.getAttribute('aria-describedby')).toBeTruthy();
  expect(screen.getByText('leraren per leerplein')).toBeInTheDocument();

  fireEvent.change(share, { target: { value: '30%' } });
  await waitFor(() => expect(actions.calls.saved[actions.calls.saved.length - 1][0].plaza?.share).toBe(0.3));

  fireEvent.change(teachers, { target: { value: '30%' } });
  expect(await screen.findByText('Geen percentage hier: vul een getal in (leraren per leerplein).')).toBeInTheDocument();
  expect(teachers).toHaveAttribute('aria-invalid', 'true');
  // Refused text never reaches a figure: the scenario gets no comparison column.
  await openTab(/Vergelijking/);
  expect(await screen.findByText(/Niet meegenomen/)).toHaveTextContent('Leerplein');
  expect(screen.getAllByTestId('comparison-column')).toHaveLength(1);
});

test('switching to productivity gain drops the plaza (explicit null) and shows gain fields', async () => {
  const { actions } = renderApp();
  await screen.findByTestId('tables');
  await openTab(/Scenario/);
  fireEvent.change(await screen.findByTestId('preset-select'), { target: { value: 'domeinen' } });
  fireEvent.click(screen.getByRole('button', { name: 'Scenario toevoegen' }));
  fireEvent.click(await screen.findByRole('radio', { name: 'Productiviteitswinst' }));
  expect(await screen.findByLabelText(/^Productiviteitswinst/, { selector: 'input[type="text"], input:not([type])' })).toBeInTheDocument();
  await waitFor(() => {
    const last = actions.calls.saved[actions.calls.saved.length - 1][0];
    expect(last.plaza).toBeNull();
    expect(last.productivityGain).toEqual({ gain: 0.23, share: 1 });
  });
});

test('scenarios saved in the workbook are loaded at start', async () => {
  const actions = fakeActions({ stored: [{ name: 'Uit de werkmap', preset: 'leerplein', plaza: { share: 0.2 } }] });
  renderApp({ actions });
  await screen.findByTestId('tables');
  await openTab(/Scenario/);
  expect(await screen.findByRole('button', { name: /^Uit de werkmap$/ })).toBeInTheDocument();
});

test('write-back calls writeComparison with the scenarios and the table refs', async () => {
  const actions = fakeActions({ stored: [{ name: 'Plein', plaza: { share: 0.2, size: 90, teachers: 3, assistants: 1 } }] });
  renderApp({ actions });
  await screen.findByTestId('tables');
  await openTab(/Vergelijking/);
  const button = await screen.findByRole('button', { name: 'Schrijf naar werkblad' });
  fireEvent.click(button);
  await waitFor(() => expect(actions.calls.write).toHaveLength(1));
  const req = actions.calls.write[0];
  expect(req.scenarios).toEqual([{ name: 'Plein', plaza: { share: 0.2, size: 90, teachers: 3, assistants: 1 } }]);
  expect(req.tables).toEqual([{ sheet: 'Lesvraag', range: 'A1:F3' }]);
  expect(req.lang).toBe('nl');
  expect(await screen.findByText('Vergelijking geschreven naar blad Vergelijking.')).toBeInTheDocument();
});

test('browser mode: the button downloads, and an open-file input is offered', async () => {
  const actions = fakeActions({ mode: 'browser' });
  const opened: string[] = [];
  renderApp({ actions, openFile: async (f) => void opened.push(f.name) });
  expect(screen.getByRole('button', { name: 'Open .xlsx' })).toBeInTheDocument();
  const input = screen.getByTestId('file-input') as HTMLInputElement;
  const file = new File([new Uint8Array([1, 2, 3])], 'formatie.xlsx');
  fireEvent.change(input, { target: { files: [file] } });
  await screen.findByTestId('tables');
  expect(opened).toEqual(['formatie.xlsx']);
  await openTab(/Vergelijking/);
  expect(await screen.findByRole('button', { name: 'Download resultaat (.xlsx)' })).toBeInTheDocument();
});

describe('the overwrite dialog answers confirmOverwrite', () => {
  for (const [choice, expected] of [
    ['Overschrijven', true],
    ['Annuleren', false],
  ] as const) {
    test(`${choice} → ${expected}`, async () => {
      const actions = fakeActions();
      let answer: boolean | undefined;
      actions.onWrite = async (_req, confirm) => {
        answer = await confirm('Vergelijking');
        return 'Vergelijking';
      };
      renderApp({ actions });
      await screen.findByTestId('tables');
      await openTab(/Vergelijking/);
      fireEvent.click(await screen.findByRole('button', { name: 'Schrijf naar werkblad' }));
      // `hidden: true`: under jsdom, Fluent's focus manager (tabster 8.8, its modalizer) leaves
      // aria-hidden on the open modal surface itself, though focus is inside it; a real
      // browser does not. What this test checks is the dialog's text and its two answers.
      const dialog = await screen.findByRole('dialog', { hidden: true });
      expect(dialog).toHaveTextContent('Het blad “Vergelijking” bestaat al');
      fireEvent.click(within(dialog).getByRole('button', { name: choice, hidden: true }));
      await waitFor(() => expect(answer).toBe(expected));
      await waitFor(() => expect(screen.queryByRole('dialog', { hidden: true })).toBeNull());
      const status = screen.getByTestId('write-status');
      await waitFor(() =>
        expect(status).toHaveTextContent(expected ? 'Vergelijking geschreven naar blad Vergelijking.' : 'Niet geschreven'),
      );
    });
  }
});

test('"Wat is nodig?" solves for a parameter and shows the answer or the reason', async () => {
  const actions = fakeActions({ stored: [{ name: 'Plein', plaza: { share: 0.2, size: 90, teachers: 3, assistants: 1 } }] });
  const { engine } = renderApp({ actions });
  await screen.findByTestId('tables');
  await openTab(/Vergelijking/);
  fireEvent.click(await screen.findByRole('button', { name: 'Bereken' }));
  const answer = screen.getByTestId('solve-answer');
  await waitFor(() => expect(answer).toHaveTextContent('0,42'));
  expect(engine.calls.solve[0]).toMatchObject({ spec: { parameter: 'plaza.share', metric: 'shortageAfterFte', value: 0 } });
  // The answer names the parameter by its registry label, never by its key.
  expect(answer).toHaveTextContent('Leerplein: aandeel lessen');
  expect(answer).not.toHaveTextContent('plaza.share');
  fireEvent.change(screen.getByTestId('solve-parameter'), { target: { value: 'coordinationShare' } });
  fireEvent.click(screen.getByRole('button', { name: 'Bereken' }));
  await waitFor(() => expect(answer).toHaveTextContent('buiten bereik'));
});

test('"Wat is nodig?" lists by label only the parameters that can move the chosen figure (registry)', async () => {
  const actions = fakeActions({ stored: [{ name: 'Plein', plaza: { share: 0.2, size: 90, teachers: 3, assistants: 1 } }] });
  renderApp({ actions });
  await screen.findByTestId('tables');
  await openTab(/Vergelijking/);
  const select = (await screen.findByTestId('solve-parameter')) as HTMLSelectElement;
  const options = () => [...select.options].map((o) => [o.value, o.textContent]);
  // Shortage: plaza, tasks, norms; the ratio benchmark cannot move it.
  expect(options()).toContainEqual(['coordinationShare', 'Coördinatietijd']);
  expect(options()).toContainEqual(['task.administratie.share', 'Aandeel leerlingadministratie']);
  expect(options().map(([v]) => v)).not.toContain('studentsPerAssistant');
  for (const [value, text] of options()) expect(text).not.toBe(value);
  // The ratio benchmark is moved by pupils per assistant only.
  fireEvent.change(screen.getByTestId('solve-metric'), { target: { value: 'assistantFteByRatio' } });
  await waitFor(() => expect(options()).toEqual([['studentsPerAssistant', 'Leerlingen per FTE OA']]));
});

test('English when the language is not Dutch', async () => {
  renderApp({ lang: 'en' });
  expect(await screen.findByRole('tab', { name: 'Data' })).toBeInTheDocument();
  const totals = await screen.findByTestId('totals');
  expect(within(totals).getByText('Teacher FTE needed').closest('tr')).toHaveTextContent('12.50');
});
