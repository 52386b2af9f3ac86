/**
 * The comparison table: one column per scenario (current situation first), differences
 * against the current situation (colour + sign + screen-reader text).
 */

import * as React from 'react';
import { mergeClasses } from '@fluentui/react-components';
import type { Analysis, ScenarioResult } from '../model/api';
import { LABELS, type ScenarioKey, type TotalKey } from '../model/labels';
import { ASSISTANTS_EMPLOYED } from '../model/vocabulary';
import type { Column } from './comparison-columns';
import { reinvestsNothing } from './comparison-notes';
import { useComparisonStyles } from './comparison-styles';
import { formatDelta, formatFigure } from './format';
import { useI18n } from './i18n';
import { Figure, useShared } from './ui';

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
  /** A pane label instead of the figure's own (the need is extra, beside those employed). */
  label?: 'shortageBefore' | 'assistantsEmployed' | 'extraAssistants';
  /** Say beside the figure that freed hours go to workload (reinvest share 0). */
  reinvestNote?: boolean;
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
  { ...sk('shortageAfterFte', 'lower'), reinvestNote: true },
  { id: 'assistantsEmployed', k: 'assistantFte', value: (_r, a) => a.totals.assistantFte, better: null, delta: false, label: 'assistantsEmployed' },
  sk('assistantFteForTasks', null),
  sk('assistantFteForPlazas', null),
  { ...sk('assistantFteNeeded', null), label: 'extraAssistants' },
  { ...sk('assistantFteByRatio', null), note: 'ratio' },
  sk('netHoursFreed', 'higher'),
  sk('hoursFreedPerTeacherFtePerWeek', 'higher'),
  sk('studentsPerTeacherContactHour', 'higher'),
  sk('cost', 'lower'),
  { ...sk('costDelta', 'lower', false), selfDelta: true },
];

/** The table: one row per figure, one column per scenario (current situation first). */
export function ComparisonTable(props: { cols: Column[]; analysis: Analysis }): React.JSX.Element {
  const { cols, analysis } = props;
  const { s, lang } = useI18n();
  const styles = useComparisonStyles();
  const current = cols[0].result;
  return (
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
                {row.label === 'shortageBefore'
                  ? s.shortageBefore
                  : row.label === 'assistantsEmployed'
                    ? ASSISTANTS_EMPLOYED[lang]
                    : row.label === 'extraAssistants'
                      ? s.extraAssistants
                      : LABELS[row.k][lang]}
                {row.note === 'ratio' && <span className={styles.note}>{s.ratioNote}</span>}
              </th>
              {cols.map((col, ci) => (
                <td key={col.id}>
                  <ValueCell
                    row={row}
                    value={row.value(col.result, analysis)}
                    base={ci === 0 ? null : row.value(current, analysis)}
                  />
                  {row.reinvestNote && reinvestsNothing(col, analysis) && <span className={styles.cellNote}>{s.reinvestZero}</span>}
                </td>
              ))}
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}

function ValueCell(props: {
  row: RowDef;
  value: number | null;
  base: number | null;
}): React.JSX.Element {
  const { row, value, base } = props;
  const styles = useComparisonStyles();
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
