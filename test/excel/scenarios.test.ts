import { createExcelActions, parseStoredScenarios, SCENARIOS_SETTING } from '../../src/excel';
import type { ScenarioInput } from '../../src/model/api';
import { PRESETS } from '../../src/model/presets';
import { CLI_EXAMPLE_SCENARIO } from '../fixtures/cli-example-scenario';
import { FakeExcel } from './fake-excel';

const scenarios: ScenarioInput[] = [
  CLI_EXAMPLE_SCENARIO,
  { name: 'Zonder plein', preset: 'domeinen', plaza: null, productivityGain: { gain: 0.1, share: 0.5 } },
  { ...PRESETS['klassikaal-oa'].input, name: '=SUM(A1)' },
];

describe('scenarios saved in the workbook', () => {
  test('save then load round-trips, one sync each, in the workbook settings', async () => {
    const fake = new FakeExcel([{ name: 'Blad1' }]);
    const actions = createExcelActions(fake.run);
    await actions.saveScenarios(scenarios);
    expect(fake.syncs.length).toBe(1);
    expect(typeof fake.settings.get(SCENARIOS_SETTING)).toBe('string');
    expect(fake.sheets[0].written.size).toBe(0);

    const again = createExcelActions(fake.run); // another session on the same file
    expect(await again.loadScenarios()).toEqual(scenarios);
    expect(fake.syncs.length).toBe(2);
    expect(fake.loads).toEqual([{ type: 'Setting', props: ['value'] }]);
  });

  test('nothing saved: []', async () => {
    const fake = new FakeExcel([{ name: 'Blad1' }]);
    expect(await createExcelActions(fake.run).loadScenarios()).toEqual([]);
    expect(fake.syncs.length).toBe(1);
  });

  test('garbage is ignored softly', async () => {
    const spy = jest.spyOn(console, 'error').mockImplementation(() => undefined);
    const warn = jest.spyOn(console, 'warn').mockImplementation(() => undefined);
    const fake = new FakeExcel([{ name: 'Blad1' }]);
    fake.settings.set(SCENARIOS_SETTING, '{not json');
    expect(await createExcelActions(fake.run).loadScenarios()).toEqual([]);
    for (const bad of ['42', '"text"', 'null', '{"a":1}', 42, null]) expect(parseStoredScenarios(bad)).toEqual([]);
    expect(
      parseStoredScenarios(
        JSON.stringify([
          1,
          'x',
          null,
          [],
          { name: 7, preset: 'leerplein', plaza: 'big', norms: { lessonMinutes: '45', teachingWeeks: 38, bogus: 1 }, tasks: [{ key: 'ict', share: 'all' }, 3, { share: 1 }] },
        ]),
      ),
    ).toEqual([{ preset: 'leerplein', norms: { teachingWeeks: 38 }, tasks: [{ key: 'ict' }] }]);
    expect(parseStoredScenarios({ scenarios: [{ name: 'A' }] })).toEqual([{ name: 'A' }]);
    expect(spy).not.toHaveBeenCalled();
    expect(warn).not.toHaveBeenCalled();
    spy.mockRestore();
    warn.mockRestore();
  });
});

describe('selectCell', () => {
  test('activates the sheet and selects the cell in one sync', async () => {
    const fake = new FakeExcel([{ name: 'Personeel', values: [[1]] }, { name: 'Lesvraag 26-27', values: [[1]] }]);
    await createExcelActions(fake.run).selectCell("'Lesvraag 26-27'!G28");
    expect(fake.syncs.length).toBe(1);
    expect(fake.activated).toEqual(['Lesvraag 26-27']);
    expect(fake.selected).toEqual(['Lesvraag 26-27!G28']);
    expect(fake.writes).toEqual([]);
  });

  test('an address without a sheet selects on the active sheet', async () => {
    const fake = new FakeExcel([{ name: 'Personeel', values: [[1]] }]);
    await createExcelActions(fake.run).selectCell('B2');
    expect(fake.selected).toEqual(['Personeel!B2']);
  });
});
