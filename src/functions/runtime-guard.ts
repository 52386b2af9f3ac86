/// <reference path="./custom-functions-runtime.d.ts" />
/**
 * Outside Excel there is no CustomFunctions global: the task pane's browser mode loads the
 * same page (taskpane.html is the shared runtime and loads functions.js), and the
 * associate calls that the metadata plugin appends would throw there. A no-op registry
 * keeps that page free of errors; inside Excel the real global is present and untouched,
 * and excelError (errors.ts) still falls back to its own error objects.
 */
const g = globalThis as { CustomFunctions?: unknown };
if (typeof CustomFunctions === 'undefined') g.CustomFunctions = { associate: (): void => undefined };

export {};
