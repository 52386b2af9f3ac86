import { analyse } from '../../src/model/analysis';
import { resolveScenario } from '../../src/model/scenario';
import { evaluateScenario } from '../../src/model/scenario-evaluate';
import {
  FIXED_PARAMETERS, NORM_PARAMETERS, canonicalParameter, parameter, parameterLabel, parametersAffecting,
} from '../../src/model/parameters';
import { SCENARIO_KEYS } from '../../src/model/labels';
import { DEFAULT_NORMS } from '../../src/model/norms';
import type { Scenario, ScenarioInput } from '../../src/model/api';
import { demand, staff } from './fixtures';

function scenario(input: ScenarioInput): Scenario {
  const r = resolveScenario(input);
  if (!r.ok) throw new Error(JSON.stringify(r.errors));
  return r.scenario;
}

describe('parameter registry', () => {
  test('every contract path has one entry', () => {
    expect(FIXED_PARAMETERS.map((p) => p.key)).toEqual([
      'plaza.share', 'plaza.size', 'plaza.teachers', 'plaza.assistants', 'productivityGain.gain',
      'productivityGain.share', 'studentsPerAssistant', 'costPerFte.teacher', 'costPerFte.assistant',
    ]);
    expect(NORM_PARAMETERS).toHaveLength(8);
    expect(parameter('task.administratie.share')?.task).toBe('administratie');
    expect(parameter('task.eigen.hoursPerFte')?.valid).toEqual({ min: 0, max: 10000, minExclusive: false });
  });

  test('validation and search ranges that differ are both stated', () => {
    const size = parameter('plaza.size')!;
    expect(size.valid).toEqual({ min: 0, max: 10000, minExclusive: true });
    expect(size.search(DEFAULT_NORMS)).toEqual([1, 500]);
    expect(size.integer).toBe(true);
    expect(size.searchWhy).not.toBe('');
    const cost = parameter('costPerFte.teacher')!;
    expect(cost.valid.max).toBe(10_000_000);
    expect(cost.search(DEFAULT_NORMS)).toEqual([0, 500_000]);
    // Task hours are searched up to the annual hours of one FTE (1659 by default).
    expect(parameter('task.ict.hoursPerFte')!.search(DEFAULT_NORMS)).toEqual([0, 1659]);
  });

  test('norms by key, norms.<key> and label; rows match in any case', () => {
    expect(canonicalParameter('norms.coordinationShare')).toBe('coordinationShare');
    expect(canonicalParameter('Coördinatietijd')).toBe('coordinationShare');
    expect(parameter('Plaza.Share')).toBeUndefined();
    expect(parameter('Plaza.Share', true)?.key).toBe('plaza.share');
    expect(parameter('TASK.opvang.SHARE', true)?.key).toBe('task.opvang.share');
  });

  test('labels are words, not keys', () => {
    expect(parameterLabel('coordinationShare', 'nl')).toBe('Coördinatietijd');
    expect(parameterLabel('task.administratie.share', 'nl')).toBe('Aandeel leerlingadministratie');
    expect(parameterLabel('plaza.size', 'en')).toBe('Plaza: pupils');
  });

  test('getter and setter on the scenario file', () => {
    const p = parameter('plaza.size')!;
    const i = p.setInput({ preset: 'leerplein' }, 120);
    expect(i).toEqual({ preset: 'leerplein', plaza: { size: 120 } });
    expect(p.getInput(i)).toBe(120);
    const t = parameter('task.opvang.share')!.setInput({ tasks: [{ key: 'ict', share: 1 }] }, 0.5);
    expect(t.tasks).toEqual([{ key: 'ict', share: 1 }, { key: 'opvang', share: 0.5 }]);
    const n = parameter('reinvestShare')!.setInput({}, 0.3);
    expect(n).toEqual({ norms: { reinvestShare: 0.3 } });
  });

  test('a figure not listed in `affects` does not move when the parameter moves', () => {
    // A school with demand, staff, cost: every figure is a number, so a move would show.
    const a = analyse([
      demand([{ level: 'havo', year: '3', subject: 'T', students: 90, maxGroupSize: 28, lessonsPerWeek: 10 }]),
      staff([{ category: 'teacher', fte: 1.2, cost: 90000 }, { category: 'assistant', fte: 1, cost: 50000 }]),
    ]);
    const withPlaza = scenario({ plaza: { share: 0.2, size: 90, teachers: 1, assistants: 1 }, tasks: [{ key: 'administratie', share: 0.5 }], studentsPerAssistant: 100, norms: { reinvestShare: 0.2 } });
    const withGain = scenario({ productivityGain: { gain: 0.2, share: 0.5 }, tasks: [{ key: 'administratie', share: 0.5 }], studentsPerAssistant: 100 });
    for (const s of [withPlaza, withGain]) {
      const before = evaluateScenario(a, s);
      const paths = [...FIXED_PARAMETERS, ...NORM_PARAMETERS].map((p) => p.key).concat(['task.administratie.share', 'task.administratie.hoursPerFte']);
      for (const path of paths) {
        const p = parameter(path)!;
        if (p.needs && !s[p.needs]) continue;
        const cur = p.get(s) ?? (a.norms as unknown as Record<string, number>)[p.key] ?? 1;
        const [lo, hi] = p.search(a.norms);
        const moved = p.set(s, cur === hi ? lo + (hi - lo) / 3 : Math.min(hi, cur + (hi - lo) / 7 + (p.integer ? 1 : 0)));
        const after = evaluateScenario(a, moved);
        for (const k of SCENARIO_KEYS) {
          if (p.affects.includes(k)) continue;
          expect({ path, k, v: after[k] }).toEqual({ path, k, v: before[k] });
        }
      }
    }
  });

  test('parametersAffecting: only what the scenario has', () => {
    const s = scenario({ productivityGain: { gain: 0.2 } });
    const ps = parametersAffecting('teacherFteNeeded', s);
    expect(ps).toContain('productivityGain.gain');
    expect(ps).not.toContain('plaza.share');
    expect(ps).toContain('lessonMinutes');
    expect(parametersAffecting('assistantFteByRatio', s)).toEqual(['studentsPerAssistant']);
    expect(parametersAffecting('transferredHours', s)).toContain('task.ict.share');
  });
});
