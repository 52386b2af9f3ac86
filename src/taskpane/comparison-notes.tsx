/**
 * "Toelichting" under the comparison: per scenario what it rests on, why its figures come
 * out so, what its cost difference is made of and the norms it sets (the model's notes,
 * made from the parameters the scenario actually uses), the one-click "herinvesteer 50%"
 * variant where freed hours go to workload only, and what the two cost figures mean.
 */

import * as React from 'react';
import { Button } from '@fluentui/react-components';
import { makeStyles, tokens } from '@fluentui/react-components';
import type { Analysis } from '../model/api';
import type { Column } from './comparison-columns';
import { useI18n } from './i18n';
import { useShared } from './ui';

const useStyles = makeStyles({
  details: {
    borderBottom: `1px solid ${tokens.colorNeutralStroke2}`,
    '& > summary': {
      cursor: 'pointer',
      fontWeight: tokens.fontWeightSemibold,
      fontSize: tokens.fontSizeBase300,
      padding: `${tokens.spacingVerticalXS} 0`,
      overflowWrap: 'break-word',
    },
    '& > summary:focus-visible': { outline: `2px solid ${tokens.colorStrokeFocus2}`, outlineOffset: '2px' },
  },
  body: {
    display: 'flex',
    flexDirection: 'column',
    gap: tokens.spacingVerticalXS,
    paddingBottom: tokens.spacingVerticalS,
    fontSize: tokens.fontSizeBase200,
    lineHeight: tokens.lineHeightBase200,
    overflowWrap: 'break-word',
    '& p': { margin: 0 },
  },
  list: { margin: 0, paddingLeft: tokens.spacingHorizontalL },
});

/** Freed hours that go to workload only: the scenario frees hours and reinvests none of them. */
export function reinvestsNothing(col: Column, analysis: Analysis): boolean {
  if (!col.scenario) return false;
  const freed = col.result.netHoursFreed;
  const share = col.scenario.norms.reinvestShare ?? analysis.norms.reinvestShare;
  return freed !== null && freed > 0 && share === 0;
}

export function ComparisonNotes(props: {
  cols: Column[];
  analysis: Analysis;
  /** What the cost figures mean (model vocabulary and the current situation's sum). */
  costTexts: string[];
  /** Adds the "herinvesteer 50%" variant of a column; absent when no scenario can be added. */
  onReinvest?: (col: Column) => void;
}): React.JSX.Element {
  const { s } = useI18n();
  const c = useShared();
  const styles = useStyles();
  const scenarios = props.cols.filter((col) => col.scenario);
  return (
    <div data-testid="comparison-notes">
      <h2 className={c.h2}>{s.notesHeading}</h2>
      {scenarios.map((col) => {
        const n = col.notes;
        return (
          <details key={col.id} className={styles.details} data-testid="column-notes">
            <summary>{col.name}</summary>
            <div className={styles.body}>
              {n ? (
                <>
                  <p>{n.description}</p>
                  {n.why.map((w, i) => (
                    <p key={`w${i}`}>{w}</p>
                  ))}
                  {n.cost.map((w, i) => (
                    <p key={`c${i}`}>{w}</p>
                  ))}
                  {n.norms.length > 0 && <p>{s.ownNorms(n.norms.join('; '))}</p>}
                </>
              ) : (
                col.note && <p>{col.note}</p>
              )}
              {reinvestsNothing(col, props.analysis) && props.onReinvest && (
                <div>
                  <Button size="small" appearance="secondary" onClick={() => props.onReinvest?.(col)} data-testid="reinvest-variant">
                    {s.reinvestVariant}
                  </Button>
                </div>
              )}
            </div>
          </details>
        );
      })}
      {props.costTexts.length > 0 && (
        <details className={styles.details} data-testid="cost-explanation">
          <summary>{s.costHeading}</summary>
          <div className={styles.body}>
            {props.costTexts.map((t, i) => (
              <p key={i}>{t}</p>
            ))}
          </div>
        </details>
      )}
    </div>
  );
}
