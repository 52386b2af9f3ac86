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

  test('a real GUID and version 1.0.0.0, nl-NL default with an en-US override', () => {
    expect(TEXT).toMatch(/<Id>[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}<\/Id>/);
    expect(TEXT).toContain('<Version>1.0.0.0</Version>');
    expect(TEXT).toContain('<DefaultLocale>nl-NL</DefaultLocale>');
    expect(TEXT).toMatch(/<Override Locale="en-US"/);
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
    ['XML that is not well-formed', (t: string) => t.replace('</Hosts>', '</Host>'), /not well-formed/],
  ])('%s', (_name, mutate, message) => {
    const mutated = mutate(TEXT);
    expect(mutated).not.toBe(TEXT);
    const errors = check(mutated);
    expect(errors.join('\n')).toMatch(message);
  });
});
