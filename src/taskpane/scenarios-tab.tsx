/**
 * "Scenario's": up to six scenarios, from a preset (its seed description and our reading,
 * marked "aanname") or empty, listed as an accordion of forms (scenario-editor.tsx, with
 * the own-task adder in own-task-adder.tsx). Lazy chunk.
 */

import * as React from 'react';
import { Accordion } from '@fluentui/react-components';
import { Button } from '@fluentui/react-components';
import { Field } from '@fluentui/react-components';
import { MessageBar, MessageBarActions, MessageBarBody } from '@fluentui/react-components';
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
  // One scenario open at a time (the others are a summary line): the tab stays short.
  const [openItems, setOpenItems] = React.useState<string[]>(() => (drafts.length === 1 ? [drafts[0].id] : []));
  const [removed, setRemoved] = React.useState<{ draft: ScenarioDraft; index: number; name: string } | null>(null);
  const undoRef = React.useRef<HTMLButtonElement>(null);

  const add = () => {
    if (drafts.length >= MAX_SCENARIOS) return;
    const name = preset ? PRESETS[preset][lang] : s.scenarioN(drafts.length + 1);
    const draft = draftFrom(scenarioFromPreset(preset, name));
    onChange((prev) => [...prev, draft]);
    setOpenItems([draft.id]);
  };

  const update = (id: string, fn: (d: ScenarioDraft) => ScenarioDraft) =>
    onChange((prev) => prev.map((d) => (d.id === id ? fn(d) : d)));
  /** Removes a scenario at once; "Ongedaan maken" puts it back in its place. */
  const remove = (id: string) => {
    const index = drafts.findIndex((d) => d.id === id);
    if (index < 0) return;
    const draft = drafts[index];
    setRemoved({ draft, index, name: draft.input.name?.trim() || s.scenarioN(index + 1) });
    onChange((prev) => prev.filter((d) => d.id !== id));
  };
  const undo = () => {
    if (!removed) return;
    const { draft, index } = removed;
    onChange((prev) => (prev.some((d) => d.id === draft.id) ? prev : [...prev.slice(0, index), draft, ...prev.slice(index)]));
    setOpenItems([draft.id]);
    setRemoved(null);
  };
  // The keyboard lands on "Ongedaan maken" when the scenario's own button disappears.
  React.useEffect(() => {
    if (removed) undoRef.current?.focus();
  }, [removed]);

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

      {removed && (
        <MessageBar intent="info" className={styles.undoBar} data-testid="undo-bar">
          <MessageBarBody>{s.scenarioRemoved(removed.name)}</MessageBarBody>
          <MessageBarActions>
            <Button ref={undoRef} size="small" appearance="primary" onClick={undo} data-testid="undo-remove">
              {s.undo}
            </Button>
            <Button size="small" appearance="subtle" onClick={() => setRemoved(null)}>
              {s.dismiss}
            </Button>
          </MessageBarActions>
        </MessageBar>
      )}

      {drafts.length === 0 ? (
        <p className={c.p}>{s.noScenarios}</p>
      ) : (
        <Accordion collapsible openItems={openItems} onToggle={(_, d) => setOpenItems(d.openItems.map(String).slice(-1))}>
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
