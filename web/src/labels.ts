/**
 * Wording for the web application: labels of findings; categories, subgroups, statuses and percentages come
 * from the one wording table of the engine (`heliotrope/wording`), shared with the CLI and the HTML report.
 * @module
 */
import type { Headline } from 'heliotrope';
import {
  CODE_WORDS,
  SUBGROUP_WORDS,
  codeWords,
  headlineWords,
  humanize,
  pct as wordingPct,
} from 'heliotrope/wording';

/** Finding labels. */
export const FINDING_LABELS: Record<string, string> = {
  'heliotrope-rash': 'Heliotrope rash',
  'gottron-papules': "Gottron's papules",
  'gottron-sign': "Gottron's sign",
  'shawl-sign': 'Shawl sign',
  'v-sign': 'V sign',
  'mechanics-hands': "Mechanic's hands",
  'periungual-changes': 'Periungual changes',
  'skin-ulceration': 'Skin ulceration',
  'periorbital-oedema': 'Periorbital oedema',
  'photosensitive-rash': 'Photosensitive rash',
  calcinosis: 'Calcinosis',
  'proximal-weakness-upper': 'Proximal weakness, arms',
  'proximal-weakness-lower': 'Proximal weakness, legs',
  'symmetric-weakness': 'Symmetric weakness',
  'neck-flexor-weakness': 'Neck flexors weaker than extensors',
  'proximal-weaker-than-distal-legs': 'Legs: proximal weaker than distal',
  'distal-weakness': 'Distal weakness',
  'finger-flexor-weakness': 'Finger-flexor weakness',
  dysphagia: 'Dysphagia / oesophageal dysmotility',
  dysphonia: 'Dysphonia',
  'interstitial-lung-disease': 'Interstitial lung disease',
  arthritis: 'Arthritis',
  'raynaud-phenomenon': 'Raynaud phenomenon',
  fever: 'Fever',
  'weight-loss': 'Weight loss',
  'night-sweats': 'Night sweats',
  'unexplained-fever': 'Unexplained fever',
  'rapid-onset': 'Rapid onset of myositis',
  'refractory-disease': 'Refractory / persistently active myositis',
  myalgia: 'Myalgia',
};

/** EULAR/ACR categories (from the wording table). */
export const EULAR_CATEGORY: Readonly<Record<string, string>> = CODE_WORDS.eularAcr2017 ?? {};

/** EULAR/ACR subgroups (from the wording table). */
export const SUBGROUP = SUBGROUP_WORDS;

/** Bohan & Peter categories (from the wording table). */
export const BOHAN_CATEGORY: Readonly<Record<string, string>> = CODE_WORDS.bohanPeter1975 ?? {};

export { humanize };

/** Formats a probability as a percentage (the wording table's), or a dash when there is none. */
export function pct(p: number | undefined | null): string {
  return typeof p === 'number' ? wordingPct(p) : '—';
}

/**
 * A one-word result in words with what the unknown items could still make of it ("Criteria not met (could
 * reach Definite PNS)"), from the set's headline; the code's words alone when no headline came with it.
 * @param key - the set's key
 * @param h - its headline (from POST /api/assess?headlines=true), if any
 * @param code - the result's code, when there is no headline
 */
export function resultWords(key: string, h: Headline | undefined, code: string): string {
  return h ? headlineWords(key, h) : codeWords(key, code);
}

/** Formats an ISO timestamp for people. */
export function when(iso: string): string {
  const d = new Date(iso);
  return Number.isNaN(d.getTime())
    ? iso
    : d.toLocaleString(undefined, { dateStyle: 'medium', timeStyle: 'short' });
}
