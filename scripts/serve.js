#!/usr/bin/env node
/**
 * Serves dist/ on http://localhost:PORT (default 8080) for browser mode:
 * `npm run build && npm run serve`, then open http://localhost:8080/browser.html (also at /).
 * Localhost only; no dependencies. browser.html loads no office.js; taskpane.html opened
 * here says where browser mode is. A malformed URL gets 400, a missing file 404.
 * (Inside Excel the add-in must be served over HTTPS: use `npm start` / the dev server.)
 */

'use strict';

const fs = require('fs');
const http = require('http');
const path = require('path');

const TYPES = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.json': 'application/json',
  '.map': 'application/json',
  '.png': 'image/png',
  '.svg': 'image/svg+xml',
  '.xml': 'application/xml',
  '.txt': 'text/plain; charset=utf-8',
};

/** A static server for `dir` (not yet listening): files only, nothing outside `dir`. */
function createStaticServer(dir) {
  const root = path.resolve(dir);
  return http.createServer((req, res) => {
    let rel;
    try {
      const url = new URL(req.url, 'http://localhost');
      rel = decodeURIComponent(url.pathname).replace(/^\/+/, '') || 'browser.html';
    } catch {
      // A malformed URL (GET /%E0%A4%A): a clear 400, and the server keeps running.
      res.writeHead(400, { 'content-type': 'text/plain; charset=utf-8' });
      res.end('bad request: malformed URL');
      return;
    }
    const file = path.resolve(root, rel);
    if (!file.startsWith(root + path.sep) || !fs.existsSync(file) || fs.statSync(file).isDirectory()) {
      res.writeHead(404, { 'content-type': 'text/plain; charset=utf-8' });
      res.end('not found');
      return;
    }
    res.writeHead(200, { 'content-type': TYPES[path.extname(file)] || 'application/octet-stream', 'cache-control': 'no-store' });
    fs.createReadStream(file).pipe(res);
  });
}

module.exports = { createStaticServer };

if (require.main === module) {
  const DIST = path.resolve(process.argv[2] || path.join(__dirname, '..', 'dist'));
  const PORT = Number(process.env.PORT || 8080);
  if (!fs.existsSync(path.join(DIST, 'browser.html'))) {
    console.error(`${DIST}/browser.html not found: run "npm run build" first.`);
    process.exit(2);
  }
  createStaticServer(DIST).listen(PORT, '127.0.0.1', () => {
    console.log(`Browser mode: http://localhost:${PORT}/browser.html (serving ${DIST}; Ctrl+C to stop)`);
  });
}
