/**
 * The read worker of browser mode: reads an .xlsx (read-core.ts) off the page's thread, so
 * the page stays responsive on a large file and Cancel can stop the read (the page
 * terminates this worker). Started by worker-client.ts with
 * `new Worker(new URL('./read-worker.ts', import.meta.url))`, which webpack 5 emits as its
 * own chunk.
 *
 * Protocol: in { source, name }; out { type: 'progress', fraction } …, then
 * { type: 'done', sheets } or { type: 'error', failure: { nl, en, code } }.
 */

import { readSheets, ReadFailure, type ReadSource } from './read-core';

export interface ReadRequest {
  source: ReadSource;
  name: string;
}

export type ReadReply =
  | { type: 'progress'; fraction: number }
  | { type: 'done'; sheets: import('../sheet/types').SheetValues[] }
  | { type: 'error'; failure: { nl: string; en: string; code?: ReadFailure['code'] } };

/** The worker's global scope, typed here (tsconfig has the DOM lib, not WebWorker). */
interface WorkerScope {
  onmessage: ((ev: MessageEvent<ReadRequest>) => void) | null;
  postMessage(message: ReadReply): void;
}

const scope = self as unknown as WorkerScope;

scope.onmessage = (ev) => {
  const { source, name } = ev.data;
  readSheets(source, name, (fraction) => scope.postMessage({ type: 'progress', fraction })).then(
    (sheets) => scope.postMessage({ type: 'done', sheets }),
    (e: unknown) => {
      const failure = e instanceof ReadFailure
        ? { nl: e.nl, en: e.en, code: e.code }
        : { nl: `${name} kan niet worden gelezen.`, en: `${name} cannot be read.`, code: 'failed' as const };
      scope.postMessage({ type: 'error', failure });
    },
  );
};
