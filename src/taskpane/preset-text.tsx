/** A preset's seed description and our reading of it (marked "aanname"), in the pane's language. */

import * as React from 'react';
import { PRESETS, type PresetKey } from '../model/presets';
import { AssumptionBadge } from './assumption-badge';
import { useI18n } from './i18n';
import { useScenarioStyles } from './scenarios-styles';

export function PresetText(props: { presetKey: string }): React.JSX.Element | null {
  const { s, lang } = useI18n();
  const styles = useScenarioStyles();
  const p = (PRESETS as Record<string, (typeof PRESETS)[PresetKey]>)[props.presetKey];
  if (!p) return null;
  return (
    <dl className={styles.seed}>
      <dt>{s.seedLabel}</dt>
      <dd>{lang === 'nl' ? p.seedNl : p.seedEn}</dd>
      <dt>
        <span className={styles.label}>
          {s.readingLabel} <AssumptionBadge />
        </span>
      </dt>
      <dd>{lang === 'nl' ? p.readingNl : p.readingEn}</dd>
    </dl>
  );
}
