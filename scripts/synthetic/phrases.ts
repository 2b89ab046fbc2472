/**
 * Sentences of the synthetic corpus. Each writer returns text and records in the document's gold what a
 * clinician reads from that text (and nothing for decoys).
 * @module
 */
import type { GoldLab } from '../../src/eval/gold.js';
import { sp, type Doc, type Rng, type Scenario, type Variant } from './model.js';

const NNBSP = '\u202f';
const NBSP = '\u00a0';
const THIN = '\u2009';
const NBHY = '\u2011';

/** Writes a number the way narratives do. */
export function num(
  n: number,
  r: Rng,
  allow: { comma?: boolean; space?: boolean; decimalComma?: boolean } = {},
): string {
  const intPart = Math.trunc(n);
  const dec = n - intPart;
  const decStr = dec ? String(Math.round(n * 100) / 100).split('.')[1]! : '';
  let s = String(intPart);
  if (intPart >= 1000) {
    const style = r.pick([
      'plain',
      ...(allow.comma !== false ? ['comma', 'comma'] : []),
      ...(allow.space ? ['space', 'nnbsp', 'thin'] : []),
      ...(allow.space && allow.comma !== false ? ['comma-space'] : []),
    ]);
    const sep =
      { plain: '', comma: ',', space: ' ', nnbsp: NNBSP, thin: THIN, 'comma-space': ', ' }[style] ?? '';
    s = s.replace(/\B(?=(\d{3})+(?!\d))/g, sep);
  }
  if (decStr) s += (allow.decimalComma ? ',' : '.') + decStr;
  return s;
}

const cap = (s: string) => s.charAt(0).toUpperCase() + s.slice(1);

// ── Patient ──────────────────────────────────────────────────────────────────────────────────────────
const NOUNS = {
  female: { adult: ['woman', 'woman', 'lady', 'female'], child: ['girl'], old: ['woman', 'lady'] },
  male: { adult: ['man', 'man', 'gentleman', 'male'], child: ['boy'], old: ['man', 'gentleman'] },
} as const;

/** "a 54-year-old woman" in one of many spellings; records age (or an age range) and sex. */
export function patientPhrase(d: Doc, sc: Scenario, r: Rng, allowDecade = true): string {
  const group = sc.age < 16 ? 'child' : sc.age >= 75 ? 'old' : 'adult';
  const noun = r.pick(NOUNS[sc.sex][group]);
  d.gold.patient.sex = sc.sex;
  const form = r.pick([
    'hyphen',
    'hyphen',
    'nbhyphen',
    'years-old',
    'aged',
    ...(allowDecade && sc.age >= 20 ? ['decade'] : []),
  ]);
  if (form === 'decade') {
    const lo = Math.floor(sc.age / 10) * 10;
    d.gold.patient.ageRange = [lo, lo + 9];
    const word = {
      20: 'twenties',
      30: 'thirties',
      40: 'forties',
      50: 'fifties',
      60: 'sixties',
      70: 'seventies',
      80: 'eighties',
    }[lo];
    return `a ${noun} in ${sc.sex === 'female' ? 'her' : 'his'} ${word}`;
  }
  d.gold.patient.age = sc.age;
  const art = sc.age === 8 || sc.age === 11 || sc.age === 18 || (sc.age >= 80 && sc.age < 90) ? 'an' : 'a';
  switch (form) {
    case 'nbhyphen':
      return `${art} ${sc.age}${NBHY}year${NBHY}old ${noun}`;
    case 'years-old':
      return `${art} ${sc.age} years old ${noun}`;
    case 'aged':
      return `a ${noun} aged ${sc.age}`;
    default:
      return `${art} ${sc.age}-year-old ${noun}`;
  }
}

/** Subject pronoun. */
export const she = (sc: Scenario) => (sc.sex === 'female' ? 'she' : 'he');
/** Possessive pronoun. */
export const her = (sc: Scenario) => (sc.sex === 'female' ? 'her' : 'his');

// ── Findings ─────────────────────────────────────────────────────────────────────────────────────────
const SKIN_NAMED: Record<string, string[]> = {
  'heliotrope-rash': ['a heliotrope rash', 'a heliotrope rash of both eyelids'],
  'gottron-papules': ["Gottron's papules", 'Gottron papules over the knuckles'],
  'v-sign': ['a V-sign', 'a positive V-neck sign'],
  'shawl-sign': ['a shawl sign', "a 'shawl' sign"],
  'periungual-changes': ['periungual erythema', 'nailfold capillary changes'],
  'mechanics-hands': ["mechanic's hands", "mechanics' hands"],
  calcinosis: ['calcinosis cutis', 'calcinosis'],
  'skin-ulceration': ['cutaneous ulceration', 'skin ulcers'],
};
const SKIN_DESCRIBED = (v: Variant): Record<string, string[]> => ({
  'heliotrope-rash': [
    `violaceous ${sp(v, 'discolouration', 'discoloration')} of both upper eyelids`,
    'lilac erythema of the periorbital skin',
    'a purplish rash on the upper eyelids',
  ],
  'gottron-papules': [
    'flat-topped violaceous papules over the MCP and PIP joints',
    'erythematous papules over the extensor surfaces of the finger joints',
  ],
  'v-sign': [
    'erythema of the anterior neck and upper chest',
    `confluent redness over the ${sp(v, 'décolletage', 'upper chest')}`,
  ],
  'shawl-sign': [
    'erythema over the upper back and shoulders',
    'a poikilodermatous rash across the upper back and shoulders',
  ],
  'periungual-changes': ['dilated nailfold capillaries with ragged cuticles', 'periungual telangiectasia'],
  'mechanics-hands': [
    'hyperkeratotic, fissured skin along the radial borders of the index fingers',
    'cracked, scaly skin on the lateral aspects of the fingers',
  ],
  calcinosis: [
    'firm calcified subcutaneous nodules over both elbows',
    'subcutaneous calcium deposits on the knees',
  ],
  'skin-ulceration': ['painful ulcers on the finger pulps', 'deep ulcers over the knuckles'],
});

/** The skin examination; records each sign present. */
export function skinText(d: Doc, sc: Scenario, r: Rng): string {
  if (!sc.skin.length) return '';
  const bits = sc.skin.map((s) => {
    d.finding(s.id, 'present');
    return r.pick(s.how === 'name' ? SKIN_NAMED[s.id]! : SKIN_DESCRIBED(d.variant)[s.id]!);
  });
  const list = bits.length > 1 ? `${bits.slice(0, -1).join(', ')} and ${bits[bits.length - 1]}` : bits[0]!;
  return r.pick([`Examination showed ${list}.`, `On examination: ${list}.`, `Skin: ${list}.`]);
}

/** The weakness as stated; records the weakness items. */
export function weaknessText(d: Doc, sc: Scenario, r: Rng, telegraphic = false): string {
  const p = her(sc);
  switch (sc.weakness) {
    case 'named-unspecified': {
      const sym = r.chance(0.4);
      d.finding('proximal-weakness-upper', 'present', true).finding(
        'proximal-weakness-lower',
        'present',
        true,
      );
      if (sym) d.finding('symmetric-weakness', 'present');
      if (telegraphic) return sym ? 'symm prox weakness' : 'prox myopathy';
      return r.pick([
        `${sym ? 'symmetrical ' : ''}proximal muscle weakness`,
        `${sym ? 'symmetric ' : ''}weakness of the proximal muscles`,
        `a ${sym ? 'symmetrical ' : ''}proximal myopathy`,
      ]);
    }
    case 'functional-both':
      d.finding('proximal-weakness-upper', 'present').finding('proximal-weakness-lower', 'present');
      if (telegraphic) return 'diff. stairs + brushing hair';
      return r.pick([
        `difficulty climbing stairs and combing ${p} hair`,
        `inability to rise from a low chair or to lift ${p} arms above ${p} head`,
        `trouble getting out of the bath and hanging out washing`,
      ]);
    case 'graded-both': {
      const up = r.pick(['4/5', '4-/5', '3/5', '4+/5']);
      const lo = r.pick(['4/5', '3/5', '3-4/5', '4-/5']);
      const bilat = r.chance(0.6);
      d.finding('proximal-weakness-upper', 'present').finding('proximal-weakness-lower', 'present');
      if (bilat) d.finding('symmetric-weakness', 'present');
      if (telegraphic) return `prox weakness ${up} UL, ${lo} LL${bilat ? ' bilat' : ''}`;
      return r.pick([
        `power of ${up} in the deltoids and ${lo} in the hip flexors${bilat ? ' bilaterally' : ''}`,
        `MRC grade ${up} shoulder abduction and ${lo} hip flexion${bilat ? ' on both sides' : ''}`,
      ]);
    }
    case 'lower-only':
      d.finding('proximal-weakness-lower', 'present');
      if (telegraphic) return 'quads weak, falls';
      return r.pick([
        'weakness of the quadriceps with frequent falls',
        'difficulty standing up from a squat',
        'hip flexor weakness (MRC 4/5)',
      ]);
    case 'upper-only':
      d.finding('proximal-weakness-upper', 'present');
      return `difficulty lifting ${p} arms`;
    case 'denied':
      d.finding('proximal-weakness-upper', 'absent', true).finding('proximal-weakness-lower', 'absent', true);
      if (telegraphic) return 'no weakness';
      return r.pick(['no muscle weakness', 'no weakness (power 5/5 throughout)']);
    case 'none-stated':
      return '';
  }
}

const OTHER = (v: Variant): Record<string, string[]> => ({
  dysphagia: ['dysphagia to solids', 'difficulty swallowing', 'choking on solids'],
  myalgia: ['diffuse muscle aches', 'myalgia', 'aching thighs'],
  'weight-loss': ['weight loss of 6 kg', 'unintentional weight loss', 'a 5 kg weight loss'],
  fever: ['low-grade fevers', 'intermittent fevers to 38.3 °C'],
  'interstitial-lung-disease': [
    'interstitial lung disease (NSIP pattern on HRCT)',
    'bibasal crackles with interstitial lung disease on high-resolution CT',
  ],
  arthritis: ['synovitis of the wrists and MCP joints', 'a symmetrical polyarthritis'],
  'raynaud-phenomenon': [
    "Raynaud's phenomenon",
    `${sp(v, 'colour', 'color')} change of the fingers in the cold (Raynaud phenomenon)`,
  ],
  'neck-flexor-weakness': ['weak neck flexors (MRC 3/5)', 'neck flexion weakness'],
  'finger-flexor-weakness': [
    'weakness of the deep finger flexors',
    'weak finger flexion (cannot make a tight fist)',
  ],
  dysphonia: ['a hoarse voice', 'dysphonia'],
});

/** Other findings present, as a list. */
export function otherText(d: Doc, sc: Scenario, r: Rng): string {
  if (!sc.other.length) return '';
  const bits = sc.other.map((id) => {
    d.finding(id, 'present');
    return r.pick(OTHER(d.variant)[id]!);
  });
  return bits.length > 1 ? `${bits.slice(0, -1).join(', ')} and ${bits[bits.length - 1]}` : bits[0]!;
}

const ABSENT: Record<string, string[]> = {
  dysphagia: ['There was no dysphagia.', 'No swallowing difficulty.', 'She denied dysphagia.'],
  'raynaud-phenomenon': ["No Raynaud's phenomenon.", "Raynaud's phenomenon was denied."],
  fever: ['Afebrile throughout.', 'There was no fever.'],
  myalgia: ['The weakness was painless.', 'No myalgia.'],
  'heliotrope-rash': ['No heliotrope rash.'],
  'gottron-papules': ["No Gottron's papules."],
};

/** Findings stated absent. */
export function absentText(d: Doc, sc: Scenario, r: Rng): string {
  const ids = sc.absent.filter((id) => !(d.gold.findings as Record<string, string>)[id]);
  if (ids.includes('heliotrope-rash') && ids.includes('gottron-papules')) {
    d.finding('heliotrope-rash', 'absent').finding('gottron-papules', 'absent');
    const rest = ids.filter((x) => x !== 'heliotrope-rash' && x !== 'gottron-papules');
    return [
      r.pick([
        "There was no heliotrope rash and no Gottron's papules.",
        'No heliotrope rash or Gottron papules were seen.',
      ]),
      ...rest.map((id) => {
        d.finding(id, 'absent');
        return r.pick(ABSENT[id]!).replace(/^She/, cap(she(sc)));
      }),
    ].join(' ');
  }
  return ids
    .map((id) => {
      d.finding(id, 'absent');
      return r.pick(ABSENT[id]!).replace(/^She/, cap(she(sc)));
    })
    .join(' ');
}

// ── Labs ─────────────────────────────────────────────────────────────────────────────────────────────
const LAB_NAMES: Record<string, string[]> = {
  CK: ['CK', 'creatine kinase', 'CPK', 'serum CK'],
  ALT: ['ALT', 'alanine aminotransferase'],
  AST: ['AST', 'aspartate aminotransferase'],
  LDH: ['LDH', 'lactate dehydrogenase'],
  aldolase: ['aldolase'],
  CRP: ['CRP', 'C-reactive protein'],
  ESR: ['ESR'],
  ferritin: ['ferritin', 'serum ferritin'],
  TSH: ['TSH'],
  'free T4': ['free T4', 'FT4'],
  '25-hydroxyvitamin D': ['25-hydroxyvitamin D', '25-OH vitamin D'],
  'alkaline phosphatase': ['alkaline phosphatase', 'ALP'],
};

const unitText = (u: string, v: Variant, r: Rng) =>
  u === 'U/L'
    ? r.pick(['U/L', 'U/l', 'IU/L', sp(v, 'IU/l', 'IU/L')])
    : u === 'mm/h'
      ? r.pick(['mm/h', 'mm/hr'])
      : u;

/**
 * One lab in prose ("CK 3,420 U/L (normal 25–200)"), or its interpretation without a number when
 * `qualitative`. Records the gold lab exactly as written.
 */
export function labProse(
  d: Doc,
  l: GoldLab,
  r: Rng,
  opts: { qualitative?: boolean; decimalComma?: boolean } = {},
): string {
  const name = r.pick(LAB_NAMES[l.analyte] ?? [l.analyte]);
  if (opts.qualitative || l.value === undefined) {
    const interp = l.interpretation ?? 'elevated';
    d.lab({ analyte: l.analyte, interpretation: interp });
    return interp === 'elevated'
      ? r.pick([`${name} was raised`, `${name} was markedly elevated`, `elevated ${name}`])
      : r.pick([`${name} was normal`, `${name} within normal limits`]);
  }
  const showRange = l.upperLimit !== undefined && r.chance(0.55);
  const unit = unitText(l.unit ?? '', d.variant, r);
  const v = num(l.value, r, { space: d.variant === 'uk', decimalComma: opts.decimalComma });
  const gap = r.pick([' ', ' ', NBSP]);
  let range = '';
  if (showRange) {
    const lo = l.lowerLimit;
    range = r.pick(
      lo !== undefined
        ? [
            ` (normal ${lo}–${l.upperLimit})`,
            ` (ref. ${lo}-${l.upperLimit} ${unit})`,
            ` (reference range ${lo} to ${l.upperLimit})`,
          ]
        : [` (ULN ${l.upperLimit})`, ` (normal < ${l.upperLimit})`, ` (ref < ${l.upperLimit})`],
    );
  }
  d.lab({
    analyte: l.analyte,
    value: l.value,
    ...(l.unit ? { unit: l.unit } : {}),
    ...(showRange ? { upperLimit: l.upperLimit! } : {}),
    ...(l.interpretation ? { interpretation: l.interpretation } : {}),
  });
  return r.pick([
    `${name} ${v}${gap}${unit}${range}`,
    `${name} was ${v}${gap}${unit}${range}`,
    `${name} of ${v}${gap}${unit}${range}`,
  ]);
}

/** All labs of the scenario in prose, one sentence. */
export function labsSentence(d: Doc, sc: Scenario, r: Rng): string {
  if (!sc.labs.length) return '';
  const decimalComma = d.variant === 'uk' && r.chance(0.25);
  const parts = sc.labs.map((l, i) =>
    labProse(d, l, r, {
      qualitative: i === 0 && r.chance(0.15),
      decimalComma: decimalComma && l.analyte === 'CRP',
    }),
  );
  return `${r.pick(['Investigations: ', 'Blood tests showed ', 'Laboratory results: '])}${parts.join(r.pick(['; ', ', ']))}.`;
}

/** The labs as a pasted table. */
export function labsTable(d: Doc, sc: Scenario, r: Rng): string {
  const rows = sc.labs.filter((l) => l.value !== undefined);
  if (!rows.length) return '';
  const head = r.pick([
    ['Test', 'Result', 'Units', 'Reference'],
    ['Analyte', 'Value', 'Unit', 'Ref. range'],
  ]);
  const lines = [
    head
      .map((h, i) => h.padEnd(i === 0 ? 22 : 10))
      .join('')
      .trimEnd(),
  ];
  for (const l of rows) {
    const name = LAB_NAMES[l.analyte]?.[0] ?? l.analyte;
    const ref =
      l.upperLimit === undefined
        ? ''
        : l.lowerLimit !== undefined
          ? `${l.lowerLimit}–${l.upperLimit}`
          : `<${l.upperLimit}`;
    const flag = l.interpretation === 'elevated' ? ' H' : '';
    d.lab({
      analyte: l.analyte,
      value: l.value!,
      ...(l.unit ? { unit: l.unit } : {}),
      ...(l.upperLimit !== undefined ? { upperLimit: l.upperLimit } : {}),
      ...(l.interpretation ? { interpretation: l.interpretation } : {}),
    });
    lines.push(
      [
        name.padEnd(22),
        `${num(l.value!, r, { comma: false, space: true })}${flag}`.padEnd(10),
        (l.unit ?? '').padEnd(10),
        ref,
      ]
        .join('')
        .trimEnd(),
    );
  }
  return lines.join('\n');
}

// ── Antibodies ───────────────────────────────────────────────────────────────────────────────────────
const AB_NAMES: Record<string, string[]> = {
  'TIF1-gamma': [
    'anti-TIF1-γ',
    'anti-TIF1γ',
    'anti-TIF1-gamma',
    'anti-transcriptional intermediary factor 1-γ',
    'anti-p155/140',
  ],
  NXP2: ['anti-NXP2', 'anti-NXP-2', 'anti-nuclear matrix protein 2'],
  'Mi-2': ['anti-Mi-2', 'anti-Mi2'],
  SAE: ['anti-SAE', 'anti-SAE1'],
  MDA5: ['anti-MDA5', 'anti-melanoma differentiation-associated gene 5', 'anti-CADM-140'],
  'Jo-1': ['anti-Jo-1', 'anti-Jo1', 'anti-histidyl-tRNA synthetase (Jo-1)'],
  'PL-7': ['anti-PL-7', 'anti-PL7', 'anti-threonyl-tRNA synthetase (PL-7)'],
  'PL-12': ['anti-PL-12', 'anti-PL12', 'anti-alanyl-tRNA synthetase (PL-12)'],
  EJ: ['anti-EJ', 'anti-glycyl-tRNA synthetase (EJ)'],
  SRP: ['anti-SRP', 'anti-signal recognition particle'],
  HMGCR: ['anti-HMGCR', 'anti-HMG-CoA reductase'],
  Ro52: ['anti-Ro52', 'anti-Ro-52'],
  'PM-Scl': ['anti-PM-Scl', 'anti-PM/Scl'],
  Ku: ['anti-Ku'],
  ANA: ['ANA', 'antinuclear antibodies'],
  TPO: ['anti-TPO', 'thyroid peroxidase antibodies'],
  cN1A: ['anti-cN1A', 'anti-cytosolic 5′-nucleotidase 1A (cN1A)'],
};

const abName = (t: string, r: Rng) => r.pick(AB_NAMES[t] ?? [`anti-${t}`]);

/** Antibody results in one or two sentences; records each and the negative panel. */
export function antibodiesText(d: Doc, sc: Scenario, r: Rng, telegraphic = false): string {
  const all = [...sc.antibodies, ...(sc.extraAntibodies ?? [])];
  const pos = all.filter((a) => a.result === 'positive');
  const neg = all.filter((a) => a.result === 'negative');
  const out: string[] = [];
  for (const a of pos) {
    d.antibody(a.target, 'positive');
    const n = abName(a.target, r);
    const titre = a.target === 'ANA' ? r.pick([' (1:640, speckled)', ' at 1:320', '']) : '';
    out.push(
      telegraphic
        ? `${n.replace(/^anti-/, '')} +ve${titre}`
        : r.pick([
            `${cap(n)} antibodies were positive${titre}`,
            `${cap(n)}${titre} was positive`,
            `positive for ${n}${titre}`,
            `strongly positive ${n} on line blot`,
            `high-titre ${n}`,
          ]),
    );
  }
  if (neg.length) {
    for (const a of neg) d.antibody(a.target, 'negative');
    const names = neg.map((a) => abName(a.target, r));
    const list =
      names.length > 1 ? `${names.slice(0, -1).join(', ')} and ${names[names.length - 1]}` : names[0]!;
    out.push(
      telegraphic
        ? `${names.map((x) => x.replace(/^anti-/, '')).join('/')} -ve`
        : r.pick([`${cap(list)} ${names.length > 1 ? 'were' : 'was'} negative`, `negative for ${list}`]),
    );
  }
  if (sc.panel) {
    d.panel(sc.panel.name);
    out.push(
      telegraphic
        ? 'MSA panel -ve'
        : r.pick([`the ${sc.panel.name} was negative`, `a ${sc.panel.name} came back negative`]),
    );
  }
  if (!out.length) return '';
  if (telegraphic) return out.join('; ');
  return r.chance(0.5) ? `${cap(out.join('; '))}.` : out.map((x) => `${cap(x)}.`).join(' ');
}

// ── Cancer, onset, studies ───────────────────────────────────────────────────────────────────────────
const MONTH_WORDS: Record<number, string> = {
  1: 'one',
  2: 'two',
  3: 'three',
  4: 'four',
  6: 'six',
  8: 'eight',
  9: 'nine',
  12: 'twelve',
  18: 'eighteen',
  24: 'twenty-four',
};
/** "3 months" / "three months" / "2 years". */
export function duration(m: number, r: Rng): string {
  if (m >= 24 && m % 12 === 0 && r.chance(0.6)) {
    const y = m / 12;
    return `${r.chance(0.5) ? y : ({ 2: 'two', 3: 'three', 4: 'four', 5: 'five', 8: 'eight' }[y] ?? y)} years`;
  }
  if (m < 1) return `${Math.round(m * 4.345)} weeks`;
  const word = MONTH_WORDS[m];
  return `${word && r.chance(0.5) ? word : m} month${m === 1 ? '' : 's'}`;
}

const SITE_NOUN: Record<string, string> = {
  ovary: 'ovary',
  breast: 'left breast',
  lung: 'right upper lobe of the lung',
  stomach: 'stomach',
  colon: 'sigmoid colon',
  nasopharynx: 'nasopharynx',
  bladder: 'bladder',
  pancreas: 'pancreas',
  prostate: 'prostate',
  'lymph node': 'cervical lymph nodes',
  cervix: 'cervix',
};
const SITE_ADJ: Record<string, string> = {
  ovary: 'ovarian',
  breast: 'breast',
  lung: 'lung',
  stomach: 'gastric',
  colon: 'colonic',
  nasopharynx: 'nasopharyngeal',
  bladder: 'bladder',
  pancreas: 'pancreatic',
  prostate: 'prostate',
  cervix: 'cervical',
};

/** The patient's cancer with its timing against the myositis; records it. */
export function cancerText(d: Doc, sc: Scenario, r: Rng): string {
  const k = sc.cancer;
  if (!k) return '';
  const v = d.variant;
  const tumour = sp(v, 'tumour', 'tumor');
  const named =
    k.site === 'lymph node'
      ? `${k.histology} of the ${SITE_NOUN[k.site]}`
      : r.pick([`${k.histology} of the ${SITE_NOUN[k.site]}`, `${SITE_ADJ[k.site]} ${k.histology}`]);
  d.cancer({
    histology: k.histology,
    site: k.site,
    ...(k.site === 'lymph node' ? { accept: { site: ['lymph nodes', 'cervical lymph nodes'] } } : {}),
    timing: { relation: k.when, ...(k.months !== undefined ? { months: k.months } : {}) },
  });
  const P = cap(she(sc));
  const gap = k.months !== undefined ? duration(k.months, r) : undefined;
  switch (k.when) {
    case 'before':
      return gap
        ? r.pick([
            `${P} had been treated for ${named} ${gap} before the onset of the myositis.`,
            `Past history: ${named}, diagnosed ${gap} before the first muscle symptoms and treated surgically.`,
            `The ${named} preceded the dermatomyositis by ${gap}.`,
          ])
        : r.pick([
            `${P} has a history of ${named}, treated before the present illness.`,
            `Background: ${named}, treated previously.`,
          ]);
    case 'after':
      return gap
        ? r.pick([
            `Screening CT found a mass; biopsy confirmed ${named}, diagnosed ${gap} after the onset of weakness.`,
            `${cap(gap)} after the myositis was diagnosed, a ${named} was found.`,
          ])
        : r.pick([`Subsequent screening revealed ${named}.`, `A ${tumour} was later found: ${named}.`]);
    case 'concurrent':
      return r.pick([
        `Staging at the same time showed ${named}.`,
        `${P} was diagnosed with ${named} at the same time as the myositis.`,
      ]);
  }
}

/** "a 3-month history of …" ; records the onset. */
export function onsetPrefix(d: Doc, sc: Scenario, r: Rng): string {
  if (sc.onsetMonths === undefined) return '';
  d.gold.onset = { monthsBeforePresentation: sc.onsetMonths };
  const m = sc.onsetMonths;
  if (m >= 12 && m % 12 === 0) return r.pick([`a ${m / 12}-year history of `, `${m / 12} years of `]);
  return r.pick([
    `a ${m}-month history of `,
    `${m} months of `,
    `a ${MONTH_WORDS[m] ?? m}-month history of `,
  ]);
}

/** EMG and biopsy sentences; records them. */
export function studiesText(d: Doc, sc: Scenario, r: Rng): string {
  const out: string[] = [];
  if (sc.emg) {
    d.gold.emg = sc.emg;
    out.push(
      sc.emg === 'myopathic'
        ? r.pick([
            'EMG showed a myopathic pattern with fibrillation potentials.',
            'Needle EMG: short, polyphasic motor units (myopathic).',
          ])
        : sc.emg === 'normal'
          ? 'EMG was normal.'
          : 'EMG showed a neurogenic pattern.',
    );
  }
  if (sc.biopsy) {
    const f = sc.biopsy.features;
    d.gold.muscleBiopsy = { conclusion: sc.biopsy.conclusion, features: f };
    const words: string[] = [];
    if (f.perifascicularAtrophy === 'present') words.push('perifascicular atrophy');
    if (f.perimysialPerivascularInfiltrate === 'present') words.push('perivascular inflammatory infiltrates');
    if (f.endomysialInfiltrate === 'present') words.push('endomysial lymphocytic infiltrates');
    if (f.rimmedVacuoles === 'present') words.push('rimmed vacuoles');
    if (f.necrosis === 'present')
      words.push('scattered necrotic fibres'.replace('fibres', d.variant === 'uk' ? 'fibres' : 'fibers'));
    if (f.regeneration === 'present')
      words.push('regenerating fibres'.replace('fibres', d.variant === 'uk' ? 'fibres' : 'fibers'));
    if (f.inflammatoryInfiltrate === 'present') words.push('patchy inflammatory infiltrates');
    let s = `Muscle biopsy (${r.pick(['left vastus lateralis', 'right deltoid', 'quadriceps'])}) showed ${words.join(', ') || 'changes'}`;
    if (f.necrosis === 'absent') s += ', without necrosis';
    if (f.inflammatoryInfiltrate === 'absent') s += ' with little or no inflammation';
    s +=
      sc.biopsy.conclusion === 'consistent-with-myositis'
        ? ', consistent with an inflammatory myopathy.'
        : sc.biopsy.conclusion === 'other'
          ? ', with dystrophic features.'
          : '.';
    out.push(s);
  }
  return out.join(' ');
}

// ── Decoys: sentences about no one in particular ──────────────────────────────────────────────────────
const DEFINITIONS = (v: Variant): Record<string, string[]> => ({
  dm: [
    `Dermatomyositis is ${sp(v, 'characterised', 'characterized')} by heliotrope rash, Gottron's papules and symmetrical proximal muscle weakness.`,
    'Patients with dermatomyositis typically present with a violaceous rash of the eyelids, a shawl sign and difficulty climbing stairs.',
    'Dermatomyositis is frequently associated with cancer, especially ovarian, lung and gastric carcinoma.',
  ],
  'amyopathic-dm': [
    "Anti-MDA5 dermatomyositis classically presents with skin ulceration, mechanic's hands and rapidly progressive interstitial lung disease, with little or no weakness.",
  ],
  'juvenile-dm': [
    'Juvenile dermatomyositis usually presents with heliotrope rash, Gottron papules, calcinosis and proximal weakness.',
  ],
  pm: [
    'Polymyositis is defined by subacute symmetrical proximal weakness, raised CK and endomysial inflammation on biopsy.',
  ],
  imnm: [
    'Immune-mediated necrotising myopathy is characterised by very high CK, proximal weakness and anti-SRP or anti-HMGCR antibodies.'
      .replace('necrotising', sp(v, 'necrotising', 'necrotizing'))
      .replace('characterised', sp(v, 'characterised', 'characterized')),
  ],
  antisynthetase: [
    "The antisynthetase syndrome comprises myositis, interstitial lung disease, arthritis, fever, Raynaud's phenomenon and mechanic's hands.",
  ],
  ibm: [
    'Inclusion body myositis typically causes finger flexor and quadriceps weakness, dysphagia and rimmed vacuoles on biopsy.',
  ],
  overlap: [
    "Overlap myositis often accompanies systemic sclerosis, with Raynaud's phenomenon and anti-PM-Scl antibodies.",
  ],
  mimic: [
    'Hypothyroidism, statins and muscular dystrophies can all mimic polymyositis with proximal weakness and a raised CK.',
  ],
});

/** A sentence defining the disease in general (no gold). */
export function definition(sc: Scenario, r: Rng, v: Variant): string {
  return r.pick(DEFINITIONS(v)[sc.subtype] ?? DEFINITIONS(v).dm!);
}

/** A cohort statement (no gold). */
export function cohort(r: Rng): string {
  return r.pick([
    'In a registry of 800 patients with dermatomyositis, 12% had gastric cancer.',
    'Up to a quarter of adults with dermatomyositis have an associated malignancy, most within three years of onset.',
    'In one series, 40 of 120 patients with anti-TIF1γ antibodies had cancer, most often of the ovary or lung.',
    'Cohort studies report interstitial lung disease in about 70% of patients with anti-Jo-1 antibodies.',
  ]);
}

/** Another patient cited from the literature (no gold). */
export function citedCase(r: Rng): string {
  return r.pick([
    'Tanaka et al. described a 70-year-old man with anti-TIF1γ dermatomyositis and gastric adenocarcinoma who presented with dysphagia.',
    "A similar case, a 58-year-old woman with ovarian carcinoma and Gottron's papules, was reported in 2015.",
    'Previous reports describe nasopharyngeal carcinoma in young men with dermatomyositis and heliotrope rash.',
  ]);
}

/** A plan with conditionals (no gold). */
export function hypothetical(sc: Scenario, r: Rng): string {
  const P = cap(she(sc));
  return r.pick([
    `If dysphagia develops, ${she(sc)} should return urgently.`,
    `Should the weakness progress, we would consider IVIG.`,
    `${P} was advised to seek review if fevers or breathlessness occur.`,
    'We will repeat the CK if symptoms recur.',
  ]);
}

/** Family history; records it (a relative's cancer is family history, never the patient's). */
export function familyText(d: Doc, sc: Scenario, r: Rng): string {
  const fh = sc.familyHistory;
  if (!fh) {
    if (r.chance(0.3)) {
      d.gold.patient.familyHistoryOfCancer = 'no';
      return r.pick(['There is no family history of malignancy.', 'No family history of cancer.']);
    }
    return '';
  }
  if (fh.cancer === 'none') return `${cap(her(sc))} ${fh.relative} has a similar weakness of the thighs.`;
  d.gold.patient.familyHistoryOfCancer = 'yes';
  return r.pick([
    `${cap(her(sc))} ${fh.relative} had ${fh.cancer}.`,
    `Family history: ${fh.relative} with ${fh.cancer}.`,
    `${cap(her(sc))} ${fh.relative} died of ${fh.cancer}.`,
  ]);
}

/** Smoking; records it. */
export function smokingText(d: Doc, sc: Scenario, r: Rng): string {
  if (!sc.smoking) return '';
  d.gold.patient.smoking = sc.smoking;
  const P = cap(she(sc));
  return sc.smoking === 'current'
    ? r.pick([`${P} smokes 20 cigarettes a day.`, `Current smoker (30 pack-years).`])
    : sc.smoking === 'former'
      ? r.pick([`${P} is an ex-smoker.`, `${P} stopped smoking ten years ago.`])
      : r.pick([`${P} has never smoked.`, 'Lifelong non-smoker.']);
}

/** A negative malignancy screen (no cancer for the patient). */
export function screenText(sc: Scenario, r: Rng, v: Variant): string {
  if (!sc.negativeScreen) return '';
  return r.pick([
    'Malignancy screening (CT thorax, abdomen and pelvis and mammography) was unremarkable.',
    'An occult malignancy was ruled out.',
    `No ${sp(v, 'tumour', 'tumor')} was found on PET-CT.`,
  ]);
}

/** A suspected, unconfirmed cancer (recorded as hedged). */
export function suspectedText(d: Doc, sc: Scenario, r: Rng): string {
  if (!sc.suspectedCancer) return '';
  d.cancer({ site: sc.suspectedCancer.site, uncertain: true });
  return r.pick([
    `A mass in the ${sc.suspectedCancer.site}, suspicious for malignancy, awaits biopsy.`,
    `?${sc.suspectedCancer.site} primary — biopsy pending.`,
  ]);
}
