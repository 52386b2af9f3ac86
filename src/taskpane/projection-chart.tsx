/**
 * The line chart of the "Meerjarig" view: teacher FTE needed, available, the shortage and
 * the shortage after each scenario, per school year. Drawn in pixels at the box's measured
 * width (ResizeObserver; 320 px before the first measure), so its text keeps a fixed,
 * readable size at 350 px and 320 px instead of shrinking with a viewBox. A null value
 * breaks its line (no point is drawn at 0). Lines differ by colour and dash pattern; the
 * legend is HTML below the chart (it wraps). role="img" with a text summary; the year
 * table above is the full accessible alternative.
 */

import * as React from 'react';
import { makeStyles, tokens } from '@fluentui/react-components';

export interface ChartSeries {
  name: string;
  values: (number | null)[];
}

export interface ProjectionChartProps {
  labels: string[];
  series: ChartSeries[];
  /** Text summary for screen readers (also the svg's description). */
  summary: string;
  title: string;
  lang: 'nl' | 'en';
}

const COLORS = [
  tokens.colorPaletteBlueForeground2,
  tokens.colorPaletteGreenForeground1,
  tokens.colorPaletteRedForeground1,
  tokens.colorPaletteDarkOrangeForeground1,
  tokens.colorPaletteBerryForeground1,
  tokens.colorPaletteTealForeground2,
  tokens.colorPaletteMarigoldForeground1,
];
const DASHES = ['', '6 3', '2 3', '8 3 2 3', '4 4', '1 2', '10 4'];

const FONT = 11; // px: fixed, readable at 320 px
const HEIGHT = 200;
// Room for half a year label ("26-27") left and right of the first and last point.
const PAD = { left: 40, right: 18, top: 10, bottom: 24 };

const useStyles = makeStyles({
  box: { width: '100%', minWidth: 0 },
  svg: { display: 'block', overflow: 'visible' },
  text: { fontSize: `${FONT}px`, fill: tokens.colorNeutralForeground2, fontFamily: tokens.fontFamilyBase },
  grid: { stroke: tokens.colorNeutralStroke2, strokeWidth: 1 },
  zero: { stroke: tokens.colorNeutralStroke1, strokeWidth: 1 },
  legend: {
    listStyleType: 'none',
    margin: 0,
    padding: 0,
    display: 'flex',
    flexWrap: 'wrap',
    columnGap: tokens.spacingHorizontalM,
    rowGap: tokens.spacingVerticalXXS,
    fontSize: tokens.fontSizeBase200,
    lineHeight: tokens.lineHeightBase200,
  },
  item: { display: 'inline-flex', alignItems: 'center', gap: tokens.spacingHorizontalXS },
});

/** "2027-2028" → "27-28" (ticks only; the table shows the full label). */
export function shortYear(label: string): string {
  const m = /^(\d{4})-(\d{4})$/.exec(label);
  return m ? `${m[1].slice(2)}-${m[2].slice(2)}` : label.replace(/^(jaar|year) /, '');
}

/** 3–6 round ticks covering [lo, hi]. */
export function niceTicks(lo: number, hi: number): number[] {
  if (!(hi > lo)) {
    hi = lo + 1;
  }
  const raw = (hi - lo) / 4;
  const mag = 10 ** Math.floor(Math.log10(raw));
  const step = [1, 2, 2.5, 5, 10].map((m) => m * mag).find((s) => s >= raw) ?? 10 * mag;
  const out: number[] = [];
  for (let v = Math.floor(lo / step) * step; v <= hi + step * 1e-9; v += step) out.push(Math.round(v * 1e6) / 1e6);
  if (out[out.length - 1] < hi) out.push(out[out.length - 1] + step);
  return out;
}

function useWidth(ref: React.RefObject<HTMLDivElement | null>): number {
  const [w, setW] = React.useState(320);
  React.useLayoutEffect(() => {
    const el = ref.current;
    if (!el) return;
    const measure = () => {
      const cw = el.clientWidth;
      if (cw > 0) setW(cw);
    };
    measure();
    if (typeof ResizeObserver === 'undefined') return;
    const ro = new ResizeObserver(measure);
    ro.observe(el);
    return () => ro.disconnect();
  }, [ref]);
  return w;
}

export function ProjectionChart(props: ProjectionChartProps): React.JSX.Element {
  const c = useStyles();
  const ref = React.useRef<HTMLDivElement>(null);
  const width = useWidth(ref);
  const id = React.useId();
  const all = props.series.flatMap((s) => s.values).filter((v): v is number => v !== null && Number.isFinite(v));
  const ticks = niceTicks(Math.min(0, ...all), Math.max(0, ...all));
  const lo = ticks[0];
  const hi = ticks[ticks.length - 1];
  const plotW = Math.max(40, width - PAD.left - PAD.right);
  const plotH = HEIGHT - PAD.top - PAD.bottom;
  const n = props.labels.length;
  const x = (i: number) => PAD.left + (n <= 1 ? plotW / 2 : (i * plotW) / (n - 1));
  const y = (v: number) => PAD.top + plotH - ((v - lo) / (hi - lo || 1)) * plotH;
  // Every label when they fit (about 34 px each), else every other one.
  const every = n * 34 > plotW ? 2 : 1;
  const fmt = new Intl.NumberFormat(props.lang === 'nl' ? 'nl-NL' : 'en-GB', { maximumFractionDigits: 1 });

  const paths = props.series.map((s) => {
    let d = '';
    let pen = false;
    s.values.forEach((v, i) => {
      if (v === null || !Number.isFinite(v)) {
        pen = false;
        return;
      }
      d += `${pen ? 'L' : 'M'}${x(i).toFixed(1)},${y(v).toFixed(1)}`;
      pen = true;
    });
    return d;
  });

  return (
    <div ref={ref} className={c.box} data-testid="projection-chart">
      <svg
        className={c.svg}
        width={width}
        height={HEIGHT}
        role="img"
        aria-labelledby={`${id}-t`}
        aria-describedby={`${id}-d`}
      >
        <title id={`${id}-t`}>{props.title}</title>
        <desc id={`${id}-d`}>{props.summary}</desc>
        {ticks.map((t) => (
          <g key={t}>
            <line className={t === 0 ? c.zero : c.grid} x1={PAD.left} x2={PAD.left + plotW} y1={y(t)} y2={y(t)} />
            <text className={c.text} x={PAD.left - 4} y={y(t) + FONT / 3} textAnchor="end">
              {fmt.format(t).replace(/^-/, '\u2212')}
            </text>
          </g>
        ))}
        {props.labels.map((l, i) =>
          i % every === 0 || i === n - 1 ? (
            <text key={l} className={c.text} x={x(i)} y={HEIGHT - 6} textAnchor="middle">
              {shortYear(l)}
            </text>
          ) : null,
        )}
        {paths.map((d, k) => (
          <path
            key={props.series[k].name}
            d={d}
            fill="none"
            stroke={COLORS[k % COLORS.length]}
            strokeWidth={2}
            strokeDasharray={DASHES[k % DASHES.length] || undefined}
            data-series={props.series[k].name}
          />
        ))}
      </svg>
      <ul className={c.legend} aria-hidden="true">
        {props.series.map((s, k) => (
          <li key={s.name} className={c.item}>
            <svg width={22} height={8} aria-hidden="true">
              <line x1={0} x2={22} y1={4} y2={4} stroke={COLORS[k % COLORS.length]} strokeWidth={2} strokeDasharray={DASHES[k % DASHES.length] || undefined} />
            </svg>
            {s.name}
          </li>
        ))}
      </ul>
    </div>
  );
}
