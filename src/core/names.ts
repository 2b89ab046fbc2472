/**
 * Canonical names for laboratory analytes and autoantibody targets, so that "CPK", "creatine kinase"
 * and "CK", or "TIF1γ", "TIF1-gamma" and "anti-p155/140" compare equal. One table per kind: the facts read a
 * case's structured names through it, and the extraction lexicon (src/extract/lexicon/) matches its `terms` in
 * running text.
 * Kept in `src/core/` because the case validator needs them too (reference limits are checked per
 * analyte); `src/facts/names.ts` re-exports them where the fact readers find them. The tables are indexed in
 * `Map`s, so a name such as "constructor" or "__proto__" is never read from an object's prototype.
 * @module
 */

/** A canonical name and the ways it is written. */
export interface NameEntry {
  /** The canonical name (what the engine compares and what extraction records). */
  name: string;
  /** Written forms, in a structured name field and in running text (the extraction lexicon). */
  terms: readonly string[];
  /** Abbreviations read only in a structured name field: in running text they are ordinary words ("got"). */
  fieldOnly?: readonly string[];
  /** LOINC code (analytes), given only where the curator is confident of it. */
  loinc?: string;
}

/** Laboratory analytes (the LOINC codes are the common serum/plasma codes). */
export const ANALYTE_NAMES: readonly NameEntry[] = [
  {
    name: 'CK',
    terms: [
      'ck',
      'cpk',
      'creatine kinase',
      'creatinine kinase',
      'creatine phosphokinase',
      'creatine kinase level',
      'serum ck',
      'ck level',
      'ck levels',
      'ck values',
      'ck value',
      'ck activity',
    ],
    loinc: '2157-6',
  },
  {
    name: 'ALT',
    terms: ['alt', 'alanine aminotransferase', 'alanine transaminase', 'gpt', 'sgpt', 'alat'],
    loinc: '1742-6',
  },
  {
    name: 'AST',
    terms: ['ast', 'aspartate aminotransferase', 'aspartate transaminase', 'sgot', 'asat'],
    fieldOnly: ['got'],
    loinc: '1920-8',
  },
  {
    name: 'LDH',
    terms: ['ldh', 'lactate dehydrogenase', 'lactic dehydrogenase'],
    fieldOnly: ['ld'],
    loinc: '2532-0',
  },
  { name: 'aldolase', terms: ['aldolase', 'serum aldolase'] },
  {
    name: 'ESR',
    terms: [
      'esr',
      'erythrocyte sedimentation rate',
      'erythrocyte sediment rate',
      'sedimentation rate',
      'sed rate',
      'vsg',
    ],
    loinc: '30341-2',
  },
  { name: 'CRP', terms: ['crp', 'c reactive protein', 'c reactive proteins'], loinc: '1988-5' },
  {
    name: 'WBC',
    terms: [
      'wbc',
      'white cell count',
      'white blood cell count',
      'white blood cells',
      'white cells',
      'leukocytes',
      'leukocyte count',
      'wcc',
      'white count',
    ],
    loinc: '6690-2',
  },
  { name: 'creatinine', terms: ['creatinine', 'serum creatinine'], fieldOnly: ['scr'], loinc: '2160-0' },
  { name: 'haemoglobin', terms: ['haemoglobin', 'hemoglobin', 'hb', 'hgb'] },
  { name: 'platelets', terms: ['platelets', 'platelet count', 'plt'] },
  { name: 'ferritin', terms: ['ferritin'], loinc: '2276-4' },
  { name: 'troponin', terms: ['troponin', 'troponin t', 'troponin i'] },
  { name: 'myoglobin', terms: ['myoglobin'] },
  { name: 'CEA', terms: ['cea', 'carcinoembryonic antigen'], loinc: '2039-6' },
  { name: 'CA-125', terms: ['ca 125', 'ca125', 'cancer antigen 125'], loinc: '10334-1' },
  { name: 'CA 15-3', terms: ['ca 15 3', 'ca 15.3', 'cancer antigen 15 3'] },
  { name: 'CA 19-9', terms: ['ca 19 9', 'ca 19.9'] },
  { name: 'PSA', terms: ['psa', 'prostate specific antigen'], loinc: '2857-1' },
];

/** Autoantibody targets. Hyphens, Greek letters and "anti-" prefixes are handled by normalisation. */
export const ANTIBODY_NAMES: readonly NameEntry[] = [
  {
    name: 'TIF1-gamma',
    terms: [
      'tif1 gamma',
      'tif1γ',
      'tif 1 gamma',
      'tif1g',
      'tif1',
      'tif 1',
      'p155',
      'p155/140',
      'p155 140',
      'transcription intermediary factor 1 gamma',
      'transcriptional intermediary factor 1 gamma',
      'transcription intermediary factor 1',
      'transcriptional intermediary factor 1',
      'tripartite motif containing 33',
      'trim33',
    ],
  },
  { name: 'NXP2', terms: ['nxp2', 'nxp 2', 'mj', 'p140', 'nuclear matrix protein 2', 'morc3'] },
  {
    name: 'MDA5',
    terms: [
      'mda5',
      'mda 5',
      'cadm140',
      'cadm 140',
      'melanoma differentiation associated gene 5',
      'melanoma differentiation associated protein 5',
      'ifih1',
    ],
  },
  { name: 'Mi-2', terms: ['mi2', 'mi 2', 'mi 2 alpha', 'mi 2 beta', 'mi2 alpha', 'mi2 beta'] },
  {
    name: 'SAE',
    terms: ['sae', 'sae1', 'sae2', 'sae 1', 'sae 2', 'small ubiquitin like modifier activating enzyme'],
  },
  { name: 'Jo-1', terms: ['jo1', 'jo 1', 'histidyl trna synthetase', 'histidyl transfer rna synthetase'] },
  { name: 'PL-7', terms: ['pl7', 'pl 7', 'threonyl trna synthetase'] },
  { name: 'PL-12', terms: ['pl12', 'pl 12', 'alanyl trna synthetase'] },
  { name: 'EJ', terms: ['ej', 'glycyl trna synthetase'] },
  { name: 'OJ', terms: ['oj', 'isoleucyl trna synthetase'] },
  { name: 'SRP', terms: ['srp', 'signal recognition particle'] },
  { name: 'HMGCR', terms: ['hmgcr', 'hmg coa reductase', '3 hydroxy 3 methylglutaryl coenzyme a reductase'] },
  { name: 'Ro52', terms: ['ro52', 'ro 52', 'trim21'] },
  { name: 'Ro60', terms: ['ro60', 'ro 60', 'ssa', 'ss a', 'anti ro'] },
  { name: 'La', terms: ['ssb', 'ss b'] },
  { name: 'PM-Scl', terms: ['pm scl', 'pmscl', 'pm scl 75', 'pm scl 100', 'pm/scl'] },
  { name: 'Ku', terms: ['ku'] },
  { name: 'U1-RNP', terms: ['u1 rnp', 'u1rnp', 'rnp'] },
  { name: 'Scl-70', terms: ['scl 70', 'scl70', 'topoisomerase i'] },
  { name: 'Sm', terms: ['anti sm', 'anti smith'] },
  {
    name: 'ANA',
    terms: [
      'ana',
      'antinuclear antibody',
      'antinuclear antibodies',
      'antinuclear',
      'anti nuclear antibodies',
      'anti nuclear antibody',
      'fana',
    ],
  },
  { name: 'ENA', terms: ['ena', 'extractable nuclear antigen', 'extractable nuclear antigens'] },
  { name: 'dsDNA', terms: ['dsdna', 'ds dna', 'double stranded dna', 'a dna', 'anti dna', 'dna'] },
  {
    name: 'ANCA',
    terms: [
      'anca',
      'antineutrophil cytoplasmic antibodies',
      'antineutrophil cytoplasmic antibody',
      'anti neutrophil cytoplasmic antibodies',
    ],
  },
  { name: 'RF', terms: ['rf', 'rheumatoid factor'] },
  {
    name: 'CCP',
    terms: ['ccp', 'anti ccp', 'cyclic citrullinated peptide', 'cyclic citrullinated peptides', 'acpa'],
  },
  {
    name: 'beta2-glycoprotein I',
    terms: [
      'b2gp',
      'b2gpi',
      'b2 gp',
      'b2 gpi',
      'beta2 glycoprotein i',
      'beta2 glycoprotein 1',
      'beta 2 glycoprotein i',
      'beta 2 glycoprotein 1',
      'beta2gpi',
      'beta2 gpi',
    ],
  },
  { name: 'anticardiolipin', terms: ['anticardiolipin', 'anti cardiolipin', 'cardiolipin', 'acl'] },
  { name: 'lupus anticoagulant', terms: ['lupus anticoagulant'] },
];

const analyteKey = (name: string) => name.toLowerCase().replace(/[^a-z0-9]/g, '');

const antibodyKey = (name: string) =>
  name
    .toLowerCase()
    .replace(/γ/g, 'gamma')
    .replace(/^anti[\s-]*/, '')
    .replace(/\s*(antibod(y|ies)|autoantibod(y|ies)|ab)$/, '')
    .replace(/[^a-z0-9]/g, '');

/**
 * Indexes a name table by normalised key.
 * @throws Error when two names share a written form (a mistake in the table)
 */
function index(table: readonly NameEntry[], key: (name: string) => string): ReadonlyMap<string, string> {
  const out = new Map<string, string>();
  for (const e of table)
    for (const t of [...e.terms, ...(e.fieldOnly ?? [])]) {
      const k = key(t);
      const prev = out.get(k);
      if (prev !== undefined && prev !== e.name)
        throw new Error(`"${t}" is written for both ${prev} and ${e.name}`);
      out.set(k, e.name);
    }
  return out;
}

const ANALYTE_BY_KEY = index(ANALYTE_NAMES, analyteKey);
const ANTIBODY_BY_KEY = index(ANTIBODY_NAMES, antibodyKey);
const analyteCache = new Map<string, string>();
const antibodyCache = new Map<string, string>();

/** Canonical analyte name ("creatine kinase" → "CK"); unknown names are returned trimmed. */
export function canonicalAnalyte(name: string): string {
  let v = analyteCache.get(name);
  if (v === undefined) {
    v = ANALYTE_BY_KEY.get(analyteKey(name)) ?? name.trim();
    if (analyteCache.size < 10_000) analyteCache.set(name, v);
  }
  return v;
}

/** Canonical antibody target ("anti-TIF1γ", "TIF1-gamma", "p155/140" → "TIF1-gamma"); unknown targets trimmed. */
export function canonicalAntibody(name: string): string {
  let v = antibodyCache.get(name);
  if (v === undefined) {
    v = ANTIBODY_BY_KEY.get(antibodyKey(name)) ?? name.trim();
    if (antibodyCache.size < 10_000) antibodyCache.set(name, v);
  }
  return v;
}

/**
 * The key of a neural antibody target as the paraneoplastic criteria list them: lower case, without an
 * "anti-" prefix and without punctuation ("anti-CV2/CRMP5" → `cv2crmp5`, "Anti-Hu" → `hu`).
 * @param target - the target as written in the case
 */
export function neuralAntibodyKey(target: string): string {
  return target
    .toLowerCase()
    .replace(/^anti[\s-]*/, '')
    .replace(/[^a-z0-9]/g, '');
}
