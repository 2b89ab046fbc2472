/**
 * Probe table (issue 12, session 14): how case reports write the criteria findings, whose fact each is, and the
 * patient's age and sex — phrase families × variants, each expectation written from the reading conventions
 * summarised in docs/extraction.md and the gold format of corpus/README.md (not from what the extractor happens
 * to do). Every sentence is our own; the table reads no file.
 *
 * Expectation of a findings row: the criteria findings (KNOWN_FINDING_IDS) the case must hold, EXACTLY — a
 * further criteria finding is a false positive as in the scorer. `id` = present, `id:absent`, `id:uncertain`;
 * '' = nothing. Rows marked `open:` are ones the conventions leave to judgement (the reason is given).
 */
import { describe, expect, it } from 'vitest';
import { extractCase } from '../extract.js';
import { check, expected, expectPatient, findingsOf, type PRow, type Row } from './findings-probe.js';

// (a) frames × (b) lexical variants of the named skin signs
const NAMED_SIGNS: Row[] = [
  ['She had a heliotrope rash.', 'heliotrope-rash'],
  ['Examination revealed characteristic Gottron’s papules over the knuckles.', 'gottron-papules'],
  ["Characteristic Gottron's papules were seen over the MCP joints.", 'gottron-papules'],
  ['Gottron papules were present on both hands.', 'gottron-papules'],
  [
    'There were Gottron’s papules (over the PIP joints) and a heliotrope rash.',
    'gottron-papules, heliotrope-rash',
  ],
  ['A shawl-like truncal rash was noted.', 'shawl-sign'],
  ['She had a shawl sign and a V-sign.', 'shawl-sign, v-sign'],
  ['A V sign was seen on the anterior chest.', 'v-sign'],
  ['Gottron’s sign was present over the elbows.', 'gottron-sign'],
  ['He presented with mechanic’s hands.', 'mechanics-hands'],
  ["Mechanic's hands were noted on examination.", 'mechanics-hands'],
  ['Both hands showed mechanics hands.', 'mechanics-hands'],
  ['Her face showed a heliotropic rash.', 'heliotrope-rash'],
  [
    'Skin examination: heliotrope erythema, Gottron’s papules, shawl sign.',
    'gottron-papules, heliotrope-rash, shawl-sign',
  ],
  ['A woman whose eyelids showed a heliotrope rash was admitted.', 'heliotrope-rash'],
  ['On examination, a violaceous heliotrope rash involved both upper eyelids.', 'heliotrope-rash'],
  ['DM with heliotrope rash and Gottron papules; CK 5400 U/L.', 'gottron-papules, heliotrope-rash'],
  ['She had calcinosis cutis of the elbows.', 'calcinosis'],
  ['Subcutaneous calcifications were palpable over the knees.', 'calcinosis'],
  ['He had periungual erythema and nailfold capillary changes.', 'periungual-changes'],
  ['Punched-out ulcers were present over the elbows.', 'skin-ulceration'],
  ['She had painful digital ulcers.', 'skin-ulceration'],
  ['The rash was photosensitive.', 'photosensitive-rash'],
];

// signs read by their definition (conventions, "Findings")
const BY_DEFINITION: Row[] = [
  ['There was violaceous erythema of both upper eyelids.', 'heliotrope-rash'],
  ['Lilac discolouration of the eyelids was noted.', 'heliotrope-rash'],
  ['She had a violaceous periorbital rash.', 'heliotrope-rash'],
  ['Violaceous periorbital oedema was present.', 'heliotrope-rash, periorbital-oedema'],
  ['Erythematous papules over the extensor surfaces of the finger joints were seen.', 'gottron-papules'],
  ['Erythematous papules overlying the metacarpophalangeal joints were noted.', 'gottron-papules'],
  ['Periorbital oedema was noted.', 'periorbital-oedema'], // oedema alone is not a heliotrope rash
  ['She had facial erythema.', ''], // facial erythema is not a heliotrope rash
  ['Erythema of the upper back and shoulders was seen.', 'shawl-sign'],
  ['An erythematous rash on the anterior chest in a V-shaped distribution.', 'v-sign'],
  ['Hyperkeratotic, fissured skin on the radial sides of the fingers was noted.', 'mechanics-hands'],
  ['Cracked, hyperkeratotic skin of the lateral fingers was seen.', 'mechanics-hands'],
];

// weakness: unspecified proximal → both girdles; explicit limbs; MRC grades; activities
const WEAKNESS: Row[] = [
  ['She had proximal muscle weakness.', 'proximal-weakness-lower, proximal-weakness-upper'],
  [
    'She complained of proximal weakness for three months.',
    'proximal-weakness-lower, proximal-weakness-upper',
  ],
  ['Weakness of the hip and shoulder girdles was found.', 'proximal-weakness-lower, proximal-weakness-upper'],
  ['There was weakness of the shoulder girdle.', 'proximal-weakness-upper'],
  ['Weakness of the proximal lower limbs was found.', 'proximal-weakness-lower'],
  ['He had proximal lower-extremity weakness.', 'proximal-weakness-lower'],
  ['Proximal upper limb weakness was noted.', 'proximal-weakness-upper'],
  ['Power was 3/5 in the deltoids and iliopsoas.', 'proximal-weakness-lower, proximal-weakness-upper'],
  [
    'She had difficulty climbing stairs and combing her hair.',
    'proximal-weakness-lower, proximal-weakness-upper',
  ],
  ['He had difficulty rising from a chair.', 'proximal-weakness-lower'],
  ['She was unable to lift her arms above her head.', 'proximal-weakness-upper'],
  [
    'She had symmetric proximal muscle weakness.',
    'proximal-weakness-lower, proximal-weakness-upper, symmetric-weakness',
  ],
  [
    'Symmetrical weakness of the proximal muscles was found.',
    'proximal-weakness-lower, proximal-weakness-upper, symmetric-weakness',
  ],
  ['There was neck flexor weakness.', 'neck-flexor-weakness'],
  ['Weakness of the neck flexors was noted.', 'neck-flexor-weakness'],
  ['Neck flexion was 3/5.', 'neck-flexor-weakness'],
  ['Weak neck flexors and hip flexors were found.', 'neck-flexor-weakness, proximal-weakness-lower'],
  ['She had weakness of the finger flexors.', 'finger-flexor-weakness'],
  ['He had distal weakness of the hands.', 'distal-weakness'],
  ['She reported myalgia.', 'myalgia'],
  ['She had diffuse muscle pain.', 'myalgia'],
  ['Myalgias and proximal weakness developed.', 'myalgia, proximal-weakness-lower, proximal-weakness-upper'],
];

// systemic and organ findings
const SYSTEMIC: Row[] = [
  ['She had dysphagia.', 'dysphagia'],
  ['He reported difficulty swallowing solids.', 'dysphagia'],
  ['Dysphagia to solids and liquids developed.', 'dysphagia'],
  ['She had dysphonia.', 'dysphonia'],
  ['HRCT showed interstitial lung disease.', 'interstitial-lung-disease'],
  ['Chest CT revealed ILD.', 'interstitial-lung-disease'],
  ['CT of the chest showed interstitial pneumonia.', 'interstitial-lung-disease'],
  ['An NSIP pattern was seen on high-resolution CT.', 'interstitial-lung-disease'],
  ['She had pulmonary fibrosis.', 'interstitial-lung-disease'],
  ['He had polyarthritis of the small joints of the hands.', 'arthritis'],
  ['Synovitis of both wrists was found.', 'arthritis'],
  ['She had Raynaud’s phenomenon.', 'raynaud-phenomenon'],
  ['Raynaud phenomenon was reported.', 'raynaud-phenomenon'],
  ["He had Raynaud's.", 'raynaud-phenomenon'],
  ['She was febrile.', 'fever'],
  ['He had a fever of 38.9 °C.', 'fever'],
  ['She had lost 8 kg in weight.', 'weight-loss'],
  ['He reported weight loss and night sweats.', 'night-sweats, weight-loss'],
  ['Fever, arthralgia and dysphagia were present.', 'dysphagia, fever'],
];

// (d) absent: only when stated
const ABSENT: Row[] = [
  ['She had no dysphagia.', 'dysphagia:absent'],
  ['She was admitted without dysphagia.', 'dysphagia:absent'],
  ['She denied dysphagia.', 'dysphagia:absent'],
  [
    'He denied dysphagia, dysphonia or Raynaud phenomenon.',
    'dysphagia:absent, dysphonia:absent, raynaud-phenomenon:absent',
  ],
  ['Neither dysphagia nor dysphonia was reported.', 'dysphagia:absent, dysphonia:absent'],
  ['HRCT showed no interstitial lung disease.', 'interstitial-lung-disease:absent'],
  ['There was no evidence of ILD.', 'interstitial-lung-disease:absent'],
  ['She was afebrile.', 'fever:absent'],
  // gold format: "no rash" → no heliotrope rash and no Gottron (papules and sign alike: both are rashes)
  ['There was no rash.', 'gottron-papules:absent, gottron-sign:absent, heliotrope-rash:absent'],
  ['Muscle strength was normal.', 'proximal-weakness-lower:absent, proximal-weakness-upper:absent'],
  ['There was no muscle weakness.', 'proximal-weakness-lower:absent, proximal-weakness-upper:absent'],
  ['She had Gottron’s papules but no heliotrope rash.', 'gottron-papules, heliotrope-rash:absent'],
  ['Absence of Raynaud phenomenon was noted.', 'raynaud-phenomenon:absent'],
  ['Review of systems was negative for fever and weight loss.', 'fever:absent, weight-loss:absent'],
  [
    'She had proximal weakness, without dysphagia.',
    'dysphagia:absent, proximal-weakness-lower, proximal-weakness-upper',
  ],
  ['No mechanic’s hands were seen.', 'mechanics-hands:absent'],
];

// hedged, historical, hypothetical, planned
const ASSERTION: Row[] = [
  ['Possible interstitial lung disease was reported on CT.', 'interstitial-lung-disease:uncertain'],
  ['CT findings were suggestive of ILD.', 'interstitial-lung-disease:uncertain'],
  ['The lesions were compatible with Gottron’s papules.', 'gottron-papules:uncertain'],
  ['Early ILD could not be excluded.', 'interstitial-lung-disease:uncertain'],
  ['She was screened for interstitial lung disease.', ''],
  ['Return if dysphagia develops.', ''],
  ['She was advised to report any difficulty swallowing.', ''],
  ['A swallow study was arranged to exclude dysphagia.', ''],
  // project rule (docs/extraction.md, Assertion): a historical mention stays the patient's, with a note
  ['She had a history of Raynaud phenomenon.', 'raynaud-phenomenon'],
];

// (d) whose fact: definitions, cohorts, literature, teaching, relatives — nothing for the patient
const NOT_THE_PATIENT: Row[] = [
  ['Dermatomyositis is characterised by heliotrope rash, Gottron’s papules and proximal weakness.', ''],
  ['DM is characterized by a heliotrope rash and Gottron papules.', ''],
  ['Patients typically present with proximal muscle weakness and dysphagia.', ''],
  ['Interstitial lung disease occurs in 40% of patients with antisynthetase syndrome.', ''],
  ['Patients with anti-MDA5 antibodies often develop rapidly progressive ILD.', ''],
  ['Skin ulceration is associated with anti-MDA5 antibodies.', ''],
  ['Calcinosis is common in juvenile dermatomyositis.', ''],
  ['Gottron’s papules are pathognomonic of dermatomyositis.', ''],
  ['Mechanic’s hands are a feature of the antisynthetase syndrome.', ''],
  ['In a series of 50 patients, 15 had dysphagia.', ''],
  ['The classic cutaneous findings include the heliotrope rash and Gottron’s papules.', ''],
  ['Her mother had Raynaud’s phenomenon.', ''],
  ['Her sister has dermatomyositis with calcinosis.', ''],
  ['Previous reports described dysphagia in such patients.', ''],
  ['Dysphagia is a poor prognostic factor in inflammatory myopathies.', ''],
  ['The hallmark of the disease is symmetric proximal muscle weakness.', ''],
  ['Fever and arthritis are frequent in the antisynthetase syndrome.', ''],
  [
    'Dermatomyositis is characterised by a heliotrope rash. Our patient had Gottron’s papules.',
    'gottron-papules',
  ],
  [
    'A 50-year-old woman presented with a heliotrope rash. The heliotrope rash is a hallmark of dermatomyositis.',
    'heliotrope-rash',
  ],
  [
    'ILD is seen in up to 70% of antisynthetase cases. Our patient had mechanic’s hands and ILD.',
    'interstitial-lung-disease, mechanics-hands',
  ],
];

describe('probe: named skin signs in every frame (findings)', () => {
  it.each(NAMED_SIGNS)('%s → %s', check);
});
describe('probe: signs read by their definition', () => {
  it.each(BY_DEFINITION)('%s → %s', check);
});
describe('probe: weakness, limbs and grades', () => {
  it.each(WEAKNESS)('%s → %s', check);
});
describe('probe: systemic and organ findings', () => {
  it.each(SYSTEMIC)('%s → %s', check);
});
describe('probe: stated absent', () => {
  it.each(ABSENT)('%s → %s', check);
});
describe('probe: hedged, historical, hypothetical', () => {
  it.each(ASSERTION)('%s → %s', check);
});
describe('probe: not the patient (definitions, cohorts, relatives)', () => {
  it.each(NOT_THE_PATIENT)('%s → %s', check);
});

// patient: [text, age or [low, high] or null, sex or null]
const PATIENT: PRow[] = [
  ['We describe a 64 years black man with a rash.', 64, 'male'],
  ['A woman in her fifties presented with weakness.', [50, 59], 'female'],
  ['Patient: 9-year-old boy', 9, 'male'],
  ['A woman aged 58 was referred.', 58, 'female'],
  ['A 7-year-old girl had calcinosis.', 7, 'female'],
  ['A 45\u2011year\u2011old man was admitted.', 45, 'male'],
  ['A 45 year old man was admitted.', 45, 'male'],
  ['A 45-yr-old woman was admitted.', 45, 'female'],
  ['A sixty-two-year-old man presented with weakness.', 62, 'male'],
  ['A man, 58 years of age, presented with a rash.', 58, 'male'],
  ['We report a 70-year-old Caucasian female with dermatomyositis.', 70, 'female'],
  ['A previously healthy 42-year-old Japanese man was admitted.', 42, 'male'],
  ['The patient, a 50-year-old lady, had a rash.', 50, 'female'],
  ['A man in his early forties presented.', [40, 43], 'male'],
  ['A woman in her late 60s was referred.', [66, 69], 'female'],
  ['A woman (58 years) presented with a rash.', 58, 'female'],
  ['Male, 67 years, with proximal weakness.', 67, 'male'],
  ['A 30-year-old female with a 2-year history of weakness.', 30, 'female'],
  ['A 66-year-old gentleman presented with dysphagia.', 66, 'male'],
  ['A 48-year-old Hispanic woman was seen.', 48, 'female'],
  ['Mrs K, a 71-year-old retired teacher, was referred.', 71, 'female'],
  ['A 61-year-old man whose 35-year-old son had myositis was seen.', 61, 'male'],
  ['An 82-year-old resident of a nursing home was admitted; she had dysphagia.', 82, 'female'],
  ['A 12-year-old child was seen. She had a heliotrope rash.', 12, 'female'],
  ['A 55 yo woman with weakness.', 55, 'female'],
  ['We present the case of a 39-year-old male.', 39, 'male'],
  ['Her 80-year-old mother had breast cancer.', null, 'female'],
  ['Dermatomyositis affects women twice as often as men, mostly in their fifties.', null, null],
  ['The mean age of the 40 patients was 52 years.', null, null],
];

describe('probe: patient age and sex', () => {
  it.each(PATIENT)('%s → %s %s', (text, age, sex) => {
    expectPatient(text, age, sex);
  });
});

// a text whose first line is a bare heading ("Case report") is still read as the case
const HEADED: Row[] = [
  [
    'Case report\nA 52-year-old woman presented with a heliotrope rash and dysphagia.',
    'dysphagia, heliotrope-rash',
  ],
  [
    'Case Report\nA 52-year-old woman presented with a heliotrope rash and dysphagia.',
    'dysphagia, heliotrope-rash',
  ],
  [
    'A case report\nA 52-year-old woman presented with a heliotrope rash and dysphagia.',
    'dysphagia, heliotrope-rash',
  ],
  [
    'Case presentation\nA 52-year-old woman presented with a heliotrope rash and dysphagia.',
    'dysphagia, heliotrope-rash',
  ],
];
describe('probe: a first line that is only a heading', () => {
  it.each(HEADED)('%s → %s', check);
  it.each(HEADED)('%s → the age', (text) => {
    expect(extractCase(text).case.patient).toMatchObject({ age: 52, sex: 'female' });
  });
});

// ─── second batch (written after the first run, before any rule for it) ─────────────────────────────

// absent in list, table-like and telegraphic frames
const ABSENT_FRAMES: Row[] = [
  ['Gottron’s papules and heliotrope rash were absent.', 'gottron-papules:absent, heliotrope-rash:absent'],
  [
    'There were no Gottron’s papules, heliotrope rash or mechanic’s hands.',
    'gottron-papules:absent, heliotrope-rash:absent, mechanics-hands:absent',
  ],
  ['She had neither dysphagia nor Raynaud’s phenomenon.', 'dysphagia:absent, raynaud-phenomenon:absent'],
  ['Dysphagia was denied.', 'dysphagia:absent'],
  ['No history of Raynaud’s phenomenon.', 'raynaud-phenomenon:absent'],
  ['Heliotrope rash: absent. Gottron papules: present.', 'gottron-papules, heliotrope-rash:absent'],
  ['Dysphagia: no. Raynaud phenomenon: yes.', 'dysphagia:absent, raynaud-phenomenon'],
  ['no dysphagia/dysphonia', 'dysphagia:absent, dysphonia:absent'],
  ['The patient did not have the typical heliotrope rash.', 'heliotrope-rash:absent'],
  ['Chest CT showed no evidence of interstitial lung disease.', 'interstitial-lung-disease:absent'],
  ['Fever was absent.', 'fever:absent'],
  ['Without fever, weight loss or night sweats.', 'fever:absent, night-sweats:absent, weight-loss:absent'],
];

// weakness written as grades, activities and muscle names
const WEAKNESS_MORE: Row[] = [
  [
    'She had 4/5 proximal strength bilaterally.',
    'proximal-weakness-lower, proximal-weakness-upper, symmetric-weakness',
  ],
  ['prox weakness 4/5 bilat', 'proximal-weakness-lower, proximal-weakness-upper, symmetric-weakness'],
  [
    'MRC grade 4/5 in the shoulder abductors and hip flexors.',
    'proximal-weakness-lower, proximal-weakness-upper',
  ],
  [
    'Proximal muscle strength was 3/5 in the upper limbs and 4/5 in the lower limbs.',
    'proximal-weakness-lower, proximal-weakness-upper',
  ],
  ['She could not get up from a squatting position.', 'proximal-weakness-lower'],
  ['He had difficulty raising his arms.', 'proximal-weakness-upper'],
  [
    'Weakness of the proximal muscles of all four limbs was found.',
    'proximal-weakness-lower, proximal-weakness-upper',
  ],
  ['Hip flexors were 3/5 bilaterally.', 'proximal-weakness-lower, symmetric-weakness'],
  ['She had weakness of the deltoids and biceps.', 'proximal-weakness-upper'],
  ['Neck flexors 3/5.', 'neck-flexor-weakness'],
  ['Muscle power was 5/5 throughout.', 'proximal-weakness-lower:absent, proximal-weakness-upper:absent'],
];

// skin signs and organ findings in further wordings
const SIGNS_MORE: Row[] = [
  ['Violaceous papules over the dorsal interphalangeal joints were seen.', 'gottron-papules'],
  ['Erythema of the neck and upper chest (V-neck sign) was noted.', 'v-sign'],
  ['She had a mechanic’s hand on the right.', 'mechanics-hands'],
  ['Calcinosis universalis was seen on radiographs.', 'calcinosis'],
  ['Cutaneous ulcers were present on the fingertips.', 'skin-ulceration'],
  ['Ulcerated Gottron papules were seen.', 'gottron-papules, skin-ulceration'],
  ['Nailfold capillary dilatation was seen.', 'periungual-changes'],
  ['He had a hoarse voice.', 'dysphonia'],
  ['Interstitial lung involvement was seen on CT.', 'interstitial-lung-disease'],
  ['Her temperature was 39.2 °C.', 'fever'],
  ['She had pyrexia.', 'fever'],
  ['He had unintentional weight loss of 6 kg.', 'weight-loss'],
  ['She had a symmetrical polyarthritis.', 'arthritis'],
  ['Raynaud’s syndrome was reported.', 'raynaud-phenomenon'],
  ['She had arthralgias.', ''], // arthralgia is not a criteria finding (OTHER_FINDING_IDS)
  ['Her dysphagia resolved after IVIG.', 'dysphagia'], // it was hers, then resolved
];

// whose fact, in harder frames
const WHOSE_MORE: Row[] = [
  ['Smith et al. reported a woman with dysphagia.', ''],
  ['In a previous report, a woman with anti-MDA5 antibodies had skin ulcers.', ''],
  ['Her brother had polymyositis and ILD.', ''],
  ['Anti-MDA5 dermatomyositis is associated with rapidly progressive ILD and skin ulcers.', ''],
  ['The 2017 EULAR/ACR criteria include heliotrope rash, Gottron’s papules and dysphagia.', ''],
  ['Dysphagia occurs in about a third of patients.', ''],
  ['Approximately 30% of patients with dermatomyositis develop ILD.', ''],
  ['ILD was present in 12 of the 20 patients.', ''],
  ['Clinicians should screen for ILD in such patients.', ''],
  ['A heliotrope rash, a hallmark of dermatomyositis, was present.', 'heliotrope-rash'],
  ['She had Gottron’s papules, which are pathognomonic of dermatomyositis.', 'gottron-papules'],
  ['As in previous cases, she had mechanic’s hands.', 'mechanics-hands'],
  ['Typical Gottron papules were seen on her hands.', 'gottron-papules'],
  ['She presented with the classic heliotrope rash.', 'heliotrope-rash'],
  [
    'A 40-year-old woman had a heliotrope rash.\nDiscussion\nDysphagia and ILD are common in this disease.',
    'heliotrope-rash',
  ],
  [
    'Case report\nSmith et al. described a man with calcinosis.\nShe had a heliotrope rash.',
    'heliotrope-rash',
  ],
];

// hedges and plans in further wordings
const ASSERTION_MORE: Row[] = [
  ['Should dysphagia develop, a swallow assessment will be arranged.', ''],
  ['Probable mechanic’s hands were noted.', 'mechanics-hands:uncertain'],
  ['ILD was suspected.', 'interstitial-lung-disease:uncertain'],
  ['She was told to seek care if she developed a fever.', ''],
  ['Previously, she had Raynaud’s phenomenon.', 'raynaud-phenomenon'],
];

/**
 * Rows the conventions leave open, with the readings a clinician could give; the extraction must give one of them
 * (not nothing, not another status).
 */
const OPEN: readonly (readonly [text: string, readings: readonly string[], reason: string])[] = [
  [
    'The eyelid rash was suggestive of a heliotrope rash.',
    ['heliotrope-rash', 'heliotrope-rash:uncertain'],
    'a rash of the eyelids is a heliotrope rash by definition, yet the author hedges the name',
  ],
  [
    'She had healed Gottron papules over the knuckles.',
    ['gottron-papules'],
    'healed papules were present earlier: present (criteria count any time), not absent',
  ],
  [
    'She had weakness of the right deltoid only.',
    ['proximal-weakness-upper', 'proximal-weakness-upper, symmetric-weakness:absent'],
    'one muscle of one side: the conventions do not say whether that states the weakness asymmetric',
  ],
];
describe('probe: rows the conventions leave open', () => {
  it.each(OPEN)('%s → one of %j (%s)', (text, readings) => {
    expect(readings.map((r) => expected(r).join(' '))).toContain(findingsOf(text).join(' '));
  });
});

describe('probe (batch 2): absent in lists, tables and notes', () => {
  it.each(ABSENT_FRAMES)('%s → %s', check);
});
describe('probe (batch 2): weakness as grades, activities and muscles', () => {
  it.each(WEAKNESS_MORE)('%s → %s', check);
});
describe('probe (batch 2): signs and organ findings in further wordings', () => {
  it.each(SIGNS_MORE)('%s → %s', check);
});
describe('probe (batch 2): whose fact, harder frames', () => {
  it.each(WHOSE_MORE)('%s → %s', check);
});
describe('probe (batch 2): hedges and plans', () => {
  it.each(ASSERTION_MORE)('%s → %s', check);
});

const PATIENT_MORE: PRow[] = [
  ['A 58-year-old, previously healthy woman was referred.', 58, 'female'],
  ['A 35\u2010year\u2010old woman presented with a rash.', 35, 'female'],
  ['A 43-year old man presented with weakness.', 43, 'male'],
  ['An eight-year-old boy had calcinosis.', 8, 'male'],
  ['A twelve year old girl had a rash.', 12, 'female'],
  ['A 2-year-old toddler had a rash.', 2, null],
  ['A woman in her mid-forties presented.', [43, 46], 'female'],
  ['A man in his 70s presented.', [70, 79], 'male'],
  ['Age: 62; sex: female.', 62, 'female'],
  ['Sex: M. Age: 47.', 47, 'male'],
  ['62 y/o F with proximal weakness.', 62, 'female'],
  ['A 71-year-old was admitted. He had dysphagia and his CK was high.', 71, 'male'],
  ['Our patient, aged 66 years, was a farmer. He had a rash.', 66, 'male'],
  ['At the age of 47, she developed a rash. She had dysphagia.', 47, 'female'],
  ['In a cohort of women aged 40 to 60, dysphagia was common.', null, null],
];
describe('probe (batch 2): patient age and sex', () => {
  it.each(PATIENT_MORE)('%s → %s %s', (text, age, sex) => {
    expectPatient(text, age, sex);
  });
});

// ─── third batch: grammatical frames and typography (written before any rule for it) ───────────────

const FRAMES: Row[] = [
  ['On examination, she had a heliotrope rash.', 'heliotrope-rash'],
  ['At presentation, dysphagia and dysphonia were noted.', 'dysphagia, dysphonia'],
  ['A woman who had dysphagia for two months was admitted.', 'dysphagia'],
  ['She was found to have interstitial lung disease.', 'interstitial-lung-disease'],
  ['Skin findings (heliotrope rash, Gottron’s papules) were striking.', 'gottron-papules, heliotrope-rash'],
  ['Findings: heliotrope rash; Gottron papules; dysphagia.', 'dysphagia, gottron-papules, heliotrope-rash'],
  ['Clinically, there was a shawl sign.', 'shawl-sign'],
  ['What was striking was her dysphagia.', 'dysphagia'],
  ['Three months later, she developed Raynaud’s phenomenon.', 'raynaud-phenomenon'],
  [
    'Her skin showed Gottron’s papules, and her lungs showed ILD.',
    'gottron-papules, interstitial-lung-disease',
  ],
  ['She had dysphagia, which improved with IVIG.', 'dysphagia'],
  [
    'A heliotrope rash was present, but there were no Gottron’s papules.',
    'gottron-papules:absent, heliotrope-rash',
  ],
  ['She had no fever but reported dysphagia.', 'dysphagia, fever:absent'],
  ['Apart from dysphagia, she had no complaints.', 'dysphagia'],
  ['Besides the rash, she complained of dysphonia.', 'dysphonia'],
];

const TYPOGRAPHY: Row[] = [
  ['GOTTRON’S PAPULES AND HELIOTROPE RASH WERE SEEN.', 'gottron-papules, heliotrope-rash'],
  ['She had Gottrons papules.', 'gottron-papules'],
  ['She had Gottron´s papules.', 'gottron-papules'],
  ['She had a V\u2010sign.', 'v-sign'],
  ['She had a shawl\u2011sign.', 'shawl-sign'],
  ['She had Raynaud´s phenomenon.', 'raynaud-phenomenon'],
  ['She had a heliotrope\u00a0rash.', 'heliotrope-rash'],
  ['She had mechanic\u2019s\u00a0hands.', 'mechanics-hands'],
  ['She had Gottron-papules.', 'gottron-papules'],
  ['Power 4\u20135/5 in the hip flexors.', 'proximal-weakness-lower'],
  ['She had interstitial-lung disease.', 'interstitial-lung-disease'],
  ['Dysphagia (+), Raynaud (−).', 'dysphagia, raynaud-phenomenon:absent'],
];

describe('probe (batch 3): grammatical frames', () => {
  it.each(FRAMES)('%s → %s', check);
});
describe('probe (batch 3): typography', () => {
  it.each(TYPOGRAPHY)('%s → %s', check);
});

const PATIENT_FRAMES: PRow[] = [
  ['Case: a 47-year-old woman.', 47, 'female'],
  ['A 47-year-old woman, whose father had lung cancer, presented with a rash.', 47, 'female'],
  ['The proband, a 30-year-old man, had calcinosis.', 30, 'male'],
  ['We saw a 9-year-old. The girl had calcinosis.', 9, 'female'],
  ['A 64 years black man presented with weakness.', 64, 'male'],
  ['A 51\u00a0year\u00a0old woman presented with a rash.', 51, 'female'],
  ['A seventy-year-old woman presented with dysphagia.', 70, 'female'],
  ['Mr. A, 58, presented with weakness.', 58, 'male'],
];
describe('probe (batch 3): patient frames', () => {
  it.each(PATIENT_FRAMES)('%s → %s %s', (text, age, sex) => {
    expectPatient(text, age, sex);
  });
});

// ─── fourth batch: whose fact across the sections of an article (written before any rule for it) ──────

const DOCUMENTS: Row[] = [
  [
    'Introduction\nDermatomyositis presents with heliotrope rash and proximal weakness.\n\nCase presentation\nA 60-year-old man had dysphagia.',
    'dysphagia',
  ],
  [
    'Case presentation\nA 60-year-old man had Gottron papules.\n\nDiscussion\nInterstitial lung disease develops in up to half of patients with anti-MDA5 antibodies.',
    'gottron-papules',
  ],
  [
    'Background: Calcinosis occurs in a minority of adults with dermatomyositis. Case presentation: A 45-year-old woman had calcinosis and Raynaud phenomenon.',
    'calcinosis, raynaud-phenomenon',
  ],
  [
    'A 45-year-old woman had a heliotrope rash. Her sister had dermatomyositis with Raynaud phenomenon.',
    'heliotrope-rash',
  ],
  [
    'A 45-year-old woman had a heliotrope rash. Family history: her mother had calcinosis and ILD.',
    'heliotrope-rash',
  ],
  [
    'A 45-year-old woman had mechanic’s hands. Mechanic’s hands are typical of the antisynthetase syndrome.',
    'mechanics-hands',
  ],
  [
    'A 45-year-old woman had a rash. Conclusion: clinicians should look for dysphagia and ILD in dermatomyositis.',
    '',
  ],
  ['A 45-year-old woman had a rash. Learning points: skin ulcers suggest anti-MDA5 antibodies.', ''],
  [
    'Discussion\nA similar patient reported by Lee had fever and arthritis.\n\nCase report\nA 30-year-old man had dysphagia.',
    'dysphagia',
  ],
  // a known gap until session 16 (closed by the aside rule of context.ts; findings4.probe.test.ts)
  [
    'A 45-year-old woman had a heliotrope rash. Dysphagia, which occurs in a third of patients, was absent.',
    'dysphagia:absent, heliotrope-rash',
  ],
];
describe('probe (batch 4): whose fact across sections', () => {
  it.each(DOCUMENTS)('%s → %s', check);
});

/**
 * Known gaps (docs/extraction.md, "Probe tables (session 14, findings)"): rows the extractor does not read yet.
 * `it.fails` keeps each one visible; it turns red when the gap closes, so that the row moves up.
 */
const KNOWN_GAPS: readonly (readonly [text: string, expect: string, why: string])[] = [
  [
    'Case presentation\nA 60-year-old man had Gottron papules.\n\nDiscussion\nOur patient did not have ILD.',
    'gottron-papules, interstitial-lung-disease:absent',
    'the discussion is never read, even about "our patient" (recorded decision, document.ts isCaseSentence)',
  ],
  [
    'Case presentation\nA 60-year-old man had Gottron papules.\n\nDiscussion\nIn our patient, dysphagia was the first symptom.',
    'dysphagia, gottron-papules',
    'the same decision: a new fact told only in the discussion is lost',
  ],
];
describe('probe: known gaps', () => {
  it.fails.each(KNOWN_GAPS)('%s → %s (%s)', (text, spec) => {
    check(text, spec);
  });
});

const PATIENT_DOCUMENTS: PRow[] = [
  [
    'Introduction\nDermatomyositis mostly affects women in their fifties.\n\nCase report\nA man in his sixties had a rash.',
    [60, 69],
    'male',
  ],
  [
    'Introduction\nIn a series of 30 women aged 40 to 70, …\n\nCase report\nA 52-year-old man had a rash.',
    52,
    'male',
  ],
  [
    'Case report\nA 52-year-old man had a rash.\n\nDiscussion\nSmith described a 70-year-old woman.',
    52,
    'male',
  ],
  ['A 9-year-old was brought by her mother with a rash.', 9, 'female'],
  ['A 70-year-old retired nurse presented with dysphagia. She had a rash.', 70, 'female'],
];
describe('probe (batch 4): patient across sections', () => {
  it.each(PATIENT_DOCUMENTS)('%s → %s %s', (text, age, sex) => {
    expectPatient(text, age, sex);
  });
});

// ─── fifth batch: absence and normality of the muscles and skin, plans (written before any rule for it) ───

const NORMAL_AND_PLANS: Row[] = [
  ['There was no proximal weakness.', 'proximal-weakness-lower:absent, proximal-weakness-upper:absent'],
  ['Muscle strength was preserved.', 'proximal-weakness-lower:absent, proximal-weakness-upper:absent'],
  [
    'She had no muscle weakness or myalgia.',
    'myalgia:absent, proximal-weakness-lower:absent, proximal-weakness-upper:absent',
  ],
  ['Neck flexor strength was normal.', 'neck-flexor-weakness:absent'],
  ['Dysphagia was not reported.', 'dysphagia:absent'],
  ['Swallowing was normal.', 'dysphagia:absent'],
  ['There were no skin lesions.', 'gottron-papules:absent, gottron-sign:absent, heliotrope-rash:absent'],
  ['Lung auscultation was normal and HRCT excluded ILD.', 'interstitial-lung-disease:absent'],
  ['A CT was ordered to rule out ILD.', ''],
  ['She will be monitored for dysphagia.', ''],
  ['In case of fever she should return.', ''],
  ['He was afebrile and had no arthritis.', 'arthritis:absent, fever:absent'],
  ['No calcinosis was seen on radiographs.', 'calcinosis:absent'],
  ['There was no evidence of skin ulceration.', 'skin-ulceration:absent'],
  ['Raynaud phenomenon was denied.', 'raynaud-phenomenon:absent'],
  [
    'She had mild weakness of the hip flexors but normal shoulder strength.',
    'proximal-weakness-lower, proximal-weakness-upper:absent',
  ],
  ['Weakness was confined to the lower limbs, proximally.', 'proximal-weakness-lower'],
  ['She reported weakness in both thighs.', 'proximal-weakness-lower, symmetric-weakness'],
  ['Asymmetric weakness of the quadriceps was found.', 'proximal-weakness-lower, symmetric-weakness:absent'],
];
describe('probe (batch 5): normal muscles and skin, plans', () => {
  it.each(NORMAL_AND_PLANS)('%s → %s', check);
});
