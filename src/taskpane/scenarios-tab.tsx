/**
 * "Scenario's": up to six scenarios, from a preset (its seed description and our reading,
 * marked "aanname") or empty, listed as an accordion of forms (scenario-editor.tsx, with
 * the own-task adder in own-task-adder.tsx). Lazy chunk.
 */

import * as React from 'react';
import { Accordion } from '@fluentui/react-components';
import { Button } from '@fluentui/react-components';
import { Field } from '@fluentui/react-components';
import { Select } from '@fluentui/react-components';
import type { Analysis } from '../model/api';
import { PRESETS, PRESET_KEYS, type PresetKey } from '../model/presets';
import type { Engine } from './engine';
import { useI18n } from './i18n';
import { PresetText } from './preset-text';
import { ScenarioEditor } from './scenario-editor';
import { draftFrom, MAX_SCENARIOS, scenarioFromPreset, type ScenarioDraft } from './scenario-form';
import { useScenarioStyles } from './scenarios-styles';
import { useShared } from './ui';

export interface ScenariosTabProps {
  drafts: ScenarioDraft[];
  onChange(next: (prev: ScenarioDraft[]) => ScenarioDraft[]): void;
  engine: Engine | null;
  analysis: Analysis | null;
  saveState: { kind: 'idle' | 'saving' | 'saved' | 'error'; message?: string };
}

export default function ScenariosTab(props: ScenariosTabProps): React.JSX.Element {
  const { drafts, onChange } = props;
  const { s, lang } = useI18n();
  const c = useShared();
  const styles = useScenarioStyles();
  const [preset, setPreset] = React.useState<PresetKey | ''>('leerplein');
  const [openItems, setOpenItems] = React.useState<string[]>(() => (drafts.length ? [drafts[drafts.length - 1].id] : []));

  const add = () => {
    if (drafts.length >= MAX_SCENARIOS) return;
    const name = preset ? PRESETS[preset][lang] : s.scenarioN(drafts.length + 1);
    const draft = draftFrom(scenarioFromPreset(preset, name));
    onChange((prev) => [...prev, draft]);
    setOpenItems((prev) => [...prev, draft.id]);
  };

  const update = (id: string, fn: (d: ScenarioDraft) => ScenarioDraft) =>
    onChange((prev) => prev.map((d) => (d.id === id ? fn(d) : d)));
  const remove = (id: string) => onChange((prev) => prev.filter((d) => d.id !== id));

  const p = preset ? PRESETS[preset] : null;
  const full = drafts.length >= MAX_SCENARIOS;

  return (
    <section aria-labelledby="scen-heading">
      <h2 id="scen-heading" className={c.visuallyHidden}>
        {s.tabScenarios}
      </h2>
      <p className={c.p}>{s.scenariosIntro}</p>
      <div className={styles.addBox}>
        <Field label={s.addFrom}>
          <Select value={preset} onChange={(_, d) => setPreset(d.value as PresetKey | '')} data-testid="preset-select">
            {PRESET_KEYS.map((k) => (
              <option key={k} value={k}>
                {PRESETS[k][lang]}
              </option>
            ))}
            <option value="">{s.emptyScenario}</option>
          </Select>
        </Field>
        {p && <PresetText presetKey={p.key} />}
        <div className={c.row}>
          <Button appearance="primary" onClick={add} disabled={full}>
            {s.addScenario}
          </Button>
          {full && <span className={c.small}>{s.maxScenarios}</span>}
        </div>
      </div>

      <div role="status" aria-live="polite" className={c.small}>
        {props.saveState.kind === 'saving' && s.saving}
        {props.saveState.kind === 'saved' && s.saved}
        {props.saveState.kind === 'error' && (
          <span className={c.error}>
            {s.saveFailed} {props.saveState.message}
          </span>
        )}
        {!props.engine && s.engineLoading}
      </div>

      {drafts.length === 0 ? (
        <p className={c.p}>{s.noScenarios}</p>
      ) : (
        <Accordion
          multiple
          collapsible
          openItems={openItems}
          onToggle={(_, d) => setOpenItems(d.openItems.map(String))}
        >
          {drafts.map((d, i) => (
            <ScenarioEditor
              key={d.id}
              draft={d}
              index={i}
              engine={props.engine}
              analysis={props.analysis}
              onUpdate={(fn) => update(d.id, fn)}
              onRemove={() => remove(d.id)}
            />
          ))}
        </Accordion>
      )}
    </section>
  );
}
