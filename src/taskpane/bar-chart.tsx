/**
 * A small hand-written, accessible SVG bar chart: teacher FTE needed and assistant FTE
 * needed per scenario, horizontal bars, with the teacher FTE available as a labelled
 * reference line. Chosen over @fluentui/react-charts (d3, well over 100 KB gzip) for the
 * bundle budget; the comparison table above it holds the same figures for screen readers,
 * and the SVG has a <title> and a <desc> that lists every value.
 *
 * The SVG is drawn at its CSS pixel width (measured, ResizeObserver), never scaled through
 * a viewBox: its text keeps the pane's readable sizes (12–13 px) at 320 px and at 1200 px.
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
  box: { width: '100%', minWidth: 0 },
  svg: { display: 'block', overflow: 'visible' },
  legend: {
    display: 'flex',
    flexWrap: 'wrap',
    gap: `${tokens.spacingVerticalXXS} ${tokens.spacingHorizontalM}`,
    fontSize: tokens.fontSizeBase200,
    marginTop: tokens.spacingVerticalXS,
    marginBottom: 0,
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
  refSwatch: {
    display: 'inline-block',
    width: '12px',
    height: '12px',
    marginRight: tokens.spacingHorizontalXS,
    verticalAlign: 'middle',
    borderLeft: `2px dashed ${tokens.colorNeutralForeground2}`,
    marginLeft: '5px',
  },
});

/** Fixed sizes in CSS pixels (not scaled with the pane). */
const BAR = 12;
const GAP = 3;
const NAME_H = 18;
const GROUP_GAP = 10;
const VALUE_W = 52;
const REF_H = 18;
const NAME_PX = 13;
const VALUE_PX = 12;
/** Width before the first measurement (jsdom has no layout). */
const FALLBACK_W = 320;

export const TEACHER_COLOR = tokens.colorBrandBackground;
export const ASSISTANT_COLOR = tokens.colorPaletteDarkOrangeBorderActive;

function truncate(text: string, max: number): string {
  return text.length > max ? text.slice(0, Math.max(1, max - 1)) + '…' : text;
}

/** The width of an element in CSS pixels, followed as the pane is resized. */
function useWidth(ref: React.RefObject<HTMLElement | null>): number {
  const [w, setW] = React.useState(FALLBACK_W);
  React.useLayoutEffect(() => {
    const el = ref.current;
    if (!el) return;
    const measure = () => {
      const cw = el.clientWidth;
      if (cw > 0) setW(Math.floor(cw));
    };
    measure();
    if (typeof ResizeObserver === 'undefined') return;
    const ro = new ResizeObserver(measure);
    ro.observe(el);
    return () => ro.disconnect();
  }, [ref]);
  return w;
}

export function BarChart(props: {
  series: BarSeries[];
  idPrefix?: string;
  /** Teacher FTE available (the current staff), drawn as a labelled reference line; null: none. */
  available?: number | null;
}): React.JSX.Element {
  const { s, lang } = useI18n();
  const styles = useStyles();
  const id = props.idPrefix ?? 'chart';
  const boxRef = React.useRef<HTMLDivElement>(null);
  const W = useWidth(boxRef);
  const ref = props.available !== null && props.available !== undefined && Number.isFinite(props.available) ? props.available : null;
  const values = props.series.flatMap((x) => [x.teacher, x.assistant]).filter((v): v is number => v !== null && Number.isFinite(v));
  const max = Math.max(1e-9, ...values.map((v) => Math.abs(v)), ref ?? 0);
  const groupH = NAME_H + 2 * BAR + GAP + GROUP_GAP;
  const top = ref !== null ? REF_H : 0;
  const height = top + props.series.length * groupH;
  const plotW = Math.max(40, W - VALUE_W);
  const scale = (v: number) => (Math.abs(v) / max) * plotW;
  const fmt = (v: number | null) => (v === null || !Number.isFinite(v) ? '–' : formatFigure('teacherFteNeeded', v, lang));
  const refText = ref !== null ? s.chartAvailable(fmt(ref)) : '';
  const desc = [
    ...props.series.map(
      (x) => `${x.name}: ${s.legendTeacher} ${x.teacher === null ? s.noData : fmt(x.teacher)}; ${s.legendAssistant} ${x.assistant === null ? s.noData : fmt(x.assistant)}`,
    ),
    ...(ref !== null ? [refText] : []),
  ].join('. ');
  // A name gets the width of the chart, at most 8 px a character at 13 px semibold.
  const nameChars = Math.max(8, Math.floor(W / 8));

  const bar = (v: number | null, y: number, color: string) => (
    <g>
      {v !== null && Number.isFinite(v) && (
        <rect x={0} y={y} width={Math.max(1, scale(v))} height={BAR} rx={2} style={{ fill: color }} />
      )}
      <text
        x={(v !== null && Number.isFinite(v) ? scale(v) : 0) + 4}
        y={y + BAR - 2}
        style={{ fill: tokens.colorNeutralForeground1, fontSize: `${VALUE_PX}px` }}
      >
        {fmt(v)}
      </text>
    </g>
  );

  const refX = ref !== null ? scale(ref) : 0;
  // The reference label is anchored so it stays inside the chart.
  const refAnchor = refX > W * 0.6 ? 'end' : 'start';

  return (
    <figure style={{ margin: 0 }}>
      <div ref={boxRef} className={styles.box}>
        <svg
          className={styles.svg}
          width={W}
          height={Math.max(height, 1)}
          viewBox={`0 0 ${W} ${Math.max(height, 1)}`}
          role="img"
          aria-labelledby={`${id}-title ${id}-desc`}
          data-testid="bar-chart"
        >
          <title id={`${id}-title`}>{s.chartTitle}</title>
          <desc id={`${id}-desc`}>{desc}</desc>
          {props.series.map((x, i) => {
            const y0 = top + i * groupH;
            return (
              <g key={`${i}-${x.name}`} aria-hidden="true">
                <text x={0} y={y0 + 13} style={{ fill: tokens.colorNeutralForeground1, fontSize: `${NAME_PX}px`, fontWeight: 600 }}>
                  {truncate(x.name, nameChars)}
                </text>
                {bar(x.teacher, y0 + NAME_H, TEACHER_COLOR)}
                {bar(x.assistant, y0 + NAME_H + BAR + GAP, ASSISTANT_COLOR)}
              </g>
            );
          })}
          {ref !== null && (
            <g aria-hidden="true" data-testid="chart-available">
              <line
                x1={refX}
                x2={refX}
                y1={REF_H - 2}
                y2={height}
                style={{ stroke: tokens.colorNeutralForeground2, strokeWidth: 1.5, strokeDasharray: '4 3' }}
              />
              <text
                x={refAnchor === 'end' ? refX + 2 : refX + 4}
                y={12}
                textAnchor={refAnchor}
                style={{ fill: tokens.colorNeutralForeground2, fontSize: `${VALUE_PX}px` }}
              >
                {refText}
              </text>
            </g>
          )}
        </svg>
      </div>
      <ul className={styles.legend} aria-hidden="true">
        <li>
          <span className={styles.swatch} style={{ backgroundColor: TEACHER_COLOR }} />
          {s.legendTeacher}
        </li>
        <li>
          <span className={styles.swatch} style={{ backgroundColor: ASSISTANT_COLOR }} />
          {s.legendAssistant}
        </li>
        {ref !== null && (
          <li>
            <span className={styles.refSwatch} />
            {s.legendAvailable}
          </li>
        )}
      </ul>
    </figure>
  );
}
