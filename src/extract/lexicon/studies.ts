/**
 * Investigations (EMG, biopsies, muscle imaging), biopsy features mapped to the EULAR/ACR histology
 * items (case model muscleBiopsy.features), and modifiers (laterality, body regions) used by the rules.
 * @module
 */
import type { Concept } from './types.js';

const st = (value: string, terms: string[]): Concept => ({
  id: `study:${value}`,
  kind: 'study',
  value,
  terms,
});
const bf = (value: string, terms: string[]): Concept => ({
  id: `biopsy-feature:${value}`,
  kind: 'biopsy-feature',
  value,
  terms,
});

/** Words between an infiltrate's place and its noun ("perivascular lymphocytic infiltrates"). */
const INFILTRATE_MIDDLES = [
  '',
  'inflammatory',
  'inflammatory cell',
  'lymphocytic',
  'lymphocytic cell',
  'lymphocytic inflammatory',
  'mononuclear',
  'mononuclear cell',
  'mononuclear inflammatory',
  'mononuclear inflammatory cell',
  'chronic inflammatory',
];
/** Nouns of an infiltrate; "cells" only after a word of what cells they are. */
const INFILTRATE_NOUNS = ['infiltrate', 'infiltrates', 'infiltration', 'infiltrations', 'inflammation'];

/**
 * Every "place + middle + noun" term of an infiltrate at `places` (session 50: a probe found "perivascular
 * infiltrates", "endomysial infiltrates" and "perimysial infiltrates" unread, and "perivascular inflammatory
 * infiltrates" read as an infiltrate with no place, because only some singular or plural forms were listed).
 * @param places - the places ("endomysial", "perimysial and perivascular")
 */
function placedInfiltrates(places: readonly string[]): string[] {
  const out: string[] = [];
  for (const place of places)
    for (const middle of INFILTRATE_MIDDLES) {
      const head = middle ? `${place} ${middle}` : place;
      for (const noun of INFILTRATE_NOUNS) out.push(`${head} ${noun}`);
      if (middle) out.push(`${head} cells`);
    }
  return out;
}

/** Study concepts. */
export const STUDY_CONCEPTS: readonly Concept[] = [
  st('emg', [
    'emg',
    'electromyography',
    'electromyogram',
    'electromyographic study',
    'electromyographic',
    'nerve conduction studies and emg',
    'emg ncs',
    'needle emg',
    // session 25: "Neurophysiological studies showed myopathic changes" (nerve conduction with needle EMG)
    'neurophysiological studies',
    'neurophysiological study',
    'neurophysiology assessment',
    'neurophysiological assessment',
  ]),
  st('muscle-biopsy', [
    'muscle biopsy',
    'deltoid muscle biopsy',
    'deltoid biopsy',
    'quadriceps biopsy',
    'quadriceps muscle biopsy',
    'vastus lateralis biopsy',
    'biopsy of the deltoid',
    'biopsy of the quadriceps',
    'biopsy of the deltoid muscle',
    'biopsy of the quadriceps muscle',
    'muscular biopsy',
    'muscle histology',
    'muscle histopathology',
    // several specimens ("repeated muscle biopsies showed …")
    'muscle biopsies',
    'muscular biopsies',
  ]),
  st('skin-biopsy', [
    'skin biopsy',
    'punch biopsy',
    'cutaneous biopsy',
    'chest punch biopsy',
    'skin histology',
    'skin punch biopsy',
    'biopsy of the skin',
    'skin biopsies',
    'punch biopsies',
    'cutaneous biopsies',
    // "a shave biopsy of a scaly plaque showed vacuolar interface change" (session 24)
    'shave biopsy',
    'shave biopsies',
    'lesional biopsy',
  ]),
  st('mri', [
    'mri',
    'magnetic resonance imaging',
    'magnetic resonance',
    'mr imaging',
    'stir imaging',
    'whole body mri',
  ]),
  st('muscle-ultrasound', ['muscle ultrasound']),
];

/** Biopsy features: value = key of muscleBiopsy.features. */
export const BIOPSY_FEATURE_CONCEPTS: readonly Concept[] = [
  bf('necrosis', [
    'necrosis',
    'necrotic fibers',
    'necrotic muscle fibers',
    'necrotic fiber',
    'myonecrosis',
    'fiber necrosis',
    'necrotizing',
    // "necrotic and regenerating processes" (session 19)
    'necrotic',
  ]),
  bf('regeneration', [
    'regeneration',
    'regenerating fibers',
    'regenerating muscle fibers',
    'regenerating fiber',
    'regenerating',
    // session 25: "regenerated fibers"
    'regenerated fibers',
    'regenerated fiber',
  ]),
  bf('inflammatoryInfiltrate', [
    'inflammatory infiltrate',
    'inflammatory infiltrates',
    'mononuclear inflammatory cells',
    'inflammatory cells',
    'mononuclear cells',
    'lymphocytic infiltrate',
    'lymphocytic infiltration',
    'inflammatory infiltration',
    'mononuclear infiltrate',
    'mononuclear cell infiltrate',
    'inflammatory changes',
    // session 25: "inflammatory cell infiltration in the interstitial tissues"
    'inflammatory cell infiltration',
    'inflammatory cell infiltrate',
    'inflammatory cell infiltrates',
    // session 43: "lymphocytic aggregates … are noted in his muscle biopsy"
    'lymphocytic aggregates',
    'lymphocytic aggregate',
    'lymphocytic inflammation',
    'lymphocytic infiltrates',
    // session 50 (probe)
    'macrophage infiltration',
    'macrophage infiltrates',
    'macrophagic infiltration',
  ]),
  bf('endomysialInfiltrate', [
    'endomysial lymphocytes',
    // session 50 (probe): the place after the cells, T cells by their marker, and the cells that invade fibres
    'inflammation in the endomysium',
    'inflammatory cells in the endomysium',
    'infiltrates in the endomysium',
    'endomysial t cells',
    'endomysial cd8 t cells',
    'endomysial cd8+ t cells',
    'invading non-necrotic fibers',
    'invading non-necrotic fibres',
    'invading nonnecrotic fibers',
    'invading nonnecrotic fibres',
    'invasion of non-necrotic fibers',
    'invasion of non-necrotic fibres',
    // the places with the words between them and the noun (session 50: generated, for every form of the noun); the
    // two places joined ("endomysial and perimysial inflammatory infiltrates") give both items (studies.ts
    // featureKeys)
    ...placedInfiltrates(['endomysial', 'endomysial and perimysial', 'perimysial and endomysial']),
  ]),
  bf('perimysialPerivascularInfiltrate', [
    'perivascular cuffing',
    // session 25: "scattered perivascular lymphocytes", "infiltration … around blood vessels"
    'perivascular lymphocytes',
    'around blood vessels',
    'around the blood vessels',
    // session 50 (probe)
    'around vessels',
    'around the vessels',
    'inflammatory cells around vessels',
    'inflammatory cells around the vessels',
    'inflammation in the perimysium',
    'inflammatory cells in the perimysium',
    'infiltrates in the perimysium',
    'perivascular t cells',
    'perivascular cd4 t cells',
    'perivascular cd4+ t cells',
    ...placedInfiltrates([
      'perimysial',
      'perivascular',
      'perimysial and perivascular',
      'perivascular and perimysial',
      'perimysial perivascular',
    ]),
  ]),
  bf('perifascicularAtrophy', [
    'perifascicular atrophy',
    'perifascicular',
    'perifascicular fiber atrophy',
    // session 50 (probe): "atrophic fibres at the periphery of the fascicles"; like a bare "perifascicular", the
    // atrophy only with a word of atrophy beside it (studies.ts featureKeys)
    'at the periphery of the fascicles',
    'at the periphery of fascicles',
  ]),
  bf('rimmedVacuoles', [
    'rimmed vacuoles',
    'rimmed vacuole',
    // session 50 (probe): "rimmed vacuolated fibres"
    'rimmed vacuolated fibers',
    'rimmed vacuolated fibres',
    'rimmed vacuolated fiber',
    'rimmed vacuolated fibre',
  ]),
  bf('mhcClassIUpregulation', [
    'mhc class i',
    'mhc i',
    'mhc 1',
    'hla class i',
    'histocompatibility antigen type 1',
    'histocompatibility antigen class i',
    'mhc class 1',
    'major histocompatibility complex class i',
    'mhc i upregulation',
    'sarcolemmal mhc class i',
    'hla abc',
    'hla-abc',
  ]),
];
