/**
 * Wording for the web application: labels of findings, categories, subgroups and statuses.
 * @module
 */

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

/** EULAR/ACR categories. */
export const EULAR_CATEGORY: Record<string, string> = {
  definite: 'Definite IIM',
  probable: 'Probable IIM',
  possible: 'Possible IIM',
  'not-met': 'Criteria not met',
  'not-classifiable': 'Not classifiable (no rash, no biopsy feature)',
};

/** EULAR/ACR subgroups. */
export const SUBGROUP: Record<string, string> = {
  dermatomyositis: 'Dermatomyositis',
  'amyopathic-dermatomyositis': 'Amyopathic dermatomyositis',
  'juvenile-dermatomyositis': 'Juvenile dermatomyositis',
  'juvenile-myositis-other': 'Juvenile myositis other than JDM',
  'inclusion-body-myositis': 'Inclusion body myositis',
  polymyositis: 'Polymyositis (incl. IMNM)',
};

/** Bohan & Peter categories. */
export const BOHAN_CATEGORY: Record<string, string> = {
  'definite-dm': 'Definite dermatomyositis',
  'probable-dm': 'Probable dermatomyositis',
  'possible-dm': 'Possible dermatomyositis',
  'definite-pm': 'Definite polymyositis',
  'probable-pm': 'Probable polymyositis',
  'possible-pm': 'Possible polymyositis',
  'not-met': 'Criteria not met',
};

/** Turns an id or camelCase key into words. */
export function humanize(key: string): string {
  const s = key.replace(/([a-z0-9])([A-Z])/g, '$1 $2').replace(/[-_]/g, ' ');
  return s.charAt(0).toUpperCase() + s.slice(1).toLowerCase();
}

/** Formats a probability as a percentage. */
export function pct(p: number | undefined | null): string {
  if (typeof p !== 'number') return '—';
  if (p >= 0.9995) return '> 99.9 %';
  if (p > 0.995) return `${(p * 100).toFixed(1)} %`;
  if (p > 0 && p < 0.005) return '< 1 %';
  return `${(p * 100).toFixed(0)} %`;
}

/** Formats an ISO timestamp for people. */
export function when(iso: string): string {
  const d = new Date(iso);
  return Number.isNaN(d.getTime())
    ? iso
    : d.toLocaleString(undefined, { dateStyle: 'medium', timeStyle: 'short' });
}
