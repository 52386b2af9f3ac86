/** Styles shared by the Scenario's tab, one scenario's editor and the own-task adder. */

import { makeStyles, tokens } from '@fluentui/react-components';

export const useScenarioStyles = makeStyles({
  addBox: {
    border: `1px solid ${tokens.colorNeutralStroke2}`,
    borderRadius: tokens.borderRadiusMedium,
    padding: tokens.spacingHorizontalS,
    display: 'flex',
    flexDirection: 'column',
    gap: tokens.spacingVerticalS,
    marginBottom: tokens.spacingVerticalM,
    // A long preset name must not widen the pane past 320 px: the select shrinks, the text is cut.
    '& .fui-Select, & select': { maxWidth: '100%', minWidth: 0 },
  },
  seed: {
    fontSize: tokens.fontSizeBase200,
    lineHeight: tokens.lineHeightBase200,
    margin: 0,
    '& dt': { fontWeight: tokens.fontWeightSemibold, marginTop: tokens.spacingVerticalXS },
    '& dd': { marginLeft: 0 },
  },
  panel: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalS, paddingBottom: tokens.spacingVerticalM },
  fieldset: {
    border: `1px solid ${tokens.colorNeutralStroke2}`,
    borderRadius: tokens.borderRadiusMedium,
    margin: 0,
    padding: tokens.spacingHorizontalS,
    display: 'flex',
    flexDirection: 'column',
    gap: tokens.spacingVerticalS,
    minWidth: 0,
    '& > legend': {
      fontWeight: tokens.fontWeightSemibold,
      fontSize: tokens.fontSizeBase300,
      padding: `0 ${tokens.spacingHorizontalXS}`,
    },
  },
  pair: {
    display: 'grid',
    gridTemplateColumns: 'minmax(0, 1fr) minmax(0, 1fr)',
    gap: tokens.spacingHorizontalS,
    '& > *': { minWidth: 0 },
  },
  input: { width: '100%', minWidth: 0, boxSizing: 'border-box' },
  taskName: { fontSize: tokens.fontSizeBase300, fontWeight: tokens.fontWeightSemibold, marginTop: tokens.spacingVerticalXS },
  details: {
    '& > summary': {
      cursor: 'pointer',
      fontWeight: tokens.fontWeightSemibold,
      padding: `${tokens.spacingVerticalXS} 0`,
    },
    '& > summary:focus-visible': { outline: `2px solid ${tokens.colorStrokeFocus2}`, outlineOffset: '2px' },
  },
  label: { display: 'inline-flex', flexWrap: 'wrap', gap: tokens.spacingHorizontalXS, alignItems: 'center' },
  // An own task's name and its remove button on one line: a long name wraps, the button stays right.
  taskHead: {
    display: 'flex',
    alignItems: 'flex-start',
    columnGap: tokens.spacingHorizontalS,
    marginTop: tokens.spacingVerticalXS,
  },
  taskHeadName: {
    flex: '1 1 0',
    minWidth: 0,
    overflowWrap: 'anywhere',
    fontSize: tokens.fontSizeBase300,
    fontWeight: tokens.fontWeightSemibold,
    lineHeight: tokens.lineHeightBase300,
    paddingTop: tokens.spacingVerticalXXS,
  },
  taskHeadButton: { flexShrink: 0 },
  ownBox: {
    borderTop: `1px solid ${tokens.colorNeutralStroke2}`,
    marginTop: tokens.spacingVerticalXS,
    paddingTop: tokens.spacingVerticalS,
    display: 'flex',
    flexDirection: 'column',
    gap: tokens.spacingVerticalS,
    minWidth: 0,
  },
  headerText: { display: 'flex', flexDirection: 'column' },
});
