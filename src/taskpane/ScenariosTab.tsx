/**
 * "Scenario's": up to six scenarios, from a preset (its seed description and our reading,
 * marked "aanname") or empty, each with a form: name, norms, task catalogue, learning plaza
 * or productivity gain, ratio benchmark and cost per FTE. Inline messages come from the
 * engine's resolveScenario errors (by key) and from number parsing ("0,3" and "0.3").
 * Lazy chunk.
 */

import * as React from 'react';
import { Accordion, AccordionHeader, AccordionItem, AccordionPanel } from '@fluentui/react-components';
import { Button } from '@fluentui/react-components';
import { Field } from '@fluentui/react-components';
import { Input } from '@fluentui/react-components';
import { Radio, RadioGroup } from '@fluentui/react-components';
import { Select } from '@fluentui/react-components';
import { MessageBar, MessageBarBody } from '@fluentui/react-components';
import { makeStyles, tokens } from '@fluentui/react-components';
import type { Analysis, ScenarioError, ScenarioInput } from '../model/api';
import { NORM_DEFS } from '../model/norms';
import { PRESETS, PRESET_KEYS, type PresetKey } from '../model/presets';
import { TASK_CATALOGUE } from '../model/tasks';
import type { Engine } from './engine';
import { formatFigure, formatInput, formatPlain, parseNumber } from './format';
import { useI18n } from './i18n';
import {
  addOwnTask,
  draftFrom,
  fieldForErrorKey,
  getField,
  isOwnTask,
  MAX_SCENARIOS,
  modeOf,
  OWN_KEY_MAX,
  ownKeyProblem,
  removeTask,
  scenarioFromPreset,
  setField,
  setMode,
  taskKeys,
  type OrgMode,
  type ScenarioDraft,
} from './scenario-form';
import { AssumptionBadge } from './AssumptionBadge';
import { useShared } from './ui';

const useStyles = makeStyles({
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
  const styles = useStyles();
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
            <ScenarioForm
              key={d.id}
              draft={d}
              index={i}
              engine={props.engine}
              analysis={props.analysis}
              onUpdate={(fn) => update(d.id, fn)}
              onRemove={() => remove(d.id)}
              styles={styles}
            />
          ))}
        </Accordion>
      )}
    </section>
  );
}

function PresetText(props: { presetKey: string }): React.JSX.Element | null {
  const { s, lang } = useI18n();
  const styles = useStyles();
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

/** An engine message in the pane's language (the engine gives Dutch and English). */
function errorMessage(e: ScenarioError, lang: 'nl' | 'en'): string {
  return lang === 'en' && e.messageEn ? e.messageEn : e.message;
}

/** Errors of the engine by form field, plus the ones that name no field. */
function useValidation(draft: ScenarioDraft, engine: Engine | null, fallbackName: string) {
  const { lang } = useI18n();
  return React.useMemo(() => {
    const byField: Record<string, string> = {};
    const general: ScenarioError[] = [];
    if (engine) {
      let errors: ScenarioError[] = [];
      try {
        const r = engine.resolveScenario(draft.input, fallbackName);
        if (!r.ok) errors = r.errors;
      } catch (err) {
        errors = [{ key: '', message: String((err as Error)?.message ?? err) }];
      }
      for (const e of errors) {
        const f = fieldForErrorKey(e.key, draft.input);
        if (f && !byField[f]) byField[f] = errorMessage(e, lang);
        else if (!f) general.push({ key: e.key, message: errorMessage(e, lang) });
      }
    }
    return { byField, general };
  }, [draft.input, engine, fallbackName, lang]);
}

function ScenarioForm(props: {
  draft: ScenarioDraft;
  index: number;
  engine: Engine | null;
  analysis: Analysis | null;
  onUpdate(fn: (d: ScenarioDraft) => ScenarioDraft): void;
  onRemove(): void;
  styles: ReturnType<typeof useStyles>;
}): React.JSX.Element {
  const { draft, styles } = props;
  const { s, lang } = useI18n();
  const c = useShared();
  const fallbackName = s.scenarioN(props.index + 1);
  const { byField, general } = useValidation(draft, props.engine, fallbackName);
  const input = draft.input;
  const mode = modeOf(input);
  const idp = `sc-${draft.id}`;

  const setNumber = (key: string, text: string) =>
    props.onUpdate((d) => {
      const n = parseNumber(text);
      const raw = { ...d.raw, [key]: text };
      if (n === null) {
        delete raw[key];
        return { ...d, input: setField(d.input, key, undefined), raw };
      }
      if (Number.isNaN(n)) return { ...d, raw };
      return { ...d, input: setField(d.input, key, n), raw };
    });

  const onMode = (m: OrgMode) =>
    props.onUpdate((d) => {
      const raw = Object.fromEntries(
        Object.entries(d.raw).filter(([k]) => !k.startsWith('plaza.') && !k.startsWith('productivityGain.')),
      );
      return { ...d, input: setMode(d.input, m), raw };
    });

  const num = (key: string, label: React.ReactNode, opts: { hint?: string; placeholder?: string; assumption?: boolean } = {}) => {
    const raw = draft.raw[key];
    const value = raw ?? formatInput(getField(input, key), lang);
    const parseError = raw !== undefined && Number.isNaN(parseNumber(raw)) ? s.notANumber : undefined;
    const message = parseError ?? byField[key];
    return (
      <Field
        key={key}
        label={
          <span className={styles.label}>
            {label}
            {opts.assumption && <AssumptionBadge />}
          </span>
        }
        hint={opts.hint}
        validationMessage={message}
        validationState={message ? 'error' : 'none'}
        size="small"
      >
        <Input
          className={styles.input}
          id={`${idp}-${safeId(key)}`}
          value={value}
          inputMode="decimal"
          placeholder={opts.placeholder}
          onChange={(_, d) => setNumber(key, d.value)}
          data-key={key}
        />
      </Field>
    );
  };

  const ownKeyRef = React.useRef<HTMLInputElement>(null);
  const [removedNote, setRemovedNote] = React.useState('');
  const removeOwn = (key: string) => {
    props.onUpdate((d) => ({
      ...d,
      input: removeTask(d.input, key),
      raw: Object.fromEntries(Object.entries(d.raw).filter(([k]) => !k.startsWith(`task.${key}.`))),
    }));
    setRemovedNote(s.ownTaskRemoved(key));
    // The button disappears with the task: keep the keyboard in the tasks section.
    ownKeyRef.current?.focus();
  };

  const name = input.name ?? '';
  const presetKey = input.preset;
  const costHint = (v: number | null | undefined) =>
    v !== null && v !== undefined ? s.costHintFromSheet(formatFigure('cost', v, lang)) : s.costHintNone;

  return (
    <AccordionItem value={draft.id}>
      <AccordionHeader as="h3" size="medium">
        <span className={styles.headerText}>
          <span>{name.trim() || fallbackName}</span>
        </span>
      </AccordionHeader>
      <AccordionPanel>
        <div className={styles.panel} data-testid={`scenario-form-${props.index}`}>
          {(general.length > 0 || byField.name) && (
            <MessageBar intent="error">
              <MessageBarBody>
                {s.scenarioErrors}{' '}
                {general.map((e) => (e.key ? `${e.key}: ${e.message}` : e.message)).join(' · ')}
              </MessageBarBody>
            </MessageBar>
          )}
          <Field label={s.scenarioName} validationMessage={byField.name} validationState={byField.name ? 'error' : 'none'} size="small">
            <Input
              id={`${idp}-name`}
              value={name}
              placeholder={fallbackName}
              onChange={(_, d) => props.onUpdate((dr) => ({ ...dr, input: { ...dr.input, name: d.value } }))}
            />
          </Field>
          {presetKey && <PresetText presetKey={presetKey} />}

          <fieldset className={styles.fieldset}>
            <legend>{s.organisationHeading}</legend>
            <RadioGroup
              value={mode}
              onChange={(_, d) => onMode(d.value as OrgMode)}
              aria-label={s.organisationHeading}
            >
              <Radio value="none" label={s.modeNone} />
              <Radio value="plaza" label={s.modePlaza} />
              <Radio value="gain" label={s.modeGain} />
            </RadioGroup>
            {mode === 'plaza' && (
              <>
                {num('plaza.share', s.plazaShare, { hint: s.shareUnit })}
                <div className={styles.pair}>
                  {num('plaza.size', s.plazaSize)}
                  {num('plaza.teachers', s.plazaTeachers)}
                </div>
                {num('plaza.assistants', s.plazaAssistants)}
              </>
            )}
            {mode === 'gain' && (
              <>
                {num('productivityGain.gain', s.gainGain, { hint: s.gainUnit })}
                {num('productivityGain.share', s.gainShare, { hint: s.shareUnit, placeholder: formatInput(1, lang) })}
              </>
            )}
          </fieldset>

          <fieldset className={styles.fieldset}>
            <legend>{s.tasksHeading}</legend>
            <span className={c.small}>{s.tasksIntro}</span>
            {taskKeys(input).map((k) => {
              const def = TASK_CATALOGUE.find((t) => t.key === k);
              const own = !def && isOwnTask(k);
              const taskName = def ? def[lang] : k;
              const hoursSet = getField(input, `task.${k}.hoursPerFte`) !== undefined || draft.raw[`task.${k}.hoursPerFte`];
              return (
                <div key={k} role="group" aria-label={own ? `${taskName} (${s.ownTaskLabel})` : taskName} data-task={k}>
                  {own ? (
                    <div className={styles.taskHead}>
                      <span className={styles.taskHeadName} aria-hidden="true">
                        {taskName} <span className={c.small}>({s.ownTaskLabel})</span>
                      </span>
                      <Button
                        appearance="subtle"
                        size="small"
                        onClick={() => removeOwn(k)}
                        aria-label={s.removeOwnTask(k)}
                        data-testid={`remove-task-${k}`}
                        className={styles.taskHeadButton}
                      >
                        {s.remove}
                      </Button>
                    </div>
                  ) : (
                    <div className={styles.taskName} aria-hidden="true">
                      {taskName}
                    </div>
                  )}
                  <div className={styles.pair}>
                    {num(`task.${k}.hoursPerFte`, <span>{s.hoursPerFte}<span className={c.visuallyHidden}> – {taskName}</span></span>, {
                      placeholder: def ? formatInput(def.hoursPerFte, lang) : undefined,
                      assumption: !!def?.assumption && !hoursSet,
                    })}
                    {num(`task.${k}.share`, <span>{s.share}<span className={c.visuallyHidden}> – {taskName}</span></span>, { placeholder: formatInput(own ? 1 : 0, lang) })}
                  </div>
                </div>
              );
            })}
            <OwnTaskAdder
              input={input}
              engine={props.engine}
              fallbackName={fallbackName}
              idp={idp}
              keyRef={ownKeyRef}
              onAdd={(task) => props.onUpdate((d) => ({ ...d, input: addOwnTask(d.input, task) }))}
              styles={styles}
            />
            <div role="status" aria-live="polite" className={c.visuallyHidden}>
              {removedNote}
            </div>
          </fieldset>

          <fieldset className={styles.fieldset}>
            <legend>{s.ratioHeading}</legend>
            {num('studentsPerAssistant', s.studentsPerAssistant, { hint: s.studentsPerAssistantHint })}
            {num('costPerFte.teacher', s.costTeacher, {
              hint: `${s.euroPerYear}. ${costHint(props.analysis?.costPerFte.teacher)}`,
            })}
            {num('costPerFte.assistant', s.costAssistant, {
              hint: `${s.euroPerYear}. ${costHint(props.analysis?.costPerFte.assistant)}`,
            })}
          </fieldset>

          <details className={styles.details} open={Object.keys(byField).some((k) => k.startsWith('norms.'))}>
            <summary>{s.normsHeading}</summary>
            <div className={styles.panel}>
              {NORM_DEFS.map((n) => {
                const key = `norms.${n.key}`;
                const overridden = getField(input, key) !== undefined;
                return num(key, n[lang], {
                  hint: `${lang === 'nl' ? n.unitNl : n.unitEn}`,
                  placeholder: s.defaultPlaceholder(formatPlain(n.default, lang)),
                  assumption: n.assumption && !overridden,
                });
              })}
            </div>
          </details>

          <div>
            <Button appearance="secondary" onClick={props.onRemove} aria-label={s.removeScenario(name.trim() || fallbackName)}>
              {s.remove}
            </Button>
          </div>
        </div>
      </AccordionPanel>
    </AccordionItem>
  );
}

/** An element id from a field key (own task keys may hold spaces or other characters). */
function safeId(key: string): string {
  return key.replace(/[^A-Za-z0-9_-]/g, (ch) => (ch === '.' ? '-' : `_${ch.charCodeAt(0).toString(16)}`));
}

type OwnField = 'key' | 'hoursPerFte' | 'share';

/**
 * "Eigen taak toevoegen": a key (or name), hours per teacher FTE per year and a share. The
 * pane refuses keys that would break the workbook rows or repeat a catalogue task; the
 * engine's resolveScenario then checks the scenario with the task added (a duplicate key, a
 * missing hours figure, a share outside 0..1), and its messages go under the field they name.
 * Messages show after the first attempt to add, then follow the typing.
 */
function OwnTaskAdder(props: {
  input: ScenarioInput;
  engine: Engine | null;
  fallbackName: string;
  idp: string;
  keyRef: React.RefObject<HTMLInputElement>;
  onAdd(task: { key: string; hoursPerFte?: number; share?: number }): void;
  styles: ReturnType<typeof useStyles>;
}): React.JSX.Element {
  const { input, engine, styles, idp } = props;
  const { s, lang } = useI18n();
  const c = useShared();
  const [text, setText] = React.useState<Record<OwnField, string>>({ key: '', hoursPerFte: '', share: '' });
  const [attempted, setAttempted] = React.useState(false);
  const [added, setAdded] = React.useState('');

  const check = React.useCallback(
    (t: Record<OwnField, string>) => {
      const errors: Partial<Record<OwnField, string>> = {};
      const key = t.key.trim();
      const hours = parseNumber(t.hoursPerFte);
      const share = parseNumber(t.share);
      if (hours !== null && Number.isNaN(hours)) errors.hoursPerFte = s.notANumber;
      if (share !== null && Number.isNaN(share)) errors.share = s.notANumber;
      const problem = ownKeyProblem(t.key, input);
      if (problem) {
        if (problem.kind === 'empty') errors.key = s.ownKeyEmpty;
        else if (problem.kind === 'chars') errors.key = s.ownKeyChars;
        else if (problem.kind === 'long') errors.key = s.ownKeyLong(OWN_KEY_MAX);
        else if (problem.kind === 'catalogue') {
          const def = TASK_CATALOGUE.find((x) => x.key === problem.key);
          errors.key = s.ownKeyCatalogue(def ? def[lang] : problem.key);
        } else errors.key = s.ownKeyDuplicate(problem.key);
      }
      const task = {
        key,
        hoursPerFte: hours === null || Number.isNaN(hours) ? undefined : hours,
        // Empty share: the whole task (the engine's default), stored explicitly so the form shows it.
        share: share === null ? 1 : Number.isNaN(share) ? undefined : share,
      };
      if (!errors.key && engine) {
        // The engine's word on the scenario with this task added; only messages about this task count.
        const candidate = addOwnTask(input, task);
        const index = candidate.tasks!.length - 1;
        let list: ScenarioError[] = [];
        try {
          const r = engine.resolveScenario(candidate, props.fallbackName);
          if (!r.ok) list = r.errors;
        } catch {
          list = [];
        }
        for (const e of list) {
          const k = e.key.trim();
          let f: OwnField | null = null;
          if (k === `tasks.${key}` || k === `task.${key}` || k === `tasks[${index}]` || k === `tasks[${index}].key`) f = 'key';
          else if (k === `tasks.${key}.hoursPerFte` || k === `tasks[${index}].hoursPerFte`) f = 'hoursPerFte';
          else if (k === `tasks.${key}.share` || k === `tasks[${index}].share`) f = 'share';
          if (f && !errors[f]) errors[f] = errorMessage(e, lang);
        }
      } else if (!errors.key && (input.tasks ?? []).some((x) => x.key === key)) {
        errors.key = s.ownKeyDuplicate(key);
      }
      return { errors, task };
    },
    [engine, input, lang, props.fallbackName, s],
  );

  const { errors } = React.useMemo(() => check(text), [check, text]);
  const shown = attempted ? errors : {};

  const submit = () => {
    const r = check(text);
    if (Object.keys(r.errors).length) {
      setAttempted(true);
      setAdded('');
      // Focus the first field with a message, so the keyboard lands where the fix is.
      const first = (['key', 'hoursPerFte', 'share'] as OwnField[]).find((f) => r.errors[f]);
      if (first) document.getElementById(`${idp}-own-${first}`)?.focus();
      return;
    }
    props.onAdd(r.task);
    setAdded(s.ownTaskAdded(r.task.key));
    setText({ key: '', hoursPerFte: '', share: '' });
    setAttempted(false);
    props.keyRef.current?.focus();
  };

  const onKeyDown = (e: React.KeyboardEvent) => {
    if (e.key === 'Enter') {
      e.preventDefault();
      submit();
    }
  };

  const field = (f: OwnField, label: string | React.JSX.Element, opts: { hint?: string; placeholder?: string; decimal?: boolean } = {}) => (
    <Field
      label={label}
      hint={opts.hint}
      validationMessage={shown[f]}
      validationState={shown[f] ? 'error' : 'none'}
      size="small"
    >
      <Input
        className={styles.input}
        id={`${idp}-own-${f}`}
        ref={f === 'key' ? props.keyRef : undefined}
        value={text[f]}
        inputMode={opts.decimal ? 'decimal' : undefined}
        placeholder={opts.placeholder}
        onChange={(_, d) => setText((prev) => ({ ...prev, [f]: d.value }))}
        onKeyDown={onKeyDown}
        data-key={`own.${f}`}
      />
    </Field>
  );

  return (
    <div className={styles.ownBox} role="group" aria-labelledby={`${idp}-own-heading`} data-testid="own-task">
      <div id={`${idp}-own-heading`} className={styles.taskName}>
        {s.ownTaskHeading}
      </div>
      <span className={c.small}>{s.ownTaskIntro}</span>
      {field('key', s.ownTaskKey, { hint: s.ownTaskKeyHint })}
      <div className={styles.pair}>
        {field('hoursPerFte', <span>{s.hoursPerFte}<span className={c.visuallyHidden}> – {s.ownTaskHeading}</span></span>, {
          hint: s.hoursUnit,
          decimal: true,
        })}
        {field('share', <span>{s.share}<span className={c.visuallyHidden}> – {s.ownTaskHeading}</span></span>, {
          hint: s.ownTaskShareHint,
          placeholder: formatInput(1, lang),
          decimal: true,
        })}
      </div>
      <div>
        <Button appearance="secondary" onClick={submit} data-testid="own-task-add">
          {s.ownTaskAdd}
        </Button>
      </div>
      <div role="status" aria-live="polite" className={c.small}>
        {added}
      </div>
    </div>
  );
}
