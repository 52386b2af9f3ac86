import { compare, scenarioNote } from '../../src/model/comparison';
import { resolveScenario } from '../../src/model/scenario';
import { PRESETS } from '../../src/model/presets';
import { school } from './fixtures';

describe('comparison use case', () => {
  test('current situation first, then valid scenarios; invalid ones listed by index', () => {
    const c = compare(school(), { scenarios: [{ preset: 'leerplein' }, { plaza: { share: 2 } }, { name: 'Eigen', tasks: [{ key: 'ict' }] }], lang: 'en' });
    // A scenario without a name is named by its place (as the pane names it).
    expect(c.columns.map((x) => x.result.name)).toEqual(['Current situation', 'Scenario 1', 'Eigen']);
    expect(c.invalid.map((x) => x.index)).toEqual([1]);
    expect(c.columns[0].note).toBeNull();
    expect(c.columns[1].note).toBe(PRESETS.leerplein.readingEn);
    expect(c.columns[2].note).toBeNull();
  });

  test('the note names the own values that go over the preset', () => {
    const input = { preset: 'leerplein', norms: { coordinationShare: 0.2 }, plaza: { share: 0.3 } };
    const r = resolveScenario(input);
    if (!r.ok) throw new Error('invalid');
    expect(scenarioNote(input, r.scenario, 'nl')).toBe(
      `${PRESETS.leerplein.readingNl} Eigen waarden uit het scenario gaan voor: Leerplein: aandeel lessen, Coördinatietijd.`,
    );
  });
});
