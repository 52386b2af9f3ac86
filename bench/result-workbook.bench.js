/**
 * The result workbook (`formatie analyse --out`), run by bench/run.js (`npm run bench`).
 * Adds to the bench JSON:
 *
 * - outVsJson10k, outVsJson100k: wall time of `formatie analyse W.xlsx --json --out R.xlsx`
 *   against `formatie analyse W.xlsx --json` on generated workbooks of 10,000 and 100,000
 *   demand rows (+ a staff table of a tenth of that), each run in its own node process
 *   (so memory is measured per run); median of 3 (10k) and 1 (100k) runs, interleaved.
 *   Goal ≤ 1.5 at every size (linear: the ratio must not grow with size).
 * - outPeakMB100k, jsonPeakMB100k: peak resident memory of those 100k runs (Linux
 *   /usr/bin/time -f %M when present, else null). Goal: --out no more than --json + a
 *   constant (the writer streams).
 */
'use strict';

const fs = require('fs');
const os = require('os');
const path = require('path');
const { spawnSync } = require('child_process');

const BIN = path.join(__dirname, '..', 'bin', 'formatie.js');

async function writeWorkbook(file, rows, common) {
  const ExcelJS = require('exceljs');
  const { SUBJECTS, LOCATIONS, LEVELS } = common;
  const wb = new ExcelJS.stream.xlsx.WorkbookWriter({ filename: file, useSharedStrings: true, useStyles: true });
  const ws = wb.addWorksheet('Lesvraag');
  ws.addRow(['Vestiging', 'Afdeling', 'Niveau', 'Leerjaar', 'Vak', 'Aantal lln.', 'Groepsgrootte', 'Lesuren']).commit();
  for (let i = 0; i < rows; i++) {
    const c = Math.floor(i / SUBJECTS.length);
    ws.addRow([
      `${LOCATIONS[c % LOCATIONS.length]} ${c % 40}`, c % 2 ? 'bovenbouw' : 'onderbouw', LEVELS[c % LEVELS.length], 1 + (c % 6),
      SUBJECTS[i % SUBJECTS.length], 20 + ((c * 37 + (i % SUBJECTS.length) * 3) % 140), 24 + (c % 6), 1 + (i % 4),
    ]).commit();
  }
  await ws.commit();
  const ps = wb.addWorksheet('Personeel');
  ps.addRow(['Naam', 'Vestiging', 'Functie', 'Bevoegdheid', 'FTE', 'Loonkosten 2027']).commit();
  const roles = ['Docent LB', 'Docent LC', 'Onderwijsassistent', 'Docent LD', 'Conciërge', 'Teamleider'];
  for (let i = 0; i < Math.floor(rows / 10); i++) {
    const role = roles[i % roles.length];
    ps.addRow([`Medewerker ${i}`, `${LOCATIONS[i % LOCATIONS.length]} ${i % 40}`, role,
      role.startsWith('Docent') ? SUBJECTS[i % SUBJECTS.length] : null, [1, 0.8, 0.6, 0.9][i % 4], 50000 + (i % 50) * 1000]).commit();
  }
  await ps.commit();
  await wb.commit();
}

const TIME = fs.existsSync('/usr/bin/time') ? '/usr/bin/time' : null;

/** One CLI run in its own process: { ms, peakMB }. */
function runCli(args) {
  const started = process.hrtime.bigint();
  const r = TIME
    ? spawnSync(TIME, ['-f', '%M', process.execPath, BIN, ...args], { encoding: 'utf8', maxBuffer: 1 << 28 })
    : spawnSync(process.execPath, [BIN, ...args], { encoding: 'utf8', maxBuffer: 1 << 28 });
  const ms = Number(process.hrtime.bigint() - started) / 1e6;
  if (r.status !== 0) throw new Error(`formatie ${args.join(' ')} exited ${r.status}: ${r.stderr}`);
  const kb = TIME ? Number((r.stderr.trim().split('\n').pop() || '').trim()) : NaN;
  return { ms, peakMB: Number.isFinite(kb) ? Math.round(kb / 1024) : null };
}

const median = (xs) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];
const round = (x) => Math.round(x * 100) / 100;

module.exports = async function resultWorkbookBench({ common, log }) {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'formatie-bench-out-'));
  const results = {};
  try {
    for (const [rows, runs] of [[10000, 3], [100000, 1]]) {
      const file = path.join(dir, `w${rows}.xlsx`);
      const out = path.join(dir, `r${rows}.xlsx`);
      await writeWorkbook(file, rows, common);
      const json = [];
      const withOut = [];
      for (let i = 0; i < runs; i++) {
        json.push(runCli(['analyse', file, '--json']));
        withOut.push(runCli(['analyse', file, '--json', '--out', out]));
      }
      const mj = median(json.map((r) => r.ms));
      const mo = median(withOut.map((r) => r.ms));
      const tag = rows === 10000 ? '10k' : '100k';
      log(`  ${tag}: --json ${mj.toFixed(0)} ms, --json --out ${mo.toFixed(0)} ms (${(fs.statSync(out).size / 1e6).toFixed(1)} MB written)`);
      results[`outVsJson${tag}`] = round(mo / mj);
      if (rows === 100000) {
        results.outPeakMB100k = withOut[0].peakMB;
        results.jsonPeakMB100k = json[0].peakMB;
        log(`  100k peak RSS: --json ${json[0].peakMB} MB, --out ${withOut[0].peakMB} MB`);
      }
    }
  } finally {
    fs.rmSync(dir, { recursive: true, force: true });
  }
  return results;
};

// Run alone: node bench/result-workbook.bench.js (after npm run build:cli).
if (require.main === module) {
  const common = require('./common');
  module.exports({ common, log: (l) => process.stdout.write(l + '\n') })
    .then((r) => process.stdout.write(JSON.stringify(r) + '\n'))
    .catch((e) => {
      process.stderr.write(String(e && e.stack ? e.stack : e) + '\n');
      process.exit(1);
    });
}
