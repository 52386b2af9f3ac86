/**
 * "Wat is nodig?": for one scenario, the value of a parameter that brings a figure to a
 * target (the engine's solveScenario), and "Neem waarde over in scenario".
 */

import * as React from 'react';
import { Button } from '@fluentui/react-components';
import { Field } from '@fluentui/react-components';
import { Input } from '@fluentui/react-components';
import { Select } from '@fluentui/react-components';
import { mergeClasses } from '@fluentui/react-components';
import type { Analysis, Scenario } from '../model/api';
import { LABELS, SCENARIO_KEYS, type ScenarioKey } from '../model/labels';
import { parameterLabel, parametersAffecting } from '../model/parameters';
import type { Column } from './comparison-columns';
import { useComparisonStyles } from './comparison-styles';
import type { Engine } from './engine';
import { formatFigure, formatPlain, parseNumber } from './format';
import { useI18n } from './i18n';
import { fieldForParameter } from './scenario-form';
import { errorText, useShared } from './ui';

/**
 * The parameters that can move `metric` in this scenario, from the model's parameter
 * registry (plaza or productivity-gain keys only when the scenario has one; every task of
 * the scenario; norms; cost). Solving for any other parameter could never reach the target.
 */
function parametersFor(scenario: Scenario | null, metric: ScenarioKey): string[] {
  return scenario ? parametersAffecting(metric, scenario) : [];
}

type Answer =
  | { ok: true; text: string; colId: string; parameter: string; value: number }
  | { ok: false; text: string };

export function SolvePanel(props: {
  cols: Column[];
  engine: Engine;
  analysis: Analysis;
  onApply(draftId: string, field: string, value: number): void;
}): React.JSX.Element {
  const { cols, engine, analysis } = props;
  const { s, lang } = useI18n();
  const c = useShared();
  const styles = useComparisonStyles();
  const [colId, setColId] = React.useState<string>('');
  const col = cols.find((x) => x.id === colId) ?? cols[0];
  const [metric, setMetric] = React.useState<ScenarioKey>('shortageAfterFte');
  const params = parametersFor(col?.scenario ?? null, metric);
  const [param, setParam] = React.useState<string>('');
  const parameter = params.includes(param) ? param : params[0];
  const [valueText, setValueText] = React.useState('0');
  const [answer, setAnswer] = React.useState<Answer | null>(null);
  const [applied, setApplied] = React.useState('');
  const target = parseNumber(valueText);
  const valueError = target === null || Number.isNaN(target) ? s.notANumber : undefined;

  /** What the user sees for a parameter: the registry's label, never the raw key. */
  const paramLabel = (p: string) => parameterLabel(p, lang);

  const run = () => {
    if (!col?.scenario || !parameter || valueError || target === null) return;
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
            paramLabel(parameter),
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
    setApplied(s.solveApplied(answerCol.name, paramLabel(answer.parameter), formatPlain(answer.value, lang)));
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
          <Field label={s.solveParameter} size="small">
            <Select className={styles.select} value={parameter} onChange={(_, d) => setParam(d.value)} data-testid="solve-parameter">
              {params.map((p) => (
                <option key={p} value={p}>
                  {paramLabel(p)}
                </option>
              ))}
            </Select>
          </Field>
          <div>
            <Button appearance="secondary" onClick={run} disabled={!!valueError || !parameter}>
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
