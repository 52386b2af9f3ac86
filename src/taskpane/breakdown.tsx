/**
 * "Per vestiging" and "Tekort per vak" on the data tab: where the shortage falls. Both are
 * collapsible sections (open by default) below "Kerncijfers". Part of the data tab's lazy
 * chunk; figures come from the analysis (byLocation, bySubject), null is "–".
 */

import * as React from 'react';
import { Button } from '@fluentui/react-components';
import { makeStyles, mergeClasses, tokens } from '@fluentui/react-components';
import type { Analysis, LocationTotals, SubjectTotals } from '../model/api';
import { LABELS, type TotalKey } from '../model/labels';
import { formatFigure } from './format';
import { useI18n } from './i18n';
import { Figure, useShared, stickyLabelColumn } from './ui';

/** The engine's bucket for rows without a location (src/model/analysis.ts UNKNOWN_LOCATION; not imported so the engine stays out of this chunk). */
export const UNKNOWN_LOCATION = '(onbekend)';

/** Rows of the location table, labelled from LABELS. */
export const LOCATION_ROWS: readonly TotalKey[] = [
  'students',
  'teacherFteNeeded',
  'teacherFteAvailable',
  'shortageFte',
  'studentsPerTeacherFte',
  'assistantFte',
];

/** Subjects shown before "Toon alle N vakken". */
export const SUBJECT_LIMIT = 10;

/** A location table only says something with two locations, or one that has a name. */
export function showByLocation(list: readonly LocationTotals[] | undefined): boolean {
  if (!list) return false;
  return list.length >= 2 || (list.length === 1 && list[0].location !== UNKNOWN_LOCATION);
}

/** Largest shortage first; subjects without a shortage figure (null) last; ties keep their order. */
export function sortByShortage(list: readonly SubjectTotals[]): SubjectTotals[] {
  const known = (v: number | null): v is number => v !== null && Number.isFinite(v);
  return list
    .map((row, i) => ({ row, i }))
    .sort((a, b) => {
      const x = a.row.shortageFte;
      const y = b.row.shortageFte;
      if (known(x) && known(y)) return y - x || a.i - b.i;
      if (known(x)) return -1;
      if (known(y)) return 1;
      return a.i - b.i;
    })
    .map((e) => e.row);
}

const useStyles = makeStyles({
  details: {
    border: `1px solid ${tokens.colorNeutralStroke2}`,
    borderRadius: tokens.borderRadiusMedium,
    marginTop: tokens.spacingVerticalL,
    marginBottom: tokens.spacingVerticalS,
    '& > summary': {
      cursor: 'pointer',
      padding: `${tokens.spacingVerticalS} ${tokens.spacingHorizontalS}`,
      borderRadius: tokens.borderRadiusMedium,
    },
    '& > summary:focus-visible': { outline: `2px solid ${tokens.colorStrokeFocus2}`, outlineOffset: '1px' },
  },
  summaryHeading: {
    display: 'inline',
    fontSize: tokens.fontSizeBase400,
    fontWeight: tokens.fontWeightSemibold,
    lineHeight: tokens.lineHeightBase400,
    margin: 0,
  },
  body: { padding: `0 ${tokens.spacingHorizontalS} ${tokens.spacingVerticalS}` },
  scroll: {
    overflowX: 'auto',
    borderRadius: tokens.borderRadiusMedium,
    ':focus-visible': { outline: `2px solid ${tokens.colorStrokeFocus2}`, outlineOffset: '1px' },
  },
  locTable: {
    borderCollapse: 'separate',
    borderSpacing: 0,
    minWidth: '100%',
    fontSize: tokens.fontSizeBase200,
    lineHeight: tokens.lineHeightBase200,
    '& th, & td': {
      padding: `${tokens.spacingVerticalXS} ${tokens.spacingHorizontalXS}`,
      borderBottom: `1px solid ${tokens.colorNeutralStroke2}`,
      verticalAlign: 'top',
    },
    '& thead th': { fontWeight: tokens.fontWeightSemibold, textAlign: 'right', whiteSpace: 'nowrap' },
    '& thead th:first-child': { textAlign: 'left' },
    '& tbody td': { textAlign: 'right', fontVariantNumeric: 'tabular-nums', whiteSpace: 'nowrap' },
  },
  /** The figure's label stays in view while the locations scroll. */
  sticky: { ...stickyLabelColumn, minWidth: '8em', maxWidth: '10em' },
  totalCol: { fontWeight: tokens.fontWeightSemibold },
  caption: {
    textAlign: 'left',
    fontSize: tokens.fontSizeBase200,
    lineHeight: tokens.lineHeightBase200,
    color: tokens.colorNeutralForeground3,
    paddingBottom: tokens.spacingVerticalXS,
  },
  subjectTable: { '& tbody th': { fontWeight: tokens.fontWeightRegular, overflowWrap: 'anywhere' } },
  better: { color: tokens.colorPaletteGreenForeground1 },
  more: { marginTop: tokens.spacingVerticalXS },
});

/**
 * A shortage figure: a surplus (negative, not rounding to zero) in the comparison tab's
 * "gunstiger" colour with a minus sign and screen-reader text; "–" for null.
 */
export function Shortage(props: { value: number | null | undefined }): React.JSX.Element {
  const { s, lang } = useI18n();
  const c = useShared();
  const styles = useStyles();
  const v = props.value;
  if (v === null || v === undefined || !Number.isFinite(v)) return <Figure k="shortageFte" value={null} />;
  const text = formatFigure('shortageFte', v, lang);
  if (v >= 0 || text === formatFigure('shortageFte', 0, lang)) return <>{text}</>;
  return (
    <span className={styles.better} data-surplus="true">
      {text}
      <span className={c.visuallyHidden}>
        {' '}
        ({s.surplus}, {s.better})
      </span>
    </span>
  );
}

function Section(props: { id: string; title: string; children: React.ReactNode; testId: string }): React.JSX.Element {
  const styles = useStyles();
  return (
    <details className={styles.details} open data-testid={props.testId}>
      <summary>
        <h2 id={props.id} className={styles.summaryHeading}>
          {props.title}
        </h2>
      </summary>
      <div className={styles.body}>{props.children}</div>
    </details>
  );
}

export function ByLocation(props: { analysis: Analysis }): React.JSX.Element | null {
  const { analysis } = props;
  const { s, lang } = useI18n();
  const c = useShared();
  const styles = useStyles();
  if (!showByLocation(analysis.byLocation)) return null;
  const columns: { id: string; name: string; totals: Analysis['totals']; total?: boolean }[] = [
    ...analysis.byLocation.map((l) => ({ id: l.location, name: l.location === UNKNOWN_LOCATION ? s.unknownLocation : l.location, totals: l })),
    { id: '', name: s.locationTotal, totals: analysis.totals, total: true },
  ];
  return (
    <Section id="by-location-heading" title={s.byLocationHeading} testId="by-location-section">
      <div className={styles.scroll} role="region" aria-label={s.byLocationScroll} tabIndex={0}>
        <table className={styles.locTable} data-testid="by-location">
          <caption className={c.visuallyHidden}>{s.byLocationCaption}</caption>
          <thead>
            <tr>
              <th scope="col" className={styles.sticky}>
                {s.figure}
              </th>
              {columns.map((col) => (
                <th key={col.id} scope="col" data-location={col.total ? undefined : col.id} data-total={col.total ? 'true' : undefined}>
                  {col.name}
                </th>
              ))}
            </tr>
          </thead>
          <tbody>
            {LOCATION_ROWS.map((k) => (
              <tr key={k} data-row={k}>
                <th scope="row" className={styles.sticky}>
                  {LABELS[k][lang]}
                </th>
                {columns.map((col) => (
                  <td key={col.id} className={col.total ? styles.totalCol : undefined} data-location={col.total ? undefined : col.id}>
                    {k === 'shortageFte' ? <Shortage value={col.totals[k]} /> : <Figure k={k} value={col.totals[k]} />}
                  </td>
                ))}
              </tr>
            ))}
          </tbody>
        </table>
      </div>
    </Section>
  );
}

export function BySubject(props: { analysis: Analysis }): React.JSX.Element | null {
  const { s } = useI18n();
  const c = useShared();
  const styles = useStyles();
  const [showAll, setShowAll] = React.useState(false);
  const sorted = React.useMemo(() => sortByShortage(props.analysis.bySubject ?? []), [props.analysis.bySubject]);
  if (sorted.length === 0) return null;
  const shown = showAll ? sorted : sorted.slice(0, SUBJECT_LIMIT);
  return (
    <Section id="by-subject-heading" title={s.bySubjectHeading} testId="by-subject-section">
      <table className={mergeClasses(c.table, styles.subjectTable)} data-testid="by-subject">
        <caption className={styles.caption}>{s.bySubjectCaption}</caption>
        <thead>
          <tr>
            <th scope="col">{s.fields.subject}</th>
            <th scope="col" data-num>
              {s.colFteNeeded}
            </th>
            <th scope="col" data-num>
              {s.colFteAvailable}
            </th>
            <th scope="col" data-num>
              {s.colShortage}
            </th>
          </tr>
        </thead>
        <tbody>
          {shown.map((r, i) => (
            <tr key={`${i}|${r.subject}`} data-subject={r.subject}>
              <th scope="row">{r.subject}</th>
              <td data-num data-key="teacherFteNeeded">
                <Figure k="teacherFteNeeded" value={r.teacherFteNeeded} />
              </td>
              <td data-num data-key="teacherFteAvailable">
                <Figure k="teacherFteAvailable" value={r.teacherFteAvailable} />
              </td>
              <td data-num data-key="shortageFte">
                <Shortage value={r.shortageFte} />
              </td>
            </tr>
          ))}
        </tbody>
      </table>
      {!showAll && sorted.length > SUBJECT_LIMIT && (
        <Button appearance="subtle" className={styles.more} onClick={() => setShowAll(true)}>
          {s.showAllSubjects(sorted.length)}
        </Button>
      )}
    </Section>
  );
}
