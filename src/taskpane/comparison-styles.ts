/** Styles shared by the comparison table, the solve panel and the write panel. */

import { makeStyles, tokens } from '@fluentui/react-components';
import { stickyLabelColumn } from './ui';

export const useComparisonStyles = makeStyles({
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
