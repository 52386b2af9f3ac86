/**
 * Benchmarks of the projection and the board overview (projection.md), run by bench/run.js
 * (`npm run bench`) or alone (`node bench/projection.bench.js`, after `npm run build:cli`).
 * Adds to the bench JSON:
 *
 * - projectionVsAnalyse: `formatie prognose voorbeeld-formatie.xlsx --years 10 --json`
 *   against `formatie analyse voorbeeld-formatie.xlsx --json`, both in-process through the
 *   compiled CLI (lib/cli/main.js, output discarded); median of 5 runs each, interleaved.
 *   Goal < 3.
 * - boardVsAnalyse: `formatie bestuur` over a folder of 16 copies of the example workbook
 *   (worker threads, one per core) against one `analyse` of one copy; median of 3 each.
 *   Goal < 16 / cores × 1.5 (boardGoal, with the cores of this machine).
 */
'use strict';

const fs = require('fs');
const os = require('os');
const path = require('path');

const EXAMPLE = path.join(__dirname, '..', 'examples', 'voorbeeld-formatie.xlsx');

async function bench(ctx) {
  const { lib, common, log } = ctx;
  const { run } = lib('cli/main.js');
  const sink = { stdout: { write() {} }, stderr: { write() {} } };
  const cli = async (...argv) => {
    const code = await run(argv, sink);
    if (code !== 0) throw new Error(`formatie ${argv[0]} exited ${code}`);
  };
  // Warm up both paths (module loading, JIT).
  await cli('analyse', EXAMPLE, '--json');
  await cli('prognose', EXAMPLE, '--years', '10', '--json');

  const a = [];
  const p = [];
  for (let i = 0; i < 5; i++) {
    a.push(await common.timeAsync(() => cli('analyse', EXAMPLE, '--json')));
    p.push(await common.timeAsync(() => cli('prognose', EXAMPLE, '--years', '10', '--json')));
  }
  const analyseMs = common.median(a);
  const projectionMs = common.median(p);
  log(`projection: analyse ${analyseMs.toFixed(0)} ms, prognose over 10 years ${projectionMs.toFixed(0)} ms`);

  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'formatie-board-'));
  try {
    for (let i = 1; i <= 16; i++) fs.copyFileSync(EXAMPLE, path.join(dir, `school-${String(i).padStart(2, '0')}.xlsx`));
    await cli('bestuur', dir, '--json');
    const b = [];
    const one = [];
    for (let i = 0; i < 3; i++) {
      b.push(await common.timeAsync(() => cli('bestuur', dir, '--json')));
      one.push(await common.timeAsync(() => cli('analyse', path.join(dir, 'school-01.xlsx'), '--json')));
    }
    const boardMs = common.median(b);
    const oneMs = common.median(one);
    const cores = typeof os.availableParallelism === 'function' ? os.availableParallelism() : os.cpus().length;
    log(`board: 16 workbooks ${boardMs.toFixed(0)} ms on ${cores} cores, one analyse ${oneMs.toFixed(0)} ms`);
    return {
      projectionVsAnalyse: Number((projectionMs / analyseMs).toFixed(2)),
      boardVsAnalyse: Number((boardMs / oneMs).toFixed(2)),
      boardGoal: Number(((16 / cores) * 1.5).toFixed(2)),
    };
  } finally {
    fs.rmSync(dir, { recursive: true, force: true });
  }
}

module.exports = bench;

if (require.main === module) {
  const common = require('./common');
  bench({ lib: common.lib, common, log: (l) => process.stdout.write(l + '\n') }).then(
    (r) => process.stdout.write(JSON.stringify(r) + '\n'),
    (e) => {
      process.stderr.write(String(e && e.stack ? e.stack : e) + '\n');
      process.exitCode = 1;
    },
  );
}
