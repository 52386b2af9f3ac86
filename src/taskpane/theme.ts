/**
 * Light or dark: in Office from the Office theme's body background, in a browser from
 * prefers-color-scheme. Pure helpers; index.tsx reads the Office global (types only here).
 */

import { webLightTheme } from '@fluentui/react-components';
import type { Theme } from '@fluentui/react-components';

/** True when a CSS hex colour (#rgb or #rrggbb) is dark (relative luminance below 0.5). */
export function isDarkColor(color: string | null | undefined): boolean {
  if (!color) return false;
  let hex = color.trim().replace(/^#/, '');
  if (/^[0-9a-f]{3}$/i.test(hex)) hex = hex.split('').map((c) => c + c).join('');
  if (!/^[0-9a-f]{6}$/i.test(hex)) return false;
  const [r, g, b] = [0, 2, 4].map((i) => parseInt(hex.slice(i, i + 2), 16) / 255);
  const lin = (c: number) => (c <= 0.03928 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4);
  const luminance = 0.2126 * lin(r) + 0.7152 * lin(g) + 0.0722 * lin(b);
  return luminance < 0.5 * 0.5; // perceptual mid-grey (#888 ≈ 0.25)
}

/** Browser preference, false where matchMedia is missing (tests, old hosts). */
export function prefersDark(): boolean {
  return typeof window !== 'undefined' && typeof window.matchMedia === 'function'
    ? window.matchMedia('(prefers-color-scheme: dark)').matches
    : false;
}

/** The Fluent theme for light or dark; the dark theme is a lazy chunk (most panes are light). */
export async function loadTheme(dark: boolean): Promise<Theme> {
  if (dark) return (await import(/* webpackChunkName: "theme-dark" */ './theme-dark')).webDarkTheme;
  return webLightTheme;
}
