export * from './types';
export * from './norms';
export * from './formulas';
export * from './labels';
export * from './tasks';
export * from './api';
export { analyse } from './analysis';
export { resolveScenario, scenarioFromParameters, runScenario, evaluateScenario, currentSituation } from './scenario';
export { UNKNOWN_LOCATION } from './analysis';
export * from './address';
export { PRESETS, PRESET_KEYS } from './presets';
export type { PresetKey, Preset } from './presets';
export { solveScenario } from './solve';
export * from './parameters';
export * from './vocabulary';
export * from './number-text';
export * from './excel-errors';
export {
  compare, comparisonColumns, columnNotes, joinNotes, scenarioNote, withReinvest, defaultSolveQuestion,
  describeScenario, whyNotes, costNotes, scenarioNorms, costExplanation,
} from './comparison';
export type { Comparison, ComparisonColumn, ColumnNotes, SolveQuestion } from './comparison';
export { formatPlain, formatPercent, MINUS } from './format';
export { project, YEAR_KEYS, YEAR_LABELS, schoolYearOfDate } from './projection';
export type { Projection, ProjectionYear, ProjectionSubject, ProjectionEcho, ProjectOptions, YearKey } from './projection';
export {
  resolveProjection, splitProjectionRows, schoolYearStart, schoolYearLabel, finalYearOf, projectionKeyFrom,
  PROJECTION_DEFAULTS, PROJECTION_KEYS, PROJECTION_LABELS, DEFAULT_FINAL_YEAR,
} from './projection-params';
export type { ProjectionParams, ProjectionParse, ProjectionKey, AssistantToTeacher } from './projection-params';
export * from './projection-formulas';
