/** Small shared pieces: number cells ("–" for no data), shared styles. */

import * as React from 'react';
import { makeStyles, tokens } from '@fluentui/react-components';
import type { ScenarioKey, TotalKey } from '../model/labels';
import { formatFigure } from './format';
import { useI18n } from './i18n';

/**
 * The label column of a wide figure table: it stays in view while the other columns
 * scroll sideways (the comparison and the per-location table). Spread into makeStyles.
 */
export const stickyLabelColumn = {
  position: 'sticky',
  left: 0,
  zIndex: 1,
  textAlign: 'left',
  fontWeight: tokens.fontWeightRegular,
  backgroundColor: tokens.colorNeutralBackground1,
  boxShadow: `inset -1px 0 0 ${tokens.colorNeutralStroke2}`,
} as const;

export const useShared = makeStyles({
  visuallyHidden: {
    position: 'absolute',
    width: '1px',
    height: '1px',
    margin: '-1px',
    padding: 0,
    overflow: 'hidden',
    clipPath: 'inset(50%)',
    whiteSpace: 'nowrap',
    border: 0,
  },
  h2: {
    fontSize: tokens.fontSizeBase400,
    fontWeight: tokens.fontWeightSemibold,
    lineHeight: tokens.lineHeightBase400,
    marginTop: tokens.spacingVerticalL,
    marginBottom: tokens.spacingVerticalS,
  },
  h3: {
    fontSize: tokens.fontSizeBase300,
    fontWeight: tokens.fontWeightSemibold,
    lineHeight: tokens.lineHeightBase300,
    marginTop: tokens.spacingVerticalM,
    marginBottom: tokens.spacingVerticalXS,
  },
  p: {
    fontSize: tokens.fontSizeBase300,
    lineHeight: tokens.lineHeightBase300,
    marginTop: tokens.spacingVerticalXS,
    marginBottom: tokens.spacingVerticalS,
  },
  small: {
    fontSize: tokens.fontSizeBase200,
    lineHeight: tokens.lineHeightBase200,
    color: tokens.colorNeutralForeground3,
  },
  error: { color: tokens.colorPaletteRedForeground1 },
  table: {
    width: '100%',
    borderCollapse: 'collapse',
    fontSize: tokens.fontSizeBase200,
    lineHeight: tokens.lineHeightBase200,
    '& th, & td': {
      textAlign: 'left',
      paddingTop: tokens.spacingVerticalXS,
      paddingBottom: tokens.spacingVerticalXS,
      paddingLeft: tokens.spacingHorizontalXS,
      paddingRight: tokens.spacingHorizontalXS,
      borderBottom: `1px solid ${tokens.colorNeutralStroke2}`,
      verticalAlign: 'top',
    },
    '& th': { fontWeight: tokens.fontWeightSemibold },
    '& [data-num]': { textAlign: 'right', fontVariantNumeric: 'tabular-nums', whiteSpace: 'nowrap' },
  },
  num: { textAlign: 'right', fontVariantNumeric: 'tabular-nums', whiteSpace: 'nowrap' },
  row: { display: 'flex', flexWrap: 'wrap', gap: tokens.spacingHorizontalS, alignItems: 'center' },
  stack: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalS },
  noData: { cursor: 'help', color: tokens.colorNeutralForeground3 },
});

/** "–" with the tooltip and screen-reader text "geen gegevens". */
export function NoData(): React.JSX.Element {
  const { s } = useI18n();
  const c = useShared();
  return (
    <span title={s.noData} className={c.noData}>
      <span aria-hidden="true">–</span>
      <span className={c.visuallyHidden}>{s.noData}</span>
    </span>
  );
}

/** A figure of the engine, formatted for its unit, or "–" when null. */
export function Figure(props: { k: TotalKey | ScenarioKey; value: number | null | undefined }): React.JSX.Element {
  const { lang } = useI18n();
  const v = props.value;
  if (v === null || v === undefined || !Number.isFinite(v)) return <NoData />;
  return <>{formatFigure(props.k, v, lang)}</>;
}

export function errorText(err: unknown): string {
  if (err instanceof Error) return err.message;
  return String(err);
}
