/**
 * The pane's scenario list: drafts (input + raw texts) and the inputs saved. Kept apart
 * from scenario-form.ts (presets, catalogue) so that the first paint does not load them.
 */

import type { ScenarioInput } from '../model/api';

/** A scenario as the pane holds it: a stable id, the input, and raw texts being typed. */
export interface ScenarioDraft {
  id: string;
  input: ScenarioInput;
  /** Field key → text as typed, for fields whose text is not (yet) a clean number. */
  raw: Record<string, string>;
}

export const MAX_SCENARIOS = 6;

let counter = 0;
export function newId(): string {
  counter += 1;
  return `s${Date.now().toString(36)}${counter}`;
}

export function draftFrom(input: ScenarioInput): ScenarioDraft {
  return { id: newId(), input, raw: {} };
}

/** Inputs to save: the drafts' inputs, each with a name. */
export function inputsOf(drafts: ScenarioDraft[], fallbackName: (n: number) => string): ScenarioInput[] {
  return drafts.map((d, i) => ({ ...d.input, name: d.input.name?.trim() ? d.input.name : fallbackName(i + 1) }));
}
