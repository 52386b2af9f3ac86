/**
 * Bundle sizes measured from dist/ after a production build (npm run build).
 *
 * - taskpaneInitialKBgzip: every script dist/taskpane.html loads before first paint (its
 *   local <script src> tags: functions, commands and taskpane in the shared runtime),
 *   gzip-compressed one by one with zlib.gzipSync (level 9), in KB (1024 bytes).
 *   office.js (from Microsoft's CDN) is excluded. Lazy chunks are not counted.
 * - functionsBundleKB: dist/functions.js, minified, uncompressed, in KB.
 * - lazyChunksKBgzip: the other .js files in dist/ (lazy chunks), for information.
 *
 * Used by bench/run.js (if present) and test/build/budgets.test.ts.
 * Run alone: node bench/bundle-size.js [distDir]
 */

'use strict';

const fs = require('fs');
const path = require('path');
const zlib = require('zlib');

const DEFAULT_DIST = path.resolve(__dirname, '..', 'dist');

function gzipKB(file) {
  const buf = fs.readFileSync(file);
  return zlib.gzipSync(buf, { level: 9 }).length / 1024;
}

/** Local script files an HTML page loads (src attributes, external URLs left out). */
function initialScripts(html) {
  const out = [];
  const re = /<script\b[^>]*\bsrc\s*=\s*["']?([^"' >]+)["']?[^>]*>/gi;
  let m;
  while ((m = re.exec(html))) {
    const src = m[1];
    if (/^(https?:)?\/\//i.test(src)) continue;
    out.push(src.replace(/^\.?\//, '').split(/[?#]/)[0]);
  }
  return out;
}

function round(n) {
  return Math.round(n * 10) / 10;
}

/**
 * @param {string} [distDir]
 * @returns {{ taskpaneInitialKBgzip: number, functionsBundleKB: number, taskpaneInitialFiles: {file: string, KBgzip: number}[], lazyChunksKBgzip: number, distDir: string }}
 */
function bundleSize(distDir = DEFAULT_DIST) {
  const htmlPath = path.join(distDir, 'taskpane.html');
  if (!fs.existsSync(htmlPath)) {
    throw new Error(`${htmlPath} not found: run "npm run build" first`);
  }
  const html = fs.readFileSync(htmlPath, 'utf8');
  const files = initialScripts(html);
  const taskpaneInitialFiles = files.map((f) => ({ file: f, KBgzip: round(gzipKB(path.join(distDir, f))) }));
  const initial = files.reduce((sum, f) => sum + gzipKB(path.join(distDir, f)), 0);
  const fnPath = path.join(distDir, 'functions.js');
  const functionsBundleKB = fs.existsSync(fnPath) ? round(fs.statSync(fnPath).size / 1024) : NaN;
  const lazy = fs
    .readdirSync(distDir)
    .filter((f) => f.endsWith('.js') && !files.includes(f))
    .reduce((sum, f) => sum + gzipKB(path.join(distDir, f)), 0);
  return {
    taskpaneInitialKBgzip: round(initial),
    functionsBundleKB,
    taskpaneInitialFiles,
    lazyChunksKBgzip: round(lazy),
    distDir,
  };
}

module.exports = bundleSize;
module.exports.bundleSize = bundleSize;
module.exports.initialScripts = initialScripts;
module.exports.TASKPANE_INITIAL_BUDGET_KB_GZIP = 150;

if (require.main === module) {
  console.log(JSON.stringify(bundleSize(process.argv[2] ? path.resolve(process.argv[2]) : DEFAULT_DIST), null, 2));
}
