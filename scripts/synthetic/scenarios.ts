/**
 * Synthetic patients by subtype: the facts only (how they are written is the renderers' job). Values are
 * clinically plausible for the subtype; every scenario is drawn from the seeded PRNG.
 * @module
 */
import type { GoldLab } from '../../src/eval/gold.js';
import type { Rng, Scenario } from './model.js';

const lab = (analyte: string, value: number, unit: string, upper?: number, lower?: number): GoldLab => ({
  analyte,
  value,
  unit,
  ...(upper !== undefined ? { upperLimit: upper } : {}),
  ...(lower !== undefined ? { lowerLimit: lower } : {}),
});

const round = (x: number, step: number) => Number((Math.round(x / step) * step).toFixed(step < 1 ? 2 : 0));

function muscleEnzymes(r: Rng, level: 'normal' | 'mild' | 'high' | 'very-high'): GoldLab[] {
  const ck =
    level === 'normal'
      ? r.int(40, 180)
      : level === 'mild'
        ? r.int(250, 900)
        : level === 'high'
          ? round(r.int(1500, 9000), 10)
          : round(r.int(8000, 25000), 10);
  const out: GoldLab[] = [
    { ...lab('CK', ck, 'U/L', 200, 25), interpretation: level === 'normal' ? 'normal' : 'elevated' },
  ];
  if (r.chance(0.6)) {
    const alt = level === 'normal' ? r.int(12, 38) : r.int(45, 240);
    out.push({ ...lab('ALT', alt, 'U/L', 40), interpretation: alt > 40 ? 'elevated' : 'normal' });
  }
  if (r.chance(0.5)) {
    const ast = level === 'normal' ? r.int(14, 35) : r.int(50, 300);
    out.push({ ...lab('AST', ast, 'U/L', 40), interpretation: ast > 40 ? 'elevated' : 'normal' });
  }
  if (r.chance(0.4)) {
    const ldh = level === 'normal' ? r.int(140, 240) : r.int(300, 1100);
    out.push({ ...lab('LDH', ldh, 'U/L', 250), interpretation: ldh > 250 ? 'elevated' : 'normal' });
  }
  if (r.chance(0.3)) {
    const ald = level === 'normal' ? round(r.int(20, 70) / 10, 0.1) : round(r.int(90, 450) / 10, 0.1);
    out.push({ ...lab('aldolase', ald, 'U/L', 7.6), interpretation: ald > 7.6 ? 'elevated' : 'normal' });
  }
  return out;
}

function inflammation(r: Rng): GoldLab[] {
  const out: GoldLab[] = [];
  if (r.chance(0.5)) out.push(lab('CRP', round(r.int(20, 900) / 10, 0.1), 'mg/L', 5));
  if (r.chance(0.4)) out.push(lab('ESR', r.int(8, 90), 'mm/h', 20));
  return out;
}

const CANCERS = [
  { histology: 'serous carcinoma', site: 'ovary', female: true },
  { histology: 'invasive ductal carcinoma', site: 'breast', female: true },
  { histology: 'adenocarcinoma', site: 'lung', female: false },
  { histology: 'small cell carcinoma', site: 'lung', female: false },
  { histology: 'adenocarcinoma', site: 'stomach', female: false },
  { histology: 'adenocarcinoma', site: 'colon', female: false },
  { histology: 'undifferentiated carcinoma', site: 'nasopharynx', female: false },
  { histology: 'urothelial carcinoma', site: 'bladder', female: false },
  { histology: 'adenocarcinoma', site: 'pancreas', female: false },
  { histology: 'adenocarcinoma', site: 'prostate', female: false, male: true },
  { histology: 'diffuse large B-cell lymphoma', site: 'lymph node', female: false },
  { histology: 'squamous cell carcinoma', site: 'cervix', female: true },
] as const;

function pickCancer(r: Rng, sex: 'female' | 'male'): Scenario['cancer'] {
  const options = CANCERS.filter((c) => (sex === 'male' ? !c.female : !('male' in c)));
  const c = r.pick(options);
  const when = r.pick(['before', 'after', 'after', 'concurrent'] as const);
  const months =
    when === 'concurrent' ? undefined : r.chance(0.75) ? r.pick([1, 2, 3, 4, 6, 8, 12, 18, 24]) : undefined;
  return {
    histology: c.histology,
    site: c.site,
    when,
    ...(months !== undefined ? { months } : {}),
    timing: { relation: when, ...(months !== undefined ? { months } : {}) },
  };
}

const sexOf = (r: Rng, pFemale: number): 'female' | 'male' => (r.chance(pFemale) ? 'female' : 'male');

/** A dermatomyositis patient, with or without cancer. */
function dm(r: Rng, withCancer: boolean): Scenario {
  const sex = sexOf(r, 0.65);
  const age = withCancer ? r.int(45, 82) : r.int(22, 75);
  const skinIds = r
    .shuffle(['heliotrope-rash', 'gottron-papules', 'v-sign', 'shawl-sign', 'periungual-changes'])
    .slice(0, r.int(2, 4));
  if (!skinIds.includes('heliotrope-rash') && !skinIds.includes('gottron-papules'))
    skinIds.push('gottron-papules');
  const ab: Scenario['antibodies'] = [];
  const msa = withCancer
    ? r.pick(['TIF1-gamma', 'TIF1-gamma', 'NXP2'])
    : r.pick(['Mi-2', 'NXP2', 'TIF1-gamma', 'SAE', 'none']);
  if (msa !== 'none') ab.push({ target: msa, result: 'positive' });
  if (r.chance(0.5)) ab.push({ target: 'Jo-1', result: 'negative' });
  if (r.chance(0.4)) ab.push({ target: 'ANA', result: r.chance(0.5) ? 'positive' : 'negative' });
  if (msa !== 'Mi-2' && r.chance(0.3)) ab.push({ target: 'Mi-2', result: 'negative' });
  return {
    subtype: 'dm',
    diagnosis: withCancer ? 'cancer-associated dermatomyositis' : 'dermatomyositis',
    age,
    sex,
    skin: skinIds.map((id) => ({ id, how: r.chance(0.5) ? 'describe' : 'name' })),
    weakness: r.pick(['named-unspecified', 'functional-both', 'graded-both', 'graded-both', 'lower-only']),
    other: r.shuffle(['dysphagia', 'myalgia', 'weight-loss', 'fever']).slice(0, r.int(0, 2)),
    absent: r.shuffle(['dysphagia', 'raynaud-phenomenon', 'fever']).slice(0, r.int(0, 1)),
    labs: [...muscleEnzymes(r, r.pick(['mild', 'high', 'high'])), ...inflammation(r)],
    antibodies: ab,
    ...(withCancer ? { cancer: pickCancer(r, sex) } : {}),
    ...(r.chance(0.25)
      ? {
          familyHistory: {
            relative: r.pick(['mother', 'father', 'sister', 'brother']),
            cancer: r.pick(['ovarian cancer', 'colon cancer', 'breast cancer', 'prostate cancer']),
          },
        }
      : {}),
    ...(r.chance(0.3) ? { smoking: r.pick(['current', 'former', 'never'] as const) } : {}),
    ...(r.chance(0.7) ? { onsetMonths: r.pick([1, 2, 3, 4, 6, 9]) } : {}),
    ...(r.chance(0.5) ? { emg: 'myopathic' as const } : {}),
    ...(r.chance(0.4)
      ? {
          biopsy: {
            conclusion: 'consistent-with-myositis' as const,
            features: r.chance(0.6)
              ? {
                  perifascicularAtrophy: 'present' as const,
                  perimysialPerivascularInfiltrate: 'present' as const,
                }
              : { perimysialPerivascularInfiltrate: 'present' as const },
          },
        }
      : {}),
    negativeScreen: !withCancer && r.chance(0.5),
  };
}

function cadm(r: Rng): Scenario {
  const sex = sexOf(r, 0.6);
  return {
    subtype: 'amyopathic-dm',
    diagnosis: 'clinically amyopathic dermatomyositis (anti-MDA5)',
    age: r.int(30, 70),
    sex,
    skin: r
      .shuffle(['heliotrope-rash', 'gottron-papules', 'skin-ulceration', 'mechanics-hands'])
      .slice(0, 3)
      .map((id) => ({ id, how: r.chance(0.5) ? 'describe' : 'name' })),
    weakness: 'denied',
    other: r
      .shuffle(['interstitial-lung-disease', 'fever', 'arthritis'])
      .slice(0, 2)
      .concat(['interstitial-lung-disease'])
      .filter((x, i, a) => a.indexOf(x) === i),
    absent: [],
    labs: [
      ...muscleEnzymes(r, 'normal'),
      { ...lab('ferritin', r.int(800, 4200), 'ng/mL', 300), interpretation: 'elevated' },
      ...inflammation(r),
    ],
    antibodies: [
      { target: 'MDA5', result: 'positive' },
      ...(r.chance(0.5) ? [{ target: 'Ro52', result: 'positive' as const }] : []),
    ],
    ...(r.chance(0.6) ? { onsetMonths: r.pick([1, 2, 3]) } : {}),
    negativeScreen: r.chance(0.4),
  };
}

function jdm(r: Rng): Scenario {
  const sex = sexOf(r, 0.6);
  return {
    subtype: 'juvenile-dm',
    diagnosis: 'juvenile dermatomyositis',
    age: r.int(4, 15),
    sex,
    skin: ['heliotrope-rash', 'gottron-papules', ...(r.chance(0.5) ? ['calcinosis'] : [])].map((id) => ({
      id,
      how: r.chance(0.5) ? 'describe' : 'name',
    })),
    weakness: r.pick(['functional-both', 'graded-both', 'named-unspecified']),
    other: r.chance(0.5) ? ['fever'] : [],
    absent: r.chance(0.5) ? ['dysphagia'] : [],
    labs: muscleEnzymes(r, r.pick(['mild', 'high'])),
    antibodies: r.chance(0.6) ? [{ target: r.pick(['NXP2', 'TIF1-gamma', 'MDA5']), result: 'positive' }] : [],
    ...(r.chance(0.7) ? { onsetMonths: r.pick([1, 2, 3, 6]) } : {}),
    ...(r.chance(0.4) ? { emg: 'myopathic' as const } : {}),
  };
}

function pm(r: Rng, withCancer: boolean): Scenario {
  const sex = sexOf(r, 0.55);
  return {
    subtype: 'pm',
    diagnosis: withCancer ? 'polymyositis (cancer-associated)' : 'polymyositis',
    age: r.int(35, 78),
    sex,
    skin: [],
    weakness: r.pick(['functional-both', 'graded-both', 'named-unspecified']),
    other: r.shuffle(['myalgia', 'dysphagia', 'neck-flexor-weakness']).slice(0, r.int(0, 2)),
    absent: r.chance(0.6) ? ['heliotrope-rash', 'gottron-papules'] : [],
    labs: [...muscleEnzymes(r, 'high'), ...inflammation(r)],
    antibodies: [
      { target: 'Jo-1', result: 'negative' },
      ...(r.chance(0.5) ? [{ target: 'ANA', result: 'negative' as const }] : []),
    ],
    ...(r.chance(0.4)
      ? { panel: { name: 'myositis-specific antibody panel', result: 'negative' as const } }
      : {}),
    ...(withCancer ? { cancer: pickCancer(r, sex) } : {}),
    ...(r.chance(0.6) ? { onsetMonths: r.pick([2, 3, 4, 6]) } : {}),
    emg: 'myopathic',
    biopsy: {
      conclusion: 'consistent-with-myositis',
      features: { endomysialInfiltrate: 'present', necrosis: r.chance(0.5) ? 'present' : 'absent' },
    },
  };
}

function imnm(r: Rng): Scenario {
  const statin = r.chance(0.6);
  return {
    subtype: 'imnm',
    diagnosis: statin
      ? 'anti-HMGCR immune-mediated necrotising myopathy (statin-exposed)'
      : 'anti-SRP immune-mediated necrotising myopathy',
    age: r.int(40, 80),
    sex: sexOf(r, 0.5),
    skin: [],
    weakness: r.pick(['functional-both', 'graded-both']),
    other: r.chance(0.5) ? ['dysphagia'] : [],
    absent: ['myalgia'].filter(() => r.chance(0.3)),
    labs: muscleEnzymes(r, 'very-high'),
    antibodies: [
      { target: statin ? 'HMGCR' : 'SRP', result: 'positive' },
      { target: statin ? 'SRP' : 'HMGCR', result: 'negative' },
    ],
    ...(r.chance(0.7) ? { onsetMonths: r.pick([1, 2, 3]) } : {}),
    emg: 'myopathic',
    biopsy: {
      conclusion: 'consistent-with-myositis',
      features: { necrosis: 'present', regeneration: 'present', inflammatoryInfiltrate: 'absent' },
    },
  };
}

function asyn(r: Rng): Scenario {
  const target = r.pick(['Jo-1', 'PL-7', 'PL-12', 'EJ']);
  return {
    subtype: 'antisynthetase',
    diagnosis: `anti-${target} antisynthetase syndrome`,
    age: r.int(30, 70),
    sex: sexOf(r, 0.65),
    skin: [{ id: 'mechanics-hands', how: r.chance(0.5) ? 'describe' : 'name' }],
    weakness: r.pick(['named-unspecified', 'functional-both', 'none-stated']),
    other: [
      'interstitial-lung-disease',
      ...r.shuffle(['arthritis', 'raynaud-phenomenon', 'fever']).slice(0, r.int(1, 2)),
    ],
    absent: [],
    labs: [...muscleEnzymes(r, r.pick(['normal', 'mild', 'high'])), ...inflammation(r)],
    antibodies: [
      { target, result: 'positive' },
      ...(r.chance(0.5) ? [{ target: 'Ro52', result: 'positive' as const }] : []),
    ],
    ...(r.chance(0.6) ? { onsetMonths: r.pick([2, 3, 4, 6]) } : {}),
  };
}

function ibm(r: Rng): Scenario {
  return {
    subtype: 'ibm',
    diagnosis: 'sporadic inclusion body myositis',
    age: r.int(58, 82),
    sex: sexOf(r, 0.3),
    skin: [],
    weakness: 'lower-only',
    other: ['finger-flexor-weakness', ...(r.chance(0.5) ? ['dysphagia'] : [])],
    absent: [],
    labs: muscleEnzymes(r, 'mild'),
    antibodies: r.chance(0.5) ? [{ target: 'cN1A', result: 'positive' }] : [],
    onsetMonths: r.pick([24, 36, 48, 60]),
    emg: 'myopathic',
    biopsy: {
      conclusion: 'consistent-with-myositis',
      features: { rimmedVacuoles: 'present', endomysialInfiltrate: 'present' },
    },
  };
}

function overlap(r: Rng): Scenario {
  return {
    subtype: 'overlap',
    diagnosis: 'systemic sclerosis–myositis overlap',
    age: r.int(30, 65),
    sex: sexOf(r, 0.8),
    skin: [],
    weakness: r.pick(['graded-both', 'named-unspecified']),
    other: ['raynaud-phenomenon', ...(r.chance(0.5) ? ['interstitial-lung-disease'] : [])],
    absent: [],
    labs: muscleEnzymes(r, 'mild'),
    antibodies: [
      { target: r.pick(['PM-Scl', 'Ku']), result: 'positive' },
      { target: 'ANA', result: 'positive' },
    ],
    ...(r.chance(0.6) ? { onsetMonths: r.pick([3, 6, 12]) } : {}),
  };
}

const MIMICS = ['hypothyroid', 'statin-toxic', 'dystrophy', 'steroid', 'osteomalacia'] as const;

function mimic(r: Rng): Scenario {
  const kind = r.pick(MIMICS);
  const sex = sexOf(r, 0.5);
  const base = {
    subtype: 'mimic' as const,
    age: r.int(25, 78),
    sex,
    skin: [],
    absent: r.chance(0.5) ? ['heliotrope-rash', 'gottron-papules'] : [],
    antibodies: [] as Scenario['antibodies'],
  };
  switch (kind) {
    case 'hypothyroid':
      return {
        ...base,
        mimic: 'hypothyroid myopathy',
        diagnosis: 'hypothyroid myopathy',
        weakness: r.pick(['named-unspecified', 'functional-both']),
        other: ['myalgia'],
        labs: [
          { ...lab('CK', round(r.int(900, 6000), 10), 'U/L', 200), interpretation: 'elevated' },
          lab('TSH', round(r.int(450, 1900) / 10, 0.1), 'mU/L', 4.5),
          lab('free T4', round(r.int(20, 60) / 10, 0.1), 'pmol/L'),
        ],
        antibodies: [{ target: 'TPO', result: 'positive' }],
        panel: r.chance(0.5) ? { name: 'myositis antibody panel', result: 'negative' } : undefined,
        onsetMonths: r.pick([3, 4, 6]),
      };
    case 'statin-toxic':
      return {
        ...base,
        mimic: 'statin-associated toxic myopathy (antibody negative)',
        diagnosis: 'statin-associated self-limited myopathy',
        weakness: r.pick(['named-unspecified', 'none-stated']),
        other: ['myalgia'],
        labs: [{ ...lab('CK', round(r.int(600, 3000), 10), 'U/L', 200), interpretation: 'elevated' }],
        antibodies: [{ target: 'HMGCR', result: 'negative' }],
        onsetMonths: 1,
      };
    case 'dystrophy':
      return {
        ...base,
        mimic: 'limb-girdle muscular dystrophy',
        diagnosis: 'limb-girdle muscular dystrophy (dysferlinopathy)',
        age: r.int(18, 40),
        weakness: 'lower-only',
        other: [],
        labs: [{ ...lab('CK', round(r.int(3000, 14000), 10), 'U/L', 200), interpretation: 'elevated' }],
        onsetMonths: r.pick([36, 60, 96]),
        emg: 'myopathic',
        biopsy: { conclusion: 'other', features: { inflammatoryInfiltrate: 'present' } },
        familyHistory: r.chance(0.4) ? { relative: 'brother', cancer: 'none' } : undefined,
      };
    case 'steroid':
      return {
        ...base,
        mimic: 'glucocorticoid myopathy',
        diagnosis: 'steroid-induced myopathy',
        weakness: 'functional-both',
        other: [],
        labs: [{ ...lab('CK', r.int(30, 150), 'U/L', 200), interpretation: 'normal' }],
        onsetMonths: r.pick([2, 3]),
        emg: 'normal',
      };
    case 'osteomalacia':
      return {
        ...base,
        mimic: 'osteomalacic myopathy (vitamin D deficiency)',
        diagnosis: 'osteomalacia with proximal myopathy',
        weakness: 'named-unspecified',
        other: ['myalgia'],
        labs: [
          { ...lab('CK', r.int(60, 190), 'U/L', 200), interpretation: 'normal' },
          lab('25-hydroxyvitamin D', r.int(8, 20), 'nmol/L'),
          lab('alkaline phosphatase', r.int(180, 420), 'U/L', 130),
        ],
        onsetMonths: r.pick([6, 12]),
      };
  }
}

/** One scenario of a stratum, drawn from the PRNG. */
export function scenarioFor(kind: string, r: Rng): Scenario {
  switch (kind) {
    case 'dm-cancer':
      return dm(r, true);
    case 'dm':
      return dm(r, false);
    case 'cadm':
      return cadm(r);
    case 'jdm':
      return jdm(r);
    case 'pm':
      return pm(r, false);
    case 'pm-cancer':
      return pm(r, true);
    case 'imnm':
      return imnm(r);
    case 'asyn':
      return asyn(r);
    case 'ibm':
      return ibm(r);
    case 'overlap':
      return overlap(r);
    default:
      return mimic(r);
  }
}
