import { analyse } from '../../src/model/analysis';
import { currentSituation, resolveScenario, runScenario, scenarioFromParameters } from '../../src/model/scenario';
import type { Scenario, ScenarioInput } from '../../src/model/api';
import { PRESETS, PRESET_KEYS } from '../../src/model/presets';
import { close, demand, FTE_PER_LESSON, school, staff } from './fixtures';
import { CLI_EXAMPLE_SCENARIO } from '../fixtures/cli-example-scenario';

function scenario(input: ScenarioInput): Scenario {
  const r = resolveScenario(input);
  if (!r.ok) throw new Error(JSON.stringify(r.errors));
  return r.scenario;
}

/** The worked example's cohort: 90 pupils, groups of 28, 10 lessons a week. */
function cohort90(availableFte?: number) {
  const d = demand([{ level: 'havo', year: '3', subject: 'Technasium', students: 90, maxGroupSize: 28, lessonsPerWeek: 10 }]);
  const tables: Parameters<typeof analyse>[0] = [d];
  if (availableFte !== undefined) tables.push(staff([{ category: 'teacher', fte: availableFte }], ['role', 'fte']));
  return analyse(tables);
}

describe('scenario figures, hand-computed on the small school (need 1.05, available 1.0 FTE)', () => {
  const a = analyse(school());

  test('klassikaal-oa: task transfer of 85 h per teacher FTE', () => {
    const r = runScenario(a, scenario({ preset: 'klassikaal-oa' }));
    // surveillance 30×1 + toetsweek 15×1 + opvang 20×1 + administratie 40×0.5 = 85 h per FTE × 1.0 FTE available
    close(r.transferredHours, 85);
    close(r.netHoursFreed, 85 * 0.9); // F7: 76.5
    close(r.hoursFreedPerTeacherFtePerWeek, 76.5 / 1 / 37.8); // F8
    close(r.assistantFteForTasks, 85 / 1619); // F9
    expect(r.assistantFteForPlazas).toBe(0);
    close(r.assistantFteNeeded, 85 / 1619);
    close(r.assistantFteByRatio, 86 / 216.7); // F13, shown beside, never added
    expect(r.extraLessonFte).toBe(0); // reinvestShare 0
    close(r.teacherFteNeeded, 1.05);
    close(r.shortageAfterFte, 0.05);
    close(r.studentsPerTeacherContactHour, 23);
    close(r.cost, 1.05 * 81000 + (1 + 85 / 1619) * 45000);
    close(r.costDelta, (85 / 1619) * 45000); // ≈ 2362.57
    expect(r.name).toBe(PRESETS['klassikaal-oa'].nl);
  });

  test('leerplein: 15% in plazas of 90 with 3 teachers and 1 assistant', () => {
    const r = runScenario(a, scenario({ preset: 'leerplein' }));
    // per row: groups × 0.85 × L + 1 plaza × 0.15 × L × 3
    // NL A: 6.8 + 1.8 = 8.6; EN A: 5.1 + 1.35 = 6.45; FA A: 1.7 + 0.9 = 2.6; NL B: 8.6 → 26.25 lessons
    close(r.teacherFteNeeded, 26.25 * FTE_PER_LESSON);
    // assistant contact: 0.15 × (4 + 3 + 2 + 4) lessons × 50/60 h = 1.625 h/week
    close(r.assistantFteForPlazas, (1.625 * 37.8) / 1619);
    close(r.assistantFteNeeded, (1.625 * 37.8) / 1619);
    expect(r.transferredHours).toBe(0);
    close(r.shortageAfterFte, 26.25 * FTE_PER_LESSON - 1);
    close(r.studentsPerTeacherContactHour, 552 / 26.25);
    close(r.costDelta, (26.25 * FTE_PER_LESSON - 1.05) * 81000 + ((1.625 * 37.8) / 1619) * 45000);
    expect(r.assistantFteByRatio).toBeNull();
  });

  test('productiviteit: +23% on all lessons (F11)', () => {
    const r = runScenario(a, scenario({ preset: 'productiviteit' }));
    close(r.teacherFteNeeded, 1.05 / 1.23);
    close(r.shortageAfterFte, 1.05 / 1.23 - 1);
    close(r.studentsPerTeacherContactHour, 23 * 1.23);
    expect(r.assistantFteNeeded).toBe(0);
    close(r.costDelta, (1.05 / 1.23 - 1.05) * 81000);
  });

  test('reinvesting half the freed hours: F12 lowers the shortage after', () => {
    const r = runScenario(a, scenario({ preset: 'klassikaal-oa', norms: { reinvestShare: 0.5 } }));
    const extra = (76.5 * 0.5) / (1.67 * 720);
    close(r.extraLessonFte, extra);
    close(r.shortageAfterFte, 1.05 - 1 - extra);
  });

  test('a scenario\u2019s own norms apply to it: 750 teaching hours', () => {
    const r = runScenario(a, scenario({ norms: { maxTeachingHours: 750 } }));
    close(r.teacherFteNeeded, (24 * (50 / 60) * 37.8) / 750);
  });

  test('cost per FTE from the scenario beats the staff table', () => {
    const r = runScenario(a, scenario({ preset: 'klassikaal-oa', costPerFte: { teacher: 90000, assistant: 50000 } }));
    close(r.cost, 1.05 * 90000 + (1 + 85 / 1619) * 50000);
    // costDelta = this column − the current-situation column as printed (cli.md), the current
    // one at the workbook's prices 1.05 × 81,000 + 1 × 45,000 = 130,050:
    // 94,500 + 52,625.08 − 130,050 = 17,075.08 (85 / 1619 × 50,000 = 2,625.08; of which 1.05 × 9,000 + 1 × 5,000 = 14,450 is price).
    close(r.costDelta, 1.05 * 90000 + (1 + 85 / 1619) * 50000 - (1.05 * 81000 + 45000));
    close(r.costDelta as number, 17075.077, 1e-6);
  });

  test('current situation column', () => {
    const c = currentSituation(a);
    close(c.teacherFteNeeded, 1.05);
    close(c.shortageAfterFte, 0.05);
    expect(c.assistantFteNeeded).toBe(0);
    close(c.cost, 1.05 * 81000 + 45000);
    expect(c.costDelta).toBe(0);
  });
});

describe('learning plaza on the worked example (90 pupils, 10 lessons a week)', () => {
  test('share 1, plaza of 90 with 3 teachers and 1 assistant = PLAZA: 1.3125 FTE, 315/1619, productivity 30', () => {
    const a = cohort90();
    close(a.totals.teacherFteNeeded, 1.75); // 4 groups × 10 lessons
    const r = runScenario(a, scenario({ plaza: { share: 1, size: 90, teachers: 3, assistants: 1 } }));
    close(r.teacherFteNeeded, 1.3125);
    close(r.assistantFteForPlazas, 315 / 1619);
    close(r.studentsPerTeacherContactHour, 30);
    close(1 - (r.teacherFteNeeded as number) / 1.75, 0.25); // saves 25%
  });

  test('domeinen preset: 30% in plazas of 90, 1 teacher, 1 assistant', () => {
    const r = runScenario(cohort90(), scenario({ preset: 'domeinen' }));
    // 4 × 0.7 × 10 + 1 × 0.3 × 10 × 1 = 31 lessons
    close(r.teacherFteNeeded, 31 * FTE_PER_LESSON);
    // 1 × 0.3 × 10 × 1 × 50/60 = 2.5 h/week × 37.8 = 94.5 h
    close(r.assistantFteForPlazas, 94.5 / 1619);
    close(r.assistantFteByRatio, 90 / 82.5);
  });

  test('class-level rows of one cohort and subject are pooled before the ceiling', () => {
    const d = demand([
      { level: 'havo', year: '2', subject: 'NL', students: 28, groups: 1, lessonsPerWeek: 4 }, // class 2A
      { level: 'havo', year: '2', subject: 'NL', students: 27, groups: 1, lessonsPerWeek: 4 }, // class 2B
    ], ['level', 'year', 'subject', 'students', 'groups', 'lessonsPerWeek']);
    const r = runScenario(analyse([d]), scenario({ plaza: { share: 1, size: 90, teachers: 2, assistants: 1 } }));
    // pooled: 55 pupils → 1 plaza × 4 lessons × 2 teachers = 8 lessons (unpooled would be 2 plazas, 16)
    close(r.teacherFteNeeded, 8 * FTE_PER_LESSON);
  });

  test('a row whose students cell is bad keeps its baseline lessons in the scenario', () => {
    const d = demand([
      { level: 'havo', year: '3', subject: 'NL', students: 90, groups: 4, lessonsPerWeek: 10 },
      { level: 'havo', year: '4', subject: 'NL', students: null, groups: 2, lessonsPerWeek: 4 }, // bad cell: 8 lessons kept
    ], ['level', 'year', 'subject', 'students', 'groups', 'lessonsPerWeek']);
    const a = analyse([d]);
    close(a.totals.teacherLessonsPerWeek, 48);
    const r = runScenario(a, scenario({ plaza: { share: 1, size: 90, teachers: 3, assistants: 1 } }));
    close(r.teacherFteNeeded, (30 + 8) * FTE_PER_LESSON);
    close(r.studentsPerTeacherContactHour, 900 / 30); // same rows: the kept row is in neither sum
  });
});

describe('without a staff table', () => {
  test('tasks use the baseline need; shortages null', () => {
    const a = analyse([school()[0]]);
    const r = runScenario(a, scenario({ tasks: [{ key: 'administratie', share: 1 }] }));
    close(r.transferredHours, 1.05 * 40);
    close(r.hoursFreedPerTeacherFtePerWeek, (1.05 * 40 * 0.9) / 1.05 / 37.8);
    expect(r.shortageAfterFte).toBeNull();
    expect(r.cost).toBeNull();
    expect(currentSituation(a).shortageAfterFte).toBeNull();
  });
});

describe('validation names the key', () => {
  test.each<[unknown, string]>([
    [{ nme: 'x' }, 'nme'],
    [{ preset: 'onbekend' }, 'preset'],
    [{ plaza: { share: 1.5, size: 90, teachers: 3, assistants: 1 } }, 'plaza.share'],
    [{ plaza: { share: 0.5 } }, 'plaza.size'],
    [{ plaza: { share: 0.5, size: 90, teachers: 0, assistants: 1 } }, 'plaza.teachers'],
    [{ norms: { coordinationShare: 2 } }, 'norms.coordinationShare'],
    [{ norms: { salaris: 2 } }, 'norms.salaris'],
    [{ norms: { maxTeachingHours: '720' } }, 'norms.maxTeachingHours'],
    [{ tasks: [{ key: 'mentoruren', share: 0.5 }] }, 'tasks.mentoruren.hoursPerFte'],
    [{ tasks: [{ key: 'administratie', share: -0.1 }] }, 'tasks.administratie.share'],
    [{ tasks: [{ key: 'administratie' }, { key: 'administratie' }] }, 'tasks.administratie'],
    [{ tasks: 'administratie' }, 'tasks'],
    [{ studentsPerAssistant: 0 }, 'studentsPerAssistant'],
    [{ costPerFte: { teacher: -1 } }, 'costPerFte.teacher'],
    [{ preset: 'domeinen', productivityGain: { gain: 0.23 } }, 'productivityGain'],
    [{ plaza: { share: 0.5, size: 90, teachers: 3, assistants: 1 }, productivityGain: { gain: 0.23 } }, 'productivityGain'],
    [{ solve: { parameter: 'plaza.kleur' } }, 'solve.parameter'],
    [{ solve: { parameter: 'plaza.share', metric: 'geluk' } }, 'solve.metric'],
    ['leerplein', '(scenario)'],
  ])('%j → error on %s', (input, key) => {
    const r = resolveScenario(input);
    expect(r.ok).toBe(false);
    if (!r.ok) {
      expect(r.errors.map((e) => e.key)).toContain(key);
      for (const e of r.errors) {
        expect(e.message.startsWith(e.key)).toBe(true);
        expect(e.messageEn?.startsWith(e.key)).toBe(true);
      }
    }
  });

  test('a preset\u2019s plaza with an explicit productivityGain names both', () => {
    const r = resolveScenario({ preset: 'leerplein', productivityGain: { gain: 0.2 } });
    expect(r.ok).toBe(false);
    if (!r.ok) expect(r.errors[0].message).toMatch(/plaza.*productivityGain|productivityGain.*plaza/);
  });

  test('"plaza": null drops the preset\u2019s plaza so a productivity gain may replace it', () => {
    const s = scenario({ preset: 'domeinen', plaza: null, productivityGain: { gain: 0.1 } });
    expect(s.plaza).toBeNull();
    expect(s.productivityGain).toEqual({ gain: 0.1, share: 1 });
    expect(s.studentsPerAssistant).toBe(82.5); // the rest of the preset stays
  });
});

describe('presets as starting points', () => {
  test.each(PRESET_KEYS)('%s resolves', (k) => expect(resolveScenario({ preset: k }).ok).toBe(true));

  test('explicit keys override a preset key by key', () => {
    const s = scenario({ preset: 'leerplein', plaza: { share: 0.5 }, name: 'Leerplein bovenbouw' });
    expect(s.plaza).toEqual({ share: 0.5, size: 90, teachers: 3, assistants: 1 });
    expect(s.name).toBe('Leerplein bovenbouw');
  });

  test('klassikaal-oa tasks; unlisted tasks share 0; explicit task overrides and new tasks', () => {
    const s = scenario({
      preset: 'klassikaal-oa',
      tasks: [{ key: 'administratie', share: 1 }, { key: 'mentoruren', hoursPerFte: 25, share: 0.5 }],
    });
    const share = Object.fromEntries(s.tasks.map((t) => [t.key, t.share]));
    expect(share).toEqual({ administratie: 1, surveillance: 1, toetsweek: 1, controleren: 0, opvang: 1, ict: 0, mentoruren: 0.5 });
    expect(s.tasks.find((t) => t.key === 'mentoruren')!.hoursPerFte).toBe(25);
  });

  test('a task listed without a share keeps the preset\u2019s share, else is transferred whole', () => {
    const s = scenario({ preset: 'klassikaal-oa', tasks: [{ key: 'administratie', hoursPerFte: 30 }, { key: 'ict' }] });
    const byKey = Object.fromEntries(s.tasks.map((t) => [t.key, t]));
    expect(byKey.administratie).toMatchObject({ share: 0.5, hoursPerFte: 30, assumption: false });
    expect(byKey.ict).toMatchObject({ share: 1, hoursPerFte: 10, assumption: true });
  });

  test('the cli.md example scenario file is valid', () => {
    const r = resolveScenario(CLI_EXAMPLE_SCENARIO);
    expect(r.ok).toBe(true);
  });
});

describe('SCENARIO parameters: key/value rows', () => {
  test('every kind of key', () => {
    const r = scenarioFromParameters([
      ['preset', 'leerplein'],
      ['plaza.share', 0.5],
      ['', null],
      ['coördinatietijd', '0,15'],
      ['lestaak', 750],
      ['task.administratie.share', 1],
      ['task.mentoruren.hoursPerFte', 25],
      ['task.mentoruren.share', 0.5],
      ['studentsPerAssistant', 216.7],
      ['costPerFte.teacher', 90000],
      ['costPerFte.assistant', 55000],
      ['norms.reinvestShare', '20%'],
    ]);
    expect(r.ok).toBe(true);
    if (!r.ok) return;
    const s = r.scenario;
    expect(s.preset).toBe('leerplein');
    expect(s.plaza).toEqual({ share: 0.5, size: 90, teachers: 3, assistants: 1 });
    expect(s.norms).toEqual({ coordinationShare: 0.15, maxTeachingHours: 750, reinvestShare: 0.2 });
    expect(s.tasks.find((t) => t.key === 'administratie')!.share).toBe(1);
    expect(s.tasks.find((t) => t.key === 'mentoruren')).toMatchObject({ hoursPerFte: 25, share: 0.5 });
    expect(s.costPerFte).toEqual({ teacher: 90000, assistant: 55000 });
  });

  test('productivity gain with the preset plaza dropped', () => {
    const r = scenarioFromParameters([['preset', 'domeinen'], ['plaza', 'geen'], ['productivityGain.gain', 0.23]]);
    expect(r.ok).toBe(true);
    if (r.ok) expect(r.scenario.productivityGain).toEqual({ gain: 0.23, share: 1 });
  });

  test.each<[unknown[][], string]>([
    [[['plaza.kleur', 1]], 'plaza.kleur'],
    [[['lestaak', 'veel']], 'lestaak'],
    [[['plaza.share', 2], ['plaza.size', 90], ['plaza.teachers', 1], ['plaza.assistants', 1]], 'plaza.share'],
    [[['task.mentoruren.share', 0.5]], 'tasks.mentoruren.hoursPerFte'],
    [[['coordinationShare', { code: '#REF!' }]], 'coordinationShare'],
  ])('%j → error on %s', (rows, key) => {
    const r = scenarioFromParameters(rows);
    expect(r.ok).toBe(false);
    if (!r.ok) expect(r.errors.map((e) => e.key)).toContain(key);
  });
});
