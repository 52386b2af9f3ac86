import type { Category } from '../../src/model/types';
import { roleCategory, scaleCategory } from '../../src/sheet';

describe('roleCategory', () => {
  test.each<[string, Category | null]>([
    ['Leraar', 'teacher'],
    ['leraar Engels', 'teacher'],
    ['Docent', 'teacher'],
    ['Docent wiskunde LD', 'teacher'],
    ['LB', 'teacher'],
    ['LC', 'teacher'],
    ['LD', 'teacher'],
    ['LE', 'teacher'],
    ['lc11', 'teacher'],
    ['Onderwijsgevend personeel', 'teacher'],
    ['Onderwijzend personeel', 'teacher'],
    ['OP', 'teacher'],
    ['op', 'teacher'],
    ['Onderwijsassistent', 'assistant'],
    ['OA', 'assistant'],
    ['oa', 'assistant'],
    ['TOA', 'assistant'],
    ['Toa natuurkunde', 'assistant'],
    ['Leraarondersteuner', 'assistant'],
    ['Instructeur', 'assistant'],
    ['Praktijkinstructeur', 'assistant'],
    ['Domeinbeheerder', 'assistant'],
    ['Technisch onderwijsassistent', 'assistant'],
    ['Directie', 'management'],
    ['Schoolleider', 'management'],
    ['Teamleider', 'management'],
    ['Teamleider onderbouw', 'management'],
    ['Conciërge', 'support'],
    ['Administratie', 'support'],
    ['Roostermaker', 'support'],
    ['Onderwijsondersteunend personeel', 'support'],
    ['OOP', 'support'],
    ['OBP', 'support'],
    ['Loopbaancoach', 'support'],
    ['Coach OOP', 'support'],
    ['Opvang', 'support'],
    ['Teamleider / docent', 'management'],
    ['Docent en OA', 'assistant'],
    ['OA / docent', 'assistant'],
    ['Directie, docent', 'management'],
    ['LB docent / onderwijsassistent', 'assistant'],
    ['???', 'support'],
    ['', null],
    ['   ', null],
  ])('%p → %p', (text, cat) => {
    expect(roleCategory(text)).toBe(cat);
  });
});

describe('scaleCategory', () => {
  test.each<[string, Category | null]>([
    ['LB', 'teacher'],
    ['LC', 'teacher'],
    ['LD', 'teacher'],
    ['LE', 'teacher'],
    ['LC 11', 'teacher'],
    ['lc11', 'teacher'],
    ['schaal LB', 'teacher'],
    ['LB-10', 'teacher'],
    ['8', 'support'],
    ['schaal 9', 'support'],
    ['OOP 7', 'support'],
    ['LF', 'support'],
    ['', null],
  ])('%p → %p', (text, cat) => {
    expect(scaleCategory(text)).toBe(cat);
  });
});
