/**
 * "Gegevens": (re)read the workbook, the tables found, the key figures (with the figures per
 * location and the shortage per subject, Breakdown.tsx), a column-mapping
 * editor per table (re-runs the pure reader on the cached sheets) and the issues (click or
 * Enter selects the cell).
 */

import * as React from 'react';
import { Button } from '@fluentui/react-components';
import { Spinner } from '@fluentui/react-components';
import { ProgressBar } from '@fluentui/react-components';
import { makeStyles, mergeClasses, tokens } from '@fluentui/react-components';
import { TOTAL_KEYS, LABELS } from '../model/labels';
import type { FormationTable, Issue } from '../model/types';
import type { ColumnOverride, SheetValues } from '../sheet/types';
import type { WorkbookActions } from '../host/workbook-actions';
import type { PaneState } from './pane-state';
import { useI18n } from './i18n';
import { ByLocation, BySubject } from './breakdown';
import { errorText, Figure, useShared } from './ui';
import { BROWSER_STRINGS, isCancelled, localizedLine } from './browser-strings';

const ISSUE_LIMIT = 100;

/** The column-mapping editor (Fluent Select) is a lazy chunk: it is only needed once tables are shown. */
const MappingEditor = React.lazy(() => import(/* webpackChunkName: "mapping" */ './mapping-editor'));

const useStyles = makeStyles({
  fileInput: { display: 'none' },
  status: { minHeight: '1.5em', marginTop: tokens.spacingVerticalS, marginBottom: tokens.spacingVerticalS },
  progress: { marginTop: tokens.spacingVerticalXS },
  issues: { listStyleType: 'none', margin: 0, padding: 0 },
  issueButton: {
    display: 'block',
    width: '100%',
    textAlign: 'left',
    border: 'none',
    borderBottom: `1px solid ${tokens.colorNeutralStroke2}`,
    background: 'transparent',
    color: tokens.colorNeutralForeground1,
    fontFamily: 'inherit',
    fontSize: tokens.fontSizeBase200,
    lineHeight: tokens.lineHeightBase200,
    padding: `${tokens.spacingVerticalXS} ${tokens.spacingHorizontalXS}`,
    cursor: 'pointer',
    ':hover': { backgroundColor: tokens.colorNeutralBackground1Hover },
    ':focus-visible': { outline: `2px solid ${tokens.colorStrokeFocus2}`, outlineOffset: '-2px' },
  },
  issueSelected: {
    backgroundColor: tokens.colorBrandBackground2,
    boxShadow: `inset 3px 0 0 ${tokens.colorBrandStroke1}`,
  },
  cell: {
    fontFamily: tokens.fontFamilyMonospace,
    fontWeight: tokens.fontWeightSemibold,
    marginRight: tokens.spacingHorizontalS,
  },
  tableScroll: { overflowX: 'auto' },
});

export interface DataTabProps {
  actions: WorkbookActions;
  pane: PaneState;
  onSheetsLoaded(sheets: SheetValues[]): Promise<void>;
  onOverridesChange(overrides: ColumnOverride[]): Promise<void>;
  openFile?: (file: File) => Promise<void>;
  onFileOpened?: () => Promise<void>;
  progressDelay: number;
}

/** Every issue of the read (tables, workbook) and the analysis notes, once each. */
export function allIssues(pane: PaneState): Issue[] {
  const out: Issue[] = [];
  const seen = new Set<string>();
  const add = (list: Issue[] | undefined) => {
    for (const i of list ?? []) {
      const id = `${i.cell}\u0000${i.message}`;
      if (seen.has(id)) continue;
      seen.add(id);
      out.push(i);
    }
  };
  for (const t of pane.read?.tables ?? []) add(t.issues);
  add(pane.read?.issues);
  add(pane.analysis?.notes);
  return out;
}

export function DataTab(props: DataTabProps): React.JSX.Element {
  const { actions, pane } = props;
  const { s, lang } = useI18n();
  const c = useShared();
  const styles = useStyles();
  const [busy, setBusy] = React.useState(false);
  const [showProgress, setShowProgress] = React.useState(false);
  const [fraction, setFraction] = React.useState<number | null>(null);
  const [error, setError] = React.useState<string | null>(null);
  /** A line from the reader that is the whole message (no "something went wrong" prefix). */
  const [notice, setNotice] = React.useState<{ text: string; error: boolean } | null>(null);
  const [fileName, setFileName] = React.useState<string | null>(null);
  const [selectedIssue, setSelectedIssue] = React.useState<string | null>(null);
  const [showAll, setShowAll] = React.useState(false);
  const fileRef = React.useRef<HTMLInputElement>(null);
  const autoRead = React.useRef(false);

  const b = BROWSER_STRINGS[lang];
  /** Shows a failed read: the reader's own line in the pane's language, or the error as it is. */
  const showError = React.useCallback((err: unknown) => {
    const line = localizedLine(err, lang);
    if (isCancelled(err)) setNotice({ text: BROWSER_STRINGS[lang].readCancelled, error: false });
    else if (line) setNotice({ text: line, error: true });
    else setError(errorText(err));
  }, [lang]);

  const read = React.useCallback(async () => {
    setBusy(true);
    setError(null);
    setNotice(null);
    setFraction(null);
    const timer = setTimeout(() => setShowProgress(true), props.progressDelay);
    try {
      const sheets = await actions.loadSheets((f) => setFraction(Math.max(0, Math.min(1, f))));
      await props.onSheetsLoaded(sheets);
    } catch (err) {
      showError(err);
    } finally {
      clearTimeout(timer);
      setBusy(false);
      setShowProgress(false);
    }
  }, [actions, props, showError]);

  // In Excel the workbook is there: read it once when the pane opens.
  React.useEffect(() => {
    if (actions.mode === 'excel' && !pane.sheets && !autoRead.current) {
      autoRead.current = true;
      void read();
    }
  }, [actions.mode, pane.sheets, read]);

  const onFile = async (e: React.ChangeEvent<HTMLInputElement>) => {
    const file = e.target.files?.[0];
    if (!file || !props.openFile) return;
    setError(null);
    setNotice(null);
    try {
      await props.openFile(file);
      setFileName(file.name);
      await props.onFileOpened?.();
      await read();
    } catch (err) {
      showError(err);
    } finally {
      e.target.value = '';
    }
  };

  const onIssue = (issue: Issue) => {
    setSelectedIssue(issue.cell);
    actions.selectCell(issue.cell).catch((err: unknown) => setError(errorText(err)));
  };

  const setOverride = (table: FormationTable, change: (o: ColumnOverride) => ColumnOverride | null) => {
    const others = pane.overrides.filter((o) => !(o.sheet === table.sheet && o.headerRow === table.headerRow));
    const current = pane.overrides.find((o) => o.sheet === table.sheet && o.headerRow === table.headerRow) ?? {
      sheet: table.sheet,
      headerRow: table.headerRow,
      columns: {},
    };
    const next = change({ ...current, columns: { ...current.columns } });
    void props.onOverridesChange(next ? [...others, next] : others);
  };

  const tables = pane.read?.tables ?? [];
  const issues = allIssues(pane);
  const shownIssues = showAll ? issues : issues.slice(0, ISSUE_LIMIT);
  const browser = actions.mode === 'browser';
  const canRead = !busy && (!browser || fileName !== null || pane.sheets !== null);

  // No table: the reader's own issue says what it found and what shape it needs.
  const noTableIssue = (pane.read?.issues ?? []).find((i) => /^Geen formatietabel gevonden/.test(i.message));
  const noTablesText = noTableIssue
    ? lang === 'en' && noTableIssue.messageEn ? noTableIssue.messageEn : noTableIssue.message
    : b.noTablesShape;

  let status: React.ReactNode = null;
  if (busy && showProgress) {
    status =
      fraction !== null ? (
        <>
          <span>{s.readingPct(Math.round(fraction * 100))}</span>
          <ProgressBar className={styles.progress} value={fraction} max={1} aria-label={s.reading} />
        </>
      ) : (
        <Spinner size="tiny" labelPosition="after" label={s.reading} />
      );
  } else if (notice) {
    status = (
      <span className={notice.error ? c.error : undefined} data-testid="read-notice">
        {notice.text}
      </span>
    );
  } else if (error) {
    status = (
      <span className={c.error}>
        {s.errorPrefix} {error}
      </span>
    );
  } else if (pane.read && !busy) {
    status = s.readDone(tables.length, issues.length);
  }

  return (
    <section aria-labelledby="data-heading">
      <h2 id="data-heading" className={c.visuallyHidden}>
        {s.tabData}
      </h2>
      {browser && props.openFile && (
        <div>
          <p className={c.p} id="file-intro">
            {s.browserIntro}
          </p>
          <div className={c.row}>
            <input
              ref={fileRef}
              id="file-input"
              type="file"
              accept=".xlsx,application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"
              className={styles.fileInput}
              aria-label={s.openFileLabel}
              onChange={onFile}
              data-testid="file-input"
            />
            <Button appearance="primary" onClick={() => fileRef.current?.click()} aria-describedby="file-intro file-name">
              {s.openFile}
            </Button>
            <span className={c.small} id="file-name">
              {fileName ? s.openedFile(fileName) : s.noFile}
            </span>
          </div>
        </div>
      )}
      <div className={c.row} style={{ marginTop: 8 }}>
        <Button appearance={browser ? 'secondary' : 'primary'} onClick={() => void read()} disabled={!canRead}>
          {pane.sheets ? s.rereadWorkbook : s.readWorkbook}
        </Button>
        {busy && actions.cancelLoad && (
          <Button appearance="secondary" onClick={() => actions.cancelLoad?.()} data-testid="cancel-read">
            {b.cancelRead}
          </Button>
        )}
      </div>
      <div className={styles.status} role="status" aria-live="polite" aria-busy={busy}>
        {status}
      </div>

      {pane.read && (
        <>
          <h2 className={c.h2}>{s.tablesHeading}</h2>
          {tables.length === 0 ? (
            <p className={c.p} data-testid="no-tables">
              {noTablesText}
            </p>
          ) : (
            <div className={styles.tableScroll}>
              <table className={c.table} data-testid="tables">
                <thead>
                  <tr>
                    <th scope="col">{s.colSheet}</th>
                    <th scope="col">{s.colRange}</th>
                    <th scope="col">{s.colKind}</th>
                    <th scope="col" data-num>
                      {s.colRows}
                    </th>
                    <th scope="col" data-num>
                      {s.colIssues}
                    </th>
                  </tr>
                </thead>
                <tbody>
                  {tables.map((t) => (
                    <tr key={`${t.sheet}!${t.range}`}>
                      <td>{t.sheet}</td>
                      <td>{t.range}</td>
                      <td>{s.kinds[t.kind]}</td>
                      <td data-num>{t.rows.length}</td>
                      <td data-num>{t.issues.length}</td>
                    </tr>
                  ))}
                </tbody>
              </table>
            </div>
          )}

          {pane.analysisError && (
            <p className={mergeClasses(c.p, c.error)} role="alert">
              {s.analysisFailed} {pane.analysisError}
            </p>
          )}
          {pane.analysis && (
            <>
              <h2 className={c.h2}>{s.totalsHeading}</h2>
              <table className={c.table} data-testid="totals">
                <tbody>
                  {TOTAL_KEYS.map((k) => (
                    <tr key={k}>
                      <th scope="row">{LABELS[k][lang]}</th>
                      <td data-num data-key={k}>
                        <Figure k={k} value={pane.analysis!.totals[k]} />
                      </td>
                    </tr>
                  ))}
                </tbody>
              </table>
              <ByLocation analysis={pane.analysis} />
              <BySubject analysis={pane.analysis} />
            </>
          )}

          {tables.length > 0 && (
            <>
              <h2 className={c.h2}>{s.mappingHeading}</h2>
              <p className={c.small}>{s.mappingIntro}</p>
              {tables.map((t) => (
                <React.Suspense key={`${t.sheet}!${t.headerRow}`} fallback={null}>
                  <MappingEditor
                    table={t}
                    override={pane.overrides.find((o) => o.sheet === t.sheet && o.headerRow === t.headerRow)}
                    onChange={(change) => setOverride(t, change)}
                  />
                </React.Suspense>
              ))}
            </>
          )}

          <h2 className={c.h2}>{s.issuesHeading}</h2>
          {issues.length === 0 ? (
            <p className={c.p}>{s.noIssues}</p>
          ) : (
            <>
              <ul className={styles.issues} data-testid="issues">
                {shownIssues.map((i) => (
                  <li key={`${i.cell}|${i.message}`}>
                    <button
                      type="button"
                      className={mergeClasses(styles.issueButton, selectedIssue === i.cell && styles.issueSelected)}
                      onClick={() => onIssue(i)}
                      data-issue-cell={i.cell}
                      aria-current={selectedIssue === i.cell ? 'true' : undefined}
                      title={s.issueGo(i.cell)}
                    >
                      <span className={styles.cell}>{i.cell}</span>
                      {lang === 'en' && i.messageEn ? i.messageEn : i.message}
                    </button>
                  </li>
                ))}
              </ul>
              {!showAll && issues.length > ISSUE_LIMIT && (
                <Button appearance="subtle" onClick={() => setShowAll(true)}>
                  {s.showAllIssues(issues.length)}
                </Button>
              )}
            </>
          )}
        </>
      )}
    </section>
  );
}

export default DataTab;
