/**
 * Browser mode as its own page (dist/browser.html): the pane's App over an .xlsx opened in
 * memory, with the browser adapter (./index.ts). The page loads no office.js at all, so it
 * works offline and nothing is asked of Microsoft's CDN. Light or dark follows the
 * browser's prefers-color-scheme.
 */

import * as React from 'react';
import { createRoot } from 'react-dom/client';
import type { Theme } from '@fluentui/react-components';
import { App } from './app';
import type { EngineLoader } from './engine';
import { detectLang, type Lang } from './i18n';
import { loadTheme, prefersDark } from './theme';
import { createBrowserActions, createMemoryFileProvider, readFile } from '../browser';

const loadEngine: EngineLoader = () => import(/* webpackChunkName: "engine" */ './engine-impl').then((m) => m.engine);

function BrowserRoot(props: { lang: Lang; theme: Theme }) {
  const [theme, setTheme] = React.useState<Theme>(props.theme);
  const [{ actions, openFile }] = React.useState(() => {
    const files = createMemoryFileProvider();
    return {
      actions: createBrowserActions(files),
      openFile: async (file: File) => files.set(file.name, await readFile(file)),
    };
  });
  React.useEffect(() => {
    if (typeof window.matchMedia !== 'function') return undefined;
    const mq = window.matchMedia('(prefers-color-scheme: dark)');
    const onChange = () => {
      loadTheme(mq.matches).then(setTheme, () => undefined);
    };
    mq.addEventListener?.('change', onChange);
    return () => mq.removeEventListener?.('change', onChange);
  }, []);
  return <App actions={actions} loadEngine={loadEngine} lang={props.lang} theme={theme} openFile={openFile} />;
}

async function boot(): Promise<void> {
  const container = document.getElementById('root');
  if (!container) return;
  const lang = detectLang(typeof navigator !== 'undefined' ? navigator.language : undefined);
  document.documentElement.lang = lang;
  try {
    const theme = await loadTheme(prefersDark());
    createRoot(container).render(<BrowserRoot lang={lang} theme={theme} />);
  } catch (err) {
    container.textContent = `Formatieplanner VO kon niet starten: ${String((err as Error)?.message ?? err)}`;
  }
}

void boot();
