/**
 * Boots the task pane. In Excel (Office.onReady reports a host) the pane gets the Excel
 * adapter (src/excel, lazy chunk); otherwise (office.js missing, or loaded outside Office,
 * or onReady not answering within 1.5 s) browser mode: the browser adapter (src/browser)
 * over an .xlsx opened in memory. No Office.js import here: only the global, if present.
 */

import * as React from 'react';
import { createRoot } from 'react-dom/client';
import { createBrowserActions, createMemoryFileProvider, readFile } from '../browser';
import type { WorkbookActions } from '../host/workbook-actions';
import { App } from './app';
import type { EngineLoader } from './engine';
import { detectLang, type Lang } from './i18n';
import type { Theme } from '@fluentui/react-components';
import { isDarkColor, loadTheme, prefersDark } from './theme';

const ONREADY_TIMEOUT_MS = 1500;

interface HostInfo {
  excel: boolean;
  lang: Lang;
  dark: boolean;
}

const loadEngine: EngineLoader = () =>
  import(/* webpackChunkName: "engine" */ './engine-impl').then((m) => m.engine);

function officeGlobal(): typeof Office | undefined {
  return typeof Office !== 'undefined' ? Office : undefined;
}

async function detectHost(): Promise<HostInfo> {
  const navLang = typeof navigator !== 'undefined' ? navigator.language : undefined;
  const office = officeGlobal();
  if (!office || typeof office.onReady !== 'function') {
    return { excel: false, lang: detectLang(navLang), dark: prefersDark() };
  }
  const info = await Promise.race([
    office.onReady().catch(() => null),
    new Promise<null>((resolve) => setTimeout(() => resolve(null), ONREADY_TIMEOUT_MS)),
  ]);
  const excelHost = office.HostType?.Excel ?? 'Excel';
  if (info && info.host === excelHost) {
    const ctx = office.context;
    return {
      excel: true,
      lang: detectLang(ctx?.displayLanguage, navLang),
      dark: isDarkColor(ctx?.officeTheme?.bodyBackgroundColor),
    };
  }
  return { excel: false, lang: detectLang(navLang), dark: prefersDark() };
}

async function createActions(host: HostInfo): Promise<{ actions: WorkbookActions; openFile?: (file: File) => Promise<void> }> {
  if (host.excel) {
    const { createExcelActions } = await import(/* webpackChunkName: "excel" */ '../excel');
    return { actions: createExcelActions() };
  }
  // The browser adapter is tiny (exceljs and the result workbook are its own lazy imports).
  const files = createMemoryFileProvider();
  const actions = createBrowserActions(files);
  return {
    actions,
    openFile: async (file: File) => {
      const data = await readFile(file);
      files.set(file.name, data);
    },
  };
}

function Root(props: {
  host: HostInfo;
  theme: Theme;
  actions: WorkbookActions;
  openFile?: (file: File) => Promise<void>;
}) {
  const [theme, setTheme] = React.useState<Theme>(props.theme);
  const setDark = React.useCallback((dark: boolean) => {
    loadTheme(dark).then(setTheme, () => undefined);
  }, []);
  React.useEffect(() => {
    if (props.host.excel) {
      const office = officeGlobal();
      const handler = (args: { theme?: { bodyBackgroundColor?: string } }) =>
        setDark(isDarkColor(args.theme?.bodyBackgroundColor));
      try {
        // Office.EventType.OfficeThemeChanged (where the host supports it).
        const doc = office?.context?.document as unknown as {
          addHandlerAsync?: (type: string, h: (a: unknown) => void) => void;
        };
        doc?.addHandlerAsync?.('officeThemeChanged', handler as (a: unknown) => void);
      } catch {
        /* not supported: keep the theme read at start */
      }
      return undefined;
    }
    if (typeof window === 'undefined' || typeof window.matchMedia !== 'function') return undefined;
    const mq = window.matchMedia('(prefers-color-scheme: dark)');
    const onChange = () => setDark(mq.matches);
    mq.addEventListener?.('change', onChange);
    return () => mq.removeEventListener?.('change', onChange);
  }, [props.host.excel, setDark]);
  return <App actions={props.actions} loadEngine={loadEngine} lang={props.host.lang} theme={theme} openFile={props.openFile} />;
}

async function boot(): Promise<void> {
  const container = document.getElementById('root');
  if (!container) return;
  const host = await detectHost();
  document.documentElement.lang = host.lang;
  try {
    const [{ actions, openFile }, theme] = await Promise.all([createActions(host), loadTheme(host.dark)]);
    createRoot(container).render(<Root host={host} theme={theme} actions={actions} openFile={openFile} />);
  } catch (err) {
    container.textContent = `Formatieplanner VO kon niet starten: ${String((err as Error)?.message ?? err)}`;
  }
}

void boot();
