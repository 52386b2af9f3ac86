/**
 * Ribbon commands. The ribbon has one button, which shows the task pane (a ShowTaskpane
 * action needs no code). This file is the place for ExecuteFunction commands: register
 * them with Office.actions.associate inside Office.onReady. In the shared runtime the
 * manifest's FunctionFile is taskpane.html, which loads this chunk too; dist/commands.html
 * loads it alone.
 *
 * Safe to load without Office (nothing runs until Office is there).
 */

export function registerCommands(): void {
  // No ExecuteFunction commands yet.
}

const office = (globalThis as { Office?: typeof Office }).Office;
if (office && typeof office.onReady === 'function') {
  void office.onReady(() => registerCommands());
}
