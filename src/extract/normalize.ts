/**
 * Word normalisation for matching: lower case, accents removed, Greek letters spelled out, British
 * spellings mapped to American ones. Lexicon terms and text tokens go through the same function, so a
 * mapping only has to be consistent, never perfect.
 * @module
 */
import { own } from '../core/lookup.js';

/** Greek letters spelled out ("TIF1γ" → "tif 1 gamma"). */
export const GREEK: Readonly<Record<string, string>> = {
  α: 'alpha',
  β: 'beta',
  γ: 'gamma',
  δ: 'delta',
  ε: 'epsilon',
  κ: 'kappa',
  λ: 'lambda',
  μ: 'mu',
  Α: 'alpha',
  Β: 'beta',
  Γ: 'gamma',
  Δ: 'delta',
  Κ: 'kappa',
};

/** Whole-word British → American spellings the suffix rules below do not cover. */
const WORDS: Readonly<Record<string, string>> = {
  tumour: 'tumor',
  tumours: 'tumors',
  colour: 'color',
  fibre: 'fiber',
  fibres: 'fibers',
  centre: 'center',
  litre: 'liter',
  litres: 'liters',
  behaviour: 'behavior',
  oestrogen: 'estrogen',
  leucocyte: 'leukocyte',
  leucocytes: 'leukocytes',
  leucocytosis: 'leukocytosis',
  leucopenia: 'leukopenia',
  grey: 'gray',
  ciclosporin: 'cyclosporine',
  cyclosporin: 'cyclosporine',
  programme: 'program',
  haemodynamically: 'hemodynamically',
  paediatric: 'pediatric',
  anaemia: 'anemia',
  // clinical shorthand
  prox: 'proximal',
  bilat: 'bilateral',
};

/** Words ending in -ise/-ised that are not British -ize spellings. */
const ISE_EXCEPTIONS = new Set([
  'raise',
  'raised',
  'raises',
  'revise',
  'revised',
  'advise',
  'advised',
  'supervise',
  'supervised',
  'comprise',
  'comprised',
  'promise',
  'promised',
  'exercise',
  'exercised',
  'surprise',
  'surprised',
  'devise',
  'devised',
  'otherwise',
  'precise',
  'concise',
  'noise',
  'wise',
  'rise',
  'arise',
  'arised',
  'praise',
  'praised',
  'bruise',
  'bruised',
  'expertise',
  'franchise',
  'demise',
  'premise',
  'improvise',
  'improvised',
  'chemise',
]);

const cache = new Map<string, string>();

function stripDiacritics(w: string): string {
  let ascii = true;
  for (let i = 0; i < w.length; i++) if (w.charCodeAt(i) > 127) ascii = false;
  if (ascii) return w;
  let out = '';
  for (const ch of w) out += own(GREEK, ch) ?? ch;
  return out.normalize('NFD').replace(/[\u0300-\u036f]/g, '');
}

function americanise(w: string): string {
  const whole = own(WORDS, w);
  if (whole) return whole;
  let x = w;
  if (x.startsWith('oe') && (x.startsWith('oedem') || x.startsWith('oesoph'))) x = x.slice(1);
  if (x.includes('haem')) x = x.replace('haem', 'hem');
  if (x.includes('aemi')) x = x.replace('aemi', 'emi');
  if (x.includes('paed')) x = x.replace('paed', 'ped');
  if (!ISE_EXCEPTIONS.has(x) && x.length >= 7) {
    if (x.endsWith('isation')) x = `${x.slice(0, -7)}ization`;
    else if (x.endsWith('ised')) x = `${x.slice(0, -4)}ized`;
    else if (x.endsWith('ising')) x = `${x.slice(0, -5)}izing`;
    else if (x.endsWith('ise')) x = `${x.slice(0, -3)}ize`;
  }
  return x;
}

/**
 * Normalised form of one word token (as produced by the tokeniser).
 * @param raw - the token text
 * @returns the matching key: lower case, no accents, American spelling, possessive and acronym plural dropped
 */
export function normalizeWord(raw: string): string {
  const hit = cache.get(raw);
  if (hit !== undefined) return hit;
  let w = raw;
  // Acronym plurals: "ENAs", "ANCAs" → "ena", "anca".
  if (w.length >= 3 && w.endsWith('s') && /^[A-Z]+s$/.test(w)) w = w.slice(0, -1);
  w = stripDiacritics(w).toLowerCase();
  w = americanise(w);
  if (cache.size < 50_000) cache.set(raw, w);
  return w;
}
