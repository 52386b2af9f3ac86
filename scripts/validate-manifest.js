#!/usr/bin/env node
/**
 * Offline manifest check: `npm run validate` (or `node scripts/validate-manifest.js
 * [manifest.xml]`). Well-formedness with `xmllint --noout` when xmllint is installed,
 * else with the JS parser of scripts/manifest-checks.js; then the structural checks of
 * that file (resids, shared runtime wiring, icons, https, GUID, version, no telemetry).
 * Sends nothing anywhere; `npm run validate:online` is Microsoft's online validation.
 * Exit code 0 when valid, 1 otherwise.
 */

'use strict';

const path = require('path');
const { spawnSync } = require('child_process');
const { checkManifest } = require('./manifest-checks');

function main() {
  const manifest = path.resolve(process.argv[2] || path.join(__dirname, '..', 'manifest.xml'));
  const errors = [];
  const probe = spawnSync('xmllint', ['--version'], { encoding: 'utf8' });
  if (!probe.error && probe.status === 0) {
    const lint = spawnSync('xmllint', ['--noout', manifest], { encoding: 'utf8' });
    if (lint.status !== 0) errors.push(`xmllint: ${(lint.stderr || lint.stdout).trim()}`);
    else console.log('xmllint: well-formed');
  } else {
    console.log('xmllint not found: well-formedness checked by the JS parser');
  }
  const result = checkManifest(manifest);
  errors.push(...result.errors);
  if (errors.length > 0) {
    console.error(`${path.relative(process.cwd(), manifest)}: ${errors.length} problem(s)`);
    for (const e of errors) console.error(`  - ${e}`);
    process.exit(1);
  }
  console.log(`${path.relative(process.cwd(), manifest)}: valid (structure, resids, shared runtime, icons, https)`);
}

main();
