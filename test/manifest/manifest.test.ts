/**
 * manifest.xml: the same offline checks as `npm run validate` (scripts/manifest-checks.js),
 * plus mutations that each check must catch.
 */

import * as fs from 'fs';
import * as os from 'os';
import * as path from 'path';

// eslint-disable-next-line @typescript-eslint/no-require-imports
const { checkManifest, parseXml, pngSize } = require('../../scripts/manifest-checks');

const ROOT = path.resolve(__dirname, '..', '..');
const MANIFEST = path.join(ROOT, 'manifest.xml');
const ASSETS = path.join(ROOT, 'assets');
const TEXT = fs.readFileSync(MANIFEST, 'utf8');

let tmp: string;
beforeAll(() => {
  tmp = fs.mkdtempSync(path.join(os.tmpdir(), 'formatie-manifest-'));
});
afterAll(() => {
  fs.rmSync(tmp, { recursive: true, force: true });
});

function check(text: string): string[] {
  const file = path.join(tmp, `m${Math.random().toString(36).slice(2)}.xml`);
  fs.writeFileSync(file, text);
  return checkManifest(file, { assetsDir: ASSETS }).errors;
}

describe('manifest.xml', () => {
  test('passes every offline check', () => {
    expect(checkManifest(MANIFEST).errors).toEqual([]);
  });

  test('is well-formed XML with an OfficeApp root', () => {
    const root = parseXml(TEXT);
    expect(root.name).toBe('OfficeApp');
  });

  test('a real GUID and version 1.0.0.0, en-US default with nl-NL and nl-BE overrides', () => {
    expect(TEXT).toMatch(/<Id>[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}<\/Id>/);
    expect(TEXT).toContain('<Version>1.0.0.0</Version>');
    expect(TEXT).toContain('<DefaultLocale>en-US</DefaultLocale>');
    expect(TEXT).not.toMatch(/Locale="en-US"/);
    // Every Override in the file comes in a nl-NL / nl-BE pair with the same Dutch value.
    const nl = [...TEXT.matchAll(/Override Locale="nl-NL" Value="([^"]*)"/g)].map((m) => m[1]);
    const be = [...TEXT.matchAll(/Override Locale="nl-BE" Value="([^"]*)"/g)].map((m) => m[1]);
    expect(nl.length).toBeGreaterThanOrEqual(8);
    expect(be).toEqual(nl);
  });

  test('the English default and the Dutch override of the functions metadata', () => {
    const root = parseXml(TEXT);
    type El = { name: string; attrs: Record<string, string>; children: El[] };
    const find = (el: El, pred: (e: El) => boolean): El | undefined =>
      pred(el) ? el : el.children.map((c) => find(c, pred)).find(Boolean);
    const meta = find(root, (e) => e.attrs.id === 'Functions.Metadata.Url')!;
    expect(meta.attrs.DefaultValue).toBe('https://localhost:3000/functions.json');
    expect(meta.children.map((c) => [c.attrs.Locale, c.attrs.Value])).toEqual([
      ['nl-NL', 'https://localhost:3000/functions-nl.json'],
      ['nl-BE', 'https://localhost:3000/functions-nl.json'],
    ]);
  });

  test('icons 16/32/64/80/128 px exist in assets/', () => {
    for (const size of [16, 32, 64, 80, 128]) {
      expect(pngSize(path.join(ASSETS, `icon-${size}.png`))).toEqual({ width: size, height: size });
    }
  });
});

describe('the checks catch', () => {
  test.each([
    ['an undefined resid', (t: string) => t.replace('<Label resid="Formatie.Group.Label"/>', '<Label resid="Formatie.Nope"/>'), /Formatie\.Nope.*not defined/],
    ['a resid of the wrong kind', (t: string) => t.replace('<Label resid="Formatie.Group.Label"/>', '<Label resid="Taskpane.Url"/>'), /needs ShortStrings/],
    ['an http URL', (t: string) => t.replace('https://localhost:3000/functions.js', 'http://localhost:3000/functions.js'), /not https/],
    ['a bad GUID', (t: string) => t.replace(/<Id>[^<]+<\/Id>/, '<Id>formatie</Id>'), /GUID/],
    ['a bad version', (t: string) => t.replace('<Version>1.0.0.0</Version>', '<Version>1.0</Version>'), /Version/],
    ['a Page outside the shared runtime', (t: string) => t.replace('<Page>\n              <SourceLocation resid="Taskpane.Url"/>', '<Page>\n              <SourceLocation resid="Functions.Script.Url"/>'), /Page/],
    ['a missing SharedRuntime requirement', (t: string) => t.replace('<Set Name="SharedRuntime" MinVersion="1.1"/>', ''), /SharedRuntime/],
    ['a short lifetime', (t: string) => t.replace('lifetime="long"', 'lifetime="short"'), /lifetime="long"/],
    ['a missing nl-BE metadata override', (t: string) => t.replace(/\s*<bt:Override Locale="nl-BE"[^>]*\/>/, ''), /nl-BE/],
    ['an icon of the wrong size', (t: string) => t.replace('assets/icon-80.png', 'assets/icon-64.png'), /64×64, expected 80/],
    ['a missing icon file', (t: string) => t.replace('assets/icon-16.png', 'assets/icon-17.png'), /does not exist/],
    ['a TaskpaneId in the shared runtime', (t: string) => t.replace('<Action xsi:type="ShowTaskpane">', '<Action xsi:type="ShowTaskpane"><TaskpaneId>x</TaskpaneId>'), /TaskpaneId/],
    ['another namespace', (t: string) => t.replace('DefaultValue="FORMATIE"', 'DefaultValue="CONTOSO"'), /FORMATIE/],
    ['telemetry', (t: string) => t.replace('<AppDomains/>', '<AppDomains><AppDomain>https://dc.applicationinsights.azure.com</AppDomain></AppDomains>'), /telemetry/],
    ['a Dutch default locale', (t: string) => t.replace('<DefaultLocale>en-US</DefaultLocale>', '<DefaultLocale>nl-NL</DefaultLocale>'), /DefaultLocale/],
    ['a string without its nl-BE override', (t: string) => t.replace('<bt:Override Locale="nl-BE" Value="Formatie"/>', ''), /Formatie\.Group\.Label.*nl-BE/],
    ['a display name without its nl-NL override', (t: string) => t.replace('<Override Locale="nl-NL" Value="Formatieplanner VO"/>', ''), /DisplayName.*nl-NL/],
    ['Dutch metadata by default', (t: string) => t.replace('DefaultValue="https://localhost:3000/functions.json"', 'DefaultValue="https://localhost:3000/functions-nl.json"'), /functions\.json/],
    ['a missing ExcelApi requirement', (t: string) => t.replace('<Set Name="ExcelApi" MinVersion="1.5"/>', ''), /ExcelApi/],
    ['XML that is not well-formed', (t: string) => t.replace('</Hosts>', '</Host>'), /not well-formed/],
  ])('%s', (_name, mutate, message) => {
    const mutated = mutate(TEXT);
    expect(mutated).not.toBe(TEXT);
    const errors = check(mutated);
    expect(errors.join('\n')).toMatch(message);
  });
});
