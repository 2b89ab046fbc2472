/**
 * Deterministic generator of synthetic case narratives (written for Heliotrope; no real patient and no
 * published text). Used by tests and by the extraction benchmark. Each narrative comes with the facts
 * it states, so tests can check extraction against them.
 * @module
 */

/** A tiny deterministic PRNG (mulberry32). */
export function prng(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/** What a synthetic narrative states. */
export interface SyntheticFacts {
  age: number;
  sex: 'female' | 'male';
  ck: number;
  ckUpper: number;
  heliotrope: boolean;
  dysphagia: boolean;
  tif1: 'positive' | 'negative';
  jo1: 'negative';
  grade: string;
  cancer?: string;
}

/** One synthetic narrative. */
export interface SyntheticCase {
  text: string;
  facts: SyntheticFacts;
}

const pick = <T>(r: () => number, xs: readonly T[]): T => xs[Math.floor(r() * xs.length)]!;

/**
 * Generates one synthetic case narrative.
 * @param seed - PRNG seed; the same seed gives the same text
 */
export function syntheticCase(seed: number): SyntheticCase {
  const r = prng(seed);
  const sex = r() < 0.6 ? 'female' : 'male';
  const noun =
    sex === 'female' ? pick(r, ['woman', 'female', 'lady']) : pick(r, ['man', 'male', 'gentleman']);
  const pro = sex === 'female' ? 'She' : 'He';
  const pos = sex === 'female' ? 'her' : 'his';
  const age = 30 + Math.floor(r() * 50);
  const weeks = 2 + Math.floor(r() * 10);
  const ck = 300 + Math.floor(r() * 9000);
  const ckUpper = pick(r, [170, 190, 200, 210]);
  const heliotrope = r() < 0.7;
  const dysphagia = r() < 0.4;
  const tif1 = r() < 0.5 ? 'positive' : 'negative';
  const grade = pick(r, ['4/5', '3/5', '4-/5', 'IV/V', '3-4/5']);
  const cancer =
    r() < 0.5
      ? pick(r, [
          'adenocarcinoma of the lung',
          'serous carcinoma of the ovary',
          'invasive ductal carcinoma of the right breast',
        ])
      : undefined;
  const rash = heliotrope
    ? pick(r, [
        'a violaceous discoloration of both upper eyelids',
        'a heliotrope rash with periorbital oedema',
        'lilac erythema around the eyes',
      ])
    : pick(r, ['a faint erythema of the cheeks', 'scaly plaques on the scalp']);
  const paras = [
    'History',
    `A ${age}-year-old ${noun} was referred with a ${weeks}-week history of progressive weakness of the thighs and shoulders. ${pro} reported difficulty climbing stairs and combing ${pos} hair. ${dysphagia ? `${pro} also described difficulty swallowing solids.` : `${pro} denied dysphagia, fever or weight loss.`} There was no history of Raynaud's phenomenon. ${pos[0]!.toUpperCase()}${pos.slice(1)} mother had hypothyroidism.`,
    '',
    'Examination',
    `On examination there was ${rash}. Flat erythematous macules were seen over the knuckles of both hands. Power was ${grade} in the proximal muscles of the upper and lower limbs, with normal distal strength. Neck flexion was ${pick(r, ['4/5', 'normal'])}. Chest auscultation was clear and there were no signs of arthritis.`,
    '',
    'Investigations',
    `Creatine kinase was ${ck} U/L (reference range 30-${ckUpper} U/L) and the ESR 24 mm/hr. CRP < 5 mg/L. Myositis immunoblot: anti-TIF1-gamma ${tif1}, anti-Jo-1 negative; ANA 1:320. EMG showed a myopathic pattern. A deltoid muscle biopsy showed perifascicular atrophy and perivascular inflammation, with no rimmed vacuoles. MRI of the thighs showed symmetric muscle oedema.${cancer ? ` CT of the chest, abdomen and pelvis revealed an ${cancer}, staged cT2N1M0.` : ' CT of the chest, abdomen and pelvis was normal.'}`,
    '',
    'Treatment and outcome',
    `${pro} was started on prednisolone 1 mg/kg daily and methotrexate 15 mg weekly, with intravenous immunoglobulin 2 g/kg monthly. Two months later strength had improved and the CK had normalised.${cancer ? ' Six cycles of carboplatin AUC5 and paclitaxel 175 mg/m2 were given, with a partial response by RECIST 1.1.' : ''}`,
    '',
    'Discussion',
    'Dermatomyositis with anti-TIF1-gamma antibodies is associated with cancer. Previous reports described a 67-year-old man with gastric carcinoma and dysphagia, and patients with interstitial lung disease and anti-MDA5 antibodies positive.',
  ];
  return {
    text: paras.join('\n'),
    facts: {
      age,
      sex,
      ck,
      ckUpper,
      heliotrope,
      dysphagia,
      tif1,
      jo1: 'negative',
      grade,
      ...(cancer ? { cancer } : {}),
    },
  };
}

/**
 * A corpus of synthetic narratives of at least `minBytes` UTF-8 bytes, separated by blank lines.
 * @param minBytes - minimum size
 * @param seed - first seed
 */
export function syntheticCorpus(minBytes: number, seed = 1): string[] {
  const out: string[] = [];
  let bytes = 0;
  for (let s = seed; bytes < minBytes; s++) {
    const t = syntheticCase(s).text;
    out.push(t);
    bytes += new TextEncoder().encode(t).length + 2;
  }
  return out;
}
