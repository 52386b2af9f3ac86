#!/usr/bin/env node
/**
 * Offline manifest check: `npm run validate:offline` (part of npm test), or
 * `node scripts/validate-manifest.js [manifest.xml]`. The XML is parsed by xml2js (the
 * parser office-addin-manifest uses), then checked by scripts/manifest-checks.js (locale
 * overrides, requirement sets, resids, shared runtime wiring, icons, https, GUID, version,
 * no telemetry). Sends nothing anywhere; `npm run validate` is Microsoft's online validator
 * (office-addin-manifest validate), not part of npm test.
 * Exit code 0 when valid, 1 otherwise.
 */

'use strict';

const path = require('path');
const { checkManifest } = require('./manifest-checks');

function main() {
  const manifest = path.resolve(process.argv[2] || path.join(__dirname, '..', 'manifest.xml'));
  const { errors } = checkManifest(manifest);
  if (errors.length > 0) {
    console.error(`${path.relative(process.cwd(), manifest)}: ${errors.length} problem(s)`);
    for (const e of errors) console.error(`  - ${e}`);
    process.exit(1);
  }
  console.log(`${path.relative(process.cwd(), manifest)}: valid offline (locale, requirement sets, resids, shared runtime, icons, https)`);
}

main();
