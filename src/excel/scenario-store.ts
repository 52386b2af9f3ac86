/**
 * Scenarios saved in the workbook: Excel's workbook settings (Excel.SettingCollection),
 * which are stored inside the .xlsx, so they come back on any computer that opens the
 * file (after the workbook is saved). Key SCENARIOS_SETTING, value a JSON string of a
 * ScenarioInput[] (cli.md's scenario file shape).
 *
 * The stored JSON is parsed by the model's one parser (model/stored-scenarios.ts).
 */

export { parseStoredScenarios, serializeScenarios } from '../model/stored-scenarios';

export const SCENARIOS_SETTING = 'formatie.scenarios';
