#!/usr/bin/env node
/**
 * Serves dist/ on http://localhost:PORT (default 8080) for trying the task pane in browser
 * mode: `npm run build && node scripts/serve.js`, then open http://localhost:8080/taskpane.html.
 * Localhost only; no dependencies. The pane loads office.js from Microsoft's CDN if the
 * browser can reach it; it reports no host outside Office, so the pane enters browser mode.
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
    const url = new URL(req.url, 'http://localhost');
    const rel = decodeURIComponent(url.pathname).replace(/^\/+/, '') || 'taskpane.html';
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
  if (!fs.existsSync(path.join(DIST, 'taskpane.html'))) {
    console.error(`${DIST}/taskpane.html not found: run "npm run build" first.`);
    process.exit(2);
  }
  createStaticServer(DIST).listen(PORT, '127.0.0.1', () => {
    console.log(`Serving ${DIST} on http://localhost:${PORT}/taskpane.html (Ctrl+C to stop)`);
  });
}
