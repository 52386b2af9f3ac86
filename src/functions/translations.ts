/**
 * Dutch names and descriptions of the FORMATIE functions: the ONE translation table from
 * which the build writes dist/functions-nl.json (same ids and parameter order as the
 * generated dist/functions.json; the manifest selects it for nl-NL and nl-BE).
 *
 * Kept free of imports: the build (scripts/functions-metadata.js) transpiles and loads this
 * file on its own, and the functions bundle does not include it. The Dutch parameter
 * names must equal the `nl` names of the argument specs in cells.ts (a test checks it),
 * because the error messages name arguments by them.
 *
 * Limits of Excel's metadata: parameter names ≤ 64 characters, parameter descriptions
 * ≤ 128 characters (checked by the build and the tests).
 */

export interface ParamText {
  name: string;
  description: string;
}

export interface FunctionText {
  /** Function name as Dutch users type it after FORMATIE. (letters, digits, _ and .). */
  name: string;
  description: string;
  parameters: ParamText[];
}

const TABLE_PARAMS: ParamText[] = [
  { name: 'tabel', description: 'Bereik van een formatietabel met de kopregel (titelregels erboven mogen mee), zoals Lesvraag!A3:H60.' },
  { name: 'tabel2', description: 'Een tweede formatietabel, zoals de personeelstabel.' },
  { name: 'tabel3', description: 'Een derde formatietabel.' },
];

export const NL: Record<string, FunctionText> = {
  GROUPS: {
    name: 'GROEPEN',
    description: 'Aantal lesgroepen: leerlingen gedeeld door de maximale groepsgrootte, naar boven afgerond (F1).',
    parameters: [
      { name: 'leerlingen', description: 'Aantal leerlingen (een cel of een kolom).' },
      { name: 'groepsgrootte', description: 'Maximaal aantal leerlingen per lesgroep.' },
    ],
  },
  TEACHER_FTE: {
    name: 'FTE_LERAREN',
    description: 'Benodigde FTE leraren voor een aantal lessen per week: lessen × lesduur/60 × lesweken / lestaak (F3).',
    parameters: [
      { name: 'lessenPerWeek', description: 'Lessen van leraren per week (groepen × lessen per groep).' },
      { name: 'lesduur', description: 'Minuten per les. Standaard 50.' },
      { name: 'lesweken', description: 'Weken met lessen per jaar. Standaard 37,8 (189 lesdagen / 5).' },
      { name: 'lestaak', description: 'Klokuren les per FTE per jaar. Standaard 720 (CAO VO: 750 min 30 uur ontwikkeltijd).' },
    ],
  },
  STUDENTS_PER_FTE: {
    name: 'LEERLINGEN_PER_FTE',
    description: 'Leerlingen per FTE (F4), zoals leerlingen per FTE leraar of per FTE onderwijsassistent.',
    parameters: [
      { name: 'leerlingen', description: 'Aantal leerlingen.' },
      { name: 'fte', description: 'FTE (leraren, onderwijsassistenten of personeel).' },
    ],
  },
  TRANSFER_HOURS: {
    name: 'OVERDRACHT_UREN',
    description: 'Uren per jaar die leraren overdragen aan onderwijsassistenten: FTE leraren × Σ uren per FTE × aandeel over de taken (F6).',
    parameters: [
      { name: 'fteLeraren', description: 'FTE leraren (een cel of een kolom).' },
      { name: 'urenPerFte', description: 'Uren per FTE leraar per jaar van elke taak (een bereik: de takenlijst).' },
      { name: 'aandeel', description: 'Aandeel 0..1 van elke taak dat de OA overneemt (een bereik even lang als urenPerFte).' },
    ],
  },
  HOURS_FREED: {
    name: 'UREN_VRIJ',
    description: 'Netto vrijgespeelde uren per jaar: overgedragen uren min de tijd die leraren kwijt zijn aan aansturing van de OA (F7).',
    parameters: [
      { name: 'overgedragenUren', description: 'Uren per jaar overgedragen aan onderwijsassistenten.' },
      { name: 'coordinatietijd', description: 'Uren aansturing door leraren per overgedragen uur, 0..1. Standaard 0,10 (aanname).' },
    ],
  },
  HOURS_FREED_PER_WEEK: {
    name: 'UREN_VRIJ_PER_WEEK',
    description: 'Vrijgespeelde uren per FTE leraar per lesweek (F8).',
    parameters: [
      { name: 'nettoVrijeUren', description: 'Netto vrijgespeelde uren per jaar.' },
      { name: 'fteLeraren', description: 'FTE leraren.' },
      { name: 'lesweken', description: 'Weken met lessen per jaar. Standaard 37,8.' },
    ],
  },
  ASSISTANT_FTE: {
    name: 'FTE_OA',
    description: 'Benodigde FTE onderwijsassistenten om een aantal uren per jaar over te nemen (F9).',
    parameters: [
      { name: 'overgedragenUren', description: 'Uren per jaar overgedragen aan onderwijsassistenten.' },
      { name: 'urenOA', description: 'Inzetbare uren van één FTE onderwijsassistent per jaar. Standaard 1619 (1659 min 40 uur scholing).' },
    ],
  },
  ASSISTANTS_BY_RATIO: {
    name: 'OA_BIJ_RATIO',
    description: 'FTE onderwijsassistenten volgens een verhouding leerlingen per OA (F13), ter vergelijking.',
    parameters: [
      { name: 'leerlingen', description: 'Aantal leerlingen.' },
      { name: 'leerlingenPerOA', description: 'Leerlingen per FTE onderwijsassistent (zoals 216,7 of 82,5).' },
    ],
  },
  PLAZA: {
    name: 'LEERPLEIN',
    description: 'Leerplein voor alle lessen van een cohort (F10 met aandeel 1): één rij met FTE leraren, FTE OA en leerlingen per lerarencontactuur.',
    parameters: [
      { name: 'leerlingen', description: 'Aantal leerlingen (een cel of een kolom).' },
      { name: 'lessenPerWeek', description: 'Lessen per week van het cohort.' },
      { name: 'pleingrootte', description: 'Leerlingen per leerplein (zoals 90).' },
      { name: 'lerarenPerPlein', description: 'Leraren per leerplein.' },
      { name: 'oaPerPlein', description: 'Onderwijsassistenten per leerplein.' },
      { name: 'lesduur', description: 'Minuten per les. Standaard 50.' },
      { name: 'lesweken', description: 'Weken met lessen per jaar. Standaard 37,8.' },
      { name: 'lestaak', description: 'Klokuren les per FTE per jaar. Standaard 720.' },
      { name: 'urenOA', description: 'Inzetbare uren van één FTE onderwijsassistent per jaar. Standaard 1619.' },
    ],
  },
  PRODUCTIVITY_FTE: {
    name: 'FTE_PRODUCTIVITEIT',
    description: 'Benodigde FTE leraren na een productiviteitswinst op een deel van de lessen: FTE × ((1 − aandeel) + aandeel / (1 + winst)) (F11).',
    parameters: [
      { name: 'fteLeraren', description: 'Benodigde FTE leraren vóór de winst.' },
      { name: 'winst', description: 'Stijging van leerlingen per lerarencontactuur (0,23 = 23%).' },
      { name: 'aandeel', description: 'Aandeel 0..1 van de lessen met de winst. Standaard 1.' },
    ],
  },
  EXTRA_LESSON_FTE: {
    name: 'FTE_EXTRA_LES',
    description: 'Extra lescapaciteit in FTE als vrijgespeelde uren in lessen worden gestoken (F12).',
    parameters: [
      { name: 'nettoVrijeUren', description: 'Netto vrijgespeelde uren per jaar.' },
      { name: 'herinvestering', description: 'Aandeel 0..1 van de vrijgespeelde uren dat extra lessen wordt.' },
      { name: 'opslagfactor', description: 'Uren voorbereiding en nawerk per klokuur les. Standaard 0,67 (aanname).' },
      { name: 'lestaak', description: 'Klokuren les per FTE per jaar. Standaard 720.' },
    ],
  },
  NORM: {
    name: 'NORM',
    description: 'De standaardwaarde van een norm van het formatiemodel, op sleutel of Nederlandse naam (zoals lestaak of lesweken).',
    parameters: [
      {
        name: 'sleutel',
        description: 'Naam of sleutel van de norm: normjaartaak, lestaak, lesduur, lesweken, opslagfactor, inzetbare uren OA, coördinatietijd…',
      },
    ],
  },
  ANALYSIS: {
    name: 'ANALYSE',
    description: 'Alle kengetallen van de formatietabellen: twee kolommen met naam en waarde (#N/B waar de tabellen geen gegevens hebben).',
    parameters: TABLE_PARAMS,
  },
  METRIC: {
    name: 'KENGETAL',
    description: 'Eén kengetal van de formatietabellen, op naam of sleutel (zoals "Tekort leraren (FTE)" of shortageFte).',
    parameters: [
      { name: 'naam', description: 'Naam of sleutel van het kengetal, zoals Leerlingen per FTE leraar of studentsPerTeacherFte.' },
      ...TABLE_PARAMS,
    ],
  },
  SCENARIO: {
    name: 'SCENARIO',
    description: 'Eén uitkomst van een scenario over de formatietabellen (zoals "Tekort na scenario (FTE)"), met het scenario als sleutel/waarde-rijen.',
    parameters: [
      { name: 'naam', description: 'Naam of sleutel van de uitkomst, zoals Tekort na scenario (FTE) of assistantFteNeeded.' },
      { name: 'parameters', description: 'Bereik van twee kolommen sleutel en waarde, zoals preset | leerplein en plaza.share | 0,3.' },
      ...TABLE_PARAMS,
    ],
  },
  PROJECTION: {
    name: 'PROGNOSE',
    description: 'Eén kengetal van de meerjarenprognose per schooljaar: twee kolommen met het schooljaar en het getal, jaar 0 eerst.',
    parameters: [
      { name: 'naam', description: 'Naam of sleutel van het kengetal, zoals Tekort leraren (FTE), FTE met pensioen of Tekort na scenario (FTE).' },
      { name: 'parameters', description: 'Bereik van twee kolommen sleutel en waarde: jaren, groei instroom, verloop… en scenariosleutels zoals preset.' },
      ...TABLE_PARAMS,
    ],
  },
  ISSUES: {
    name: 'PROBLEMEN',
    description: 'Alle problemen die de lezer in een formatietabel vindt: twee kolommen met het celadres en de melding.',
    parameters: [TABLE_PARAMS[0]],
  },
};
