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
  // "alfa-fetoprotein" (session 25), "interferon alfa": the spelling of drug names and of Romance languages
  alfa: 'alpha',
  // the singular some reports write for a muscle named by its heads (session 25: "the deltoid and quadricep")
  quadricep: 'quadriceps',
  // "Gotron's papules" (session 25): a common misspelling of the eponym
  gotron: 'gottron',
  guttron: 'gottron',
  // "Reynaud phenomenon" (session 25)
  reynaud: 'raynaud',
  // session 39 vocabulary: the possessive without its apostrophe, and Ranaud / Raynauld as also misspelt in print
  // (not "Renaud", a surname)
  reynauds: 'raynauds',
  ranaud: 'raynaud',
  ranauds: 'raynauds',
  raynauld: 'raynaud',
  raynaulds: 'raynauds',
  bicep: 'biceps',
  tricep: 'triceps',
  // "periungueal telangiectasia" (session 43: the French spelling, read as nothing)
  periungueal: 'periungual',
  // clinical shorthand
  prox: 'proximal',
  bilat: 'bilateral',
};

/**
 * Verbs and nouns ending in -ise that are not British -ize spellings, by their base form: every inflection
 * ("raising", "arises", "comprised", "exercises") keeps its spelling ("raising" → "raizing" lost the ACTION words
 * "raising" and "arising" and the list word "comprising").
 */
const ISE_EXCEPTIONS = new Set([
  'raise',
  'revise',
  'advise',
  'supervise',
  'comprise',
  'promise',
  'exercise',
  'surprise',
  'devise',
  'otherwise',
  'precise',
  'concise',
  'noise',
  'wise',
  'rise',
  'arise',
  'praise',
  'bruise',
  'expertise',
  'franchise',
  'demise',
  'premise',
  'improvise',
  'chemise',
  'disguise',
  'despise',
  'compromise',
  'enterprise',
  'merchandise',
  'excise',
  'incise',
  'circumcise',
  'televise',
  'advertise',
  'chastise',
  'apprise',
  'paradise',
  'treatise',
  'reprise',
]);

/** The -ise base form of an inflection ("raising" → "raise", "raised" / "raises" → "raise"). */
function iseBase(x: string): string {
  if (x.endsWith('ising')) return `${x.slice(0, -3)}e`;
  if (x.endsWith('ised') || x.endsWith('ises')) return x.slice(0, -1);
  return x;
}

const cache = new Map<string, string>();

function stripDiacritics(w: string): string {
  let ascii = true;
  for (let i = 0; i < w.length; i++) if (w.charCodeAt(i) > 127) ascii = false;
  if (ascii) return w;
  let out = '';
  for (const ch of w) out += own(GREEK, ch) ?? ch;
  // the ligatures of a PDF's text layer ("ﬁnger ﬂexor") spelt out, a soft hyphen ("helio\u00adtrope") dropped
  return out
    .replace(/[\ufb00-\ufb06]/g, (c) => c.normalize('NFKD'))
    .replace(/\u00ad/g, '')
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '');
}

function americanise(w: string): string {
  const whole = own(WORDS, w);
  if (whole) return whole;
  let x = w;
  if (x.startsWith('oe') && (x.startsWith('oedem') || x.startsWith('oesoph'))) x = x.slice(1);
  if (x.includes('haem')) x = x.replace('haem', 'hem');
  if (x.includes('aemi')) x = x.replace('aemi', 'emi');
  if (x.includes('paed')) x = x.replace('paed', 'ped');
  // "lymphopaenia", "thrombocytopaenia", "neutropaenic" (session 29: no count was read from them)
  if (x.includes('paeni')) x = x.replace('paeni', 'peni');
  if (x.startsWith('leuc') && x.length >= 8) x = `leuk${x.slice(4)}`;
  // "dyspnoea", "dyspnoeic", "diarrhoea", "gynaecology", "anaesthesia" (session 28: a UK "dyspnoea" lost its onset)
  if (x.length >= 6 && /oea$|oeas$|oeic$/.test(x)) x = x.replace(/oe(as?|ic)$/, 'e$1');
  if (x.startsWith('gynaec')) x = `gynec${x.slice(6)}`;
  if (x.startsWith('anaesth')) x = `anesth${x.slice(7)}`;
  // ("likewise", "clockwise", "stepwise": a word of manner in -wise is no -ise verb; session 40: "likewise" was read
  // as "likewize")
  if (x.length >= 7 && !ISE_EXCEPTIONS.has(iseBase(x)) && !x.endsWith('wise')) {
    if (x.endsWith('isation')) x = `${x.slice(0, -7)}ization`;
    else if (x.endsWith('ised')) x = `${x.slice(0, -4)}ized`;
    else if (x.endsWith('ising')) x = `${x.slice(0, -5)}izing`;
    else if (x.endsWith('ises')) x = `${x.slice(0, -4)}izes`;
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
