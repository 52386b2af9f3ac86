/**
 * Budgets and privacy of the built add-in (dist/, after `npm run build`; $DIST overrides).
 * Skips, with a message, when dist/ holds no build: CI builds first.
 *
 * - The task pane's initial scripts (what taskpane.html loads before first paint,
 *   office.js excluded) stay ≤ 150 KB gzip (bench/bundle-size.js measures).
 * - taskpane.html: a strict CSP, office.js as the only external script, no external
 *   styles or fonts.
 * - No bundle calls the network: no fetch(, XMLHttpRequest, WebSocket, sendBeacon; and
 *   every absolute URL in a bundle is either an XML namespace (an identifier exceljs and
 *   React write into documents, never requested) or a documentation link inside an error
 *   message. Checked on the real minified output; test/e2e/run.js checks at run time
 *   that no request leaves localhost.
 */

import * as fs from 'fs';
import * as path from 'path';

// eslint-disable-next-line @typescript-eslint/no-require-imports
const bundleSize = require('../../bench/bundle-size.js') as ((dist?: string) => {
  taskpaneInitialKBgzip: number;
  functionsBundleKB: number;
  taskpaneInitialFiles: { file: string; KBgzip: number }[];
  lazyChunksKBgzip: number;
}) & { TASKPANE_INITIAL_BUDGET_KB_GZIP: number; initialScripts(html: string): string[] };

const DIST = path.resolve(process.env.DIST || path.join(__dirname, '..', '..', 'dist'));
const built = fs.existsSync(path.join(DIST, 'taskpane.html')) && fs.existsSync(path.join(DIST, 'taskpane.js'));
if (!built) {
  // eslint-disable-next-line no-console
  console.warn(`test/build/budgets.test.ts skipped: no build in ${DIST} (run "npm run build" first).`);
}
const maybe = built ? describe : describe.skip;

const OFFICE_JS = 'https://appsforoffice.microsoft.com/lib/1/hosted/office.js';

/** Hosts of XML namespace URIs: identifiers inside documents, never fetched. */
const NAMESPACE_HOSTS = ['www.w3.org', 'schemas.openxmlformats.org', 'schemas.microsoft.com', 'purl.org', 'ns.adobe.com'];
/** Documentation links that libraries put in error messages (React's decoder, GitHub pages). */
const DOC_LINK = /^https?:\/\/(reactjs\.org\/docs\/error-decoder\.html|react\.dev\/errors|github\.com\/|stuk\.github\.io\/jszip\/|fb\.me\/|aka\.ms\/|git\.io\/)/;

function jsFiles(): string[] {
  return fs.readdirSync(DIST).filter((f) => f.endsWith('.js'));
}

maybe('built task pane (dist/)', () => {
  test('initial scripts of taskpane.html ≤ 150 KB gzip (office.js excluded)', () => {
    const size = bundleSize(DIST);
    // eslint-disable-next-line no-console
    console.log(`taskpane initial ${size.taskpaneInitialKBgzip} KB gzip ${JSON.stringify(size.taskpaneInitialFiles)}; lazy chunks ${size.lazyChunksKBgzip} KB gzip; functions.js ${size.functionsBundleKB} KB`);
    expect(size.taskpaneInitialFiles.map((f) => f.file)).toContain('taskpane.js');
    expect(size.taskpaneInitialKBgzip).toBeLessThanOrEqual(bundleSize.TASKPANE_INITIAL_BUDGET_KB_GZIP);
  });

  test('exceljs is not in the initial scripts (lazy chunk)', () => {
    const html = fs.readFileSync(path.join(DIST, 'taskpane.html'), 'utf8');
    for (const f of bundleSize.initialScripts(html)) {
      const js = fs.readFileSync(path.join(DIST, f), 'utf8');
      // Strings only exceljs carries.
      expect(js).not.toContain('schemas.openxmlformats.org/spreadsheetml/2006/main');
    }
  });

  test('taskpane.html: strict CSP, office.js the only external script, no external styles or fonts', () => {
    const html = fs.readFileSync(path.join(DIST, 'taskpane.html'), 'utf8');
    const csp = /http-equiv=["']?Content-Security-Policy["']?\s+content="([^"]+)"/i.exec(html)?.[1] ?? '';
    expect(csp).toContain("default-src 'self'");
    expect(csp).toContain("script-src 'self' https://appsforoffice.microsoft.com");
    expect(csp).toContain("style-src 'self' 'unsafe-inline'");
    expect(csp).toContain("connect-src 'self'");
    expect(csp).toContain("img-src 'self' data:");
    expect(csp).toContain("font-src 'self'");
    expect(csp).not.toMatch(/unsafe-eval/);
    const scripts = [...html.matchAll(/<script\b[^>]*\bsrc=["']?([^"' >]+)/gi)].map((m) => m[1]);
    expect(scripts.filter((s) => /^(https?:)?\/\//.test(s))).toEqual([OFFICE_JS]);
    expect(html).not.toMatch(/<link\b[^>]*href=["']?(https?:)?\/\//i);
    expect(html).not.toMatch(/@import|@font-face/i);
  });

  test('no bundle uses a network API', () => {
    const found: string[] = [];
    for (const f of jsFiles()) {
      const js = fs.readFileSync(path.join(DIST, f), 'utf8');
      for (const api of ['fetch(', 'XMLHttpRequest', 'WebSocket', 'sendBeacon', 'EventSource']) {
        if (js.includes(api)) found.push(`${f}: ${api}`);
      }
    }
    expect(found).toEqual([]);
  });

  test('no bundle holds an external URL other than XML namespaces and documentation links', () => {
    const unexpected: string[] = [];
    for (const f of jsFiles()) {
      const js = fs.readFileSync(path.join(DIST, f), 'utf8');
      for (const m of js.matchAll(/https?:\/\/[A-Za-z0-9.-]+[^\s"'`<>)\\]*/g)) {
        const url = m[0];
        const host = new URL(url).host;
        if (NAMESPACE_HOSTS.includes(host)) continue;
        if (DOC_LINK.test(url)) continue;
        if (url.startsWith('http://localhost') || url.startsWith('https://localhost')) continue;
        unexpected.push(`${f}: ${url}`);
      }
    }
    expect(unexpected).toEqual([]);
  });

  test('no bundle loads a web font', () => {
    for (const f of jsFiles()) {
      const js = fs.readFileSync(path.join(DIST, f), 'utf8');
      expect(js).not.toMatch(/@font-face/);
    }
  });
});
