import { scenarioToParameterRows } from '../../src/excel/parameters';
import { PRESETS, PRESET_KEYS } from '../../src/model/presets';
import { CLI_EXAMPLE_SCENARIO } from '../fixtures/cli-example-scenario';

describe('scenarioToParameterRows', () => {
  test('an empty scenario has no rows', () => {
    expect(scenarioToParameterRows({})).toEqual([]);
    expect(scenarioToParameterRows({ name: 'Leeg' })).toEqual([]);
  });

  test.each(PRESET_KEYS)('a scenario that only names preset %s is one row', (key) => {
    expect(scenarioToParameterRows({ preset: key })).toEqual([['preset', key]]);
  });

  test('each preset\'s own parameters flatten to SCENARIO keys', () => {
    expect(scenarioToParameterRows(PRESETS['klassikaal-oa'].input)).toEqual([
      ['studentsPerAssistant', 216.7],
      ['task.surveillance.share', 1],
      ['task.toetsweek.share', 1],
      ['task.opvang.share', 1],
      ['task.administratie.share', 0.5],
    ]);
    expect(scenarioToParameterRows(PRESETS.domeinen.input)).toEqual([
      ['plaza.share', 0.3],
      ['plaza.size', 90],
      ['plaza.teachers', 1],
      ['plaza.assistants', 1],
      ['studentsPerAssistant', 82.5],
    ]);
    expect(scenarioToParameterRows(PRESETS.leerplein.input)).toEqual([
      ['plaza.share', 0.15],
      ['plaza.size', 90],
      ['plaza.teachers', 3],
      ['plaza.assistants', 1],
    ]);
    expect(scenarioToParameterRows(PRESETS.productiviteit.input)).toEqual([
      ['productivityGain.gain', 0.23],
      ['productivityGain.share', 1],
    ]);
  });

  test('cli.md\'s example scenario file: preset first, every key, norms last', () => {
    expect(
      scenarioToParameterRows(CLI_EXAMPLE_SCENARIO),
    ).toEqual([
      ['preset', 'leerplein'],
      ['plaza.share', 0.5],
      ['plaza.size', 90],
      ['plaza.teachers', 3],
      ['plaza.assistants', 1],
      ['studentsPerAssistant', 216.7],
      ['costPerFte.teacher', 90000],
      ['costPerFte.assistant', 55000],
      ['task.administratie.share', 1],
      ['task.mentoruren.share', 0.5],
      ['task.mentoruren.hoursPerFte', 25],
      ['coordinationShare', 0.15],
    ]);
  });

  test('tasks: only when given, in order; a partial plaza writes only its keys', () => {
    expect(scenarioToParameterRows({ plaza: { share: 0.2 } })).toEqual([['plaza.share', 0.2]]);
    expect(scenarioToParameterRows({ tasks: [{ key: 'ict', hoursPerFte: 12 }, { key: 'controleren', share: 0.25 }] })).toEqual([
      ['task.ict.hoursPerFte', 12],
      ['task.controleren.share', 0.25],
    ]);
    // Listed without share or hours: mentioned with the catalogue hours.
    expect(scenarioToParameterRows({ tasks: [{ key: 'opvang' }] })).toEqual([['task.opvang.hoursPerFte', 20]]);
  });

  test('norms in NORM_KEYS order, all of them when given', () => {
    expect(scenarioToParameterRows({ norms: { reinvestShare: 0.5, annualHours: 1659, lessonMinutes: 45 } })).toEqual([
      ['annualHours', 1659],
      ['lessonMinutes', 45],
      ['reinvestShare', 0.5],
    ]);
  });

  test('a null that drops a preset key writes the preset out (no preset row)', () => {
    expect(scenarioToParameterRows({ preset: 'domeinen', plaza: null, productivityGain: { gain: 0.1 } })).toEqual([
      ['productivityGain.gain', 0.1],
      ['studentsPerAssistant', 82.5],
    ]);
    expect(scenarioToParameterRows({ preset: 'klassikaal-oa', studentsPerAssistant: null })).toEqual([
      ['task.surveillance.share', 1],
      ['task.toetsweek.share', 1],
      ['task.opvang.share', 1],
      ['task.administratie.share', 0.5],
    ]);
    // A null over nothing the preset sets keeps the preset row.
    expect(scenarioToParameterRows({ preset: 'leerplein', productivityGain: null })).toEqual([['preset', 'leerplein']]);
    expect(scenarioToParameterRows({ plaza: null, studentsPerAssistant: null })).toEqual([]);
  });

  test('non-finite numbers are left out', () => {
    expect(scenarioToParameterRows({ studentsPerAssistant: NaN, costPerFte: { teacher: Infinity, assistant: 50000 } })).toEqual([
      ['costPerFte.assistant', 50000],
    ]);
  });
});
