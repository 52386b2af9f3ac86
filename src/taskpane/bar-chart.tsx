/**
 * A small hand-written, accessible SVG bar chart: teacher FTE needed and assistant FTE
 * needed per scenario, horizontal bars (they fit a 350–450 px task pane). Chosen over
 * @fluentui/react-charts (which brings d3 and well over 100 KB gzip) for the bundle
 * budget; the comparison table above it holds the same figures for screen readers, and
 * the SVG has a <title> and a <desc> that lists every value.
 */

import * as React from 'react';
import { makeStyles, tokens } from '@fluentui/react-components';
import { formatFigure } from './format';
import { useI18n } from './i18n';

export interface BarSeries {
  name: string;
  teacher: number | null;
  assistant: number | null;
}

const useStyles = makeStyles({
  svg: { width: '100%', height: 'auto', display: 'block', overflow: 'visible' },
  legend: {
    display: 'flex',
    flexWrap: 'wrap',
    gap: tokens.spacingHorizontalM,
    fontSize: tokens.fontSizeBase200,
    marginTop: tokens.spacingVerticalXS,
    listStyleType: 'none',
    padding: 0,
  },
  swatch: {
    display: 'inline-block',
    width: '12px',
    height: '12px',
    marginRight: tokens.spacingHorizontalXS,
    verticalAlign: 'middle',
    borderRadius: '2px',
  },
});

const W = 360;
const BAR = 12;
const GAP = 3;
const NAME_H = 16;
const GROUP_GAP = 10;
const VALUE_W = 48;

export const TEACHER_COLOR = tokens.colorBrandBackground;
export const ASSISTANT_COLOR = tokens.colorPaletteDarkOrangeBorderActive;

function truncate(text: string, max: number): string {
  return text.length > max ? text.slice(0, max - 1) + '…' : text;
}

export function BarChart(props: { series: BarSeries[]; idPrefix?: string }): React.JSX.Element {
  const { s, lang } = useI18n();
  const styles = useStyles();
  const id = props.idPrefix ?? 'chart';
  const values = props.series.flatMap((x) => [x.teacher, x.assistant]).filter((v): v is number => v !== null && Number.isFinite(v));
  const max = Math.max(1e-9, ...values.map((v) => Math.abs(v)));
  const groupH = NAME_H + 2 * BAR + GAP + GROUP_GAP;
  const height = props.series.length * groupH;
  const scale = (v: number) => (Math.abs(v) / max) * (W - VALUE_W);
  const fmt = (v: number | null) => (v === null || !Number.isFinite(v) ? '–' : formatFigure('teacherFteNeeded', v, lang));
  const desc = props.series
    .map((x) => `${x.name}: ${s.legendTeacher} ${x.teacher === null ? s.noData : fmt(x.teacher)}; ${s.legendAssistant} ${x.assistant === null ? s.noData : fmt(x.assistant)}`)
    .join('. ');

  const bar = (v: number | null, y: number, color: string) => (
    <g>
      {v !== null && Number.isFinite(v) && (
        <rect x={0} y={y} width={Math.max(1, scale(v))} height={BAR} rx={2} style={{ fill: color }} />
      )}
      <text
        x={(v !== null && Number.isFinite(v) ? scale(v) : 0) + 4}
        y={y + BAR - 2}
        style={{ fill: tokens.colorNeutralForeground1, fontSize: '11px' }}
      >
        {fmt(v)}
      </text>
    </g>
  );

  return (
    <figure style={{ margin: 0 }}>
      <svg
        className={styles.svg}
        viewBox={`0 0 ${W} ${Math.max(height, 1)}`}
        role="img"
        aria-labelledby={`${id}-title ${id}-desc`}
        data-testid="bar-chart"
      >
        <title id={`${id}-title`}>{s.chartTitle}</title>
        <desc id={`${id}-desc`}>{desc}</desc>
        {props.series.map((x, i) => {
          const y0 = i * groupH;
          return (
            <g key={`${i}-${x.name}`} aria-hidden="true">
              <text x={0} y={y0 + 12} style={{ fill: tokens.colorNeutralForeground1, fontSize: '12px', fontWeight: 600 }}>
                {truncate(x.name, 52)}
              </text>
              {bar(x.teacher, y0 + NAME_H, TEACHER_COLOR)}
              {bar(x.assistant, y0 + NAME_H + BAR + GAP, ASSISTANT_COLOR)}
            </g>
          );
        })}
      </svg>
      <ul className={styles.legend} aria-hidden="true">
        <li>
          <span className={styles.swatch} style={{ backgroundColor: TEACHER_COLOR }} />
          {s.legendTeacher}
        </li>
        <li>
          <span className={styles.swatch} style={{ backgroundColor: ASSISTANT_COLOR }} />
          {s.legendAssistant}
        </li>
      </ul>
    </figure>
  );
}
