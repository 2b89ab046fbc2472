/**
 * One-word results by criteria set (codes → words, with what the unknown items could still make of them) and
 * the EULAR/ACR subgroup and category words. Part of the one wording table (`./index.ts` re-exports it); its
 * own file so that other parts of the table (population words) can use it without an import cycle.
 * @module
 */
import type { Headline } from '../../contract/set.js';
import type { SetKey } from '../../sets/registry.js';
import { pctRange } from './numbers.js';

// ─── One-word results, by set ───────────────────────────────────────────────────────────────────────────

/**
 * The words of each headline code (category, tier, response, status), by set key. A code shared by two sets
 * (`not-met`) may read differently in each. A set without a row (a new one) reads its codes in words
 * ("some-code" → "Some code").
 */
export const CODE_WORDS: { readonly [K in SetKey]?: Readonly<Record<string, string>> } = {
  eularAcr2017: {
    definite: 'Definite IIM',
    probable: 'Probable IIM',
    possible: 'Possible IIM',
    'not-met': 'Not classified as IIM',
    'not-classifiable': 'Not classifiable (no typical rash and no biopsy feature)',
  },
  bohanPeter1975: {
    'definite-dm': 'Definite dermatomyositis',
    'probable-dm': 'Probable dermatomyositis',
    'possible-dm': 'Possible dermatomyositis',
    'definite-pm': 'Definite polymyositis',
    'probable-pm': 'Probable polymyositis',
    'possible-pm': 'Possible polymyositis',
    'not-met': 'Criteria not met',
  },
  cancerAssociation: {
    met: 'Cancer-associated (within ±3 years)',
    'not-met': 'Not cancer-associated',
    unknown: 'Undetermined',
  },
  imacs2023: {
    high: 'High risk',
    moderate: 'Moderate risk',
    standard: 'Standard risk',
    'not-applicable': 'Not applicable',
  },
  pns2004: {
    definite: 'Definite PNS',
    possible: 'Possible PNS',
    'not-met': 'Criteria not met',
  },
  pnsCare2021: {
    definite: 'Definite PNS',
    probable: 'Probable PNS',
    possible: 'Possible PNS',
    'non-pns': 'Non-PNS',
    'not-applicable': 'Not applicable',
  },
  cancerProbability: {
    estimated: 'Estimated',
    'not-applicable': 'Not applicable',
  },
  recist11: {
    CR: 'Complete response (CR)',
    PR: 'Partial response (PR)',
    SD: 'Stable disease (SD)',
    'non-CR/non-PD': 'Non-CR/non-PD',
    PD: 'Progressive disease (PD)',
    NE: 'Not evaluable (NE)',
    baseline: 'Baseline',
    'not-evaluable': 'Not evaluable (invalid measurements)',
  },
  tis2016: {
    none: 'No improvement',
    minimal: 'Minimal improvement',
    moderate: 'Moderate improvement',
    major: 'Major improvement',
    indeterminate: 'Indeterminate',
  },
  dosing: {
    'carboplatin-dose': 'Carboplatin dose (Calvert)',
    dose: 'Dose by body-surface area',
    'body-surface-area': 'Body-surface area',
    'no-input': 'Nothing to compute',
  },
  monitoring: {
    'alert-high': 'High-severity alert',
    'alert-moderate': 'Moderate alert',
    'alert-information': 'Information',
    'no-alert': 'No alert',
    'no-follow-up': 'No follow-up recorded',
  },
};

/** Short reasons a set does not apply, by reason code (the headline's qualifier of a not-applicable result). */
const NOT_APPLICABLE_SHORT: Readonly<Record<string, string>> = {
  'dermatomyositis-not-a-2021-phenotype': 'Not applicable to dermatomyositis',
  'myositis-not-a-2021-phenotype': 'Not applicable to myositis',
};

/** Codes whose result is its number: the headline reads as the probability. */
const NUMBER_CODES: ReadonlySet<string> = new Set(['estimated']);

/** Turns an unknown code into words (`not-met` → "Not met"), for a code that has no row yet. */
export function humanize(code: string): string {
  const s = code.replace(/([a-z0-9])([A-Z])/g, '$1 $2').replace(/[-_]/g, ' ');
  return s.charAt(0).toUpperCase() + s.slice(1).toLowerCase();
}

/**
 * The words of one headline code of a set.
 * @param key - the set's key
 * @param code - the code
 */
export function codeWords(key: string, code: string): string {
  const table = (CODE_WORDS as Readonly<Record<string, Readonly<Record<string, string>>>>)[key];
  return table?.[code] ?? humanize(code);
}

/**
 * What the unknown items could still make of a result, in words ("could reach Definite PNS"), or undefined
 * when they cannot change it.
 * @param key - the set's key
 * @param h - the set's headline
 */
export function reachWords(key: string, h: Headline): string | undefined {
  const others = (h.reachable ?? []).filter((c) => c !== h.code).map((c) => codeWords(key, c));
  return others.length ? `could reach ${others.join(' or ')}` : undefined;
}

/**
 * A result in one line, with its range over the unknowns: "Criteria not met (could reach Definite PNS)",
 * "62.3 % (38.0–91.2 % with the unknown items)", "Not applicable to dermatomyositis".
 * @param key - the set's key
 * @param h - the set's headline of the result
 */
export function headlineWords(key: string, h: Headline): string {
  if (NUMBER_CODES.has(h.code) && h.probability && h.probability.value !== null)
    return pctRange(h.probability);
  const main =
    h.code === 'not-applicable' && h.qualifier && NOT_APPLICABLE_SHORT[h.qualifier]
      ? NOT_APPLICABLE_SHORT[h.qualifier]!
      : codeWords(key, h.code);
  const reach = reachWords(key, h);
  return reach ? `${main} (${reach})` : main;
}

// ─── Criteria ───────────────────────────────────────────────────────────────────────────────────────────

/** EULAR/ACR 2017 subgroups. */
export const SUBGROUP_WORDS: Readonly<Record<string, string>> = {
  dermatomyositis: 'Dermatomyositis',
  'amyopathic-dermatomyositis': 'Amyopathic dermatomyositis',
  'juvenile-dermatomyositis': 'Juvenile dermatomyositis',
  'juvenile-myositis-other': 'Juvenile myositis other than JDM',
  'inclusion-body-myositis': 'Inclusion body myositis',
  polymyositis: 'Polymyositis (including IMNM)',
};

/** Words for a EULAR/ACR subgroup code. */
export function subgroupWords(s: string): string {
  return SUBGROUP_WORDS[s] ?? humanize(s);
}

/** Words for a category of the classification criteria (EULAR/ACR 2017 or Bohan & Peter 1975). */
export function categoryWords(c: string): string {
  return CODE_WORDS.eularAcr2017?.[c] ?? CODE_WORDS.bohanPeter1975?.[c] ?? humanize(c);
}
