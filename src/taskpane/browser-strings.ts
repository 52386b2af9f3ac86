/**
 * Strings of browser mode's own controls (open/progress area, language and theme switch),
 * Dutch first. Kept apart from i18n.ts so the tabs' string table stays the tabs' own.
 */

import type { Lang } from './i18n';

export const BROWSER_STRINGS = {
  nl: {
    cancelRead: 'Lezen afbreken',
    readCancelled: 'Lezen afgebroken. Er is niets gewijzigd.',
    noTablesShape:
      'Geen formatietabel gevonden. Nodig is een blad met een kopregel met herkenbare kolomnamen (zoals leerlingen en lesuren, of naam, functie en fte), met daaronder één rij per groep of medewerker.',
    settings: 'Weergave',
    language: 'Taal',
    theme: 'Thema',
    themeLight: 'licht',
    themeDark: 'donker',
    themeSystem: 'systeem',
  },
  en: {
    cancelRead: 'Cancel reading',
    readCancelled: 'Reading cancelled. Nothing was changed.',
    noTablesShape:
      'No formation table found. Needed: a sheet with a header row of recognisable column names (such as students and lessons per week, or name, role and FTE), with one row per group or staff member below it.',
    settings: 'Display',
    language: 'Language',
    theme: 'Theme',
    themeLight: 'light',
    themeDark: 'dark',
    themeSystem: 'system',
  },
} as const satisfies Record<Lang, Record<string, string>>;

/** An error with a line per language (the browser adapter's ReadFailure): the line in `lang`, else null. */
export function localizedLine(err: unknown, lang: Lang): string | null {
  if (typeof err !== 'object' || err === null) return null;
  const e = err as { nl?: unknown; en?: unknown };
  const line = lang === 'en' ? e.en : e.nl;
  return typeof line === 'string' && line !== '' ? line : null;
}

/** True for a read the user cancelled (WorkbookActions.cancelLoad). */
export function isCancelled(err: unknown): boolean {
  return typeof err === 'object' && err !== null && (err as { code?: unknown }).code === 'cancelled';
}
