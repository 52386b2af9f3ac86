import { analyse } from '../../src/model/analysis';
import { resolveScenario, runScenario } from '../../src/model/scenario';
import { solveScenario } from '../../src/model/solve';
import type { Scenario, ScenarioInput } from '../../src/model/api';
import { close, demand, school, staff } from './fixtures';

function scenario(input: ScenarioInput): Scenario {
  const r = resolveScenario(input);
  if (!r.ok) throw new Error(JSON.stringify(r.errors));
  return r.scenario;
}

/** 90 pupils, 4 groups × 10 lessons = 40 lessons = 1.75 FTE, with `available` teacher FTE. */
function cohort(available: number) {
  return analyse([
    demand([{ level: 'havo', year: '3', subject: 'T', students: 90, maxGroupSize: 28, lessonsPerWeek: 10 }]),
    staff([{ category: 'teacher', fte: available }], ['role', 'fte']),
  ]);
}

const plaza1 = { share: 0.1, size: 90, teachers: 1, assistants: 1 };

describe('solve', () => {
  test('plaza share that closes the shortage: (40 − 30p) × 0.04375 = 1.4 → p = 8/30', () => {
    const a = cohort(1.4);
    const out = solveScenario(a, scenario({ plaza: plaza1 }), { parameter: 'plaza.share', metric: 'shortageAfterFte', value: 0 });
    expect(out.solved).not.toBeNull();
    close(out.solved!.value, 8 / 30, 1e-8);
    expect(Math.abs(out.solved!.metricValue)).toBeLessThan(1e-8);
  });

  test('no share in 0..1 reaches it: null with a reason', () => {
    const a = cohort(0.3); // would need p = 1.105
    const out = solveScenario(a, scenario({ plaza: plaza1 }), { parameter: 'plaza.share', metric: 'shortageAfterFte', value: 0 });
    expect(out.solved).toBeNull();
    // Labels, not raw keys; Dutch notation. Need 40 lessons × 0.04375 = 1.75 FTE, available 0.3:
    // p = 0 → 1.45; p = 1 → (40 − 30) × 0.04375 − 0.3 = 0.1375, shown 0,14.
    expect(out.reason).toBe('geen waarde van Leerplein: aandeel lessen tussen 0 en 1 brengt Tekort na scenario (FTE) op 0 (Tekort na scenario (FTE) loopt daar van 0,14 tot 1,45)');
    expect(out.reason).not.toMatch(/plaza\.share/);
    const en = solveScenario(a, scenario({ plaza: plaza1 }), { parameter: 'plaza.share', metric: 'shortageAfterFte', value: 0 }, 'en');
    expect(en.reason).toBe('no value of Plaza: share of lessons between 0 and 1 brings Shortage after scenario (FTE) to 0 (Shortage after scenario (FTE) ranges from 0.14 to 1.45 there)');
  });

  test('reinvestShare that closes the small school\u2019s 0.05 FTE: 0.05 × 1.67 × 720 / 76.5', () => {
    const a = analyse(school());
    const out = solveScenario(a, scenario({ preset: 'klassikaal-oa' }), { parameter: 'reinvestShare', metric: 'shortageAfterFte', value: 0 });
    close(out.solved!.value, (0.05 * 1.67 * 720) / 76.5, 1e-8);
  });

  test('a whole-number parameter with steps: the smallest plaza size at which the need falls to 1.5 FTE or less', () => {
    // share 1, 1 teacher: lessons' = ceil(90 / size) × 10; FTE = that × 0.04375. ≤ 1.5 FTE ⇔ ≤ 34.28 lessons ⇔ ≤ 3 plazas ⇔ size ≥ 30
    const a = cohort(1);
    const out = solveScenario(a, scenario({ plaza: { share: 1, size: 10, teachers: 1, assistants: 1 } }), {
      parameter: 'plaza.size', metric: 'teacherFteNeeded', value: 1.5,
    });
    expect(out.solved!.value).toBe(30);
    close(out.solved!.metricValue, 30 * 0.04375);
  });

  test('a parameter the scenario lacks gives a reason', () => {
    const out = solveScenario(cohort(1), scenario({}), { parameter: 'plaza.share', metric: 'shortageAfterFte', value: 0 });
    expect(out.solved).toBeNull();
    expect(out.reason).toMatch(/geen leerplein/);
  });

  test('a figure without data gives a reason', () => {
    const a = analyse([demand([{ students: 90, maxGroupSize: 28, lessonsPerWeek: 10 }])]);
    const out = solveScenario(a, scenario({ plaza: plaza1 }), { parameter: 'plaza.share', metric: 'shortageAfterFte', value: 0 });
    expect(out.solved).toBeNull();
    expect(out.reason).toMatch(/geen gegevens/);
  });

  test('runScenario with solve reports the figures at the solved value', () => {
    const a = cohort(1.4);
    const s = scenario({ plaza: plaza1, solve: { parameter: 'plaza.share', metric: 'shortageAfterFte', value: 0 } });
    const r = runScenario(a, s);
    expect(r.solved?.parameter).toBe('plaza.share');
    close(r.solved!.value, 8 / 30, 1e-8);
    expect(Math.abs(r.shortageAfterFte as number)).toBeLessThan(1e-8);
  });

  test('runScenario with an unsolvable solve keeps its own figures and says why', () => {
    const a = cohort(0.3);
    const r = runScenario(a, scenario({ plaza: plaza1, solve: { parameter: 'plaza.share', metric: 'shortageAfterFte', value: 0 } }));
    expect(r.solved).toBeNull();
    expect(r.solveReason).toBeTruthy();
    close(r.teacherFteNeeded, (40 - 3) * 0.04375); // at p = 0.1
  });
});
