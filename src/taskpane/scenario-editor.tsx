/**
 * One scenario's form (an accordion item of the Scenario's tab): name, organisation
 * (learning plaza or productivity gain), task catalogue and own tasks, ratio benchmark
 * and cost per FTE, norms. Inline messages come from the engine's resolveScenario errors
 * (by key) and from number parsing ("0,3" and "0.3").
 */

import * as React from 'react';
import { AccordionHeader, AccordionItem, AccordionPanel } from '@fluentui/react-components';
import { Button } from '@fluentui/react-components';
import { Field } from '@fluentui/react-components';
import { Input } from '@fluentui/react-components';
import { Radio, RadioGroup } from '@fluentui/react-components';
import { MessageBar, MessageBarBody } from '@fluentui/react-components';
import type { Analysis, ScenarioError } from '../model/api';
import { NORM_DEFS } from '../model/norms';
import { parameter, parameterLabel } from '../model/parameters';
import { TASK_CATALOGUE } from '../model/tasks';
import { AssumptionBadge } from './assumption-badge';
import type { Engine } from './engine';
import { formatFigure, formatInput, formatPlain } from './format';
import { useI18n } from './i18n';
import { OwnTaskAdder } from './own-task-adder';
import { PresetText } from './preset-text';
import {
  addOwnTask,
  fieldForErrorKey,
  getField,
  isOwnTask,
  modeOf,
  readField,
  removeTask,
  scenarioErrorText,
  setField,
  setMode,
  taskKeys,
  withoutKeyPrefix,
  type OrgMode,
  type ScenarioDraft,
} from './scenario-form';
import { useScenarioStyles } from './scenarios-styles';
import { useShared } from './ui';

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
        if (f && !byField[f]) byField[f] = withoutKeyPrefix(scenarioErrorText(e, lang), e.key);
        else if (!f) general.push({ key: e.key, message: scenarioErrorText(e, lang) });
      }
    }
    return { byField, general };
  }, [draft.input, engine, fallbackName, lang]);
}

export function ScenarioEditor(props: {
  draft: ScenarioDraft;
  index: number;
  engine: Engine | null;
  analysis: Analysis | null;
  onUpdate(fn: (d: ScenarioDraft) => ScenarioDraft): void;
  onRemove(): void;
}): React.JSX.Element {
  const { draft } = props;
  const styles = useScenarioStyles();
  const { s, lang } = useI18n();
  const c = useShared();
  const fallbackName = s.scenarioN(props.index + 1);
  const { byField, general } = useValidation(draft, props.engine, fallbackName);
  const input = draft.input;
  const mode = modeOf(input);
  const idp = `sc-${draft.id}`;

  const setNumber = (key: string, text: string) =>
    props.onUpdate((d) => {
      const r = readField(key, text);
      const raw = { ...d.raw, [key]: text };
      if (r.kind === 'empty') {
        delete raw[key];
        return { ...d, input: setField(d.input, key, undefined), raw };
      }
      // Refused text is kept on screen with its message; the draft then gets no comparison column.
      if (r.kind === 'refused') return { ...d, raw };
      return { ...d, input: setField(d.input, key, r.value), raw };
    });

  /** The form's own word on a field's text, from the parameter registry (unit, range). */
  const fieldProblem = (key: string, text: string | undefined): string | undefined => {
    if (text === undefined) return undefined;
    const r = readField(key, text);
    const p = parameter(key);
    const unit = p ? p.unit[lang] : '';
    if (r.kind === 'refused') return r.why === 'nan' ? s.notANumber : r.why === 'percent' ? s.percentRefused(unit) : s.currencyRefused(unit);
    if (r.kind === 'range') return s.outOfRange(formatPlain(r.range.min, lang), formatPlain(r.range.max, lang), r.range.minExclusive, unit);
    return undefined;
  };

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
    const message = fieldProblem(key, raw) ?? byField[key];
    return (
      <Field
        key={key}
        label={
          <span className={styles.label}>
            {label}
            {opts.assumption && <AssumptionBadge />}
          </span>
        }
        hint={opts.hint ?? unitOf(key)}
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

  /** The field's unit from the parameter registry ("leraren per leerplein"). */
  const unitOf = (key: string) => parameter(key)?.unit[lang];

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
                {general.map((e) => (e.key ? `${parameterLabel(e.key, lang)}: ${withoutKeyPrefix(e.message, e.key)}` : e.message)).join(' · ')}
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
                {num('plaza.share', s.plazaShare)}
                <div className={styles.pair}>
                  {num('plaza.size', s.plazaSize)}
                  {num('plaza.teachers', s.plazaTeachers)}
                </div>
                {num('plaza.assistants', s.plazaAssistants)}
              </>
            )}
            {mode === 'gain' && (
              <>
                {num('productivityGain.gain', s.gainGain)}
                {num('productivityGain.share', s.gainShare, { placeholder: formatInput(1, lang) })}
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
