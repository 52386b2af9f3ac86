/**
 * scripts/serve.js: the static server of `npm run serve` and the browser test. A malformed
 * URL is a 400 (it used to throw URIError and kill the server), the server keeps serving.
 */

import * as fs from 'fs';
import * as http from 'http';
import type { AddressInfo } from 'net';
import * as os from 'os';
import * as path from 'path';

// eslint-disable-next-line @typescript-eslint/no-require-imports
const { createStaticServer } = require('../../scripts/serve');

let dir: string;
let server: http.Server;
let port: number;

beforeAll(async () => {
  dir = fs.mkdtempSync(path.join(os.tmpdir(), 'formatie-serve-'));
  fs.writeFileSync(path.join(dir, 'browser.html'), '<p>browser</p>');
  fs.writeFileSync(path.join(dir, 'a b.txt'), 'spatie');
  server = createStaticServer(dir);
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', () => resolve()));
  port = (server.address() as AddressInfo).port;
});

afterAll(async () => {
  await new Promise((resolve) => server.close(resolve));
  fs.rmSync(dir, { recursive: true, force: true });
});

/** A raw GET (no URL normalisation by a client library). */
function get(rawPath: string): Promise<{ status: number; body: string }> {
  return new Promise((resolve, reject) => {
    const req = http.request({ host: '127.0.0.1', port, path: rawPath, method: 'GET' }, (res) => {
      let body = '';
      res.on('data', (c) => (body += c));
      res.on('end', () => resolve({ status: res.statusCode ?? 0, body }));
    });
    req.on('error', reject);
    req.end();
  });
}

test('a malformed percent escape is a 400 and the server keeps running', async () => {
  expect((await get('/%E0%A4%A')).status).toBe(400);
  expect((await get('/%')).status).toBe(400);
  const after = await get('/browser.html');
  expect(after.status).toBe(200);
  expect(after.body).toContain('browser');
});

test('/ is browser mode; an escaped name is found; a missing file and a way out are 404', async () => {
  expect((await get('/')).body).toContain('browser');
  expect((await get('/a%20b.txt')).body).toBe('spatie');
  expect((await get('/nope.html')).status).toBe(404);
  expect((await get('/..%2f..%2fetc%2fpasswd')).status).toBe(404);
});
