/**
 * "Meerjarig" (Multi-year): the projection of projection.md in the pane. The assumptions
 * form (projection-form.tsx), the figures per school year (a table that scrolls inside its
 * own box, the year column sticky), the line chart (projection-chart.tsx), the subjects whose
 * shortage grows most, the notes, and the write-back through the port (writeProjection).
 * Null is "–", never 0. The model runs here (projection-run.ts); this tab is a lazy chunk.
 */

import * as React from 'react';
import { Button, Spinner } from '@fluentui/react-components';
import { Dialog, DialogActions, DialogBody, DialogContent, DialogSurface, DialogTitle } from '@fluentui/react-components';
import { makeStyles, tokens } from '@fluentui/react-components';
import type { ProjectionRequest, WorkbookActions } from '../host/workbook-actions';
import type { Analysis, ScenarioInput } from '../model/api';
import type { ColumnOverride, SheetValues } from '../sheet/types';
import { useI18n } from './i18n';
import { errorText, Figure, stickyLabelColumn, useShared } from './ui';
import { formatFigure } from './format';
import { ProjectionChart, type ChartSeries } from './projection-chart';
import { ProjectionForm } from './projection-form';
import { fieldOfError, formToInput, runProjection, topGrowingSubjects, type FieldId, type FormValues } from './projection-run';
import { PROJECTION_TEXT } from './projection-text';

export interface ProjectionTabProps {
  actions: WorkbookActions;
  analysis: Analysis | null;
  sheets: SheetValues[] | null;
  overrides: ColumnOverride[];
  inputs: ScenarioInput[];
}

const useStyles = makeStyles({
  scroll: {
    overflowX: 'auto',
    maxWidth: '100%',
    border: `1px solid ${tokens.colorNeutralStroke2}`,
    borderRadius: tokens.borderRadiusMedium,
    ':focus-visible': { outline: `2px solid ${tokens.colorStrokeFocus2}` },
  },
  table: { width: 'auto', minWidth: '100%' },
  sticky: { ...stickyLabelColumn, whiteSpace: 'nowrap' },
  head: { whiteSpace: 'normal', minWidth: '64px', verticalAlign: 'bottom' },
  section: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalS },
  notes: { margin: 0, paddingLeft: tokens.spacingHorizontalL },
});

const FTE = 'teacherFteNeeded' as const;

export default function ProjectionTab(props: ProjectionTabProps): React.JSX.Element {
  const { actions, analysis } = props;
  const { s, lang } = useI18n();
  const t = PROJECTION_TEXT[lang];
  const c = useShared();
  const st = useStyles();
  const [values, setValues] = React.useState<FormValues>({});
  const deferred = React.useDeferredValue(values);

  const form = React.useMemo(() => formToInput(deferred, lang), [deferred, lang]);
  const run = React.useMemo(() => {
    if (!analysis) return null;
    return runProjection(analysis, props.sheets, form.input, props.inputs, lang);
  }, [analysis, props.sheets, form.input, props.inputs, lang]);

  const errors: Partial<Record<FieldId, string>> = { ...form.errors };
  const loose: string[] = [];
  if (run && !run.ok) {
    for (const e of run.errors) {
      const msg = lang === 'en' && e.messageEn ? e.messageEn : e.message;
      const f = fieldOfError(e);
      if (f) errors[f] = msg;
      else loose.push(msg);
    }
  }

  if (!analysis) return <p className={c.p}>{t.needData}</p>;

  const formBlock = (
    <section aria-labelledby="proj-params" className={st.section}>
      <h2 id="proj-params" className={c.h2}>{t.params}</h2>
      <p className={c.small}>{t.paramsHint}</p>
      <ProjectionForm values={values} errors={errors} onChange={(id, text) => setValues((v) => ({ ...v, [id]: text }))} lang={lang} t={t} />
      {loose.length > 0 && (
        <p role="alert" className={c.error}>{t.invalid} {loose.join('; ')}</p>
      )}
    </section>
  );
  if (!run || !run.ok) {
    return (
      <div>
        <p className={c.p}>{t.intro}</p>
        {formBlock}
        {run && !run.ok && Object.keys(errors).length > 0 && (
          <p role="alert" className={c.error}>{t.invalid} {Object.values(errors).join('; ')}</p>
        )}
      </div>
    );
  }

  const p = run.projection;
  const years = p.years;
  const scenarioCols = years[0].scenarios.slice(1).map((r, k) => ({ name: r.name || `Scenario ${k + 1}`, index: k + 1 }));
  const labels = years.map((y) => y.label);
  const series: ChartSeries[] = [
    { name: t.needLine, values: years.map((y) => y.teacherFteNeeded) },
    { name: t.availableLine, values: years.map((y) => y.teacherFteAvailable) },
    { name: t.shortageLine, values: years.map((y) => y.shortageFte) },
    ...scenarioCols.map((col) => ({ name: t.after(col.name), values: years.map((y) => y.scenarios[col.index]?.shortageAfterFte ?? null) })),
  ];
  const first = years[0];
  const last = years[years.length - 1];
  const fte = (v: number | null) => (v === null ? '–' : formatFigure(FTE, v, lang));
  const summary = first.shortageFte === null && last.shortageFte === null
    ? t.summaryNone
    : [t.summary(first.label, last.label, fte(first.shortageFte), fte(last.shortageFte)),
      ...scenarioCols.map((col) => t.summaryAfter(col.name, fte(last.scenarios[col.index]?.shortageAfterFte ?? null), last.label))].join(' ');
  const top = topGrowingSubjects(years);
  const notes = [...new Set([
    ...(first.teacherFteAvailable === null ? [t.noStaff] : []),
    ...p.issues.map((i) => (lang === 'en' && i.messageEn ? i.messageEn : i.message)),
  ])];

  return (
    <div>
      <p className={c.p}>{t.intro}</p>
      {formBlock}

      <section aria-labelledby="proj-table" className={st.section}>
        <h2 id="proj-table" className={c.h2}>{t.table}</h2>
        <div className={st.scroll} role="region" aria-label={t.tableLabel} tabIndex={0} data-testid="projection-scroll">
          <table className={`${c.table} ${st.table}`} data-testid="projection-table" aria-label={t.tableLabel}>
            <thead>
              <tr>
                <th scope="col" className={st.sticky}>{t.year}</th>
                <th scope="col" className={st.head} data-num>{t.students}</th>
                <th scope="col" className={st.head} data-num>{t.need}</th>
                <th scope="col" className={st.head} data-num>{t.available}</th>
                <th scope="col" className={st.head} data-num>{t.retiring}</th>
                <th scope="col" className={st.head} data-num>{t.shortage}</th>
                {scenarioCols.map((col) => (
                  <th key={col.index} scope="col" className={st.head} data-num>{t.after(col.name)}</th>
                ))}
              </tr>
            </thead>
            <tbody>
              {years.map((y) => (
                <tr key={y.label}>
                  <th scope="row" className={st.sticky}>{y.label}</th>
                  <td data-num><Figure k="students" value={y.students} /></td>
                  <td data-num><Figure k={FTE} value={y.teacherFteNeeded} /></td>
                  <td data-num><Figure k={FTE} value={y.teacherFteAvailable} /></td>
                  <td data-num><Figure k={FTE} value={y.retiringFte} /></td>
                  <td data-num><Figure k={FTE} value={y.shortageFte} /></td>
                  {scenarioCols.map((col) => (
                    <td key={col.index} data-num><Figure k={FTE} value={y.scenarios[col.index]?.shortageAfterFte ?? null} /></td>
                  ))}
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      </section>

      <section aria-labelledby="proj-chart" className={st.section}>
        <h2 id="proj-chart" className={c.h2}>{t.chart}</h2>
        <ProjectionChart labels={labels} series={series} summary={summary} title={t.chartTitle} lang={lang} />
        <p className={c.small} data-testid="chart-summary">{summary}</p>
      </section>

      <section aria-labelledby="proj-subjects" className={st.section}>
        <h2 id="proj-subjects" className={c.h2}>{t.subjects}</h2>
        {top.length === 0 ? (
          <p className={c.small}>{t.subjectsNone}</p>
        ) : (
          <div className={st.scroll} role="region" aria-label={t.subjectsTable} tabIndex={0}>
          <table className={`${c.table} ${st.table}`} data-testid="projection-subjects">
            <thead>
              <tr>
                <th scope="col" className={st.sticky}>{t.subject}</th>
                <th scope="col" data-num>{first.label}</th>
                <th scope="col" data-num>{last.label}</th>
                <th scope="col" data-num>{t.growth}</th>
              </tr>
            </thead>
            <tbody>
              {top.map((g) => (
                <tr key={g.subject}>
                  <th scope="row" className={st.sticky}>{g.subject}</th>
                  <td data-num>{fte(g.first)}</td>
                  <td data-num>{fte(g.last)}</td>
                  <td data-num>+{fte(g.growth)}</td>
                </tr>
              ))}
            </tbody>
          </table>
          </div>
        )}
      </section>

      {notes.length > 0 && (
        <section aria-labelledby="proj-notes" className={st.section}>
          <h2 id="proj-notes" className={c.h2}>{t.notes}</h2>
          <ul className={`${c.small} ${st.notes}`} data-testid="projection-notes">
            {notes.map((n) => <li key={n}>{n}</li>)}
          </ul>
        </section>
      )}

      {actions.writeProjection && (
        <ProjectionWrite
          actions={actions}
          request={{
            // The school year found in the workbook goes along: the formulas see only the table ranges.
            projection: /^\d{4}-\d{4}$/.test(p.parameters.firstYear) ? { ...form.input, firstYear: p.parameters.firstYear } : form.input,
            scenarios: props.inputs,
            tables: analysis.tables.map((x) => ({ sheet: x.sheet, range: x.range })),
            lang,
            ...(props.overrides.length ? { overrides: props.overrides } : {}),
          }}
          labels={{ excel: t.writeExcel, browser: t.writeBrowser, doneExcel: t.writtenExcel, doneBrowser: t.writtenBrowser }}
          s={s}
        />
      )}
    </div>
  );
}

function ProjectionWrite(props: {
  actions: WorkbookActions;
  request: ProjectionRequest;
  labels: { excel: string; browser: string; doneExcel(n: string): string; doneBrowser(n: string): string };
  s: ReturnType<typeof useI18n>['s'];
}): React.JSX.Element {
  const { actions, s, labels } = props;
  const c = useShared();
  const browser = actions.mode === 'browser';
  const [state, setState] = React.useState<{ kind: 'idle' | 'busy' | 'done' | 'error'; text?: string }>({ kind: 'idle' });
  const [pending, setPending] = React.useState<string | null>(null);
  const resolver = React.useRef<((ok: boolean) => void) | null>(null);
  const declined = React.useRef(false);

  const answer = (ok: boolean) => {
    const resolve = resolver.current;
    resolver.current = null;
    setPending(null);
    if (!ok) declined.current = true;
    resolve?.(ok);
  };
  const write = async () => {
    declined.current = false;
    setState({ kind: 'busy' });
    try {
      const name = await actions.writeProjection!(props.request, (sheet) => new Promise<boolean>((resolve) => {
        resolver.current = resolve;
        setPending(sheet);
      }));
      setState({ kind: 'done', text: declined.current ? s.writeCancelled : browser ? labels.doneBrowser(name) : labels.doneExcel(name) });
    } catch (err) {
      setState({ kind: 'error', text: `${s.errorPrefix} ${errorText(err)}` });
    }
  };
  return (
    <section className={c.stack} style={{ marginTop: tokens.spacingVerticalL }}>
      <div>
        <Button appearance="primary" onClick={() => void write()} disabled={state.kind === 'busy'} data-testid="write-projection">
          {browser ? labels.browser : labels.excel}
        </Button>
      </div>
      <div role="status" aria-live="polite" data-testid="projection-write-status">
        {state.kind === 'busy' && <Spinner size="tiny" labelPosition="after" label={s.writing} />}
        {state.kind === 'done' && <span className={c.small}>{state.text}</span>}
        {state.kind === 'error' && <span className={c.error}>{state.text}</span>}
      </div>
      <Dialog open={pending !== null} onOpenChange={(_, d) => !d.open && answer(false)} modalType="modal">
        <DialogSurface aria-describedby="proj-overwrite-text">
          <DialogBody>
            <DialogTitle>{s.overwriteTitle}</DialogTitle>
            <DialogContent id="proj-overwrite-text">{pending ? s.overwriteText(pending) : ''}</DialogContent>
            <DialogActions>
              <Button appearance="primary" onClick={() => answer(true)}>{s.overwriteYes}</Button>
              <Button appearance="secondary" onClick={() => answer(false)}>{s.overwriteNo}</Button>
            </DialogActions>
          </DialogBody>
        </DialogSurface>
      </Dialog>
    </section>
  );
}
