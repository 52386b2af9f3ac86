import type { Field } from '../../src/model/types';
import { HEADER_SYNONYMS, inferKind, matchHeader } from '../../src/sheet';
import { couldBeHeader } from '../../src/sheet/headers';

const ALL: [string, Field][] = [];
for (const [field, syns] of Object.entries(HEADER_SYNONYMS) as [Field, string[]][]) {
  for (const s of syns) ALL.push([s, field]);
}

describe('matchHeader: every synonym of domain.md', () => {
  test('the table holds domain.md synonyms exactly', () => {
    expect(HEADER_SYNONYMS).toEqual({
      location: ['vestiging', 'locatie', 'school', 'brin', 'location', 'site'],
      department: ['afdeling', 'sectie', 'team', 'kostenplaats', 'department', 'section'],
      level: ['niveau', 'onderwijstype', 'schoolsoort', 'level', 'track'],
      year: ['leerjaar', 'jaar', 'year', 'grade'],
      class: ['klas', 'klasnaam', 'stamgroep', 'basisgroep', 'class', 'form', 'tutor group'],
      subject: ['vak', 'bevoegdheid', 'subject'],
      students: ['leerlingen', 'aantal leerlingen', 'aantal lln', 'lln', 'll', 'students', 'pupils'],
      groups: ['groepen', 'klassen', 'aantal groepen', 'groups', 'classes'],
      maxGroupSize: ['groepsgrootte', 'max groepsgrootte', 'splitsingsnorm', 'group size'],
      lessonsPerWeek: ['lesuren', 'lessen per week', 'lessentabel', 'lessons per week'],
      lessonMinutes: ['lesduur', 'lesson minutes'],
      employee: ['medewerker', 'naam', 'personeelsnummer', 'employee', 'name'],
      role: ['functie', 'functiegroep', 'functiecategorie', 'role', 'function'],
      scale: ['schaal', 'salarisschaal', 'scale'],
      fte: ['fte', "fte's", 'ftes', 'wtf', 'betrekking', 'omvang'],
      teacherFte: ['fte op', 'fte leraren', 'fte docenten', 'teacher fte'],
      assistantFte: ['fte oa', 'fte onderwijsassistenten', 'assistant fte'],
      supportFte: ['fte oop', 'fte obp', 'support fte'],
      cost: ['loonkosten', 'personeelslasten', 'kosten', 'gpl', 'cost'],
      period: ['periode', 'maand', 'period', 'month'],
      // projection.md, "New staff fields"
      birthDate: ['geboortedatum', 'date of birth', 'birth date'],
      age: ['leeftijd', 'age'],
    });
  });
  test.each(ALL)('%s → %s', (syn, field) => {
    expect(matchHeader(syn)).toBe(field);
    expect(matchHeader(syn.toUpperCase())).toBe(field);
    expect(matchHeader(`  ${syn[0].toUpperCase()}${syn.slice(1)}  `)).toBe(field);
    expect(matchHeader(`${syn} 2027`)).toBe(field);
    expect(matchHeader(`${syn}.`)).toBe(field);
    expect(matchHeader(`${syn} (x)`)).toBe(field);
    for (const v of [syn, syn.toUpperCase(), ` ${syn}.`, `(${syn})`, `${syn}2025`]) expect(couldBeHeader(v)).toBe(true);
  });
});

describe('matchHeader: rules', () => {
  test.each<[string, Field | null]>([
    ['Loonkosten 2027', 'cost'],
    ["FTE'S 2018", 'fte'],
    ['FTE’s', 'fte'],
    ['WTF (fte)', 'fte'],
    ['Aantal lln.', 'students'],
    ['Aantal leerlingen 1-10-2025', 'students'],
    ['FTE OP', 'teacherFte'],
    ['fte-op', 'teacherFte'],
    ['FTE OOP', 'supportFte'],
    ['FTE OBP', 'supportFte'],
    ['FTE OA', 'assistantFte'],
    ['fte onderwijsassistenten 2026', 'assistantFte'],
    ['FTE totaal', 'fte'],
    ['fte2018', 'fte'],
    ['Max. groepsgrootte', 'maxGroupSize'],
    ['Lessen per week', 'lessonsPerWeek'],
    ['Aantal groepen', 'groups'],
    ['Kostenplaats', 'department'],
    ['Kostenplaats 0100', 'department'],
    ['Leerjaar', 'year'],
    ['Niveau/Onderwijstype', 'level'],
    ['Locatie', 'location'],
    ['Lesduur (min)', 'lessonMinutes'],
    ['Vak', 'subject'],
    ['Bevoegdheid', 'subject'],
    ['Periode', 'period'],
    ['Maand', 'period'],
    ['Naam medewerker', 'employee'],
    ['Functiegroep', 'role'],
    ['Salarisschaal', 'scale'],
    ['Ll.', 'students'],
    ['Écolé', null],
    ['Niveàu', 'level'],
    ['Klas', 'class'],
    ['klassen', 'groups'],
    ['Klasnaam', 'class'],
    ['Stamgroep', 'class'],
    ['Tutor group', 'class'],
    ['Form', 'class'],
    ['Formatie', null],
    ['Vakken', null],
    ['Schooljaar', null],
    ['Ftes', 'fte'],
    ['Ftesom', null],
    ['Fteop', null],
    ['Opmerking', null],
    ['Totaal', null],
    ['', null],
    ['   ', null],
    ['2024', null],
  ])('%p → %p', (text, field) => {
    expect(matchHeader(text)).toBe(field);
    // the cheap pre-check never rejects a real header
    if (field !== null) expect(couldBeHeader(text)).toBe(true);
  });
  test('non-strings give null', () => {
    expect(matchHeader(12 as unknown as string)).toBeNull();
    expect(matchHeader(undefined as unknown as string)).toBeNull();
  });
});

describe('inferKind', () => {
  test.each<[Field[], string | null]>([
    [['lessonsPerWeek', 'students'], 'demand'],
    [['lessonsPerWeek', 'groups'], 'demand'],
    [['lessonsPerWeek'], null],
    [['students', 'groups'], null],
    [['fte', 'role'], 'staff'],
    [['fte', 'scale'], 'staff'],
    [['fte', 'employee'], 'staff'],
    [['fte', 'cost'], null],
    [['location', 'teacherFte'], 'summary'],
    [['students', 'assistantFte'], 'summary'],
    [['location', 'supportFte'], 'summary'],
    [['location', 'fte'], null],
  ])('%p → %p', (fields, kind) => {
    const cols: Partial<Record<Field, number>> = {};
    fields.forEach((f, i) => (cols[f] = i));
    expect(inferKind(cols)).toBe(kind);
  });
});
