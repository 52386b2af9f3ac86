/**
 * src/excel/pane-host.ts: host detection without a timer, the hidden start of the shared
 * runtime (read when shown, again on each show) and the theme read per show.
 */

import { officeHost, watchPane, type OfficeLike } from '../../src/excel/pane-host';

function fakeOffice(host: unknown, background = '#ffffff') {
  let handler: ((m: { visibilityMode: string }) => void) | null = null;
  const office: OfficeLike & { context: { officeTheme: { bodyBackgroundColor: string }; displayLanguage: string } } = {
    onReady: () => Promise.resolve({ host, platform: null }),
    HostType: { Excel: 'Excel' },
    context: { displayLanguage: 'nl-NL', officeTheme: { bodyBackgroundColor: background } },
    addin: {
      onVisibilityModeChanged: (h) => {
        handler = h;
        return Promise.resolve(() => Promise.resolve());
      },
    },
  };
  return { office, fire: (mode: 'Taskpane' | 'Hidden') => handler?.({ visibilityMode: mode }) };
}

describe('officeHost', () => {
  test('Excel: host and display language', async () => {
    expect(await officeHost(fakeOffice('Excel').office)).toEqual({ excel: true, displayLanguage: 'nl-NL' });
  });

  test('office.js outside Office: onReady resolves with no host, no timer needed', async () => {
    jest.useFakeTimers();
    try {
      // With fake timers a setTimeout-based race would never settle; onReady alone does.
      await expect(officeHost(fakeOffice(null).office)).resolves.toEqual({ excel: false });
    } finally {
      jest.useRealTimers();
    }
  });

  test('no Office global, or onReady failing: no host', async () => {
    expect(await officeHost(undefined)).toEqual({ excel: false });
    expect(await officeHost({ onReady: () => Promise.reject(new Error('x')) })).toEqual({ excel: false });
  });
});

describe('watchPane', () => {
  test('started hidden (a function calculated): nothing is read until the pane is shown, then on every show', () => {
    const { office, fire } = fakeOffice('Excel');
    const shown: number[] = [];
    watchPane(office, { onShown: (n) => shown.push(n), onTheme: () => undefined }, false);
    expect(shown).toEqual([]);
    fire('Taskpane');
    expect(shown).toEqual([1]);
    fire('Taskpane'); // already visible: no second read
    expect(shown).toEqual([1]);
    fire('Hidden');
    fire('Taskpane');
    expect(shown).toEqual([1, 2]);
  });

  test('opened visibly: read at once', () => {
    const { office } = fakeOffice('Excel');
    const shown: number[] = [];
    watchPane(office, { onShown: (n) => shown.push(n), onTheme: () => undefined }, true);
    expect(shown).toEqual([1]);
  });

  test('the theme is read on each show and on window focus', () => {
    const { office, fire } = fakeOffice('Excel', '#ffffff');
    const themes: (string | undefined)[] = [];
    const win = new EventTarget();
    const stop = watchPane(office, { onShown: () => undefined, onTheme: (b) => themes.push(b) }, true, { window: win });
    office.context.officeTheme.bodyBackgroundColor = '#262626';
    fire('Hidden');
    fire('Taskpane');
    office.context.officeTheme.bodyBackgroundColor = '#000000';
    win.dispatchEvent(new Event('focus'));
    expect(themes).toEqual(['#ffffff', '#262626', '#000000']);
    stop();
    win.dispatchEvent(new Event('focus'));
    expect(themes.length).toBe(3);
  });

  test('a host without the shared runtime API: no error, the visible pane still reads', () => {
    const shown: number[] = [];
    const office: OfficeLike = { onReady: () => Promise.resolve({ host: 'Excel' }) };
    expect(() => watchPane(office, { onShown: (n) => shown.push(n), onTheme: () => undefined }, true)).not.toThrow();
    expect(shown).toEqual([1]);
  });
});
