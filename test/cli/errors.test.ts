/**
 * Exit 2 with exactly one clear line on stderr (no stack trace) for every bad input of
 * cli.md; nothing on stdout.
 */
import * as fs from 'fs';
import * as path from 'path';
import { cli, tmpDir, writeWorkbook, SMALL_DEMAND, EXAMPLE } from './helpers';

jest.setTimeout(60000);

let dir: string;
let good: string;

beforeAll(async () => {
  dir = tmpDir();
  good = path.join(dir, 'school.xlsx');
  await writeWorkbook(good, { Lesvraag: SMALL_DEMAND });
});

afterAll(() => {
  fs.rmSync(dir, { recursive: true, force: true });
});

/** Exit 2, one line on stderr equal to `line`, empty stdout. */
async function expectFail(argv: string[], line: string | RegExp): Promise<void> {
  const r = await cli(...argv);
  expect(r.code).toBe(2);
  expect(r.stdout).toBe('');
  expect(r.stderr.endsWith('\n')).toBe(true);
  expect(r.stderr.trimEnd().split('\n')).toHaveLength(1);
  if (typeof line === 'string') expect(r.stderr).toBe(line + '\n');
  else expect(r.stderr.trimEnd()).toMatch(line);
  expect(r.stderr).not.toMatch(/\bat .+:\d+:\d+/); // no stack trace
}

describe('bad workbook', () => {
  test('missing file', async () => {
    const f = path.join(dir, 'bestaat-niet.xlsx');
    await expectFail(['analyse', f], `formatie: bestand niet gevonden: ${f}`);
  });

  test('a .txt file', async () => {
    const f = path.join(dir, 'notities.txt');
    fs.writeFileSync(f, 'geen werkmap\n');
    await expectFail(['analyse', f], `formatie: ${f} is geen .xlsx-bestand (de naam moet op .xlsx eindigen)`);
  });

  test('a text file renamed to .xlsx (no zip magic "PK")', async () => {
    const f = path.join(dir, 'hernoemd.xlsx');
    fs.writeFileSync(f, 'Vestiging;Leerlingen\nNoord;100\n');
    await expectFail(['analyse', f], `formatie: ${f} is geen .xlsx-bestand (de inhoud is geen Excel-werkmap)`);
  });

  test('an old .xls (OLE compound file) renamed to .xlsx', async () => {
    const f = path.join(dir, 'oud.xlsx');
    fs.writeFileSync(f, Buffer.from([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1, 0, 0, 0, 0]));
    await expectFail(['analyse', f],
      `formatie: ${f} is een oud .xls-bestand of met een wachtwoord beveiligd; sla het in Excel op als .xlsx zonder wachtwoord`);
  });

  test('a truncated copy of the example', async () => {
    const f = path.join(dir, 'afgebroken.xlsx');
    const bytes = fs.readFileSync(EXAMPLE);
    fs.writeFileSync(f, bytes.subarray(0, Math.floor(bytes.length / 2)));
    await expectFail(['analyse', f],
      new RegExp(`^formatie: ${f.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')} is beschadigd of onvolledig en kan niet worden gelezen \\(.+\\)$`));
  });

  test('an empty file', async () => {
    const f = path.join(dir, 'leeg.xlsx');
    fs.writeFileSync(f, '');
    await expectFail(['analyse', f], `formatie: ${f} is geen .xlsx-bestand (de inhoud is geen Excel-werkmap)`);
  });

  test('a folder', async () => {
    const f = path.join(dir, 'map.xlsx');
    fs.mkdirSync(f);
    await expectFail(['analyse', f], `formatie: ${f} is een map, geen .xlsx-bestand`);
  });

  test('a workbook with only prose: no formation table', async () => {
    const f = path.join(dir, 'proza.xlsx');
    await writeWorkbook(f, {
      Toelichting: [
        ['Formatieplan 2026-2027'],
        [],
        ['Dit blad bevat alleen tekst over de uitgangspunten van de formatie.'],
        ['De cijfers volgen later.'],
      ],
    });
    await expectFail(['analyse', f],
      `formatie: geen formatietabel gevonden in ${f}: geen blad met een kopregel als Leerlingen, Lesuren of FTE`);
  });
});

describe('bad scenario or preset', () => {
  test('scenario file missing', async () => {
    const s = path.join(dir, 'geen-scenario.json');
    await expectFail(['analyse', good, '--scenario', s], `formatie: scenariobestand niet gevonden: ${s}`);
  });

  test('scenario file not JSON', async () => {
    const s = path.join(dir, 'kapot.json');
    fs.writeFileSync(s, '{ "name": "Leerplein", ');
    await expectFail(['analyse', good, '--scenario', s],
      new RegExp(`^formatie: scenariobestand ${s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')} is geen geldige JSON: .+$`));
  });

  test('scenario with an out-of-range value names the key', async () => {
    const s = path.join(dir, 'buiten-bereik.json');
    fs.writeFileSync(s, JSON.stringify({ preset: 'leerplein', plaza: { share: 1.5 } }));
    const r = await cli('analyse', good, '--scenario', s);
    expect(r.code).toBe(2);
    expect(r.stdout).toBe('');
    expect(r.stderr.trimEnd().split('\n')).toHaveLength(1);
    expect(r.stderr.startsWith(`formatie: scenariobestand ${s} is ongeldig: `)).toBe(true);
    expect(r.stderr).toContain('plaza.share');
  });

  test('scenario with an unknown key names the key', async () => {
    const s = path.join(dir, 'onbekend.json');
    fs.writeFileSync(s, JSON.stringify({ name: 'x', leerplein: true }));
    const r = await cli('analyse', good, '--scenario', s);
    expect(r.code).toBe(2);
    expect(r.stderr.trimEnd().split('\n')).toHaveLength(1);
    expect(r.stderr.startsWith(`formatie: scenariobestand ${s} is ongeldig: `)).toBe(true);
    expect(r.stderr).toContain('leerplein');
  });

  test('plaza and productivityGain together is an error', async () => {
    const s = path.join(dir, 'beide.json');
    fs.writeFileSync(s, JSON.stringify({ preset: 'leerplein', productivityGain: { gain: 0.2 } }));
    const r = await cli('analyse', good, '--scenario', s);
    expect(r.code).toBe(2);
    expect(r.stderr.trimEnd().split('\n')).toHaveLength(1);
    expect(r.stderr).toContain('productivityGain');
  });

  test('unknown preset lists the valid ones', async () => {
    await expectFail(['analyse', good, '--preset', 'leerpleinen'],
      'formatie: onbekend preset "leerpleinen"; kies uit: klassikaal-oa, domeinen, leerplein, productiviteit');
  });

  test('unknown preset in English', async () => {
    await expectFail(['analyse', good, '--preset', 'x', '--lang', 'en'],
      'formatie: unknown preset "x"; choose from: klassikaal-oa, domeinen, leerplein, productiviteit');
  });
});

describe('bad command line', () => {
  test('unknown option', async () => {
    await expectFail(['analyse', good, '--verbose'], 'formatie: onbekende optie --verbose (zie formatie --help)');
  });

  test('option without its value', async () => {
    await expectFail(['analyse', good, '--scenario'], 'formatie: optie --scenario heeft een waarde nodig (zie formatie --help)');
  });

  test('unknown language', async () => {
    await expectFail(['analyse', good, '--lang', 'de'], 'formatie: onbekende taal "de" bij --lang; kies nl of en');
  });

  test('no command', async () => {
    await expectFail([], 'formatie: geef een opdracht: formatie analyse BESTAND.xlsx (zie formatie --help)');
  });

  test('unknown command', async () => {
    await expectFail(['analyseer', good], 'formatie: onbekende opdracht "analyseer"; gebruik: formatie analyse BESTAND.xlsx (zie formatie --help)');
  });

  test('no file', async () => {
    await expectFail(['analyse'], 'formatie: geef het werkmapbestand: formatie analyse BESTAND.xlsx');
  });

  test('--out equal to the input is refused, the input untouched', async () => {
    const before = fs.readFileSync(good);
    const same = path.join(dir, '.', 'school.xlsx');
    await expectFail(['analyse', good, '--out', same],
      `formatie: --out mag niet het invoerbestand zijn (${same}); de werkmap wordt nooit overschreven`);
    expect(fs.readFileSync(good).equals(before)).toBe(true);
  });

  test('--out through a symlink to the input is refused', async () => {
    const link = path.join(dir, 'link.xlsx');
    try {
      fs.symlinkSync(good, link);
    } catch {
      return; // no symlinks on this file system
    }
    await expectFail(['analyse', good, '--out', link],
      `formatie: --out mag niet het invoerbestand zijn (${link}); de werkmap wordt nooit overschreven`);
  });

  test('--out must be .xlsx', async () => {
    const out = path.join(dir, 'resultaat.csv');
    await expectFail(['analyse', good, '--out', out], `formatie: --out moet een .xlsx-bestand zijn: ${out}`);
  });
});

describe('help and version', () => {
  test('--help prints usage, exit 0', async () => {
    const r = await cli('--help');
    expect(r.code).toBe(0);
    expect(r.stdout).toContain('formatie analyse BESTAND.xlsx');
    expect(r.stdout).toContain('--preset');
    expect(r.stderr).toBe('');
  });

  test('-h in English', async () => {
    const r = await cli('-h', '--lang', 'en');
    expect(r.code).toBe(0);
    expect(r.stdout).toContain('formatie analyse FILE.xlsx');
  });

  test('--version prints the package version', async () => {
    const pkg = JSON.parse(fs.readFileSync(path.join(__dirname, '..', '..', 'package.json'), 'utf8'));
    const r = await cli('--version');
    expect(r.code).toBe(0);
    expect(r.stdout).toBe(`formatie ${pkg.version}\n`);
  });
});
