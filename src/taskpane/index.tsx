/**
 * Boots the task pane (dist/taskpane.html, the shared runtime's page).
 *
 * In Excel (Office.onReady reports the Excel host) the pane gets the Excel adapter
 * (src/excel, lazy chunk). Outside Office, Office.onReady resolves by itself with no host:
 * the page then says where browser mode is (browser.html, which loads no office.js at all).
 * In the shared runtime this page also starts hidden when a FORMATIE function calculates:
 * the App mounts (and reads the workbook) when the pane is first shown, and mounts afresh
 * (reading the workbook again) each time it is shown again (src/excel/pane-host.ts).
 * No Office.js import here: only the global, if present.
 */

import * as React from 'react';
import { createRoot } from 'react-dom/client';
import type { Theme } from '@fluentui/react-components';
import { App } from './app';
import type { EngineLoader } from './engine';
import { detectLang, type Lang } from './i18n';
import { isDarkColor, loadTheme } from './theme';
import { officeHost, watchPane, type OfficeLike } from '../excel/pane-host';

const loadEngine: EngineLoader = () => import(/* webpackChunkName: "engine" */ './engine-impl').then((m) => m.engine);

function officeGlobal(): OfficeLike | undefined {
  return typeof Office !== 'undefined' ? (Office as unknown as OfficeLike) : undefined;
}

/** The page opened outside Office: where to go instead (Dutch first, English second). */
function NotInExcel(props: { lang: Lang }) {
  const nl = props.lang === 'nl';
  return (
    <main style={{ padding: 16, fontSize: 14, lineHeight: 1.5 }}>
      <h1 style={{ fontSize: 18 }}>Formatieplanner VO</h1>
      <p role="status">
        {nl
          ? 'Dit is het taakvenster van de Excel-invoegtoepassing; het werkt alleen in Excel. Zonder Excel: open '
          : 'This is the task pane of the Excel add-in; it only works inside Excel. Without Excel: open '}
        <a href="browser.html">{nl ? 'de browsermodus (browser.html)' : 'browser mode (browser.html)'}</a>
        {nl ? ' en kies daar een .xlsx-bestand.' : ' and choose an .xlsx file there.'}
      </p>
    </main>
  );
}

function ExcelRoot(props: { lang: Lang; office: OfficeLike; initialTheme: Theme; initialDark: boolean }) {
  const [theme, setTheme] = React.useState<Theme>(props.initialTheme);
  const [shown, setShown] = React.useState(0);
  const [actions, setActions] = React.useState<import('../host/workbook-actions').WorkbookActions | null>(null);
  const dark = React.useRef(props.initialDark);
  React.useEffect(() => {
    let alive = true;
    import(/* webpackChunkName: "excel" */ '../excel').then((m) => alive && setActions(m.createExcelActions()), () => undefined);
    const stop = watchPane(
      props.office,
      {
        onShown: (n) => setShown(n),
        onTheme: (background) => {
          const next = isDarkColor(background);
          if (next === dark.current) return;
          dark.current = next;
          loadTheme(next).then((t) => alive && setTheme(t), () => undefined);
        },
      },
      document.visibilityState === 'visible',
      { window, document },
    );
    return () => {
      alive = false;
      stop();
    };
  }, [props.office]);
  if (!actions || shown === 0) return null;
  // A new key per show: the App mounts afresh and reads the workbook again.
  return <App key={shown} actions={actions} loadEngine={loadEngine} lang={props.lang} theme={theme} />;
}

async function boot(): Promise<void> {
  const container = document.getElementById('root');
  if (!container) return;
  const navLang = typeof navigator !== 'undefined' ? navigator.language : undefined;
  const office = officeGlobal();
  const host = await officeHost(office);
  const lang = detectLang(host.displayLanguage, navLang);
  document.documentElement.lang = lang;
  try {
    if (!host.excel || !office) {
      createRoot(container).render(<NotInExcel lang={lang} />);
      return;
    }
    const initialDark = isDarkColor(office.context?.officeTheme?.bodyBackgroundColor);
    const theme = await loadTheme(initialDark);
    createRoot(container).render(<ExcelRoot lang={lang} office={office} initialTheme={theme} initialDark={initialDark} />);
  } catch (err) {
    container.textContent = `Formatieplanner VO kon niet starten: ${String((err as Error)?.message ?? err)}`;
  }
}

void boot();
