/**
 * Entry of dist/functions.js: loading it registers every FORMATIE function. The
 * custom-functions-metadata plugin appends the CustomFunctions.associate calls to
 * cells.ts and tables.ts at build time (do not add them by hand). Loading needs nothing
 * but the CustomFunctions global: no DOM, no Office, no window (and without it, as in the
 * pane's browser mode, runtime-guard.ts makes registering a no-op).
 */
import './runtime-guard';
import './cells';
import './tables';
import './projection';
