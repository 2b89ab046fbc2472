/**
 * Probe table, third wave (issue 12, session 15): findings and the patient in families neither earlier wave
 * (findings.probe.test.ts, findings2.probe.test.ts) covered — EULAR/ACR over-classification safety (a case text
 * with general, cohort, discussion or criteria sentences around the patient's own: the general sentence must give
 * the patient nothing, in either order, and the category must not rise above that of the patient's sentences
 * alone); whose fact in further discussion frames; weakness by muscle names, girdles and mixed grades; skin signs by
 * site and morphology; organ findings in further words; negations in further frames; age and sex in further frames
 * (months, "-genarian", "at age", titles "Dr", ages of onset beside the age). Each expectation is written from the
 * reading conventions (docs/extraction.md, the shared conventions) and the gold format of corpus/README.md before
 * the extractor was run on it; every sentence is our own and the table reads no file.
 *
 * A findings row lists the criteria findings the case must hold, EXACTLY (`id` = present, `id:absent`,
 * `id:uncertain`, '' = nothing). A row whose text is a key of {@link GAPS} is a known gap (`it.fails`, with the
 * reason); it turns red when the gap closes, so that it moves out of the map.
 */
import { describe, expect, it } from 'vitest';
import { categoryRank, eularSummary } from '../../eval/classify.js';
import { extractCase } from '../extract.js';
import {
  check,
  expected,
  findingRows,
  findingsOf,
  patientRows,
  type PRow,
  type Row,
} from './findings-probe.js';

// ─── EULAR/ACR over-classification safety ───────────────────────────────────────────────────────
// [the patient's sentences, a general / cohort / discussion passage, the patient's criteria findings]
type SafetyRow = readonly [patient: string, general: string, spec: string];
const SAFETY: SafetyRow[] = [
  [
    'A 52-year-old woman presented with a heliotrope rash.',
    'Dermatomyositis is characterised by symmetric proximal weakness, Gottron papules and dysphagia.',
    'heliotrope-rash',
  ],
  [
    'A 60-year-old man had myalgia and a CK of 900 U/L.',
    'In the largest series, 70% of patients had proximal weakness of the hips and shoulders, 30% dysphagia and 25% ILD.',
    'myalgia',
  ],
  [
    'She had Gottron’s papules.',
    'The 2017 EULAR/ACR criteria score heliotrope rash, Gottron’s sign, dysphagia and symmetric proximal weakness.',
    'gottron-papules',
  ],
  [
    'He had mechanic’s hands and anti-Jo-1 antibodies.',
    'Antisynthetase syndrome comprises myositis, interstitial lung disease, arthritis, Raynaud’s phenomenon, fever and mechanic’s hands.',
    'mechanics-hands',
  ],
  [
    'A 45-year-old woman had a V-sign.',
    'Neck flexor weakness and dysphagia are frequent in these patients and should be sought.',
    'v-sign',
  ],
  [
    'The patient had a shawl sign.',
    'Heliotrope rash and Gottron papules are considered pathognomonic of the disease.',
    'shawl-sign',
  ],
  [
    'A 38-year-old man had fever and arthritis of the wrists.',
    'Weakness of the proximal muscles of the upper and lower limbs is seen in most cases of polymyositis.',
    'arthritis, fever',
  ],
  [
    'She had calcinosis of the elbows.',
    'Calcinosis, skin ulcers and a heliotrope rash have been reported in up to 40% of children with juvenile dermatomyositis.',
    'calcinosis',
  ],
  [
    'A 70-year-old woman had dysphagia.',
    'Gottron’s papules were described in 8 of the 12 cases reviewed in Table 2.',
    'dysphagia',
  ],
  [
    'He reported Raynaud’s phenomenon.',
    'Typical findings of anti-MDA5 dermatomyositis include palmar papules, skin ulceration and rapidly progressive interstitial lung disease.',
    'raynaud-phenomenon',
  ],
  [
    'A 66-year-old man had a heliotrope rash.',
    'Symmetric proximal muscle weakness, usually progressing over weeks, is the cardinal sign of the inflammatory myopathies.',
    'heliotrope-rash',
  ],
  [
    'She had a photosensitive rash.',
    'Hypothyroid myopathy, which can also cause proximal weakness and dysphagia, was excluded.',
    'photosensitive-rash',
  ],
];

// ─── whose fact: further discussion, criteria and cohort frames (alone) ─────────────────────────
const WHOSE: Row[] = [
  ['Dysphagia occurs in approximately one third of adults with dermatomyositis.', ''],
  ['ILD was present in 42% (n = 21) of the anti-synthetase cohort.', ''],
  ['The presence of Gottron papules should prompt a search for an underlying malignancy.', ''],
  ['Both Gottron’s papules and the heliotrope rash are highly specific for dermatomyositis.', ''],
  ['In anti-NXP2 myositis, calcinosis and subcutaneous oedema are more frequent.', ''],
  ['Skin ulceration is a marker of anti-MDA5 antibodies.', ''],
  ['Among the 15 reported cases, fever was the commonest presenting symptom.', ''],
  ['Her sister suffers from Raynaud’s phenomenon and arthritis.', ''],
  ['A literature review identified 30 patients with dysphagia as the initial symptom.', ''],
  ['Clinicians should be aware that ILD may precede muscle involvement.', ''],
];

// ─── weakness: muscle names, girdles, mixed grades, functional prose ────────────────────────────
const WEAKNESS: Row[] = [
  ['There was weakness of the pelvic girdle muscles.', 'proximal-weakness-lower'],
  ['Scapular girdle weakness was noted.', 'proximal-weakness-upper'],
  [
    'She had bilateral deltoid and quadriceps weakness.',
    'proximal-weakness-lower, proximal-weakness-upper, symmetric-weakness',
  ],
  [
    'Hip flexion was 4/5 and shoulder abduction 4/5 on both sides.',
    'proximal-weakness-lower, proximal-weakness-upper, symmetric-weakness',
  ],
  [
    'Power: deltoids 4-/5, hip flexors 3+/5 bilaterally; distal 5/5.',
    'distal-weakness:absent, proximal-weakness-lower, proximal-weakness-upper, symmetric-weakness',
  ],
  ['He was unable to lift his head off the pillow.', 'neck-flexor-weakness'],
  [
    'She had difficulty getting out of a car and brushing her hair.',
    'proximal-weakness-lower, proximal-weakness-upper',
  ],
  ['Weakness predominantly affected the hip flexors.', 'proximal-weakness-lower'],
  ['Distal strength was normal in all limbs.', 'distal-weakness:absent'],
  [
    'Strength in the arms was 4/5 proximally and 5/5 distally.',
    'distal-weakness:absent, proximal-weakness-upper',
  ],
  [
    'Muscle strength was preserved in all four limbs.',
    'proximal-weakness-lower:absent, proximal-weakness-upper:absent',
  ],
  ['He needed to use his arms to stand up from a squat.', 'proximal-weakness-lower'],
];

// ─── skin signs by site and morphology ──────────────────────────────────────────────────────────
const SKIN: Row[] = [
  ['Violaceous papules were present over the knuckles.', 'gottron-papules'],
  ['Erythematous scaly macules were seen over the elbows and knees.', 'gottron-sign'],
  ['There was a violaceous discoloration of both upper eyelids.', 'heliotrope-rash'],
  ['Confluent erythema over the anterior neck and upper chest was noted.', 'v-sign'],
  ['Erythema of the upper back and shoulders was observed.', 'shawl-sign'],
  ['The lateral aspects of her fingers were rough, cracked and hyperkeratotic.', 'mechanics-hands'],
  ['Nailfold capillaroscopy showed dilated capillaries and haemorrhages.', 'periungual-changes'],
  ['Swelling around both eyes was noted.', 'periorbital-oedema'],
  ['An erythematous rash on sun-exposed areas of the face and arms was noted.', 'photosensitive-rash'],
  ['Deep ulcers were found over the lateral malleoli.', 'skin-ulceration'],
  ['X-rays showed sheet-like calcifications in the soft tissues of the thighs.', 'calcinosis'],
];

// ─── organ and systemic findings in further words ───────────────────────────────────────────────
const ORGAN: Row[] = [
  [
    'Chest CT showed bibasal reticulation with traction bronchiectasis consistent with fibrotic NSIP.',
    'interstitial-lung-disease',
  ],
  ['She coughed whenever she drank water.', 'dysphagia'],
  ['Videofluoroscopy showed aspiration and pharyngeal residue.', 'dysphagia'],
  ['His voice had become nasal.', 'dysphonia'],
  ['She had synovitis of both wrists and MCP joints.', 'arthritis'],
  ['Tmax 38.8 °C on the ward.', 'fever'],
  ['She had lost 9 kg over four months.', 'weight-loss'],
  ['Her thighs were tender and painful.', 'myalgia'],
  ['Drenching sweats woke her at night.', 'night-sweats'],
  ['Her fingers became pale and then blue on exposure to cold.', 'raynaud-phenomenon'],
];

// ─── stated absent: further frames ──────────────────────────────────────────────────────────────
const NEGATED: Row[] = [
  ['Neither dysphagia nor dysphonia was present.', 'dysphagia:absent, dysphonia:absent'],
  ['HRCT showed no evidence of interstitial lung disease.', 'interstitial-lung-disease:absent'],
  [
    'She denied fevers, night sweats or weight loss.',
    'fever:absent, night-sweats:absent, weight-loss:absent',
  ],
  ['There were no signs of synovitis.', 'arthritis:absent'],
  ['Absence of Raynaud’s phenomenon was noted.', 'raynaud-phenomenon:absent'],
  [
    'Skin examination revealed neither Gottron’s papules nor a heliotrope rash.',
    'gottron-papules:absent, heliotrope-rash:absent',
  ],
  ['Interstitial lung disease was excluded by high-resolution CT.', 'interstitial-lung-disease:absent'],
  ['She had dysphagia but no dysphonia.', 'dysphagia, dysphonia:absent'],
  ['Mechanic’s hands were absent.', 'mechanics-hands:absent'],
  ['Calcinosis: none.', 'calcinosis:absent'],
];

/**
 * Known gaps: text → reason. First contact (main before any rule of this wave) failed every row listed here;
 * rows fixed since were removed from the map.
 */
const GAPS = new Map<string, string>([
  [
    'Proximal weakness, dysphagia and Gottron papules may all be absent in amyopathic disease.\n\nA 50-year-old man had a V-sign.',
    'batch 2: a modal sentence alone on the first line is the title by a recorded decision ("Dermatomyositis may present as …"), so its "absent" is read as the patient’s (absent findings: no over-classification)',
  ],
  [
    'Sensation was normal but power was 3/5 in the hip flexors.',
    'batch 2 (on main too): the upper girdle is read normal — an examination normal before "but" and a weak lower girdle after it set the arms apart, though the normal item is sensation, not strength',
  ],
  ['He needed to use his arms to stand up from a squat.', 'first contact: standing from a squat not read'],
  ['Deep ulcers were found over the lateral malleoli.', 'first contact: ulcers without "skin" not read'],
  ['She coughed whenever she drank water.', 'first contact: coughing on drinking not read'],
  [
    'Videofluoroscopy showed aspiration and pharyngeal residue.',
    'first contact: aspiration on a swallow study not read',
  ],
  ['His voice had become nasal.', 'first contact: nasal voice not read'],
  ['Drenching sweats woke her at night.', 'first contact: sweats … at night not read'],
]);
const probe = (title: string, rows: readonly Row[]) => findingRows(title, rows, GAPS);

/** EULAR/ACR category rank of the case the extractor builds from a text. */
const rankOf = (text: string): number => categoryRank(eularSummary(extractCase(text).case).category);

describe('probe 3: over-classification safety (general sentences around the patient’s)', () => {
  for (const [patient, general, spec] of SAFETY) {
    for (const [order, text] of [
      ['patient first', `${patient} ${general}`],
      ['general first', `${general}\n\n${patient}`],
    ] as const) {
      const reason = GAPS.get(text);
      const title = `${order}: ${text} → ${spec}`;
      const body = () => {
        check(text, spec);
        expect(rankOf(text)).toBeLessThanOrEqual(rankOf(patient));
      };
      if (reason === undefined) it(title, body);
      else it.fails(`${title} (known gap: ${reason})`, body);
    }
  }
});

probe('probe 3: whose fact, discussion and cohort frames', WHOSE);

// batch 2 of the safety rows (written after the first batch's rules; first contact on main 22/30): each in three
// orders — patient first on one line, general first under a blank line, and a case report with a discussion
const SAFETY2: SafetyRow[] = [
  [
    'A 50-year-old woman had a heliotrope rash.',
    'Gottron papules and proximal weakness are seen in most patients, as in the 12 cases summarised in Table 1.',
    'heliotrope-rash',
  ],
  [
    'A 50-year-old woman had Gottron papules.',
    'Message: heliotrope rash, dysphagia and proximal muscle weakness should raise suspicion of dermatomyositis.',
    'gottron-papules',
  ],
  [
    'A 50-year-old man had dysphagia.',
    'In dermatomyositis, proximal muscle weakness of the arms and legs develops over weeks.',
    'dysphagia',
  ],
  [
    'A 50-year-old man had a V-sign.',
    'Proximal weakness, dysphagia and Gottron papules may all be absent in amyopathic disease.',
    'v-sign',
  ],
  [
    'A 50-year-old woman had mechanic’s hands.',
    'Among antisynthetase patients, arthritis (60%), fever (40%) and Raynaud phenomenon (30%) are frequent.',
    'mechanics-hands',
  ],
  [
    'A 50-year-old woman had myalgia.',
    'The differential diagnosis of symmetric proximal weakness includes hypothyroidism and statin myopathy.',
    'myalgia',
  ],
  [
    'A 50-year-old woman had a shawl sign.',
    'Her mother had dermatomyositis with Gottron papules and dysphagia.',
    'shawl-sign',
  ],
  [
    'A 50-year-old woman had calcinosis.',
    'Juvenile patients often present with proximal weakness, heliotrope rash and Gottron papules.',
    'calcinosis',
  ],
  [
    'A 50-year-old woman had fever.',
    'A 60-year-old woman with Gottron papules and proximal weakness was described by Smith et al.',
    'fever',
  ],
  [
    'A 50-year-old man had arthritis.',
    'Dysphagia and proximal weakness: both common in inclusion body myositis.',
    'arthritis',
  ],
];

describe('probe 3 (batch 2): over-classification safety in three orders', () => {
  for (const [patient, general, spec] of SAFETY2) {
    for (const [order, text] of [
      ['patient first', `${patient} ${general}`],
      ['general first', `${general}\n\n${patient}`],
      ['case and discussion', `Case report\n${patient}\n\nDiscussion\n${general}`],
    ] as const) {
      const reason = GAPS.get(text);
      const title = `${order}: ${text} → ${spec}`;
      const body = () => {
        check(text, spec);
        expect(rankOf(text)).toBeLessThanOrEqual(rankOf(patient));
      };
      if (reason === undefined) it(title, body);
      else it.fails(`${title} (known gap: ${reason})`, body);
    }
  }
});

probe('probe 3: weakness by muscles, girdles and grades', WEAKNESS);
probe('probe 3: skin signs by site and morphology', SKIN);
probe('probe 3: organ and systemic findings', ORGAN);
probe('probe 3: stated absent, further frames', NEGATED);

// batch 2, written after first contact while fixing the grades of the first batch (not counted in its first
// contact): the distal word before a grade whose limbs follow, a normal distal statement beside a grade
const BATCH2: Row[] = [
  ['Distal power 4/5 in all limbs.', 'distal-weakness'],
  ['Distal muscle power 4/5 in the upper limbs.', 'distal-weakness'],
  ['Strength was normal distally.', 'distal-weakness:absent'],
  ['Sensation was normal but power was 3/5 in the hip flexors.', 'proximal-weakness-lower'],
];
probe('probe 3 (batch 2): distal grades', BATCH2);

// rows the conventions leave open: [text, the readings a clinician could give, why]
const OPEN: [string, string[], string][] = [
  [
    // a safety row at first, moved here after the run: a differential of the patient's complaint presupposes it
    'She had a photosensitive rash. Other causes of proximal weakness and dysphagia, such as myasthenia gravis, were considered.',
    [
      'photosensitive-rash',
      'dysphagia, photosensitive-rash, proximal-weakness-lower, proximal-weakness-upper',
    ],
    '"other causes of X were considered" in a case presupposes that the patient has X; a clinician may read the weakness and dysphagia as hers',
  ],
  [
    'Facial erythema without eyelid involvement was seen.',
    ['', 'heliotrope-rash:absent'],
    'facial erythema is not a heliotrope rash; "without eyelid involvement" may or may not be read as stating the eyelid rash absent',
  ],
];
describe('probe 3: rows the conventions leave open', () => {
  it.each(OPEN)('%s → one of %j (%s)', (text, readings) => {
    expect(readings.map((r) => expected(r).join(' '))).toContain(findingsOf(text).join(' '));
  });
});

// ─── age and sex in further frames ──────────────────────────────────────────────────────────────
const PATIENT: PRow[] = [
  ['A man in his sixties presented with weakness.', [60, 69], 'male'],
  ['A 14-month-old girl presented with a rash.', 1, 'female'],
  ['A septuagenarian woman presented with dysphagia.', [70, 79], 'female'],
  ['An 81-year-old woman presented with weakness.', 81, 'female'],
  ['A 45-year old gentleman was admitted.', 45, 'male'],
  ['A woman aged 45 years was referred.', 45, 'female'],
  ['Sex: female; age: 45 years.', 45, 'female'],
  ['A patient (male, 45 years) presented with dysphagia.', 45, 'male'],
  ['Dr. Lee, a 50-year-old physician, presented with weakness.', 50, null],
  ['Mrs. A, 62, presented with a rash.', 62, 'female'],
  ['At age 45, he developed a rash.', 45, 'male'],
  ['A 60-year-old woman whose dermatomyositis had been diagnosed at age 52 was admitted.', 60, 'female'],
  ['A 7-year-old presented with a rash.', 7, null],
  ['A young woman in her early twenties presented.', [20, 24], 'female'],
  ['He was admitted with a rash.', null, 'male'],
  ['The patient’s 70-year-old mother had a rash.', null, null],
  ['A 12-yr-old boy presented with weakness.', 12, 'male'],
  ['Our patient is a 45-year-old Hispanic female.', 45, 'female'],
];

patientRows('probe 3: patient age and sex', PATIENT);
