/**
 * Worker thread of `formatie bestuur`: analyses the workbooks the main thread sends, one at
 * a time, and posts each result back (bestuur-job.ts). One worker per core.
 */

import { parentPort } from 'worker_threads';
import type { Scenario } from '../model/api';
import type { Lang } from '../model/labels';
import { analyseFileJob } from './bestuur-job';

interface Task {
  id: number;
  file: string;
  display: string;
  scenarios: Scenario[];
  lang: Lang;
}

parentPort?.on('message', (task: Task) => {
  analyseFileJob(task.file, task.scenarios, task.lang, task.display).then(
    (result) => parentPort!.postMessage({ id: task.id, result }),
    (e: unknown) => parentPort!.postMessage({ id: task.id, result: { file: task.display, ok: false, error: String(e) } }),
  );
});
