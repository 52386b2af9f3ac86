/**
 * The pane in browser mode over the real browser adapter: a refused file shows the reader's
 * one line in the pane's language (no "Er ging iets mis" around it), a read can be cancelled,
 * a workbook without a formation table shows what the reader found and the shape it needs;
 * the language and theme switch is remembered.
 */

import '@testing-library/jest-dom';
import * as React from 'react';
import { act, fireEvent, render, screen } from '@testing-library/react';
import { createBrowserActions, createMemoryFileProvider } from '../../src/browser';
import { LANG_KEY, SettingsBar, storedLang, storedTheme, THEME_KEY } from '../../src/taskpane/browser-settings';
import { webLightTheme } from '@fluentui/react-components';
import { fakeActions, fakeEngine } from '../taskpane/fakes';
import { renderApp } from '../taskpane/render';

function browserPane(lang: 'nl' | 'en', startWorker?: () => Worker) {
  const files = createMemoryFileProvider();
  const actions = createBrowserActions(files, { storage: null, startWorker });
  renderApp({ actions: actions as never, lang, openFile: async (f) => files.setFile(f.name, f) });
  return actions;
}

async function choose(file: File) {
  // The data tab is a lazy chunk: the first test waits for it.
  fireEvent.change(await screen.findByTestId('file-input', {}, { timeout: 15000 }), { target: { files: [file] } });
}

for (const [lang, line] of [
  ['nl', 'tekst.xlsx is beschadigd of onvolledig en kan niet worden gelezen (het is geen zip-bestand)'],
  ['en', 'tekst.xlsx is damaged or incomplete and cannot be read (it is not a zip file)'],
] as const) {
  test(`a text file renamed .xlsx (${lang}): the reader's line only`, async () => {
    browserPane(lang);
    await choose(new File(['Dit is gewoon tekst.'], 'tekst.xlsx'));
    const notice = await screen.findByTestId('read-notice');
    expect(notice.textContent).toBe(line);
  });
}

test('Cancel stops the read in the worker and says so', async () => {
  const posted: unknown[] = [];
  let terminated = 0;
  const worker = {
    onmessage: null,
    onerror: null,
    postMessage: (m: unknown) => void posted.push(m),
    terminate: () => void (terminated += 1),
  };
  browserPane('nl', () => worker as unknown as Worker);
  await choose(new File(['x'], 'groot.xlsx'));
  const cancel = await screen.findByTestId('cancel-read');
  expect(cancel.textContent).toBe('Lezen afbreken');
  await act(async () => {
    fireEvent.click(cancel);
  });
  expect(terminated).toBe(1);
  expect((await screen.findByTestId('read-notice')).textContent).toBe('Lezen afgebroken. Er is niets gewijzigd.');
  expect(screen.queryByTestId('cancel-read')).toBeNull();
});

test('no formation table: the reader\'s message (what it found, the shape it needs), in the pane\'s language', async () => {
  const engine = fakeEngine();
  engine.readWorkbook = () => ({
    tables: [],
    issues: [{
      cell: 'Blad1!A1', sheet: 'Blad1', row: 1, col: 0,
      message: 'Geen formatietabel gevonden: geen kopregel met herkenbare kolomnamen (zoals leerlingen en lesuren, of naam, functie en fte).',
      messageEn: 'No formation table found: no header row with recognisable column names (such as students and lessons per week, or name, role and FTE).',
    }],
  });
  renderApp({ actions: fakeActions({ mode: 'browser' }), engine, lang: 'en', openFile: async () => undefined });
  await choose(new File(['x'], 'leeg.xlsx'));
  const p = await screen.findByTestId('no-tables');
  expect(p.textContent).toBe('No formation table found: no header row with recognisable column names (such as students and lessons per week, or name, role and FTE).');
  expect(p.textContent).not.toMatch(/by hand below/);
});

test('language and theme: remembered in localStorage, defaulting to the browser', () => {
  const m = new Map<string, string>();
  const store = { getItem: (k: string) => m.get(k) ?? null, setItem: (k: string, v: string) => void m.set(k, v) };
  expect(storedLang('en', store)).toBe('en');
  expect(storedTheme(store)).toBe('system');
  m.set(LANG_KEY, 'nl');
  m.set(THEME_KEY, 'dark');
  expect(storedLang('en', store)).toBe('nl');
  expect(storedTheme(store)).toBe('dark');
  m.set(THEME_KEY, 'paars');
  expect(storedTheme(store)).toBe('system');
});

test('the switch bar names its choices in the pane\'s language and reports a change', () => {
  const onLang = jest.fn();
  const onTheme = jest.fn();
  render(<SettingsBar lang="nl" themeChoice="system" theme={webLightTheme} onLang={onLang} onTheme={onTheme} />);
  expect(screen.getByLabelText('Taal')).toHaveValue('nl');
  expect(screen.getByLabelText('Thema')).toHaveValue('system');
  fireEvent.change(screen.getByLabelText('Taal'), { target: { value: 'en' } });
  fireEvent.change(screen.getByLabelText('Thema'), { target: { value: 'dark' } });
  expect(onLang).toHaveBeenCalledWith('en');
  expect(onTheme).toHaveBeenCalledWith('dark');
  expect(screen.getByRole('option', { name: 'donker' })).toBeInTheDocument();
});
