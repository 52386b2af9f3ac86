import { formatFigureOrNull, formatFigureTypographic, formatNumberOrNull, formatPercent, formatPlain, MINUS } from '../../src/model/format';
import { resolveScenario } from '../../src/model/scenario';

describe('one minus sign in every text face', () => {
  test('report (OrNull) and pane (Typographic) variants both write U+2212', () => {
    expect(MINUS).toBe('\u2212');
    expect(formatFigureOrNull('costDelta', -1003614, 'nl')).toBe('€ \u22121.003.614');
    expect(formatFigureTypographic('costDelta', -3950, 'nl')).toBe('€\u00a0\u22123.950');
    expect(formatNumberOrNull(-8.78, 2, 'nl')).toBe('\u22128,78');
    expect(formatFigureOrNull('shortageFte', -0.001, 'nl')).toBe('0,00'); // rounds to 0: no sign
  });

  test('values in sentences: the language\'s notation, no trailing zeros', () => {
    expect(formatPlain(0.15, 'nl')).toBe('0,15');
    expect(formatPlain(1659, 'nl')).toBe('1.659');
    expect(formatPlain(37.8, 'en')).toBe('37.8');
    expect(formatPlain(-2.5, 'en')).toBe('\u22122.5');
    expect(formatPercent(0.125, 'nl')).toBe('12,5%');
  });
});

describe('validation messages in the notation of their language', () => {
  test('Dutch "1,5" and "10.000", English "1.5" and "10,000"', () => {
    const r = resolveScenario({ plaza: { share: 1.5, size: 20000, teachers: 1, assistants: 1 } });
    expect(r.ok).toBe(false);
    if (r.ok) return;
    expect(r.errors.map((e) => e.message)).toEqual([
      'plaza.share: moet tussen 0 en 1 liggen (gegeven: 1,5)',
      'plaza.size: moet groter dan 0 en hoogstens 10.000 liggen (gegeven: 20.000)',
    ]);
    expect(r.errors.map((e) => e.messageEn)).toEqual([
      'plaza.share: must be between 0 and 1 (given: 1.5)',
      'plaza.size: must be above 0 and at most 10,000 (given: 20,000)',
    ]);
  });
});
