/**
 * Browser mode's language and theme switch (inside Office both follow Office). The choice
 * is remembered in localStorage; without one, the language follows navigator.language and
 * the theme follows prefers-color-scheme ("systeem").
 */

import * as React from 'react';
import { FluentProvider, Select, makeStyles, tokens, useId } from '@fluentui/react-components';
import type { Theme } from '@fluentui/react-components';
import type { Lang } from './i18n';
import { BROWSER_STRINGS } from './browser-strings';

export type ThemeChoice = 'light' | 'dark' | 'system';

export const LANG_KEY = 'formatieplanner-vo:lang';
export const THEME_KEY = 'formatieplanner-vo:theme';

type Store = Pick<Storage, 'getItem' | 'setItem'>;

function storage(): Store | null {
  try {
    return typeof window !== 'undefined' && window.localStorage ? window.localStorage : null;
  } catch {
    return null;
  }
}

/** The remembered language, else `fallback` (the browser's). */
export function storedLang(fallback: Lang, store: Store | null = storage()): Lang {
  try {
    const v = store?.getItem(LANG_KEY);
    return v === 'nl' || v === 'en' ? v : fallback;
  } catch {
    return fallback;
  }
}

/** The remembered theme choice, else 'system'. */
export function storedTheme(store: Store | null = storage()): ThemeChoice {
  try {
    const v = store?.getItem(THEME_KEY);
    return v === 'light' || v === 'dark' || v === 'system' ? v : 'system';
  } catch {
    return 'system';
  }
}

export function remember(key: string, value: string, store: Store | null = storage()): void {
  try {
    store?.setItem(key, value);
  } catch {
    /* privacy mode or quota: not remembered */
  }
}

const useStyles = makeStyles({
  bar: {
    display: 'flex',
    flexWrap: 'wrap',
    alignItems: 'center',
    justifyContent: 'flex-end',
    columnGap: tokens.spacingHorizontalM,
    rowGap: tokens.spacingVerticalXS,
    padding: `${tokens.spacingVerticalXS} ${tokens.spacingHorizontalM}`,
    borderBottom: `1px solid ${tokens.colorNeutralStroke2}`,
    backgroundColor: tokens.colorNeutralBackground2,
    color: tokens.colorNeutralForeground1,
    fontSize: tokens.fontSizeBase200,
  },
  field: { display: 'flex', alignItems: 'center', columnGap: tokens.spacingHorizontalXS },
});

export interface SettingsBarProps {
  lang: Lang;
  themeChoice: ThemeChoice;
  theme: Theme;
  onLang(lang: Lang): void;
  onTheme(choice: ThemeChoice): void;
}

/** The bar above the pane: Taal (Nederlands / English), Thema (licht / donker / systeem). */
export function SettingsBar(props: SettingsBarProps): React.JSX.Element {
  const styles = useStyles();
  const b = BROWSER_STRINGS[props.lang];
  const langId = useId('lang');
  const themeId = useId('theme');
  return (
    <FluentProvider theme={props.theme}>
      {/* A header landmark (banner): the switch is page chrome, outside the pane's content. */}
      <header className={styles.bar} aria-label={b.settings} data-testid="settings-bar">
        <span className={styles.field}>
          <label htmlFor={langId}>{b.language}</label>
          <Select
            id={langId}
            size="small"
            value={props.lang}
            onChange={(_, d) => props.onLang(d.value === 'en' ? 'en' : 'nl')}
            data-testid="lang-select"
          >
            <option value="nl" lang="nl">Nederlands</option>
            <option value="en" lang="en">English</option>
          </Select>
        </span>
        <span className={styles.field}>
          <label htmlFor={themeId}>{b.theme}</label>
          <Select
            id={themeId}
            size="small"
            value={props.themeChoice}
            onChange={(_, d) => props.onTheme(d.value === 'light' || d.value === 'dark' ? d.value : 'system')}
            data-testid="theme-select"
          >
            <option value="light">{b.themeLight}</option>
            <option value="dark">{b.themeDark}</option>
            <option value="system">{b.themeSystem}</option>
          </Select>
        </span>
      </header>
    </FluentProvider>
  );
}
