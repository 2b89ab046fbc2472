/**
 * Canonical names for laboratory analytes and autoantibody targets, so that "CPK", "creatine kinase"
 * and "CK", or "TIF1γ", "TIF1-gamma" and "anti-p155/140" compare equal.
 * @module
 */
import { own } from './lookup.js';

const ANALYTE_SYNONYMS: Record<string, string> = {
  ck: 'CK',
  cpk: 'CK',
  creatinekinase: 'CK',
  creatininekinase: 'CK',
  creatinephosphokinase: 'CK',
  alt: 'ALT',
  gpt: 'ALT',
  sgpt: 'ALT',
  alanineaminotransferase: 'ALT',
  alaninetransaminase: 'ALT',
  ast: 'AST',
  got: 'AST',
  sgot: 'AST',
  aspartateaminotransferase: 'AST',
  aspartatetransaminase: 'AST',
  ldh: 'LDH',
  ld: 'LDH',
  lactatedehydrogenase: 'LDH',
  aldolase: 'aldolase',
  esr: 'ESR',
  erythrocytesedimentationrate: 'ESR',
  crp: 'CRP',
  creactiveprotein: 'CRP',
  wbc: 'WBC',
  whitecellcount: 'WBC',
  whitebloodcellcount: 'WBC',
  creatinine: 'creatinine',
  scr: 'creatinine',
  ca125: 'CA-125',
  cea: 'CEA',
  ca153: 'CA 15-3',
  psa: 'PSA',
};

/** Canonical analyte name ("creatine kinase" → "CK"); unknown names are returned trimmed. */
export function canonicalAnalyte(name: string): string {
  let v = analyteCache.get(name);
  if (v === undefined) {
    const key = name.toLowerCase().replace(/[^a-z0-9]/g, '');
    v = own(ANALYTE_SYNONYMS, key) ?? name.trim();
    if (analyteCache.size < 10_000) analyteCache.set(name, v);
  }
  return v;
}

const analyteCache = new Map<string, string>();
const antibodyCache = new Map<string, string>();

const ANTIBODY_SYNONYMS: Record<string, string> = {
  tif1gamma: 'TIF1-gamma',
  tif1g: 'TIF1-gamma',
  tif1: 'TIF1-gamma',
  p155: 'TIF1-gamma',
  p155140: 'TIF1-gamma',
  nxp2: 'NXP2',
  mj: 'NXP2',
  p140: 'NXP2',
  mda5: 'MDA5',
  cadm140: 'MDA5',
  mi2: 'Mi-2',
  sae: 'SAE',
  sae1: 'SAE',
  sae2: 'SAE',
  jo1: 'Jo-1',
  histidyltrnasynthetase: 'Jo-1',
  pl7: 'PL-7',
  pl12: 'PL-12',
  ej: 'EJ',
  oj: 'OJ',
  srp: 'SRP',
  hmgcr: 'HMGCR',
  ro52: 'Ro52',
  pmscl: 'PM-Scl',
  ku: 'Ku',
  ana: 'ANA',
  antinuclear: 'ANA',
  antinuclearantibody: 'ANA',
  ena: 'ENA',
  dsdna: 'dsDNA',
  dna: 'dsDNA',
  ccp: 'CCP',
  rf: 'RF',
  rheumatoidfactor: 'RF',
  anca: 'ANCA',
};

/** Canonical antibody target ("anti-TIF1γ", "TIF1-gamma", "p155/140" → "TIF1-gamma"). */
export function canonicalAntibody(name: string): string {
  const hit = antibodyCache.get(name);
  if (hit !== undefined) return hit;
  const key = name
    .toLowerCase()
    .replace(/γ/g, 'gamma')
    .replace(/^anti[\s-]*/, '')
    .replace(/\s*(antibod(y|ies)|autoantibod(y|ies)|ab)$/, '')
    .replace(/[^a-z0-9]/g, '');
  const v = own(ANTIBODY_SYNONYMS, key) ?? name.trim();
  if (antibodyCache.size < 10_000) antibodyCache.set(name, v);
  return v;
}
