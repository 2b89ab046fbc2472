/**
 * Comparison keys for the corpus scorer: analytes, antibody targets, units, cancer sites and histologies
 * written by an annotator and by the extractor compare equal when a clinician would call them the same.
 * @module
 */
import { canonicalAnalyte, canonicalAntibody } from '../facts/names.js';
import { ucumUnit } from '../extract/extractors/units.js';

const squash = (s: string) =>
  s
    .toLowerCase()
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .replace(/[^a-z0-9]/g, '');

/** Analyte names beyond `canonicalAnalyte` that the corpora use (key: squashed name). */
const ANALYTE_ALIASES: Record<string, string> = {
  hb: 'haemoglobin',
  hgb: 'haemoglobin',
  hemoglobin: 'haemoglobin',
  haemoglobin: 'haemoglobin',
  plt: 'platelets',
  platelet: 'platelets',
  platelets: 'platelets',
  plateletcount: 'platelets',
  kl6: 'kl6',
  krebsvondenlungen6: 'kl6',
  tsh: 'tsh',
  thyroidstimulatinghormone: 'tsh',
  ft4: 'freet4',
  freet4: 'freet4',
  freethyroxine: 'freet4',
  ft3: 'freet3',
  freet3: 'freet3',
  freetriiodothyronine: 'freet3',
  ace: 'ace',
  angiotensinconvertingenzyme: 'ace',
  serumace: 'ace',
  bun: 'urea',
  urea: 'urea',
  bloodureanitrogen: 'urea',
  egfr: 'gfr',
  gfr: 'gfr',
  albumin: 'albumin',
  calcium: 'calcium',
  ca: 'calcium',
  ferritin: 'ferritin',
  troponin: 'troponin',
  troponint: 'troponin',
  hstroponint: 'troponin',
  // the assay named in full ("high-sensitivity troponin T", session 19)
  highsensitivitytroponint: 'troponin',
  highsensitivetroponint: 'troponin',
  troponini: 'troponin',
  hstroponini: 'troponin',
  highsensitivitytroponini: 'troponin',
  myoglobin: 'myoglobin',
  '125dihydroxyvitamind': 'calcitriol',
  '125hydroxyvitamind': 'calcitriol',
  calcitriol: 'calcitriol',
  // Pompe disease's enzyme, by its names (a second annotator wrote "alpha-glucosidase" where the gold has "acid
  // alpha-glucosidase": the same test)
  acidalphaglucosidase: 'acidalphaglucosidase',
  alphaglucosidase: 'acidalphaglucosidase',
  acidmaltase: 'acidalphaglucosidase',
  gaa: 'acidalphaglucosidase',
  // the day's urine protein is the urine protein measured over a day ("urine protein 1.8 g/24 h")
  '24hoururineprotein': 'urineprotein',
  // hydroxybutyrate dehydrogenase under the short form of older reports (an annotator's "HBD", session 43)
  hbd: 'hbdh',
  hbdh: 'hbdh',
};

/** A comparison key for a lab analyte ("CPK" and "creatine kinase" → "ck"; "Hb" → "haemoglobin"). */
export function analyteKey(name: string): string {
  const canon = squash(canonicalAnalyte(name));
  return ANALYTE_ALIASES[canon] ?? canon;
}

/** Antibody targets beyond `canonicalAntibody` (key: squashed target after the canonical step). */
const ANTIBODY_ALIASES: Record<string, string> = {
  ssa: 'ssa/ro',
  ssaro: 'ssa/ro',
  ro: 'ssa/ro',
  ro52: 'ro52',
  ssa52: 'ro52',
  trim21: 'ro52',
  ro60: 'ro60',
  ssa60: 'ro60',
  ssb: 'ssb/la',
  la: 'ssb/la',
  ssbla: 'ssb/la',
  tpo: 'tpo',
  antitpo: 'tpo',
  thyroidperoxidase: 'tpo',
  thyroidperoxidaseantibodies: 'tpo',
  achr: 'achr',
  acetylcholinereceptor: 'achr',
  antiacetylcholinereceptor: 'achr',
  ama: 'ama',
  antimitochondrial: 'ama',
  u1rnp: 'u1-rnp',
  rnp: 'u1-rnp',
  u1: 'u1-rnp',
  ribonucleoprotein: 'u1-rnp',
  scl70: 'scl-70',
  topoisomerasei: 'scl-70',
};

/** A comparison key for an antibody target ("anti-TIF1γ" → "tif1gamma", "SSA-52" → "ro52"). */
export function antibodyKey(name: string): string {
  const canon = squash(canonicalAntibody(name));
  const bare = canon.replace(/^anti/, '').replace(/(antibod(y|ies)|autoantibod(y|ies))$/, '');
  return ANTIBODY_ALIASES[bare] ?? ANTIBODY_ALIASES[canon] ?? canon;
}

/** True when an antibody target names a group result (a panel or screen), not one antibody. */
export function isPanelTarget(name: string): boolean {
  return /panel|screen|myositis|\bmsa\b|\bmaa\b|antisynthetase|profile|autoantibodies\b/i.test(name);
}

/** Units that clinicians treat as the same quantity (key: UCUM or squashed written form). */
const UNIT_ALIASES: Record<string, string> = {
  'u/l': 'u/l',
  '[iu]/l': 'u/l',
  'iu/l': 'u/l',
  'ui/l': 'u/l',
  'units/litre': 'u/l',
  'units/liter': 'u/l',
  'mu/l': 'mu/l',
  'miu/l': 'mu/l',
  'm[iu]/l': 'mu/l',
  'uiu/ml': 'mu/l',
  'µiu/ml': 'mu/l',
  'u[iu]/ml': 'mu/l',
  'mu/ml': 'u/l',
  'u/ml': 'u/ml',
  'mm/h': 'mm/h',
  'mm/hr': 'mm/h',
  'mm/hour': 'mm/h',
  'mm/1sthour': 'mm/h',
  'mm/firsthour': 'mm/h',
  'g/dl': 'g/dl',
  'gm/dl': 'g/dl',
  '10*9/l': '10*9/l',
  '10^9/l': '10*9/l',
  '×10^9/l': '10*9/l',
};

/** A comparison key for a lab unit (`IU/L`, `[IU]/L`, `U/l` → `u/l`). */
export function unitKey(unit: string): string {
  const ucum = ucumUnit(unit);
  // the micro sign and the Greek mu are UCUM's "u" ("/µL" = "/uL")
  const k = (ucum ?? unit).toLowerCase().replace(/\s+/g, '').replace(/[µμ]/g, 'u');
  return UNIT_ALIASES[k] ?? k;
}

/** Site adjectives and spellings → one noun. */
const SITE_WORDS: Record<string, string> = {
  ovarian: 'ovary',
  ovaries: 'ovary',
  gastric: 'stomach',
  pulmonary: 'lung',
  lungs: 'lung',
  bronchial: 'lung',
  hepatic: 'liver',
  renal: 'kidney',
  colonic: 'colon',
  nasopharyngeal: 'nasopharynx',
  mammary: 'breast',
  vesical: 'bladder',
  cervical: 'cervix',
  pancreatic: 'pancreas',
  prostatic: 'prostate',
  thymic: 'thymus',
  rectal: 'rectum',
  oesophageal: 'esophagus',
  esophageal: 'esophagus',
  oesophagus: 'esophagus',
  oesophagogastric: 'esophagogastric',
  uterine: 'uterus',
  tubal: 'tube',
  mediastinal: 'mediastinum',
  colorectal: 'colon',
};
const SITE_STOP = new Set(['of', 'the', 'left', 'right', 'bilateral', 'primary', 'urinary', 'gland']);

/** The words of a cancer site, normalised ("left ovarian" → {"ovary"}). */
export function siteWords(site: string): Set<string> {
  const words = site
    .toLowerCase()
    .replace(/tumour/g, 'tumor')
    .split(/[^a-z0-9]+/)
    .filter((w) => w && !SITE_STOP.has(w))
    .map((w) => SITE_WORDS[w] ?? w);
  return new Set(words);
}

/** The words of a histology, normalised ("Carcinoma, ductal, invasive" → {"carcinoma","ductal","invasive"}). */
export function histologyWords(h: string): Set<string> {
  return new Set(
    h
      .toLowerCase()
      .replace(/tumour/g, 'tumor')
      .replace(/-/g, ' ')
      .split(/[^a-z0-9]+/)
      .filter((w) => w && w !== 'of' && w !== 'the'),
  );
}

const subset = (a: Set<string>, b: Set<string>) => a.size > 0 && [...a].every((w) => b.has(w));

/**
 * True when a predicted site names the gold site: one word set contains the other (a pred "left breast"
 * matches gold "breast"; a pred "colon" matches gold "sigmoid colon"), or an accepted alternative does.
 */
export function siteMatches(pred: string, gold: string, accept: readonly string[] = []): boolean {
  const p = siteWords(pred);
  return [gold, ...accept].some((g) => {
    const w = siteWords(g);
    return subset(w, p) || subset(p, w);
  });
}

/**
 * True when a predicted histology is the gold one or a more specific form of it (every gold word is in
 * the prediction), or an accepted alternative.
 */
export function histologyMatches(pred: string, gold: string, accept: readonly string[] = []): boolean {
  const p = histologyWords(pred);
  return [gold, ...accept].some((g) => subset(histologyWords(g), p));
}
