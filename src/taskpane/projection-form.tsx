/**
 * The projection's parameters as a form: one field per assumption, labelled Dutch first,
 * its default shown as placeholder and hint with the "aanname" badge. Empty = the default.
 * Errors come from the tab (text that is no number, or the model's validation).
 */

import * as React from 'react';
import { Field, Input } from '@fluentui/react-components';
import { makeStyles, tokens } from '@fluentui/react-components';
import type { Lang } from '../model/labels';
import { AssumptionBadge } from './assumption-badge';
import { defaultText, FIELDS, type FieldId, type FormValues } from './projection-run';
import type { ProjectionText } from './projection-text';

const useStyles = makeStyles({
  grid: {
    display: 'grid',
    gridTemplateColumns: 'repeat(auto-fill, minmax(140px, 1fr))',
    columnGap: tokens.spacingHorizontalM,
    rowGap: tokens.spacingVerticalS,
  },
  label: { display: 'inline-flex', flexWrap: 'wrap', alignItems: 'center', gap: tokens.spacingHorizontalXS },
  input: { minWidth: 0, width: '100%' },
});

export function ProjectionForm(props: {
  values: FormValues;
  errors: Partial<Record<FieldId, string>>;
  onChange(id: FieldId, text: string): void;
  lang: Lang;
  t: ProjectionText;
}): React.JSX.Element {
  const c = useStyles();
  const { lang, t } = props;
  return (
    <div className={c.grid} data-testid="projection-form">
      {FIELDS.map((f) => {
        const def = defaultText(f, lang);
        const err = props.errors[f.id];
        return (
          <Field
            key={f.id}
            size="small"
            label={{
              children: (
                <span className={c.label}>
                  {f.label[lang]} <AssumptionBadge />
                </span>
              ),
            }}
            hint={t.defaultIs(def)}
            validationState={err ? 'error' : 'none'}
            validationMessage={err}
          >
            <Input
              className={c.input}
              size="small"
              inputMode="decimal"
              placeholder={def.split(' ')[0]}
              value={props.values[f.id] ?? ''}
              onChange={(_, d) => props.onChange(f.id, d.value)}
              data-field={f.id}
            />
          </Field>
        );
      })}
    </div>
  );
}
