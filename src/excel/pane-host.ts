/**
 * The pane's life in Excel's shared runtime (Office.js, so it lives in src/excel).
 *
 * - Host: `Office.onReady()` resolves by itself outside Office with no host (office.js
 *   loaded in a plain browser tab), so no timer is needed: `officeHost` awaits it.
 * - Hidden start: the shared runtime also starts when a FORMATIE function calculates, with
 *   the pane hidden. The workbook is read when the pane becomes visible
 *   (`Office.addin.onVisibilityModeChanged`, SharedRuntime 1.1) and again each time it is
 *   shown; `document.visibilityState` tells the state at start (no Office getter exists).
 * - Theme: Excel has no theme-changed event for add-ins (Office.EventType.OfficeThemeChanged
 *   is Outlook's, Mailbox 1.14), so `Office.context.officeTheme` is read at start, each time
 *   the pane is shown and when the pane's window gets focus again.
 */

/** What the pane needs from the Office global (a fake in the tests). */
export interface OfficeLike {
  onReady(): Promise<{ host: unknown; platform?: unknown }>;
  HostType?: { Excel?: unknown };
  context?: { displayLanguage?: string; officeTheme?: { bodyBackgroundColor?: string } };
  addin?: {
    onVisibilityModeChanged?(handler: (message: { visibilityMode: string }) => void): Promise<unknown>;
  };
}

export interface OfficeHost {
  excel: boolean;
  displayLanguage?: string;
}

/** Awaits Office.onReady (outside Office it resolves with host null). No Office global: no host. */
export async function officeHost(office: OfficeLike | undefined): Promise<OfficeHost> {
  if (!office || typeof office.onReady !== 'function') return { excel: false };
  const info = await office.onReady().catch(() => null);
  const excel = Boolean(info && info.host !== null && info.host !== undefined && info.host === (office.HostType?.Excel ?? 'Excel'));
  return excel ? { excel, displayLanguage: office.context?.displayLanguage } : { excel: false };
}

/** Office's current body background colour (the theme), read now. */
export function officeBackground(office: OfficeLike | undefined): string | undefined {
  try {
    return office?.context?.officeTheme?.bodyBackgroundColor;
  } catch {
    return undefined;
  }
}

export interface PaneWatch {
  /** Called the first time the pane is visible and each time it is shown again. */
  onShown(showCount: number): void;
  /** Called when the theme may have changed (shown again, window focus), with the background. */
  onTheme(background: string | undefined): void;
}

/**
 * Watches the pane's visibility. `initiallyVisible`: whether the page is visible now (the
 * caller passes document.visibilityState === 'visible'). Returns a function that stops
 * the window listeners (the Office handler stays for the page's life).
 */
export function watchPane(
  office: OfficeLike,
  watch: PaneWatch,
  initiallyVisible: boolean,
  targets: { window?: EventTarget; document?: { visibilityState: string } & EventTarget } = {},
): () => void {
  let shown = 0;
  let visible = false;
  const show = (): void => {
    if (visible) return;
    visible = true;
    shown += 1;
    watch.onTheme(officeBackground(office));
    watch.onShown(shown);
  };
  if (initiallyVisible) show();
  try {
    void office.addin
      ?.onVisibilityModeChanged?.((message) => {
        if (message.visibilityMode === 'Taskpane') show();
        else visible = false;
      })
      ?.catch(() => undefined);
  } catch {
    /* no shared runtime (SharedRuntime 1.1 missing): the pane was opened visibly */
  }
  const onFocus = (): void => watch.onTheme(officeBackground(office));
  const doc = targets.document;
  const onVisibility = (): void => {
    // A webview that reports its visibility: a first show counts like the Office event.
    if (doc?.visibilityState === 'visible') show();
  };
  targets.window?.addEventListener('focus', onFocus);
  doc?.addEventListener('visibilitychange', onVisibility);
  return () => {
    targets.window?.removeEventListener('focus', onFocus);
    doc?.removeEventListener('visibilitychange', onVisibility);
  };
}
