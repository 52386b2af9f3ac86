/**
 * Requirement sets: the table of src/excel/requirement-sets.ts against the Office.js
 * typings, the manifest and the source. Fails when the code calls an API above the
 * declared sets without a guard, or an Excel API that is not in the table.
 */

import * as fs from 'fs';
import * as path from 'path';
import { compareVersions, MANIFEST_SETS, REQUIREMENTS, type SetName } from '../../src/excel/requirement-sets';

const ROOT = path.resolve(__dirname, '..', '..');

function filesUnder(dir: string): string[] {
  const abs = path.join(ROOT, dir);
  if (!fs.existsSync(abs)) return [];
  return fs.readdirSync(abs, { withFileTypes: true }).flatMap((e) => {
    const rel = path.join(dir, e.name);
    if (e.isDirectory()) return filesUnder(rel);
    return /\.tsx?$/.test(e.name) && !e.name.endsWith('.d.ts') && e.name !== 'requirement-sets.ts' ? [rel] : [];
  });
}

/** The code that talks to Office: the adapter, the functions, the pane's boot file. */
const SCANNED = [...filesUnder('src/excel'), ...filesUnder('src/functions'), 'src/taskpane/index.tsx'];
/** Source without comments (a name in a comment is no call). */
const SOURCE = new Map(
  SCANNED.map((f) => [f, fs.readFileSync(path.join(ROOT, f), 'utf8').replace(/\/\*[\s\S]*?\*\//g, '').replace(/(^|[^:'"`])\/\/.*$/gm, '$1')]),
);
const ALL = [...SOURCE.values()].join('\n');
const EXCEL_SOURCE = [...SOURCE].filter(([f]) => f.startsWith('src/excel')).map(([, s]) => s).join('\n');

const DTS = fs.readFileSync(require.resolve('@types/office-js/index.d.ts'), 'utf8');
const EXCEL_DTS = DTS.slice(DTS.indexOf('declare namespace Excel {'));

/** "[Api set: ExcelApi 1.x]" of Class.member in the typings, or null. */
function apiSetOf(cls: string, member: string): string | null {
  const start = EXCEL_DTS.indexOf(`class ${cls} extends OfficeExtension.ClientObject`);
  if (start < 0) return null;
  const body = EXCEL_DTS.slice(start, EXCEL_DTS.indexOf('\n    }\n', start));
  const m = new RegExp(`\\n\\s+(readonly )?${member}[(:?]`).exec(body);
  if (!m) return null;
  const before = body.slice(0, m.index);
  const at = before.lastIndexOf('[Api set: ExcelApi ');
  return at < 0 ? null : /ExcelApi (\d+\.\d+)/.exec(before.slice(at))![1];
}

/** Method names of every Excel class in the typings. */
const EXCEL_METHODS = new Set([...EXCEL_DTS.matchAll(/^ {8}(\w+)\(/gm)].map((m) => m[1]));
/** Calls that are not Excel APIs of their own (proxy plumbing, or plain JavaScript such as Math.max with an Excel namesake). */
const NOT_EXCEL_APIS = new Set(['load', 'sync', 'toJSON', 'set', 'get', 'run', 'track', 'untrack', 'map', 'filter', 'find', 'some', 'push', 'slice', 'split', 'join', 'includes', 'has', 'clear', 'replace', 'test', 'exec', 'indexOf', 'toString', 'flatMap', 'forEach', 'reduce', 'keys', 'values', 'entries', 'sort', 'trim', 'toLowerCase', 'catch', 'then', 'max', 'min']);

describe('requirement sets', () => {
  test('each Excel entry has the set the Office.js typings give it', () => {
    for (const r of REQUIREMENTS.filter((x) => x.set === 'ExcelApi')) {
      const [cls, member] = r.api.split('.');
      if (member === 'load') continue; // load is ClientObject plumbing, 1.1 everywhere
      expect([r.api, apiSetOf(cls, member)]).toEqual([r.api, r.version]);
    }
  });

  test('the manifest declares exactly the highest unguarded set of each kind', () => {
    const want: Record<string, string> = {};
    for (const r of REQUIREMENTS.filter((x) => !x.guarded)) {
      if (!want[r.set] || compareVersions(r.version, want[r.set]) > 0) want[r.set] = r.version;
    }
    expect(MANIFEST_SETS).toEqual(want);
    const manifest = fs.readFileSync(path.join(ROOT, 'manifest.xml'), 'utf8');
    const declared = Object.fromEntries([...manifest.matchAll(/<Set Name="(\w+)" MinVersion="([\d.]+)"\/>/g)].map((m) => [m[1], m[2]]));
    expect(declared).toEqual(MANIFEST_SETS);
  });

  test('an API above the declared set is called only behind isSetSupported', () => {
    for (const r of REQUIREMENTS) {
      if (compareVersions(r.version, MANIFEST_SETS[r.set as SetName]) <= 0) continue;
      expect([r.api, r.guarded]).toEqual([r.api, true]);
      const member = r.api.split('.')[1];
      const users = [...SOURCE].filter(([, s]) => new RegExp(`\\.${member}\\b`).test(s));
      expect(users.length).toBeGreaterThan(0);
      // The check for this set (or a higher version) sits in the code base of the call.
      const guards = [...ALL.matchAll(/isSetSupported\('(\w+)',\s*'([\d.]+)'\)/g)].filter((m) => m[1] === r.set && compareVersions(m[2], r.version) >= 0);
      expect([r.api, guards.length > 0]).toEqual([r.api, true]);
    }
  });

  test('every entry is used by the code (the table tells the truth)', () => {
    for (const r of REQUIREMENTS) {
      const member = r.api.split('.')[1];
      expect([r.api, new RegExp(`\\.${member}\\b|\\b${member}\\b`).test(ALL)]).toEqual([r.api, true]);
    }
  });

  test('every Excel API the adapter calls is in the table', () => {
    const inTable = new Set(REQUIREMENTS.map((r) => r.api.split('.')[1]));
    const called = new Set([...EXCEL_SOURCE.matchAll(/\.(\w+)\s*\(/g)].map((m) => m[1]));
    const missing = [...called].filter((m) => EXCEL_METHODS.has(m) && !inTable.has(m) && !NOT_EXCEL_APIS.has(m));
    expect(missing).toEqual([]);
  });

  test('the scan catches an API above the set (mutation)', () => {
    // A call the table does not know, e.g. Range.getSpillingToRangeOrNullObject (ExcelApi 1.12).
    expect(EXCEL_METHODS.has('getSpillingToRangeOrNullObject')).toBe(true);
    expect(REQUIREMENTS.some((r) => r.api.endsWith('.getSpillingToRangeOrNullObject'))).toBe(false);
    expect(apiSetOf('Range', 'getSpillingToRangeOrNullObject')).toBe('1.12');
  });
});
