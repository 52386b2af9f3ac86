/**
 * Column-mapping editor of one table: per field a dropdown of the table's column headers,
 * producing a ColumnOverride (field → 0-based column, null to unmap; optionally the kind).
 * The pane re-runs the pure reader on the cached sheets with it. Lazy chunk.
 */

import * as React from 'react';
import { Button } from '@fluentui/react-components';
import { Select } from '@fluentui/react-components';
import { makeStyles, tokens } from '@fluentui/react-components';
import type { Field, FormationTable, TableKind } from '../model/types';
import type { ColumnOverride } from '../sheet/types';
import { columnLetter } from './format';
import { useI18n } from './i18n';
import { useShared } from './ui';

const FIELDS_BY_KIND: Record<TableKind, Field[]> = {
  demand: ['location', 'department', 'level', 'year', 'class', 'subject', 'students', 'groups', 'maxGroupSize', 'lessonsPerWeek', 'lessonMinutes'],
  staff: ['location', 'department', 'subject', 'employee', 'role', 'scale', 'fte', 'cost', 'period'],
  summary: ['location', 'students', 'teacherFte', 'assistantFte', 'supportFte', 'cost'],
};

const useStyles = makeStyles({
  details: {
    border: `1px solid ${tokens.colorNeutralStroke2}`,
    borderRadius: tokens.borderRadiusMedium,
    marginBottom: tokens.spacingVerticalS,
    '& > summary': {
      cursor: 'pointer',
      padding: `${tokens.spacingVerticalS} ${tokens.spacingHorizontalS}`,
      fontSize: tokens.fontSizeBase300,
      fontWeight: tokens.fontWeightSemibold,
      borderRadius: tokens.borderRadiusMedium,
    },
    '& > summary:focus-visible': { outline: `2px solid ${tokens.colorStrokeFocus2}`, outlineOffset: '1px' },
  },
  mappingBody: { padding: `0 ${tokens.spacingHorizontalS} ${tokens.spacingVerticalS}` },
  mappingGrid: {
    display: 'grid',
    gridTemplateColumns: 'minmax(7em, 40%) 1fr',
    columnGap: tokens.spacingHorizontalS,
    rowGap: tokens.spacingVerticalXS,
    alignItems: 'center',
    fontSize: tokens.fontSizeBase200,
  },
});

export default function MappingEditor(props: {
  table: FormationTable;
  override: ColumnOverride | undefined;
  onChange(change: (o: ColumnOverride) => ColumnOverride | null): void;
}): React.JSX.Element {
  const { table, override } = props;
  const styles = useStyles();
  const { s } = useI18n();
  const c = useShared();
  const kind = override?.kind ?? table.kind;
  const cols = Object.keys(table.headers)
    .map(Number)
    .sort((a, b) => a - b);
  const idBase = `map-${table.sheet.replace(/[^A-Za-z0-9]+/g, '_')}-${table.headerRow}`;
  const fields = FIELDS_BY_KIND[kind];
  return (
    <details className={styles.details} data-testid={`mapping-${table.sheet}`}>
      <summary>
        {s.mappingSummary(table.sheet, table.range)}
        {override && <span className={c.small}> · {s.mappingChanged}</span>}
      </summary>
      <div className={styles.mappingBody}>
        <div className={styles.mappingGrid}>
          <label htmlFor={`${idBase}-kind`}>{s.mappingKind}</label>
          <Select
            id={`${idBase}-kind`}
            size="small"
            value={override?.kind ?? ''}
            onChange={(_, d) =>
              props.onChange((o) => {
                const next = { ...o };
                if (d.value) next.kind = d.value as TableKind;
                else delete next.kind;
                return next;
              })
            }
          >
            <option value="">
              {s.mappingKindAuto} ({s.kinds[table.kind]})
            </option>
            <option value="demand">{s.kinds.demand}</option>
            <option value="staff">{s.kinds.staff}</option>
            <option value="summary">{s.kinds.summary}</option>
          </Select>
          {fields.map((f) => {
            const current = table.columns[f];
            const id = `${idBase}-${f}`;
            return (
              <React.Fragment key={f}>
                <label htmlFor={id}>{s.fields[f]}</label>
                <Select
                  id={id}
                  size="small"
                  value={current === undefined ? '' : String(current)}
                  onChange={(_, d) =>
                    props.onChange((o) => {
                      o.columns[f] = d.value === '' ? null : Number(d.value);
                      return o;
                    })
                  }
                  data-field={f}
                >
                  <option value="">{s.mappingNone}</option>
                  {cols.map((col) => (
                    <option key={col} value={String(col)}>
                      {columnLetter(col)}: {table.headers[col] || '—'}
                    </option>
                  ))}
                </Select>
              </React.Fragment>
            );
          })}
        </div>
        {override && (
          <Button size="small" appearance="subtle" onClick={() => props.onChange(() => null)} style={{ marginTop: 8 }}>
            {s.mappingReset}
          </Button>
        )}
      </div>
    </details>
  );
}
