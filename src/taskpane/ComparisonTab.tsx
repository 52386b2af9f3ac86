/**
 * "Vergelijking": one column per scenario (current situation first), differences against
 * the current situation (colour + sign + screen-reader text), an SVG bar chart, "Wat is
 * nodig?" (solve) and the write-back (Excel: a new sheet; browser: a download), with a
 * Fluent dialog that answers confirmOverwrite. Lazy chunk.
 */

import * as React from 'react';
import { Button } from '@fluentui/react-components';
import { Dialog, DialogActions, DialogBody, DialogContent, DialogSurface, DialogTitle } from '@fluentui/react-components';
import { Field } from '@fluentui/react-components';
import { Input } from '@fluentui/react-components';
import { Select } from '@fluentui/react-components';
import { Spinner } from '@fluentui/react-components';
import { makeStyles, mergeClasses, tokens } from '@fluentui/react-components';
import type { Analysis, Scenario, ScenarioInput, ScenarioResult } from '../model/api';
import { LABELS, SCENARIO_KEYS, type ScenarioKey, type TotalKey } from '../model/labels';
import { TASK_CATALOGUE } from '../model/tasks';
import type { ColumnOverride } from '../sheet/types';
import type { ComparisonRequest, WorkbookActions } from './actions';
import { BarChart } from './BarChart';
import type { Engine } from './engine';
import { formatDelta, formatFigure, formatPlain, parseNumber } from './format';
import { useI18n } from './i18n';
import type { ScenarioDraft } from './drafts';
import { fieldForParameter, setField } from './scenario-form';
import { errorText, Figure, useShared, stickyLabelColumn } from './ui';

type Better = 'lower' | 'higher' | null;

interface RowDef {
  id: string;
  /** Figure key for label and number format. */
  k: TotalKey | ScenarioKey;
  value(r: ScenarioResult, a: Analysis): number | null;
  better: Better;
  /** Show the difference against the current situation. */
  delta: boolean;
  /** The value is itself a difference (costDelta): colour by its sign. */
  selfDelta?: boolean;
  note?: 'ratio';
  label?: 'shortageBefore';
}

const sk = (k: ScenarioKey, better: Better, delta = true): RowDef => ({
  id: k,
  k,
  value: (r) => r[k],
  better,
  delta,
});

const ROWS: RowDef[] = [
  sk('teacherFteNeeded', 'lower'),
  { id: 'shortageBefore', k: 'shortageFte', value: (_r, a) => a.totals.shortageFte, better: null, delta: false, label: 'shortageBefore' },
  sk('shortageAfterFte', 'lower'),
  sk('assistantFteForTasks', null),
  sk('assistantFteForPlazas', null),
  sk('assistantFteNeeded', null),
  { ...sk('assistantFteByRatio', null), note: 'ratio' },
  sk('netHoursFreed', 'higher'),
  sk('hoursFreedPerTeacherFtePerWeek', 'higher'),
  sk('studentsPerTeacherContactHour', 'higher'),
  sk('cost', 'lower'),
  { ...sk('costDelta', 'lower', false), selfDelta: true },
];

const useStyles = makeStyles({
  scroll: {
    overflowX: 'auto',
    border: `1px solid ${tokens.colorNeutralStroke2}`,
    borderRadius: tokens.borderRadiusMedium,
    ':focus-visible': { outline: `2px solid ${tokens.colorStrokeFocus2}`, outlineOffset: '1px' },
  },
  table: {
    borderCollapse: 'separate',
    borderSpacing: 0,
    fontSize: tokens.fontSizeBase200,
    lineHeight: tokens.lineHeightBase200,
    minWidth: '100%',
    '& th, & td': {
      padding: `${tokens.spacingVerticalXS} ${tokens.spacingHorizontalS}`,
      borderBottom: `1px solid ${tokens.colorNeutralStroke2}`,
      verticalAlign: 'top',
    },
    '& thead th': {
      fontWeight: tokens.fontWeightSemibold,
      textAlign: 'right',
      minWidth: '5.5em',
      maxWidth: '9em',
      whiteSpace: 'normal',
      backgroundColor: tokens.colorNeutralBackground2,
    },
    '& tbody td': { textAlign: 'right', fontVariantNumeric: 'tabular-nums', whiteSpace: 'nowrap' },
  },
  sticky: { ...stickyLabelColumn, minWidth: '8.5em', maxWidth: '11em' },
  stickyHead: { backgroundColor: `${tokens.colorNeutralBackground2} !important`, textAlign: 'left !important' as 'left' },
  caption: { textAlign: 'left', fontSize: tokens.fontSizeBase200, padding: tokens.spacingHorizontalS, color: tokens.colorNeutralForeground3 },
  delta: { display: 'block', fontSize: tokens.fontSizeBase100, fontWeight: tokens.fontWeightSemibold },
  better: { color: tokens.colorPaletteGreenForeground1 },
  worse: { color: tokens.colorPaletteRedForeground1 },
  neutral: { color: tokens.colorBrandForeground1 },
  note: { display: 'block', fontSize: tokens.fontSizeBase100, color: tokens.colorNeutralForeground3 },
  section: {
    marginTop: tokens.spacingVerticalL,
    display: 'flex',
    flexDirection: 'column',
    gap: tokens.spacingVerticalS,
    '& > *': { minWidth: 0 },
  },
  select: { width: '100%', minWidth: 0, '& > select': { minWidth: 0, textOverflow: 'ellipsis' } },
  applyRow: { display: 'flex', flexDirection: 'column', alignItems: 'flex-start', gap: tokens.spacingVerticalXS },
  answer: {
    padding: tokens.spacingHorizontalS,
    borderRadius: tokens.borderRadiusMedium,
    backgroundColor: tokens.colorNeutralBackground2,
    fontSize: tokens.fontSizeBase300,
  },
});

export interface ComparisonTabProps {
  actions: WorkbookActions;
  engine: Engine | null;
  analysis: Analysis | null;
  overrides: ColumnOverride[];
  drafts: ScenarioDraft[];
  /** The drafts' inputs, each with a name (pane order). */
  inputs: ScenarioInput[];
  /** Changes the scenarios (as the Scenario's tab does): "Neem waarde over in scenario". */
  onChange(next: (prev: ScenarioDraft[]) => ScenarioDraft[]): void;
}

interface Column {
  id: string;
  name: string;
  result: ScenarioResult;
  scenario: Scenario | null;
  input: ScenarioInput | null;
}

export default function ComparisonTab(props: ComparisonTabProps): React.JSX.Element {
  const { engine, analysis, actions } = props;
  const { s, lang } = useI18n();
  const c = useShared();
  const styles = useStyles();

  const computed = React.useMemo(() => {
    if (!engine || !analysis) return null;
    try {
      const cols: Column[] = [
        { id: 'current', name: s.currentSituation, result: engine.currentSituation(analysis), scenario: null, input: null },
      ];
      const invalid: string[] = [];
      props.inputs.forEach((input, i) => {
        const name = input.name ?? s.scenarioN(i + 1);
        const r = engine.resolveScenario(input, name);
        if (!r.ok) {
          invalid.push(name);
          return;
        }
        cols.push({
          id: props.drafts[i]?.id ?? String(i),
          name: r.scenario.name || name,
          result: engine.runScenario(analysis, r.scenario),
          scenario: r.scenario,
          input,
        });
      });
      return { cols, invalid, error: null as string | null };
    } catch (err) {
      return { cols: [] as Column[], invalid: [] as string[], error: errorText(err) };
    }
  }, [engine, analysis, props.inputs, props.drafts, s]);

  if (!analysis) return <p className={c.p}>{s.needData}</p>;
  if (!engine || !computed) return <Spinner size="small" label={s.engineLoading} />;
  if (computed.error)
    return (
      <p className={mergeClasses(c.p, c.error)} role="alert">
        {s.errorPrefix} {computed.error}
      </p>
    );

  const { cols, invalid } = computed;
  const current = cols[0].result;

  /** Sets a solved parameter in the draft (exact value; the typed text of that field is dropped). */
  function apply(draftId: string, field: string, value: number): void {
    props.onChange((prev) =>
      prev.map((d) => {
        if (d.id !== draftId) return d;
        const raw = { ...d.raw };
        delete raw[field];
        return { ...d, input: setField(d.input, field, value), raw };
      }),
    );
  }

  return (
    <section aria-labelledby="cmp-heading">
      <h2 id="cmp-heading" className={c.h2} style={{ marginTop: 0 }}>
        {s.comparisonHeading}
      </h2>
      <div className={styles.scroll} role="region" aria-label={s.tableScroll} tabIndex={0}>
        <table className={styles.table} data-testid="comparison">
          <caption className={styles.caption}>{s.comparisonCaption}</caption>
          <thead>
            <tr>
              <th scope="col" className={mergeClasses(styles.sticky, styles.stickyHead)}>
                {s.figure}
              </th>
              {cols.map((col) => (
                <th scope="col" key={col.id} data-testid="comparison-column">
                  {col.name}
                </th>
              ))}
            </tr>
          </thead>
          <tbody>
            {ROWS.map((row) => (
              <tr key={row.id} data-row={row.id}>
                <th scope="row" className={styles.sticky}>
                  {row.label === 'shortageBefore' ? s.shortageBefore : LABELS[row.k][lang]}
                  {row.note === 'ratio' && <span className={styles.note}>{s.ratioNote}</span>}
                </th>
                {cols.map((col, ci) => (
                  <td key={col.id}>
                    <ValueCell
                      row={row}
                      value={row.value(col.result, analysis)}
                      base={ci === 0 ? null : row.value(current, analysis)}
                      styles={styles}
                    />
                  </td>
                ))}
              </tr>
            ))}
          </tbody>
        </table>
      </div>
      {invalid.length > 0 && <p className={mergeClasses(c.small, c.error)}>{s.invalidScenarios(invalid.join(', '))}</p>}

      <div className={styles.section}>
        <h2 className={c.h2}>{s.chartHeading}</h2>
        <BarChart
          series={cols.map((col) => ({
            name: col.name,
            teacher: col.result.teacherFteNeeded,
            assistant: col.result.assistantFteNeeded,
          }))}
        />
      </div>

      <SolvePanel cols={cols.slice(1)} engine={engine} analysis={analysis} onApply={apply} />

      <WritePanel
        actions={actions}
        analysis={analysis}
        overrides={props.overrides}
        inputs={cols.slice(1).map((col) => col.input!)}
      />
    </section>
  );
}

function ValueCell(props: {
  row: RowDef;
  value: number | null;
  base: number | null;
  styles: ReturnType<typeof useStyles>;
}): React.JSX.Element {
  const { row, value, base, styles } = props;
  const { s, lang } = useI18n();
  const c = useShared();
  if (value === null || !Number.isFinite(value)) return <Figure k={row.k} value={null} />;
  const tone = (d: number) => {
    if (Math.abs(d) < 1e-9 || row.better === null) return styles.neutral;
    const good = row.better === 'lower' ? d < 0 : d > 0;
    return good ? styles.better : styles.worse;
  };
  const verdict = (d: number) => {
    if (Math.abs(d) < 1e-9 || row.better === null) return '';
    const good = row.better === 'lower' ? d < 0 : d > 0;
    return `, ${good ? s.better : s.worse}`;
  };
  if (row.selfDelta && base !== null) {
    return (
      <span className={tone(value)}>
        {formatDelta(row.k, value, lang)}
        <span className={c.visuallyHidden}>{verdict(value)}</span>
      </span>
    );
  }
  if (!row.delta || base === null || !Number.isFinite(base)) return <>{formatFigure(row.k, value, lang)}</>;
  const d = value - base;
  const text = formatDelta(row.k, d, lang);
  const zero = text === formatFigure(row.k, 0, lang);
  return (
    <>
      {formatFigure(row.k, value, lang)}
      {!zero && (
        <span className={mergeClasses(styles.delta, tone(d))} data-delta={d > 0 ? 'up' : 'down'}>
          <span aria-hidden="true">{d > 0 ? '▲ ' : '▼ '}</span>
          {text}
          <span className={c.visuallyHidden}>
            {' '}
            ({d > 0 ? s.more : s.less} {s.thanCurrent}
            {verdict(d)})
          </span>
        </span>
      )}
    </>
  );
}

/** Numeric parameters the solver may move for a scenario (functions.md's parameter keys). */
function parametersFor(scenario: Scenario | null): string[] {
  const out: string[] = [];
  if (scenario?.plaza) out.push('plaza.share', 'plaza.size', 'plaza.teachers', 'plaza.assistants');
  if (scenario?.productivityGain) out.push('productivityGain.gain', 'productivityGain.share');
  const tasks = scenario?.tasks?.length ? scenario.tasks.map((t) => t.key) : TASK_CATALOGUE.map((t) => t.key);
  for (const k of tasks) out.push(`task.${k}.share`);
  out.push('studentsPerAssistant', 'coordinationShare', 'reinvestShare');
  return out;
}

type Answer =
  | { ok: true; text: string; colId: string; parameter: string; value: number }
  | { ok: false; text: string };

function SolvePanel(props: {
  cols: Column[];
  engine: Engine;
  analysis: Analysis;
  onApply(draftId: string, field: string, value: number): void;
}): React.JSX.Element {
  const { cols, engine, analysis } = props;
  const { s, lang } = useI18n();
  const c = useShared();
  const styles = useStyles();
  const [colId, setColId] = React.useState<string>('');
  const col = cols.find((x) => x.id === colId) ?? cols[0];
  const params = parametersFor(col?.scenario ?? null);
  const [param, setParam] = React.useState<string>('');
  const parameter = params.includes(param) ? param : params[0];
  const [metric, setMetric] = React.useState<ScenarioKey>('shortageAfterFte');
  const [valueText, setValueText] = React.useState('0');
  const [answer, setAnswer] = React.useState<Answer | null>(null);
  const [applied, setApplied] = React.useState('');
  const target = parseNumber(valueText);
  const valueError = target === null || Number.isNaN(target) ? s.notANumber : undefined;

  const paramLabel = (p: string) => {
    const m = /^task\.([^.]+)\.share$/.exec(p);
    if (m) {
      const def = TASK_CATALOGUE.find((t) => t.key === m[1]);
      return s.taskShareParam(def ? def[lang] : m[1]);
    }
    if (s.parameterLabels[p]) return s.parameterLabels[p];
    const norm = p as keyof typeof LABELS;
    return LABELS[norm] ? LABELS[norm][lang] : p;
  };

  const run = () => {
    if (!col?.scenario || valueError || target === null) return;
    setApplied('');
    try {
      const r = engine.solveScenario(analysis, col.scenario, { parameter, metric, value: target }, lang);
      if (r.solved) {
        setAnswer({
          ok: true,
          colId: col.id,
          parameter: r.solved.parameter,
          value: r.solved.value,
          text: s.solveAnswer(
            `${paramLabel(parameter)} (${parameter})`,
            formatPlain(r.solved.value, lang),
            LABELS[metric][lang],
            formatFigure(metric, r.solved.metricValue, lang),
          ),
        });
      } else {
        setAnswer({ ok: false, text: r.reason ? `${s.solveNoAnswer} ${r.reason}` : s.solveNoAnswer });
      }
    } catch (err) {
      setAnswer({ ok: false, text: `${s.errorPrefix} ${errorText(err)}` });
    }
  };

  // The answer belongs to the scenario and parameter it was solved for, whatever is selected now.
  const answerCol = answer?.ok ? cols.find((x) => x.id === answer.colId) : undefined;
  const applyField = answer?.ok && answerCol?.input ? fieldForParameter(answer.parameter, answerCol.input) : null;
  const canApply = !!(answer?.ok && answerCol && applyField);
  const apply = () => {
    if (!answer?.ok || !answerCol || !applyField) return;
    props.onApply(answer.colId, applyField, answer.value);
    setApplied(s.solveApplied(answerCol.name, `${paramLabel(answer.parameter)} (${answer.parameter})`, formatPlain(answer.value, lang)));
  };

  return (
    <div className={styles.section}>
      <h2 className={c.h2}>{s.solveHeading}</h2>
      <p className={c.small} style={{ margin: 0 }}>
        {s.solveIntro}
      </p>
      {cols.length === 0 ? (
        <p className={c.p}>{s.solveNoScenario}</p>
      ) : (
        <>
          <Field label={s.solveScenario} size="small">
            <Select className={styles.select} value={col?.id ?? ''} onChange={(_, d) => setColId(d.value)} data-testid="solve-scenario">
              {cols.map((x) => (
                <option key={x.id} value={x.id}>
                  {x.name}
                </option>
              ))}
            </Select>
          </Field>
          <Field label={s.solveParameter} size="small">
            <Select className={styles.select} value={parameter} onChange={(_, d) => setParam(d.value)} data-testid="solve-parameter">
              {params.map((p) => (
                <option key={p} value={p}>
                  {paramLabel(p)}
                </option>
              ))}
            </Select>
          </Field>
          <Field label={s.solveMetric} size="small">
            <Select className={styles.select} value={metric} onChange={(_, d) => setMetric(d.value as ScenarioKey)} data-testid="solve-metric">
              {SCENARIO_KEYS.map((k) => (
                <option key={k} value={k}>
                  {LABELS[k][lang]}
                </option>
              ))}
            </Select>
          </Field>
          <Field label={s.solveValue} size="small" validationMessage={valueError} validationState={valueError ? 'error' : 'none'}>
            <Input value={valueText} inputMode="decimal" onChange={(_, d) => setValueText(d.value)} data-testid="solve-value" />
          </Field>
          <div>
            <Button appearance="secondary" onClick={run} disabled={!!valueError}>
              {s.solveRun}
            </Button>
          </div>
        </>
      )}
      <div role="status" aria-live="polite" data-testid="solve-answer">
        {answer && <div className={mergeClasses(styles.answer, !answer.ok && c.error)}>{answer.text}</div>}
      </div>
      {cols.length > 0 && (
        <div className={styles.applyRow}>
          <Button
            appearance="secondary"
            onClick={apply}
            disabled={!canApply}
            aria-describedby="solve-apply-hint"
            data-testid="solve-apply"
          >
            {s.solveApply}
          </Button>
          <span id="solve-apply-hint" className={c.small}>
            {s.solveApplyHint}
          </span>
        </div>
      )}
      <div role="status" aria-live="polite" className={c.small} data-testid="solve-applied">
        {applied}
      </div>
    </div>
  );
}

function WritePanel(props: {
  actions: WorkbookActions;
  analysis: Analysis;
  overrides: ColumnOverride[];
  inputs: ScenarioInput[];
}): React.JSX.Element {
  const { actions, analysis } = props;
  const { s, lang } = useI18n();
  const c = useShared();
  const styles = useStyles();
  const [state, setState] = React.useState<{ kind: 'idle' | 'busy' | 'done' | 'cancelled' | 'error'; text?: string }>({
    kind: 'idle',
  });
  const [pending, setPending] = React.useState<string | null>(null);
  const resolver = React.useRef<((ok: boolean) => void) | null>(null);
  const declined = React.useRef(false);
  const browser = actions.mode === 'browser';

  const confirmOverwrite = (sheet: string) =>
    new Promise<boolean>((resolve) => {
      resolver.current = resolve;
      setPending(sheet);
    });

  const answer = (ok: boolean) => {
    const resolve = resolver.current;
    resolver.current = null;
    setPending(null);
    if (!resolve) return;
    if (!ok) declined.current = true;
    resolve(ok);
  };

  const write = async () => {
    declined.current = false;
    setState({ kind: 'busy' });
    const req: ComparisonRequest = {
      scenarios: props.inputs,
      tables: analysis.tables.map((t) => ({ sheet: t.sheet, range: t.range })),
      lang,
    };
    if (props.overrides.length) req.overrides = props.overrides;
    try {
      const name = await actions.writeComparison(req, confirmOverwrite);
      if (declined.current) setState({ kind: 'cancelled', text: s.writeCancelled });
      else setState({ kind: 'done', text: browser ? s.writtenBrowser(name) : s.writtenExcel(name) });
    } catch (err) {
      setState({ kind: 'error', text: `${s.errorPrefix} ${errorText(err)}` });
    }
  };

  return (
    <div className={styles.section}>
      <div>
        <Button appearance="primary" onClick={() => void write()} disabled={state.kind === 'busy'} data-testid="write">
          {browser ? s.writeBrowser : s.writeExcel}
        </Button>
      </div>
      <div role="status" aria-live="polite" data-testid="write-status">
        {state.kind === 'busy' && <Spinner size="tiny" labelPosition="after" label={s.writing} />}
        {(state.kind === 'done' || state.kind === 'cancelled') && <span className={c.small}>{state.text}</span>}
        {state.kind === 'error' && <span className={c.error}>{state.text}</span>}
      </div>
      <Dialog open={pending !== null} onOpenChange={(_, d) => !d.open && answer(false)} modalType="modal">
        <DialogSurface aria-describedby="overwrite-text">
          <DialogBody>
            <DialogTitle>{s.overwriteTitle}</DialogTitle>
            <DialogContent id="overwrite-text">{pending ? s.overwriteText(pending) : ''}</DialogContent>
            <DialogActions>
              <Button appearance="primary" onClick={() => answer(true)}>
                {s.overwriteYes}
              </Button>
              <Button appearance="secondary" onClick={() => answer(false)}>
                {s.overwriteNo}
              </Button>
            </DialogActions>
          </DialogBody>
        </DialogSurface>
      </Dialog>
    </div>
  );
}
