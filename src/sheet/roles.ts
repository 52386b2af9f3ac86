/**
 * Role and salary-scale text → staff category (domain.md, "Role text maps to a category"),
 * Dutch and English words alike ("Teaching assistant", "Head of department" → teacher,
 * "Teacher / MYP coordinator" → teacher: a coordinating task does not make management).
 * Words match as whole tokens ("OOP" is not "OP", "loopbaancoach" is not "OA"); long
 * keywords (6+ letters) also match as the end of a Dutch compound ("praktijkinstructeur",
 * "bouwteamleider"). Priority: management > assistant > teacher > support.
 */

import type { Category } from '../model/types';
import { foldText } from './headers';

const MANAGEMENT = [
  'directie', 'directeur', 'directeuren', 'rector', 'rectoren', 'conrector', 'conrectoren', 'bestuurder',
  'bestuurders', 'schoolleider', 'schoolleiders', 'teamleider', 'teamleiders', 'afdelingsleider',
  'afdelingsleiders',
  // English
  'principal', 'principals', 'headteacher', 'headteachers', 'headmaster', 'headmistress', 'director', 'directors',
];
const ASSISTANT = [
  'onderwijsassistent', 'onderwijsassistente', 'onderwijsassistenten', 'oa', 'oas', 'toa', 'toas',
  'leraarondersteuner', 'leraarondersteuners', 'instructeur', 'instructeurs', 'domeinbeheerder',
  'domeinbeheerders',
  // English
  'ta', 'tas', 'lsa', 'lsas', 'hlta', 'hltas', 'technician', 'technicians', 'instructor', 'instructors',
];
const TEACHER = [
  'leraar', 'leraren', 'docent', 'docente', 'docenten', 'lb', 'lc', 'ld', 'le', 'op',
  'onderwijsgevend', 'onderwijsgevende', 'onderwijzend',
  // English
  'teacher', 'teachers', 'lecturer', 'lecturers',
];
/** Phrases of several words (folded), matched as consecutive whole tokens. */
const PHRASES: readonly [string, Category][] = [
  ['head of school', 'management'], ['head teacher', 'management'], ['deputy head', 'management'],
  ['assistant head', 'management'], ['school leader', 'management'], ['team leader', 'management'],
  ['teaching assistant', 'assistant'], ['teaching assistants', 'assistant'],
  ['learning support assistant', 'assistant'], ['classroom assistant', 'assistant'],
  ['teaching staff', 'teacher'], ['head of department', 'teacher'], ['head of year', 'teacher'],
  ['subject leader', 'teacher'],
];
/** Teacher scales with their number attached: "LB10", "lc11". */
const TEACHER_SCALE_TOKEN = /^l[bcde][0-9]{0,2}$/;

const RANK: Record<Category, number> = { support: 0, teacher: 1, assistant: 2, management: 3 };
const TOKEN_CATEGORY = new Map<string, Category>();
const SUFFIXES: { word: string; category: Category }[] = [];
for (const [list, cat] of [[TEACHER, 'teacher'], [ASSISTANT, 'assistant'], [MANAGEMENT, 'management']] as const) {
  for (const w of list) {
    TOKEN_CATEGORY.set(w, cat);
    if (w.length >= 6) SUFFIXES.push({ word: w, category: cat });
  }
}

function tokenCategory(tok: string): Category | null {
  const exact = TOKEN_CATEGORY.get(tok);
  if (exact) return exact;
  if (TEACHER_SCALE_TOKEN.test(tok)) return 'teacher';
  if (tok.length > 6) {
    let best: Category | null = null;
    for (const s of SUFFIXES) {
      if (tok.length > s.word.length && tok.endsWith(s.word) && (best === null || RANK[s.category] > RANK[best])) {
        best = s.category;
      }
    }
    return best;
  }
  return null;
}

const PHRASE_TOKENS: { toks: string[]; category: Category }[] = PHRASES.map(([p, category]) => ({ toks: p.split(' '), category }));

/** The best category of a phrase starting at token i, or null. */
function phraseAt(toks: string[], i: number): Category | null {
  let best: Category | null = null;
  for (const p of PHRASE_TOKENS) {
    if (p.toks[0] !== toks[i] || i + p.toks.length > toks.length) continue;
    let ok = true;
    for (let j = 1; j < p.toks.length; j++) {
      if (toks[i + j] !== p.toks[j]) {
        ok = false;
        break;
      }
    }
    if (ok && (best === null || RANK[p.category] > RANK[best])) best = p.category;
  }
  return best;
}

const MEMO = new Map<string, Category | null>();

/** Category of a role text; null when the text is empty. */
export function roleCategory(text: string): Category | null {
  if (typeof text !== 'string') return null;
  const hit = MEMO.get(text);
  if (hit !== undefined) return hit;
  const f = foldText(text);
  let result: Category | null = null;
  if (f.length > 0) {
    let best: Category = 'support';
    const toks = f.split(' ');
    for (let i = 0; i < toks.length; i++) {
      // "onderwijsgevend personeel" / "onderwijzend personeel" are covered by their first word.
      const cat = tokenCategory(toks[i]);
      if (cat && RANK[cat] > RANK[best]) best = cat;
      const ph = phraseAt(toks, i);
      if (ph && RANK[ph] > RANK[best]) best = ph;
    }
    result = best;
  } else if (text.trim().length > 0) {
    result = 'support'; // only punctuation or symbols: some other role
  }
  if (MEMO.size > 5000) MEMO.clear();
  MEMO.set(text, result);
  return result;
}

/** Category of a salary scale: LB, LC, LD, LE (with digits or "schaal" around them) → teacher; other non-empty → support. */
export function scaleCategory(text: string): Category | null {
  if (typeof text !== 'string') return null;
  const f = foldText(text);
  if (f.length === 0) return text.trim().length > 0 ? 'support' : null;
  const toks = f.split(' ');
  for (const t of toks) {
    if (TEACHER_SCALE_TOKEN.test(t)) return 'teacher';
  }
  return 'support';
}
