/**
 * One read in the read worker (read-worker.ts): progress, result, failure, cancel. Cancel
 * terminates the worker (the reader is synchronous inside it, so that is the only way to
 * stop it), and the read rejects with a 'cancelled' ReadFailure.
 */

import type { SheetValues } from '../sheet/types';
import { cancelled, ReadFailure, type ReadSource } from './read-core';
import type { ReadReply, ReadRequest } from './read-worker';

export interface RunningRead {
  result: Promise<SheetValues[]>;
  cancel(): void;
}

export function readInWorker(
  worker: Worker, source: ReadSource, name: string, onProgress?: (fraction: number) => void,
): RunningRead {
  let settle: { resolve(s: SheetValues[]): void; reject(e: unknown): void } | null = null;
  const result = new Promise<SheetValues[]>((resolve, reject) => {
    settle = { resolve, reject };
  });
  const finish = (f: (s: NonNullable<typeof settle>) => void) => {
    const s = settle;
    settle = null;
    worker.terminate();
    if (s) f(s);
  };
  worker.onmessage = (ev: MessageEvent<ReadReply>) => {
    const m = ev.data;
    if (m.type === 'progress') onProgress?.(m.fraction);
    else if (m.type === 'done') finish((s) => s.resolve(m.sheets));
    else finish((s) => s.reject(new ReadFailure(m.failure)));
  };
  worker.onerror = (ev: ErrorEvent) => {
    ev.preventDefault?.();
    finish((s) => s.reject(new ReadFailure({
      code: 'failed',
      nl: `${name} kan niet worden gelezen (de leesthread stopte).`,
      en: `${name} cannot be read (the reading thread stopped).`,
    })));
  };
  const request: ReadRequest = { source, name };
  worker.postMessage(request);
  return {
    result,
    cancel: () => finish((s) => s.reject(new ReadFailure(cancelled()))),
  };
}
