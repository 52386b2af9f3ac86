/**
 * Scenario presets from the seed's practice examples (domain.md, "Seed practice
 * examples"). A preset is a starting point: explicit scenario keys override it key by key.
 * The parameters are our reading of the seed; `readingNl`/`readingEn` say so in the UI.
 */

import type { ScenarioInput } from './api';

export type PresetKey = 'klassikaal-oa' | 'domeinen' | 'leerplein' | 'productiviteit';

export interface Preset {
  key: PresetKey;
  nl: string;
  en: string;
  /** What the seed describes. */
  seedNl: string;
  seedEn: string;
  /** Our reading of the seed as parameters (shown in the UI as an assumption). */
  readingNl: string;
  readingEn: string;
  input: ScenarioInput;
}

export const PRESETS: Record<PresetKey, Preset> = {
  'klassikaal-oa': {
    key: 'klassikaal-oa',
    nl: 'Klassikaal + OA (Lek en Linge, Culemborg)',
    en: 'Classic + assistants (Lek en Linge, Culemborg)',
    seedNl: '3 onderwijsassistenten, ~650 leerlingen; toetsweken en surveillance organiseren, sancties controleren, verwijderde leerlingen opvangen, huiswerkbegeleiding; geen klassikale instructie.',
    seedEn: '3 assistants, ~650 pupils; organise test weeks and surveillance, check sanctions, catch removed pupils, homework coaching; no whole-class instruction.',
    readingNl: 'Takenoverdracht: surveillance 100%, toetsweekorganisatie 100%, opvang 100%, leerlingadministratie 50%, overige taken 0%; ratio 216,7 leerlingen per OA als vergelijking.',
    readingEn: 'Task transfer: surveillance 100%, test-week organisation 100%, catching pupils 100%, pupil administration 50%, other tasks 0%; benchmark 216.7 pupils per assistant.',
    input: {
      tasks: [
        { key: 'surveillance', share: 1 },
        { key: 'toetsweek', share: 1 },
        { key: 'opvang', share: 1 },
        { key: 'administratie', share: 0.5 },
      ],
      studentsPerAssistant: 216.7,
    },
  },
  domeinen: {
    key: 'domeinen',
    nl: 'Domeinen (Amadeus Lyceum, Vleuten)',
    en: 'Domains (Amadeus Lyceum, Vleuten)',
    seedNl: '20 onderwijsassistenten, ~1650 leerlingen; domeinen van ~90 leerlingen; instructie door leraren in een aparte ruimte, werktijd bij de vakleraar, keuzetijd met onderwijsassistenten.',
    seedEn: '20 assistants, ~1650 pupils; domains of ~90 pupils; instruction by teachers in a separate room, work time with the subject teacher, choice time with assistants.',
    readingNl: 'Leerplein voor 30% van de lessen, 90 leerlingen, 1 leraar, 1 onderwijsassistent; ratio 82,5 leerlingen per OA als vergelijking (dekt ook andere taken: niet optellen).',
    readingEn: 'Learning plaza for 30% of lessons, 90 pupils, 1 teacher, 1 assistant; benchmark 82.5 pupils per assistant (also covers other tasks: never added).',
    input: {
      plaza: { share: 0.3, size: 90, teachers: 1, assistants: 1 },
      studentsPerAssistant: 82.5,
    },
  },
  leerplein: {
    key: 'leerplein',
    nl: 'Leerplein (Technasium Schöndeln, Roermond)',
    en: 'Learning plaza (Technasium Schöndeln, Roermond)',
    seedNl: '60-90 leerlingen met 2-3 leraren en 1 onderwijsassistent, alleen voor de Technasiumlessen.',
    seedEn: '60-90 pupils with 2-3 teachers and 1 assistant, for the Technasium lessons only.',
    readingNl: 'Leerplein voor 15% van de lessen, 90 leerlingen, 3 leraren, 1 onderwijsassistent. Met 3 leraren per 90 leerlingen (30 per leraar) vraagt een plein meer lerarenuren dan klassen van gemiddeld minder dan 30: de winst zit dan in begeleiding, niet in formatie.',
    readingEn: 'Learning plaza for 15% of lessons, 90 pupils, 3 teachers, 1 assistant. With 3 teachers per 90 pupils (30 per teacher) a plaza takes more teacher hours than classes averaging under 30: the gain is in support, not in formation.',
    input: {
      plaza: { share: 0.15, size: 90, teachers: 3, assistants: 1 },
    },
  },
  productiviteit: {
    key: 'productiviteit',
    nl: 'Productiviteit +23%',
    en: 'Productivity +23%',
    seedNl: 'Gemiddelde stijging van het aantal leerlingen per lerarencontactuur op scholen die met onderwijsassistenten reorganiseren.',
    seedEn: 'Average rise in pupils per teacher contact hour at schools that reorganise with assistants.',
    readingNl: 'Productiviteitswinst 23% op alle lessen (aandeel 1).',
    readingEn: 'Productivity gain 23% on all lessons (share 1).',
    input: {
      productivityGain: { gain: 0.23, share: 1 },
    },
  },
};

export const PRESET_KEYS = Object.keys(PRESETS) as PresetKey[];
