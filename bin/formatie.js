#!/usr/bin/env node
'use strict';
// The `formatie` command (cli.md). The TypeScript sources compile to lib/ with
// `npm run build:cli` (run by `npm ci` through the prepare script).
let main;
try {
  main = require('../lib/cli/main.js');
} catch (e) {
  if (e && e.code === 'MODULE_NOT_FOUND' && String(e.message).includes('lib/cli/main')) {
    process.stderr.write('formatie: lib/ ontbreekt; voer eerst `npm run build:cli` uit\n');
    process.exit(1);
  }
  throw e;
}
main.run(process.argv.slice(2), { stdout: process.stdout, stderr: process.stderr }).then(
  (code) => {
    process.exitCode = code;
  },
  (e) => {
    process.stderr.write(`formatie: interne fout: ${e && e.message ? e.message : e}\n`);
    process.exitCode = 1;
  },
);
