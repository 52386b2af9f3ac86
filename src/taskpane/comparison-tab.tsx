/**
 * "Vergelijking": the comparison table (comparison-table.tsx), an SVG bar chart, "Wat is
 * nodig?" (solve-panel.tsx) and the write-back (write-panel.tsx). Lazy chunk.
 */

import * as React from 'react';
import { Spinner } from '@fluentui/react-components';
import { mergeClasses } from '@fluentui/react-components';
import type { WorkbookActions } from '../host/workbook-actions';
import type { Analysis, ScenarioInput } from '../model/api';
import type { ColumnOverride } from '../sheet/types';
import { BarChart } from './bar-chart';
import { comparisonColumns, type Column } from './comparison-columns';
import { useComparisonStyles } from './comparison-styles';
import { ComparisonNotes } from './comparison-notes';
import { ComparisonTable } from './comparison-table';
import { costExplanations, reinvestVariant } from './reinvest';
import type { Engine } from './engine';
import { useI18n } from './i18n';
import { draftFrom, MAX_SCENARIOS, type ScenarioDraft } from './drafts';
import { hasRefusedField, setField } from './scenario-form';
import { SolvePanel } from './solve-panel';
import { errorText, useShared } from './ui';
import { WritePanel } from './write-panel';

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

export default function ComparisonTab(props: ComparisonTabProps): React.JSX.Element {
  const { engine, analysis, actions } = props;
  const { s, lang } = useI18n();
  const c = useShared();
  const styles = useComparisonStyles();

  const computed = React.useMemo(() => {
    if (!engine || !analysis) return null;
    try {
      const ids = props.inputs.map((_, i) => props.drafts[i]?.id);
      const blocked = new Set(props.drafts.flatMap((d, i) => (hasRefusedField(d) ? [i] : [])));
      const { cols, invalid } = comparisonColumns(engine, analysis, props.inputs, ids, {
        current: s.currentSituation,
        scenarioN: s.scenarioN,
      }, lang, blocked);
      return { cols, invalid, error: null as string | null };
    } catch (err) {
      return { cols: [] as Column[], invalid: [] as string[], error: errorText(err) };
    }
  }, [engine, analysis, props.inputs, props.drafts, s, lang]);

  if (!analysis) return <p className={c.p}>{s.needData}</p>;
  if (!engine || !computed) return <Spinner size="small" label={s.engineLoading} />;
  if (computed.error)
    return (
      <p className={mergeClasses(c.p, c.error)} role="alert">
        {s.errorPrefix} {computed.error}
      </p>
    );

  const { cols, invalid } = computed;

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

  /** "Herinvesteer 50%": the same scenario with half of the freed hours reinvested, as a new scenario. */
  const addReinvest = (col: Column) => {
    if (!col.input) return;
    const variant = draftFrom(reinvestVariant(engine, col.input, 0.5, lang));
    props.onChange((prev) => (prev.length >= MAX_SCENARIOS ? prev : [...prev, variant]));
  };
  const costTexts = costExplanations(engine, analysis, lang);

  return (
    <section aria-labelledby="cmp-heading">
      <h2 id="cmp-heading" className={c.h2} style={{ marginTop: 0 }}>
        {s.comparisonHeading}
      </h2>
      <ComparisonTable cols={cols} analysis={analysis} />
      {invalid.length > 0 && <p className={mergeClasses(c.small, c.error)}>{s.invalidScenarios(invalid.join(', '))}</p>}
      <ComparisonNotes
        cols={cols}
        analysis={analysis}
        costTexts={costTexts}
        onReinvest={props.drafts.length < MAX_SCENARIOS ? addReinvest : undefined}
      />

      <div className={styles.section}>
        <h2 className={c.h2}>{s.chartHeading}</h2>
        <BarChart
          series={cols.map((col) => ({
            name: col.name,
            teacher: col.result.teacherFteNeeded,
            assistant: col.result.assistantFteNeeded,
          }))}
          available={analysis.totals.teacherFteAvailable}
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
