import { compare, scenarioNote, withReinvest, costExplanation } from '../../src/model/comparison';
import { analyse } from '../../src/model/analysis';
import { resolveScenario, runScenario } from '../../src/model/scenario';
import type { Scenario, ScenarioInput } from '../../src/model/api';
import { close, school } from './fixtures';

function scenario(input: ScenarioInput): Scenario {
  const r = resolveScenario(input);
  if (!r.ok) throw new Error(JSON.stringify(r.errors));
  return r.scenario;
}

// The small school of fixtures.ts: need 24 lessons × 0.04375 = 1.05 FTE, 1.0 teacher FTE
// available at 81,000 / 1.0 = € 81,000 per FTE, 1.0 assistant FTE at € 45,000.
// Current-situation cost = 1.05 × 81,000 + 1 × 45,000 = € 130,050.

describe('comparison use case', () => {
  test('current situation first, then valid scenarios; invalid ones listed by index', () => {
    const c = compare(school(), { scenarios: [{ preset: 'leerplein' }, { plaza: { share: 2 } }, { name: 'Eigen', tasks: [{ key: 'ict' }] }], lang: 'en' });
    // A scenario without a name is named by its place (as the pane names it).
    expect(c.columns.map((x) => x.result.name)).toEqual(['Current situation', 'Scenario 1', 'Eigen']);
    expect(c.invalid.map((x) => x.index)).toEqual([1]);
    expect(c.columns[0].note).toBeNull();
    expect(c.columns[0].notes).toBeNull();
    expect(c.columns[1].notes!.description).toBe(
      'Learning plaza for 15% of lessons: plazas of 90 pupils with 3 teachers and 1 assistant. '
      + 'Starting point: practice example Learning plaza (Technasium Schöndeln, Roermond), in our reading.',
    );
    // A scenario without a preset is described by what it sets.
    expect(c.columns[2].notes!.description).toBe(
      'Tasks handed to assistants: managing ICT and devices 100%; other tasks 0% (hours per task: catalogue assumption).',
    );
  });

  test('the note describes the values used, not the preset\'s: 25% and 2 teachers; own norms with units', () => {
    const input = {
      preset: 'leerplein', plaza: { share: 0.25, teachers: 2 }, norms: { coordinationShare: 0.15, reinvestShare: 0.5 },
    };
    const c = compare(school(), { scenarios: [input], lang: 'nl' });
    const n = c.columns[1].notes!;
    expect(n.description).toBe(
      'Leerplein voor 25% van de lessen: pleinen van 90 leerlingen met 2 leraren en 1 onderwijsassistent. '
      + 'Uitgangspunt: praktijkvoorbeeld Leerplein (Technasium Schöndeln, Roermond), in onze lezing; '
      + 'eigen waarden gezet: Leerplein: aandeel lessen, Leerplein: leraren, Coördinatietijd, Herinvestering in lessen.',
    );
    expect(n.description).not.toMatch(/15%|3 leraren/);
    expect(n.norms).toEqual(['coördinatietijd 0,15 uur leraar per overgedragen uur', 'herinvestering in lessen 0,5 deel van de vrijgespeelde uren']);
    expect(c.columns[1].note).toContain('Eigen normen: coördinatietijd 0,15 uur leraar per overgedragen uur; herinvestering in lessen 0,5');
    expect(scenarioNote(input, scenario(input), 'nl')).toBe(n.description);
  });
});

describe('cost difference (cli.md: this column − the current-situation column)', () => {
  test('own cost per FTE: the difference agrees with the rows, the note splits off the price change', () => {
    const c = compare(school(), { scenarios: [{ preset: 'klassikaal-oa', costPerFte: { teacher: 90000, assistant: 50000 } }], lang: 'nl' });
    const r = c.columns[1].result;
    // Scenario: 1.05 × 90,000 + (1 + 85/1619) × 50,000 = 94,500 + 52,625.08 = 147,125.08.
    close(r.cost, 147125.0772, 1e-9);
    // 147,125.08 − 130,050 = 17,075.08; price part on the current formation:
    // 1.05 × (90,000 − 81,000) + 1 × (50,000 − 45,000) = 9,450 + 5,000 = 14,450; rest 2,625.
    close(r.costDelta, 147125.0772 - 130050, 1e-9);
    expect(c.columns[0].result.cost! + r.costDelta!).toBeCloseTo(r.cost!, 6);
    expect(c.columns[1].notes!.cost).toEqual([
      'Van het verschil van € 17.075 is € 14.450 een prijsverschil (dit scenario rekent met € 90.000 per FTE leraar in plaats van '
      + '€ 81.000 uit de werkmap en € 50.000 per FTE OA in plaats van € 45.000 uit de werkmap, over de huidige formatie); '
      + 'de andere formatie zelf kost € 2.625.',
    ]);
  });

  test('no cost in the workbook: compared with the current formation at the scenario\'s prices, and it says so', () => {
    const [d, s] = school();
    const noCost = { ...s, rows: (s as any).rows.map((r: any) => ({ ...r, cost: null })) };
    const c = compare([d, noCost as any], { scenarios: [{ preset: 'klassikaal-oa', costPerFte: { teacher: 80000, assistant: 50000 } }], lang: 'en' });
    expect(c.columns[0].result.cost).toBeNull();
    // (1.05 × 80,000 + (1 + 85/1619) × 50,000) − (1.05 × 80,000 + 1 × 50,000) = 85/1619 × 50,000 = 2,625.08
    close(c.columns[1].result.costDelta, (85 / 1619) * 50000);
    expect(c.columns[1].notes!.cost[0]).toMatch(/^The workbook gives no staff cost for the current situation: the difference compares with the current formation priced at this scenario's own cost per FTE\.$/);
  });

  test('the cost explained as a sum beside the payroll', () => {
    // payroll 40,000 + 25,000 + 16,000 + 45,000 = 126,000 for 1.0 teacher FTE and 1.0 assistant FTE.
    expect(costExplanation(analyse(school()), 'nl')).toBe(
      'Personeelskosten huidige situatie: 1,05 FTE leraren nodig × € 81.000 + 1,00 FTE OA in dienst × € 45.000 = € 130.050; '
      + 'de loonkosten (€ 126.000) betalen het personeel dat nu in dienst is (1,00 FTE leraren, 1,00 FTE OA).',
    );
  });
});

describe('why the figures come out so', () => {
  test('klassikaal-oa: freed hours relieve workload unless reinvested, with what half would give', () => {
    const c = compare(school(), { scenarios: [{ preset: 'klassikaal-oa' }], lang: 'nl' });
    // Net freed 85 h × 1.0 FTE × 0.9 = 76.5 h (2.02 h per FTE per week = 76.5 / 37.8);
    // half reinvested: 38.25 / (1.67 × 720) = 0.0318 FTE; shortage 0.05 − 0.0318 = 0.018.
    expect(c.columns[1].notes!.why).toEqual([
      'De 77 netto vrijgespeelde uren (2,02 uur per FTE leraar per week) verlichten de werkdruk van leraren: '
      + 'herinvestering in lessen staat op 0, dus ze leveren geen extra lessen en het tekort verandert niet. '
      + 'Wie de helft herinvesteert, krijgt 0,03 FTE extra lescapaciteit (tekort na scenario 0,02 FTE).',
    ]);
  });

  test('withReinvest: the one-click variant that turns half of the freed hours into lessons', () => {
    const v = withReinvest({ preset: 'klassikaal-oa' }, 0.5, 'nl');
    expect(v.name).toBe('Klassikaal + OA (Lek en Linge, Culemborg) (herinvesteren 50%)');
    expect(v.norms).toEqual({ reinvestShare: 0.5 });
    const r = runScenario(analyse(school()), scenario(v));
    close(r.extraLessonFte, 38.25 / (1.67 * 720)); // F12
    close(r.shortageAfterFte, 0.05 - 38.25 / (1.67 * 720)); // F15
    expect(withReinvest({ name: 'Mijn plan', norms: { coordinationShare: 0.2 } }, 0.25, 'en'))
      .toEqual({ name: 'Mijn plan (reinvest 25%)', norms: { coordinationShare: 0.2, reinvestShare: 0.25 } });
  });

  test('a plaza that raises the teacher need says why', () => {
    // leerplein: NL A 56 pupils → 1 plaza of 90 × 3 teachers vs 2 groups: more teacher hours.
    const c = compare(school(), { scenarios: [{ preset: 'leerplein' }], lang: 'nl' });
    const r = c.columns[1].result;
    expect(r.teacherFteNeeded!).toBeGreaterThan(1.05);
    expect(c.columns[1].notes!.why[0]).toMatch(/^Het leerplein vraagt 0,\d\d FTE leraren meer dan klassikaal: elk cohort en vak krijgt eigen pleinen van 90 leerlingen met 3 leraren \(F10\), 30 leerlingen per leraar/);
  });
});

describe('default "Wat is nodig?" question', () => {
  const { defaultSolveQuestion } = require('../../src/model/comparison') as typeof import('../../src/model/comparison');

  test('a plaza scenario: plaza share that closes the shortage', () => {
    const a = analyse(school());
    const q = defaultSolveQuestion(a, scenario({ plaza: { share: 0, size: 90, teachers: 1, assistants: 1 } }), 'nl');
    expect(q.metric).toBe('shortageAfterFte');
    expect(q.value).toBe(0);
    expect(q.parameter).toBe('plaza.share');
    expect(q.reason).toBeNull();
    // Every listed parameter can move the shortage; labels, not keys.
    expect(q.parameters[0]).toEqual({ path: 'plaza.share', label: 'Leerplein: aandeel lessen' });
    expect(q.parameters.map((p) => p.path)).not.toContain('studentsPerAssistant');
    expect(q.parameters.map((p) => p.path)).not.toContain('costPerFte.teacher');
    // The answer really closes it.
    const r = runScenario(a, scenario({ plaza: { share: q.answer!, size: 90, teachers: 1, assistants: 1 } }));
    expect(Math.abs(r.shortageAfterFte!)).toBeLessThan(1e-6);
  });

  test('task transfer: reinvesting the freed hours, when that can close it', () => {
    // Shortage 0.05 FTE; reinvest r gives 76.5 r / 1202.4 FTE → r = 0.05 × 1202.4 / 76.5 = 0.7859
    const q = defaultSolveQuestion(analyse(school()), scenario({ preset: 'klassikaal-oa' }), 'nl');
    expect(q.parameter).toBe('reinvestShare');
    close(q.answer, (0.05 * 1.67 * 720) / 76.5, 1e-6);
  });

  test('no staff table: says in words why there is no question', () => {
    const q = defaultSolveQuestion(analyse([school()[0]]), scenario({ preset: 'klassikaal-oa' }), 'en');
    expect(q.parameter).toBeNull();
    expect(q.reason).toBe('No question to propose: the workbook gives no teacher FTE available (no staff table), so there is no shortage to close.');
  });

  test('nothing in range reaches it: the reason names the figure and the parameters by label', () => {
    // ict 10 h × 0.5 × 1.0 FTE = 5 h (4.5 net): reinvesting all gives 4.5 / (1.67 × 720) = 0.004 FTE
    // of the 0.05 shortage; task share and hours move nothing while reinvest is 0 (one parameter at a time).
    const q = defaultSolveQuestion(analyse(school()), scenario({ tasks: [{ key: 'ict', share: 0.5 }] }), 'nl');
    expect(q.parameter).toBeNull();
    expect(q.reason).toMatch(/^Geen parameter van dit scenario brengt Tekort na scenario \(FTE\) op 0 \(nu 0,05\)/);
    expect(q.reason).not.toMatch(/reinvestShare|task\./);
  });
});

test('a productivity gain says it carries no assistant cost', () => {
  const c = compare(school(), { scenarios: [{ preset: 'productiviteit' }], lang: 'nl' });
  // F11: 1.05 × (1 / 1.23) = 0.85366; lower by 1.05 − 0.85366 = 0.19634 → "0,20".
  expect(c.columns[1].notes!.why).toEqual([
    'De productiviteitswinst verlaagt de lerarenbehoefte met 0,20 FTE (F11). Het model rekent daarvoor geen extra '
    + 'onderwijsassistenten: voeg de taken of leerpleinen toe die de reorganisatie dragen om de kosten ervan te zien.',
  ]);
});
