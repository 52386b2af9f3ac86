import { asText } from '../../src/excel/text';

describe('asText', () => {
  test('user text is kept text', () => {
    expect(asText('=SUM(A1)')).toBe("'=SUM(A1)");
    for (const s of ['+31', '-5', '@x', '#N/A', "'quoted", '2027', '12,5', '80%', '1-2', '€ 5']) expect(asText(s)).toBe(`'${s}`);
    for (const s of ['Leerplein bovenbouw', 'Scenario 2', 'OA 2027', 'task.ict.share']) expect(asText(s)).toBe(s);
  });
});
