/**
 * The task pane: three tabs (Gegevens, Scenario's, Vergelijking) over one state: the
 * sheets as read (cached, so remapping columns re-runs only the pure reader), the column
 * overrides, the reader's result, the analysis, and the scenarios (saved through the
 * host's actions, debounced). The Scenarios and Comparison tabs are lazy chunks.
 */

import * as React from 'react';
import { FluentProvider } from '@fluentui/react-components';
import { Tab, TabList } from '@fluentui/react-components';
import { makeStyles, tokens } from '@fluentui/react-components';
import { webLightTheme } from '@fluentui/react-components';
import type { Theme } from '@fluentui/react-components';
import type { Analysis, ScenarioInput } from '../model/api';
import type { ColumnOverride, SheetValues } from '../sheet/types';
import type { WorkbookActions } from '../host/workbook-actions';
import type { Engine, EngineLoader } from './engine';
import { I18nContext, STRINGS, type Lang } from './i18n';
import { draftFrom, inputsOf, MAX_SCENARIOS, type ScenarioDraft } from './drafts';
import { EMPTY_PANE, type PaneState } from './pane-state';
import { PROJECTION_TEXT } from './projection-text';

// Every tab is a lazy chunk: the first paint needs only React, the Fluent provider and the tab list.
const DataTab = React.lazy(() => import(/* webpackChunkName: "data" */ './data-tab'));
const ScenariosTab = React.lazy(() => import(/* webpackChunkName: "scenarios" */ './scenarios-tab'));
const ComparisonTab = React.lazy(() => import(/* webpackChunkName: "comparison" */ './comparison-tab'));
const ProjectionTab = React.lazy(() => import(/* webpackChunkName: "projection" */ './projection-tab'));

export type TabKey = 'data' | 'scenarios' | 'comparison' | 'projection';

export interface AppProps {
  actions: WorkbookActions;
  /** Loads the pure engine (lazy chunk in the real pane; a fake in tests). */
  loadEngine: EngineLoader;
  lang: Lang;
  /** Fluent theme: webLightTheme (default) or webDarkTheme (index.tsx loads it lazily when dark). */
  theme?: Theme;
  /** Browser mode: the pane shows "Open .xlsx" and hands the chosen file here. */
  openFile?: (file: File) => Promise<void>;
  /** Save delay for scenarios (ms). */
  saveDelay?: number;
  /** Delay before the progress indicator shows (ms); domain: "whenever reading takes > 1 s". */
  progressDelay?: number;
  initialTab?: TabKey;
}

const useStyles = makeStyles({
  root: {
    minHeight: '100vh',
    boxSizing: 'border-box',
    minWidth: 0,
    maxWidth: '100%',
    display: 'flex',
    flexDirection: 'column',
    backgroundColor: tokens.colorNeutralBackground1,
    color: tokens.colorNeutralForeground1,
  },
  header: {
    paddingTop: tokens.spacingVerticalS,
    paddingLeft: tokens.spacingHorizontalM,
    paddingRight: tokens.spacingHorizontalM,
    borderBottom: `1px solid ${tokens.colorNeutralStroke2}`,
    position: 'sticky',
    top: 0,
    zIndex: 2,
    backgroundColor: tokens.colorNeutralBackground1,
  },
  // Office's title bar already shows the add-in's name: the heading stays for screen readers only.
  title: {
    position: 'absolute',
    width: '1px',
    height: '1px',
    margin: '-1px',
    padding: 0,
    overflow: 'hidden',
    clip: 'rect(0 0 0 0)',
    whiteSpace: 'nowrap',
    border: 0,
  },
  // Four tabs do not fit on one line at 350 px: the list wraps instead of scrolling the pane.
  tabs: { flexWrap: 'wrap' },
  loading: { margin: 0, fontSize: tokens.fontSizeBase300, color: tokens.colorNeutralForeground3 },
  // minWidth 0 all the way down: a wide table scrolls inside its own box, never the page.
  main: { flexGrow: 1, display: 'flex', flexDirection: 'column', minWidth: 0, maxWidth: '100%' },
  panel: {
    padding: tokens.spacingHorizontalM,
    flexGrow: 1,
    minWidth: 0,
    boxSizing: 'border-box',
    ':focus-visible': { outline: `2px solid ${tokens.colorStrokeFocus2}`, outlineOffset: '-2px' },
  },
});

export function App(props: AppProps): React.JSX.Element {
  const { actions, loadEngine, lang } = props;
  const s = STRINGS[lang];
  const styles = useStyles();
  const [tab, setTab] = React.useState<TabKey>(props.initialTab ?? 'data');
  const [engine, setEngine] = React.useState<Engine | null>(null);
  const [engineError, setEngineError] = React.useState<string | null>(null);
  const [pane, setPane] = React.useState<PaneState>(EMPTY_PANE);
  const [drafts, setDrafts] = React.useState<ScenarioDraft[]>([]);
  const [saveState, setSaveState] = React.useState<{ kind: 'idle' | 'saving' | 'saved' | 'error'; message?: string }>({
    kind: 'idle',
  });
  const loadedScenarios = React.useRef(false);
  const dirty = React.useRef(false);

  const engineRef = React.useRef<Promise<Engine> | null>(null);
  const getEngine = React.useCallback((): Promise<Engine> => {
    if (!engineRef.current) {
      engineRef.current = loadEngine().then(
        (e) => {
          setEngine(() => e);
          return e;
        },
        (err: unknown) => {
          engineRef.current = null;
          setEngineError(String((err as Error)?.message ?? err));
          throw err;
        },
      );
    }
    return engineRef.current;
  }, [loadEngine]);

  // Prefetch the engine right after first paint; load saved scenarios.
  React.useEffect(() => {
    getEngine().catch(() => undefined);
    let cancelled = false;
    actions
      .loadScenarios()
      .then((inputs) => {
        if (cancelled) return;
        loadedScenarios.current = true;
        if (inputs.length) setDrafts(inputs.slice(0, MAX_SCENARIOS).map(draftFrom));
      })
      .catch(() => {
        loadedScenarios.current = true;
      });
    return () => {
      cancelled = true;
    };
  }, [actions, getEngine]);

  // Debounced save on change.
  React.useEffect(() => {
    if (!dirty.current) return;
    const delay = props.saveDelay ?? 600;
    const timer = setTimeout(() => {
      dirty.current = false;
      setSaveState({ kind: 'saving' });
      actions
        .saveScenarios(inputsOf(drafts, s.scenarioN))
        .then(() => setSaveState({ kind: 'saved' }))
        .catch((err: unknown) => setSaveState({ kind: 'error', message: String((err as Error)?.message ?? err) }));
    }, delay);
    return () => clearTimeout(timer);
  }, [drafts, actions, props.saveDelay, s]);

  const updateDrafts = React.useCallback((next: ScenarioDraft[] | ((prev: ScenarioDraft[]) => ScenarioDraft[])) => {
    dirty.current = true;
    setDrafts(next);
  }, []);

  /** Runs the pure reader (and the analysis) on cached sheets with the given overrides. */
  const recompute = React.useCallback(
    (eng: Engine, sheets: SheetValues[], overrides: ColumnOverride[]) => {
      const read = eng.readWorkbook(sheets, { overrides });
      let analysis: Analysis | null = null;
      let analysisError: string | null = null;
      try {
        analysis = read.tables.length ? eng.analyse(read.tables) : null;
      } catch (err) {
        analysisError = String((err as Error)?.message ?? err);
      }
      setPane({ sheets, overrides, read, analysis, analysisError });
    },
    [],
  );

  const onSheetsLoaded = React.useCallback(
    async (sheets: SheetValues[]) => {
      const eng = await getEngine();
      recompute(eng, sheets, pane.overrides);
    },
    [getEngine, recompute, pane.overrides],
  );

  const onOverridesChange = React.useCallback(
    async (overrides: ColumnOverride[]) => {
      if (!pane.sheets) return;
      const eng = await getEngine();
      recompute(eng, pane.sheets, overrides);
    },
    [getEngine, recompute, pane.sheets],
  );

  const onFileOpened = React.useCallback(async () => {
    // Browser mode: scenarios are kept per file name; load them if the pane has none yet.
    try {
      const inputs = await actions.loadScenarios();
      if (inputs.length) setDrafts((prev) => (prev.length ? prev : inputs.slice(0, MAX_SCENARIOS).map(draftFrom)));
    } catch {
      /* keep the pane's scenarios */
    }
  }, [actions]);

  const scenarioInputs: ScenarioInput[] = React.useMemo(() => inputsOf(drafts, s.scenarioN), [drafts, s]);

  const fallback = (
    <p role="status" className={styles.loading}>
      {s.loading}
    </p>
  );

  return (
    <I18nContext.Provider value={{ lang, s }}>
      <FluentProvider theme={props.theme ?? webLightTheme} className={styles.root} dir="ltr">
        <header className={styles.header}>
          <h1 className={styles.title}>{s.appTitle}</h1>
          <TabList
            selectedValue={tab}
            onTabSelect={(_, d) => setTab(d.value as TabKey)}
            aria-label={s.tabsLabel}
            size="small"
            className={styles.tabs}
          >
            <Tab value="data" id="tab-data" aria-controls="panel-data">
              {s.tabData}
            </Tab>
            <Tab value="scenarios" id="tab-scenarios" aria-controls="panel-scenarios">
              {s.tabScenarios}
            </Tab>
            <Tab value="comparison" id="tab-comparison" aria-controls="panel-comparison">
              {s.tabComparison}
            </Tab>
            <Tab value="projection" id="tab-projection" aria-controls="panel-projection">
              {PROJECTION_TEXT[lang].tab}
            </Tab>
          </TabList>
        </header>
        <main className={styles.main}>
          <div className={styles.panel} role="tabpanel" id={`panel-${tab}`} aria-labelledby={`tab-${tab}`}>
          {engineError && (
            <p role="alert">
              {s.errorPrefix} {engineError}
            </p>
          )}
          {tab === 'data' && (
            <React.Suspense fallback={fallback}>
            <DataTab
              actions={actions}
              pane={pane}
              onSheetsLoaded={onSheetsLoaded}
              onOverridesChange={onOverridesChange}
              openFile={props.openFile}
              onFileOpened={onFileOpened}
              progressDelay={props.progressDelay ?? 1000}
            />
            </React.Suspense>
          )}
          {tab === 'scenarios' && (
            <React.Suspense fallback={fallback}>
              <ScenariosTab
                drafts={drafts}
                onChange={updateDrafts}
                engine={engine}
                analysis={pane.analysis}
                saveState={saveState}
              />
            </React.Suspense>
          )}
          {tab === 'comparison' && (
            <React.Suspense fallback={fallback}>
              <ComparisonTab
                actions={actions}
                engine={engine}
                analysis={pane.analysis}
                overrides={pane.overrides}
                drafts={drafts}
                inputs={scenarioInputs}
                onChange={updateDrafts}
              />
            </React.Suspense>
          )}
          {tab === 'projection' && (
            <React.Suspense fallback={fallback}>
              <ProjectionTab
                actions={actions}
                analysis={pane.analysis}
                sheets={pane.sheets}
                overrides={pane.overrides}
                inputs={scenarioInputs}
              />
            </React.Suspense>
          )}
          </div>
        </main>
      </FluentProvider>
    </I18nContext.Provider>
  );
}
