import * as fs from 'fs';
import * as path from 'path';

// src/sheet runs in custom functions and the browser: no Office, React, exceljs or node modules.
const dir = path.join(__dirname, '../../src/sheet');
const files = fs.readdirSync(dir).filter((f) => f.endsWith('.ts'));

test.each(files)('%s imports only pure modules', (file) => {
  const src = fs
    .readFileSync(path.join(dir, file), 'utf8')
    .replace(/\/\*[\s\S]*?\*\//g, '')
    .replace(/^\s*\/\/.*$/gm, '');
  const specs = [...src.matchAll(/(?:from|import|require\()\s*['"]([^'"]+)['"]/g)].map((m) => m[1]);
  for (const s of specs) {
    expect(s.startsWith('./') || s.startsWith('../model/')).toBe(true);
  }
  expect(src).not.toMatch(/\b(?:Office|Excel|CustomFunctions)\./);
});
