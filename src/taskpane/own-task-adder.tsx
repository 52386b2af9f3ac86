/** "Eigen taak toevoegen" under a scenario's task list (see OwnTaskAdder). */

import * as React from 'react';
import { Button } from '@fluentui/react-components';
import { Field } from '@fluentui/react-components';
import { Input } from '@fluentui/react-components';
import type { ScenarioError, ScenarioInput } from '../model/api';
import { TASK_CATALOGUE } from '../model/tasks';
import type { Engine } from './engine';
import { formatInput, parseNumber } from './format';
import { useI18n } from './i18n';
import { addOwnTask, OWN_KEY_MAX, ownKeyProblem, scenarioErrorText } from './scenario-form';
import { useScenarioStyles } from './scenarios-styles';
import { useShared } from './ui';

type OwnField = 'key' | 'hoursPerFte' | 'share';

/**
 * "Eigen taak toevoegen": a key (or name), hours per teacher FTE per year and a share. The
 * pane refuses keys that would break the workbook rows or repeat a catalogue task; the
 * engine's resolveScenario then checks the scenario with the task added (a duplicate key, a
 * missing hours figure, a share outside 0..1), and its messages go under the field they name.
 * Messages show after the first attempt to add, then follow the typing.
 */
export function OwnTaskAdder(props: {
  input: ScenarioInput;
  engine: Engine | null;
  fallbackName: string;
  idp: string;
  keyRef: React.RefObject<HTMLInputElement>;
  onAdd(task: { key: string; hoursPerFte?: number; share?: number }): void;
}): React.JSX.Element {
  const { input, engine, idp } = props;
  const styles = useScenarioStyles();
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
          if (f && !errors[f]) errors[f] = scenarioErrorText(e, lang);
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
