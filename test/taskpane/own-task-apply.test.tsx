/**
 * Own tasks in the scenario form ("Eigen taak toevoegen") and "Neem waarde over in
 * scenario" after "Wat is nodig?", with fake actions and a fake engine (fakes.ts), plus the
 * pure helpers and the workbook round trip of an own task's key.
 */

import '@testing-library/jest-dom';
import { fireEvent, screen, waitFor, within } from '@testing-library/react';
import type { ScenarioInput } from '../../src/model/api';
import { resolveScenario, scenarioFromParameters } from '../../src/model/scenario';
import { scenarioToParameterRows } from '../../src/excel/parameters';
import { fieldForParameter, ownKeyProblem, setField } from '../../src/taskpane/scenario-form';
import { fakeActions, fakeEngine, type FakeActions } from './fakes';
import { renderApp } from './render';


const lastSaved = (actions: FakeActions): ScenarioInput[] => actions.calls.saved[actions.calls.saved.length - 1];

function ownInput(form: HTMLElement, f: 'key' | 'hoursPerFte' | 'share'): HTMLInputElement {
  return form.querySelector(`input[data-key="own.${f}"]`) as HTMLInputElement;
}

/** Opens "Scenario's" and adds an empty scenario; returns its form. */
async function emptyScenario(): Promise<HTMLElement> {
  await screen.findByTestId('tables');
  fireEvent.click(screen.getByRole('tab', { name: /Scenario/ }));
  fireEvent.change(await screen.findByTestId('preset-select'), { target: { value: '' } });
  fireEvent.click(screen.getByRole('button', { name: 'Scenario toevoegen' }));
  const form = await screen.findByTestId('scenario-form-0');
  // The engine is loaded (validation needs it).
  await waitFor(() => expect(screen.queryByText('Rekenmodel wordt geladen…')).toBeNull());
  return form;
}

function addOwn(form: HTMLElement, key: string, hours: string, share: string) {
  fireEvent.change(ownInput(form, 'key'), { target: { value: key } });
  fireEvent.change(ownInput(form, 'hoursPerFte'), { target: { value: hours } });
  fireEvent.change(ownInput(form, 'share'), { target: { value: share } });
  fireEvent.click(within(form).getByTestId('own-task-add'));
}

test('an own task is added to the saved ScenarioInput, listed without "aanname", loaded again and written back', async () => {
  const { actions, unmount } = renderApp();
  const form = await emptyScenario();
  // Labelled inputs.
  expect(within(form).getByLabelText('Sleutel of naam')).toBe(ownInput(form, 'key'));
  addOwn(form, '  mentoruren ', '25', '0,5');
  await waitFor(() => expect(lastSaved(actions)[0].tasks).toEqual([{ key: 'mentoruren', hoursPerFte: 25, share: 0.5 }]));
  expect(await within(form).findByText('Eigen taak mentoruren toegevoegd.')).toBeInTheDocument();
  // The add fields are cleared and the keyboard stays in the key field.
  expect(ownInput(form, 'key').value).toBe('');
  expect(document.activeElement).toBe(ownInput(form, 'key'));

  // Listed like a catalogue task, with its own hours (no aanname badge) and a remove button.
  const group = within(form).getByRole('group', { name: 'mentoruren (eigen taak)' });
  expect((group.querySelector('input[data-key="task.mentoruren.hoursPerFte"]') as HTMLInputElement).value).toBe('25');
  expect((group.querySelector('input[data-key="task.mentoruren.share"]') as HTMLInputElement).value).toBe('0,5');
  expect(within(group).queryByText('aanname')).toBeNull();
  expect(within(group).getByRole('button', { name: 'Eigen taak mentoruren verwijderen' })).toBeInTheDocument();

  // Enter in a field adds too; an empty share is the whole task (1), stored explicitly.
  fireEvent.change(ownInput(form, 'key'), { target: { value: 'roostering' } });
  fireEvent.change(ownInput(form, 'hoursPerFte'), { target: { value: '12' } });
  fireEvent.keyDown(ownInput(form, 'hoursPerFte'), { key: 'Enter' });
  await waitFor(() =>
    expect(lastSaved(actions)[0].tasks).toEqual([
      { key: 'mentoruren', hoursPerFte: 25, share: 0.5 },
      { key: 'roostering', hoursPerFte: 12, share: 1 },
    ]),
  );
  const saved = lastSaved(actions);

  // Round trip: a pane that loads what was saved lists the task and writes it back.
  unmount();
  const again = fakeActions({ stored: saved });
  const { engine } = renderApp({ actions: again });
  await screen.findByTestId('tables');
  fireEvent.click(screen.getByRole('tab', { name: /Scenario/ }));
  expect(await screen.findByRole('group', { name: 'mentoruren (eigen taak)' })).toBeInTheDocument();
  fireEvent.click(screen.getByRole('tab', { name: /Vergelijking/ }));
  fireEvent.click(await screen.findByRole('button', { name: 'Schrijf naar werkblad' }));
  await waitFor(() => expect(again.calls.write).toHaveLength(1));
  expect(again.calls.write[0].scenarios[0].tasks).toEqual(saved[0].tasks);
  expect(engine.calls.resolve.some((i) => JSON.stringify(i).includes('mentoruren'))).toBe(true);
});

test('a catalogue key (or name) is refused with a message; a dot is refused; the engine names a missing hours figure and a duplicate', async () => {
  const { actions } = renderApp();
  const form = await emptyScenario();
  const savesBefore = () => actions.calls.saved.length;

  addOwn(form, 'Administratie', '10', '1');
  const msg = await within(form).findByText(/Dit is de taak “leerlingadministratie” uit de lijst hierboven/);
  expect(ownInput(form, 'key')).toHaveAttribute('aria-invalid', 'true');
  expect(ownInput(form, 'key').getAttribute('aria-describedby')).toContain(msg.closest('[id]')!.id);
  expect(document.activeElement).toBe(ownInput(form, 'key'));
  // By its Dutch name as well.
  fireEvent.change(ownInput(form, 'key'), { target: { value: 'leerlingadministratie' } });
  expect(within(form).getByText(/Dit is de taak “leerlingadministratie”/)).toBeInTheDocument();

  fireEvent.change(ownInput(form, 'key'), { target: { value: 'mentor.uren' } });
  expect(within(form).getByText(/Een sleutel mag geen punt/)).toBeInTheDocument();

  // A missing hours figure: the engine's message, under the hours field.
  fireEvent.change(ownInput(form, 'key'), { target: { value: 'mentoruren' } });
  fireEvent.change(ownInput(form, 'hoursPerFte'), { target: { value: '' } });
  fireEvent.click(within(form).getByRole('button', { name: 'Eigen taak toevoegen' }));
  const hoursMsg = await within(form).findByText('tasks.mentoruren.hoursPerFte: een nieuwe taak heeft uren per FTE nodig');
  expect(ownInput(form, 'hoursPerFte').getAttribute('aria-describedby')).toContain(hoursMsg.closest('[id]')!.id);
  expect(document.activeElement).toBe(ownInput(form, 'hoursPerFte'));

  // Nothing was added by the refused attempts.
  await new Promise((r) => setTimeout(r, 50));
  const saved = actions.calls.saved.slice(0, savesBefore()).flat();
  expect(saved.every((s) => !s.tasks?.length)).toBe(true);

  // Added once; the same key again is a duplicate for the engine, under the key field.
  addOwn(form, 'mentoruren', '25', '0,5');
  await waitFor(() => expect(lastSaved(actions)[0].tasks).toHaveLength(1));
  addOwn(form, 'mentoruren', '30', '1');
  expect(await within(form).findByText('tasks.mentoruren: staat twee keer in de lijst')).toBeInTheDocument();
  addOwn(form, 'Mentoruren', '30', '1');
  expect(await within(form).findByText(/Er is al een eigen taak mentoruren/)).toBeInTheDocument();
  await new Promise((r) => setTimeout(r, 50));
  expect(lastSaved(actions)[0].tasks).toEqual([{ key: 'mentoruren', hoursPerFte: 25, share: 0.5 }]);

  // Removing it takes it out of the saved scenario.
  fireEvent.click(within(form).getByRole('button', { name: 'Eigen taak mentoruren verwijderen' }));
  await waitFor(() => expect(lastSaved(actions)[0].tasks).toBeUndefined());
  expect(within(form).queryByRole('group', { name: 'mentoruren (eigen taak)' })).toBeNull();
});

test('English: labels, the refusal and the engine\'s English message', async () => {
  renderApp({ lang: 'en' });
  await screen.findByTestId('tables');
  fireEvent.click(screen.getByRole('tab', { name: 'Scenarios' }));
  fireEvent.change(await screen.findByTestId('preset-select'), { target: { value: '' } });
  fireEvent.click(screen.getByRole('button', { name: 'Add scenario' }));
  const form = await screen.findByTestId('scenario-form-0');
  await waitFor(() => expect(screen.queryByText('Loading the model…')).toBeNull());
  expect(within(form).getByLabelText('Key or name')).toBe(ownInput(form, 'key'));
  addOwn(form, 'pupil administration', '10', '1');
  expect(await within(form).findByText(/This is the task “pupil administration” in the list above/)).toBeInTheDocument();
  addOwn(form, 'mentoring', '', '1');
  expect(await within(form).findByText('tasks.mentoring.hoursPerFte: a new task needs hours per FTE')).toBeInTheDocument();
  expect(within(form).getByRole('button', { name: 'Add own task' })).toBeInTheDocument();
});

test('"Neem waarde over in scenario" puts the solved value into the scenario the engine gets', async () => {
  const actions = fakeActions({ stored: [{ name: 'Plein', plaza: { share: 0.2, size: 90, teachers: 3, assistants: 1 } }] });
  const { engine } = renderApp({ actions });
  await screen.findByTestId('tables');
  fireEvent.click(screen.getByRole('tab', { name: /Vergelijking/ }));
  const apply = await screen.findByRole('button', { name: 'Neem waarde over in scenario' });
  expect(apply).toBeDisabled(); // no answer yet

  fireEvent.click(screen.getByRole('button', { name: 'Bereken' }));
  await waitFor(() => expect(screen.getByTestId('solve-answer')).toHaveTextContent('0,42'));
  expect(apply).toBeEnabled();
  const before = engine.calls.resolve.length;
  fireEvent.click(apply);

  // The comparison re-resolves the scenario with the new plaza share; the input is saved.
  await waitFor(() => {
    const after = engine.calls.resolve.slice(before) as ScenarioInput[];
    expect(after.some((i) => i.name === 'Plein' && i.plaza?.share === 0.42)).toBe(true);
  });
  await waitFor(() => expect(lastSaved(actions)[0].plaza).toEqual({ share: 0.42, size: 90, teachers: 3, assistants: 1 }));
  expect(screen.getByTestId('solve-applied')).toHaveTextContent('Overgenomen in Plein: Leerplein: aandeel lessen = 0,42');

  // No value found → nothing to apply.
  fireEvent.change(screen.getByTestId('solve-parameter'), { target: { value: 'reinvestShare' } });
  fireEvent.click(screen.getByRole('button', { name: 'Bereken' }));
  await waitFor(() => expect(screen.getByTestId('solve-answer')).toHaveTextContent('buiten bereik'));
  expect(apply).toBeDisabled();
});

test('a solved task share or norm lands in its form field', async () => {
  const engine = fakeEngine();
  engine.solveScenario = (_a, _s, spec) => ({ solved: { parameter: spec.parameter, value: 0.123456789, metricValue: 0 } });
  const actions = fakeActions({ stored: [{ name: 'Taken' }] });
  renderApp({ actions, engine });
  await screen.findByTestId('tables');
  fireEvent.click(screen.getByRole('tab', { name: /Vergelijking/ }));
  fireEvent.change(await screen.findByTestId('solve-parameter'), { target: { value: 'task.opvang.share' } });
  fireEvent.click(screen.getByRole('button', { name: 'Bereken' }));
  fireEvent.click(await screen.findByRole('button', { name: 'Neem waarde over in scenario' }));
  // The exact value is stored; the message shows it rounded.
  await waitFor(() => expect(lastSaved(actions)[0].tasks).toEqual([{ key: 'opvang', share: 0.123456789 }]));
  expect(screen.getByTestId('solve-applied')).toHaveTextContent('= 0,1235');

  fireEvent.change(screen.getByTestId('solve-parameter'), { target: { value: 'coordinationShare' } });
  fireEvent.click(screen.getByRole('button', { name: 'Bereken' }));
  fireEvent.click(screen.getByRole('button', { name: 'Neem waarde over in scenario' }));
  await waitFor(() => expect(lastSaved(actions)[0].norms).toEqual({ coordinationShare: 0.123456789 }));
});

describe('pure helpers', () => {
  test('ownKeyProblem: empty, dots and brackets, catalogue keys and names, near duplicates', () => {
    const input: ScenarioInput = { tasks: [{ key: 'mentoruren', hoursPerFte: 25 }] };
    expect(ownKeyProblem('  ', input)).toEqual({ kind: 'empty' });
    expect(ownKeyProblem('a.b', input)).toEqual({ kind: 'chars' });
    expect(ownKeyProblem('a[0]', input)).toEqual({ kind: 'chars' });
    expect(ownKeyProblem('x'.repeat(41), input)).toEqual({ kind: 'long' });
    expect(ownKeyProblem(' ICT ', input)).toEqual({ kind: 'catalogue', key: 'ict' });
    expect(ownKeyProblem('Toetsweekorganisatie', input)).toEqual({ kind: 'catalogue', key: 'toetsweek' });
    expect(ownKeyProblem('MENTORUREN', input)).toEqual({ kind: 'duplicate', key: 'mentoruren' });
    expect(ownKeyProblem('mentoruren', input)).toBeNull(); // the exact duplicate is the engine's to name
    expect(ownKeyProblem('mentor uren', input)).toBeNull();
  });

  test('an own task stays in the input when its hours are cleared (the engine then names the field)', () => {
    const input = setField({ tasks: [{ key: 'mentoruren', hoursPerFte: 25 }] }, 'task.mentoruren.hoursPerFte', undefined);
    expect(input.tasks).toEqual([{ key: 'mentoruren' }]);
    const r = resolveScenario(input);
    expect(r.ok).toBe(false);
    expect(!r.ok && r.errors[0].key).toBe('tasks.mentoruren.hoursPerFte');
    // A catalogue task with nothing set is still dropped.
    expect(setField({ tasks: [{ key: 'ict', share: 1 }] }, 'task.ict.share', undefined).tasks).toBeUndefined();
  });

  test('fieldForParameter maps solve parameters to form fields', () => {
    expect(fieldForParameter('plaza.share', {})).toBe('plaza.share');
    expect(fieldForParameter('task.mentor uren.share', {})).toBe('task.mentor uren.share');
    expect(fieldForParameter('coordinationShare', {})).toBe('norms.coordinationShare');
    expect(fieldForParameter('productivityGain.gain', {})).toBe('productivityGain.gain');
    expect(fieldForParameter('studentsPerAssistant', {})).toBe('studentsPerAssistant');
    expect(fieldForParameter('name', {})).toBeNull();
  });

  test('an own task survives the workbook rows (task.<key>.share / task.<key>.hoursPerFte) and the real engine', () => {
    const input: ScenarioInput = { name: 'Eigen', tasks: [{ key: 'mentor uren', hoursPerFte: 25, share: 0.5 }, { key: 'ict', share: 1 }] };
    const rows = scenarioToParameterRows(input);
    expect(rows).toEqual(expect.arrayContaining([['task.mentor uren.share', 0.5], ['task.mentor uren.hoursPerFte', 25]]));
    const back = scenarioFromParameters(rows, 'Eigen');
    expect(back.ok).toBe(true);
    const own = back.ok ? back.scenario.tasks.find((t) => t.key === 'mentor uren') : undefined;
    expect(own).toMatchObject({ hoursPerFte: 25, share: 0.5, assumption: false });
  });
});

describe('hours typed for a catalogue task keep the share the form shows', () => {
  test.each<[string | undefined, string, number]>([
    [undefined, 'ict', 0], // no preset: the form shows 0, not "the whole task"
    ['klassikaal-oa', 'administratie', 0.5], // the preset's share
    ['klassikaal-oa', 'controleren', 0], // not in the preset
  ])('preset %s, task %s → share %d', (preset, key, share) => {
    const input: ScenarioInput = preset ? { preset } : {};
    const out = setField(input, `task.${key}.hoursPerFte`, 25);
    expect(out.tasks).toEqual([{ key, hoursPerFte: 25, share }]);
    const r = resolveScenario(out);
    expect(r.ok && r.scenario.tasks.find((t) => t.key === key)).toMatchObject({ hoursPerFte: 25, share });
  });
});
