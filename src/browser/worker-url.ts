/**
 * Starts the read worker (read-worker.ts). Only the page entry imports this file: the
 * `new Worker(new URL('./read-worker.ts', import.meta.url))` pattern is what webpack 5 turns
 * into a worker chunk (the pane is built with ES modules, webpack.config.js), while the
 * type check and jest compile to CommonJS, where `import.meta` does not exist. Returns
 * null where Worker is missing or refused (then the adapter reads on the page's thread).
 */

export function startReadWorker(): Worker | null {
  if (typeof Worker === 'undefined') return null;
  try {
    // @ts-expect-error TS1343: import.meta under the CommonJS type check; webpack builds ES modules.
    return new Worker(new URL('./read-worker.ts', import.meta.url));
  } catch {
    return null;
  }
}
