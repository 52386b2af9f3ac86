/**
 * Browser mode as its own page (dist/browser.html): the pane's App over an .xlsx opened in
 * this browser, with the browser adapter (../browser). The page loads no office.js at all,
 * so it works offline and nothing is asked of Microsoft's CDN. The file is read in a Web
 * Worker (progress, cancel); language and theme have their own switch here
 * (browser-settings.tsx), remembered in localStorage, defaulting to the browser's.
 */

import * as React from 'react';
import { createRoot } from 'react-dom/client';
import type { Theme } from '@fluentui/react-components';
import { App } from './app';
import type { EngineLoader } from './engine';
import { detectLang, type Lang } from './i18n';
import { loadTheme, prefersDark } from './theme';
import { LANG_KEY, remember, SettingsBar, storedLang, storedTheme, THEME_KEY, type ThemeChoice } from './browser-settings';
import { createBrowserActions, createMemoryFileProvider } from '../browser';
import { startReadWorker } from '../browser/worker-url';

const loadEngine: EngineLoader = () => import(/* webpackChunkName: "engine" */ './engine-impl').then((m) => m.engine);

const isDark = (choice: ThemeChoice) => (choice === 'system' ? prefersDark() : choice === 'dark');

function BrowserRoot(props: { lang: Lang; themeChoice: ThemeChoice; theme: Theme }) {
  const [lang, setLang] = React.useState<Lang>(props.lang);
  const [themeChoice, setThemeChoice] = React.useState<ThemeChoice>(props.themeChoice);
  const [theme, setTheme] = React.useState<Theme>(props.theme);
  const [{ actions, openFile }] = React.useState(() => {
    const files = createMemoryFileProvider();
    return {
      actions: createBrowserActions(files, { startWorker: startReadWorker }),
      // Only the handle is kept: every read reads the file again.
      openFile: async (file: File) => files.setFile(file.name, file),
    };
  });
  React.useEffect(() => {
    document.documentElement.lang = lang;
    document.documentElement.dataset.theme = themeChoice;
    let live = true;
    loadTheme(isDark(themeChoice)).then((t) => live && setTheme(t), () => undefined);
    if (themeChoice !== 'system' || typeof window.matchMedia !== 'function') return () => void (live = false);
    const mq = window.matchMedia('(prefers-color-scheme: dark)');
    const onChange = () => {
      loadTheme(mq.matches).then((t) => live && setTheme(t), () => undefined);
    };
    mq.addEventListener?.('change', onChange);
    return () => {
      live = false;
      mq.removeEventListener?.('change', onChange);
    };
  }, [lang, themeChoice]);
  const onLang = (l: Lang) => {
    setLang(l);
    remember(LANG_KEY, l);
  };
  const onTheme = (c: ThemeChoice) => {
    setThemeChoice(c);
    remember(THEME_KEY, c);
  };
  return (
    <>
      <SettingsBar lang={lang} themeChoice={themeChoice} theme={theme} onLang={onLang} onTheme={onTheme} />
      <App actions={actions} loadEngine={loadEngine} lang={lang} theme={theme} openFile={openFile} />
    </>
  );
}

async function boot(): Promise<void> {
  const container = document.getElementById('root');
  if (!container) return;
  const lang = storedLang(detectLang(typeof navigator !== 'undefined' ? navigator.language : undefined));
  const themeChoice = storedTheme();
  document.documentElement.lang = lang;
  try {
    const theme = await loadTheme(isDark(themeChoice));
    createRoot(container).render(<BrowserRoot lang={lang} themeChoice={themeChoice} theme={theme} />);
  } catch (err) {
    container.textContent = `Formatieplanner VO kon niet starten: ${String((err as Error)?.message ?? err)}`;
  }
}

void boot();
