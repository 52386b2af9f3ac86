/**
 * Header synonyms (domain.md, "Formation sheets as they come") and header matching:
 * case-, accent- and punctuation-insensitive; a header matches when it equals a synonym or
 * starts with one followed by a non-letter; the longest matching synonym wins.
 */

import type { Field, TableKind } from '../model/types';
import { foldLabel } from '../model/norms';

/** The synonyms of domain.md, exactly (plus "kostenplaats" → department, as domain.md says). */
export const HEADER_SYNONYMS: Readonly<Record<Field, readonly string[]>> = {
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
  birthDate: ['geboortedatum', 'date of birth', 'birth date'],
  age: ['leeftijd', 'age'],
};

/**
 * Folds a label: lower case, accents removed, every run of other characters one space,
 * trimmed ("FTE'S 2018" → "fte s 2018"). ASCII fast path; other text goes through
 * foldLabel (NFD) so the result is identical.
 */
export function foldText(s: string): string {
  let out = '';
  let space = false;
  for (let i = 0; i < s.length; i++) {
    let c = s.charCodeAt(i);
    if (c >= 128) return foldLabel(s);
    if (c >= 65 && c <= 90) c += 32;
    if ((c >= 97 && c <= 122) || (c >= 48 && c <= 57)) {
      if (space && out.length > 0) out += ' ';
      space = false;
      out += String.fromCharCode(c);
    } else {
      space = true;
    }
  }
  return out;
}

/**
 * The synonyms of domain.md's English column. A table whose recognised headers are all
 * English (or in both languages, such as "fte") reads text numbers in English notation
 * (domain.md, "Cell values").
 */
const ENGLISH_SYNONYMS: ReadonlySet<string> = new Set([
  'location', 'site', 'department', 'section', 'level', 'track', 'year', 'grade', 'class', 'form',
  'tutor group', 'subject', 'students', 'pupils', 'groups', 'classes', 'group size',
  'lessons per week', 'lesson minutes', 'employee', 'name', 'role', 'function', 'scale', 'fte',
  'teacher fte', 'assistant fte', 'support fte', 'cost', 'period', 'month',
]);
/** Synonyms in both lists. */
const BOTH_LANGUAGES: ReadonlySet<string> = new Set(['fte']);

const SYNONYM_MAP = new Map<string, Field>();
let MAX_SYNONYM = 0;
for (const field of Object.keys(HEADER_SYNONYMS) as Field[]) {
  for (const syn of HEADER_SYNONYMS[field]) {
    const f = foldText(syn);
    SYNONYM_MAP.set(f, field);
    if (f.length > MAX_SYNONYM) MAX_SYNONYM = f.length;
  }
}

/** First words (letters only) of every folded synonym: a header must start with one of them. */
const FIRST_WORDS = new Set<string>();
let MAX_FIRST_WORD = 0;
for (const syn of SYNONYM_MAP.keys()) {
  const w = /^[a-z]+/.exec(syn);
  if (w) {
    FIRST_WORDS.add(w[0]);
    if (w[0].length > MAX_FIRST_WORD) MAX_FIRST_WORD = w[0].length;
  }
}

/**
 * Cheap pre-check without allocation for most data cells: false when the text cannot match
 * any synonym (its first word is no synonym's first word). True means "ask matchHeader".
 */
export function couldBeHeader(s: string): boolean {
  const n = s.length;
  if (n === 0 || n > 120) return false;
  let i = 0;
  let c = 0;
  for (; i < n; i++) {
    c = s.charCodeAt(i);
    if (c >= 128) return true; // accents and other scripts: let the full matcher decide
    if ((c >= 48 && c <= 57) || ((c | 32) >= 97 && (c | 32) <= 122)) break;
  }
  if (i === n || c <= 57) return false; // nothing, or a leading digit
  let j = i + 1;
  for (; j < n; j++) {
    c = s.charCodeAt(j);
    if (c >= 128) return true;
    if ((c | 32) < 97 || (c | 32) > 122) break;
  }
  if (j - i > MAX_FIRST_WORD) return false;
  return FIRST_WORDS.has(s.slice(i, j).toLowerCase());
}

const MEMO = new Map<string, Field | null>();
const MEMO_LIMIT = 20000;

/** The folded synonym a folded header matches (longest first), or null. */
function matchSynonym(f: string): string | null {
  if (f.length === 0 || f.length > 80) return null;
  if (SYNONYM_MAP.has(f)) return f;
  // Longest synonym first: prefixes ending right before a non-letter (space or digit).
  for (let i = Math.min(f.length - 1, MAX_SYNONYM); i > 0; i--) {
    const c = f.charCodeAt(i);
    if (c >= 97 && c <= 122) continue;
    const p = f.charCodeAt(i - 1);
    if (p < 97 || p > 122) continue; // synonyms end in a letter
    const syn = f.slice(0, i);
    if (SYNONYM_MAP.has(syn)) return syn;
  }
  return null;
}

function matchFolded(f: string): Field | null {
  const syn = matchSynonym(f);
  return syn === null ? null : (SYNONYM_MAP.get(syn) as Field);
}

/** Language of the synonym a header matches: 'en', 'nl', 'both' (such as "FTE"), or null when it matches none. */
export function headerLanguage(text: string): 'nl' | 'en' | 'both' | null {
  if (typeof text !== 'string' || text.length > 120) return null;
  const syn = matchSynonym(foldText(text));
  if (syn === null) return null;
  if (BOTH_LANGUAGES.has(syn)) return 'both';
  return ENGLISH_SYNONYMS.has(syn) ? 'en' : 'nl';
}

/** The field a header text maps to, or null ("Loonkosten 2027" → cost, "FTE OP" → teacherFte, "Opmerking" → null). */
export function matchHeader(text: string): Field | null {
  if (typeof text !== 'string') return null;
  const hit = MEMO.get(text);
  if (hit !== undefined) return hit;
  const field = text.length > 120 ? null : matchFolded(foldText(text));
  if (MEMO.size >= MEMO_LIMIT) MEMO.clear();
  MEMO.set(text, field);
  return field;
}

/** Kind of table the mapped fields make (demand > staff > summary), or null. */
export function inferKind(columns: Partial<Record<Field, unknown>>): TableKind | null {
  const has = (f: Field): boolean => columns[f] !== undefined && columns[f] !== null;
  if (has('lessonsPerWeek') && (has('students') || has('groups'))) return 'demand';
  if (has('fte') && (has('role') || has('scale') || has('employee'))) return 'staff';
  if ((has('location') || has('students')) && (has('teacherFte') || has('assistantFte') || has('supportFte'))) {
    return 'summary';
  }
  return null;
}

/** Dutch and English names of fields, for messages. */
export const FIELD_LABELS: Readonly<Record<Field, { nl: string; en: string }>> = {
  location: { nl: 'vestiging', en: 'location' },
  department: { nl: 'afdeling', en: 'department' },
  level: { nl: 'niveau', en: 'level' },
  year: { nl: 'leerjaar', en: 'year' },
  class: { nl: 'klas', en: 'class' },
  subject: { nl: 'vak', en: 'subject' },
  students: { nl: 'leerlingen', en: 'students' },
  groups: { nl: 'groepen', en: 'groups' },
  maxGroupSize: { nl: 'groepsgrootte', en: 'group size' },
  lessonsPerWeek: { nl: 'lesuren per week', en: 'lessons per week' },
  lessonMinutes: { nl: 'lesduur', en: 'lesson minutes' },
  employee: { nl: 'medewerker', en: 'employee' },
  role: { nl: 'functie', en: 'role' },
  scale: { nl: 'schaal', en: 'scale' },
  fte: { nl: 'fte', en: 'FTE' },
  teacherFte: { nl: 'fte leraren', en: 'teacher FTE' },
  assistantFte: { nl: 'fte onderwijsassistenten', en: 'assistant FTE' },
  supportFte: { nl: 'fte overig OOP', en: 'support FTE' },
  cost: { nl: 'loonkosten', en: 'cost' },
  period: { nl: 'periode', en: 'period' },
  birthDate: { nl: 'geboortedatum', en: 'date of birth' },
  age: { nl: 'leeftijd', en: 'age' },
};
