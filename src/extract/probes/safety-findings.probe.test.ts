/**
 * Safety probe table (issue 12, session 17; helper sfb): opposite-polarity and wrong-owner errors in findings,
 * cancers and their timing, and whose fact it is. The worst extraction error is not a miss but the reverse reading:
 * an absent finding read as present (or the reverse), a relative's, a cohort's or a textbook's fact given to the
 * patient, a cancer's order read the wrong way round (before ↔ after). The rows try the phrasings that invite such
 * a reversal: denials through auxiliaries and modals ("did not reveal", "failed to show", "was never reported"),
 * double negatives ("not unremarkable", "not spared", "not free of"), contrast ("X but not Y", "except", "apart
 * from", "rather than", "instead of", "unlike", "in contrast to"), "absence of", "ruled out", "negative for",
 * hedges and questions ("? heliotrope rash", "query dysphagia"), the course of a finding (absent at first, present
 * later), "positive" and "negative" as adjectives of other nouns (a negative biopsy, "ILD-positive patients", the
 * positive predictive value), a relative or a cohort beside the patient, and the order words of cancer timing
 * ("preceded", "not until", "before, not after").
 *
 * Every snippet is synthetic (our own words; no file is read) and every expectation was written from the reading
 * conventions (the shared extraction conventions, docs/extraction.md) and the gold format of corpus/README.md
 * ("Gold format", "Annotation decisions") before the extractor was run on it.
 *
 * Findings rows list the criteria findings EXACTLY (`id` = present, `id:absent`, `id:uncertain`, '' = nothing); a
 * row whose text is a key of {@link GAPS} is a known gap (`it.fails`, with the reason). Cancer rows are
 * `[snippet, expected, gap?]` as in the timing tables. Ownership rows give the patient's cancers (a word of the
 * site or histology each, exactly) and the family history of cancer the text states.
 * @module
 */
import { expect } from 'vitest';
import { checkCancer, type Expected, family, GAP, type Probe, read } from './__fixtures__/timing-harness.js';
import { findingRows, type Row } from './findings-probe.js';

// ─── denials through auxiliaries, modals and verbs of showing ───────────────────────────────────
const DENIALS: Row[] = [
  ['Chest CT did not reveal any interstitial lung disease.', 'interstitial-lung-disease:absent'],
  ['High-resolution CT failed to show interstitial lung disease.', 'interstitial-lung-disease:absent'],
  ['Dysphagia was never reported by the patient.', 'dysphagia:absent'],
  ['She has never had Raynaud phenomenon.', 'raynaud-phenomenon:absent'],
  ['Gottron papules were not seen on the knuckles.', 'gottron-papules:absent'],
  ['No heliotrope rash could be identified.', 'heliotrope-rash:absent'],
  ['He did not complain of difficulty swallowing.', 'dysphagia:absent'],
  [
    'She denied fevers, night sweats or weight loss.',
    'fever:absent, night-sweats:absent, weight-loss:absent',
  ],
  ['The patient reported neither myalgia nor dysphagia.', 'dysphagia:absent, myalgia:absent'],
  ['At no point did she develop mechanic’s hands.', 'mechanics-hands:absent'],
  ['Periungual erythema was not observed.', 'periungual-changes:absent'],
  ['Radiographs of the elbows showed no calcinosis.', 'calcinosis:absent'],
  ['Weight loss was denied.', 'weight-loss:absent'],
  ['Neck flexion strength was not reduced.', 'neck-flexor-weakness:absent'],
  ['She remained afebrile throughout the admission.', 'fever:absent'],
  ['Swallowing was unimpaired.', 'dysphagia:absent'],
  ['Shoulder abduction strength was preserved.', 'proximal-weakness-upper:absent'],
  [
    'There were no mechanic’s hands, periungual erythema or skin ulcers.',
    'mechanics-hands:absent, periungual-changes:absent, skin-ulceration:absent',
  ],
  ['Examination did not disclose any weakness of the hip flexors.', 'proximal-weakness-lower:absent'],
  ['The CT scan could not demonstrate interstitial lung disease.', 'interstitial-lung-disease:absent'],
  ['No photosensitivity was reported.', 'photosensitive-rash:absent'],
  ['Her eyelids were not swollen.', 'periorbital-oedema:absent'],
  ['No calcinotic nodules were palpable.', 'calcinosis:absent'],
  ['There were no digital ulcers.', 'skin-ulceration:absent'],
  ['The hands showed no hyperkeratosis or fissuring of the fingers.', 'mechanics-hands:absent'],
  ['There was no weakness of the finger flexors.', 'finger-flexor-weakness:absent'],
];

// ─── double negatives: a negated normal is an abnormal ──────────────────────────────────────────
const DOUBLE_NEGATIVES: Row[] = [
  ['Her neck flexors were not spared.', 'neck-flexor-weakness'],
  ['The shoulder girdle muscles were not spared either.', 'proximal-weakness-upper'],
  ['She was not free of dysphagia.', 'dysphagia'],
  ['Fever was not absent: evening temperatures reached 38.4 °C.', 'fever'],
  ['Not a single Gottron papule was seen.', 'gottron-papules:absent'],
  [
    'The skin examination was not unremarkable: violaceous papules were present over the MCP joints.',
    'gottron-papules',
  ],
  ['Dysphagia was not a complaint until the third month, when it became prominent.', 'dysphagia'],
  [
    'Her hip flexor strength was not normal (4/5 bilaterally).',
    'proximal-weakness-lower, symmetric-weakness',
  ],
  ['Swallowing was not without difficulty.', 'dysphagia'],
  ['Weight loss was not insignificant (7 kg in two months).', 'weight-loss'],
];

// ─── contrast: "X but not Y", "except", "apart from", "rather than", "instead of", "unlike" ─────
const CONTRAST: Row[] = [
  [
    'She had weakness of the shoulders but not of the hips.',
    'proximal-weakness-lower:absent, proximal-weakness-upper',
  ],
  [
    'Weakness affected the hip girdle but spared the shoulder girdle.',
    'proximal-weakness-lower, proximal-weakness-upper:absent',
  ],
  ['Mechanic’s hands were present, Gottron papules were not.', 'gottron-papules:absent, mechanics-hands'],
  [
    'Apart from a heliotrope rash, she had no skin changes.',
    'gottron-papules:absent, gottron-sign:absent, heliotrope-rash',
  ],
  ['The rash was on her cheeks rather than her eyelids.', ''],
  ['The erythema covered the back of the neck and shoulders instead of the anterior chest.', 'shawl-sign'],
  [
    'Unlike her sister, she had no rash.',
    'gottron-papules:absent, gottron-sign:absent, heliotrope-rash:absent',
  ],
  ['Unlike her mother, who had Raynaud phenomenon, she had dysphagia.', 'dysphagia'],
  [
    'In contrast to her marked hip weakness, shoulder strength was preserved.',
    'proximal-weakness-lower, proximal-weakness-upper:absent',
  ],
  ['The rash spared the eyelids.', 'heliotrope-rash:absent'],
  // session 19: a region stated spared, after the weakness or in a clause of its own
  [
    'She had proximal weakness with sparing of the distal muscles.',
    'distal-weakness:absent, proximal-weakness-lower, proximal-weakness-upper',
  ],
  [
    'She had weakness of the hip girdle, sparing the shoulders.',
    'proximal-weakness-lower, proximal-weakness-upper:absent',
  ],
  [
    'She had proximal lower limb weakness; the upper limbs were spared.',
    'proximal-weakness-lower, proximal-weakness-upper:absent',
  ],
  [
    'She had proximal weakness of the legs, with normal strength in the arms.',
    'proximal-weakness-lower, proximal-weakness-upper:absent',
  ],
  [
    'Distal strength was normal, but proximal power was reduced in all four limbs.',
    'distal-weakness:absent, proximal-weakness-lower, proximal-weakness-upper',
  ],
  [
    'CT showed interstitial lung disease; there was, however, no dysphagia.',
    'dysphagia:absent, interstitial-lung-disease',
  ],
  [
    'Every proximal muscle group was weak except the neck flexors, which were normal.',
    'neck-flexor-weakness:absent, proximal-weakness-lower, proximal-weakness-upper',
  ],
  [
    'The weakness was proximal, not distal.',
    'distal-weakness:absent, proximal-weakness-lower, proximal-weakness-upper',
  ],
  [
    'She could climb stairs without difficulty but had trouble lifting her arms above her head.',
    'proximal-weakness-lower:absent, proximal-weakness-upper',
  ],
  [
    'Neither the neck flexors nor the deltoids were weak.',
    'neck-flexor-weakness:absent, proximal-weakness-upper:absent',
  ],
  [
    'Strength was full in the arms; the hip flexors were 3/5.',
    'proximal-weakness-lower, proximal-weakness-upper:absent',
  ],
  [
    'Ankle dorsiflexion was normal; the weakness was confined to the thighs.',
    'distal-weakness:absent, proximal-weakness-lower',
  ],
  [
    'The quadriceps were spared, unlike the deltoids, which were 4/5.',
    'proximal-weakness-lower:absent, proximal-weakness-upper',
  ],
  ['The V-neck area was clear, but the shawl area was erythematous.', 'shawl-sign, v-sign:absent'],
  ['There was no ulceration of the Gottron papules.', 'gottron-papules, skin-ulceration:absent'],
  ['Except for mild dysphagia, she had no complaints.', 'dysphagia'],
  ['Her only symptom other than the rash on her knuckles was fatigue.', ''],
  [
    'The eyelid erythema was judged to be contact dermatitis, not a heliotrope rash.',
    'heliotrope-rash:absent',
  ],
];

// ─── "absence of", "lack of", "ruled out", "negative for", "free of" ────────────────────────────
const ABSENCE: Row[] = [
  ['The absence of a heliotrope rash argued against dermatomyositis.', 'heliotrope-rash:absent'],
  ['Interstitial lung disease was ruled out by HRCT.', 'interstitial-lung-disease:absent'],
  ['Calcinosis was excluded on plain films.', 'calcinosis:absent'],
  ['The chest CT was negative for interstitial lung disease.', 'interstitial-lung-disease:absent'],
  ['She remained free of Raynaud phenomenon.', 'raynaud-phenomenon:absent'],
  [
    'In the absence of muscle weakness, amyopathic dermatomyositis was diagnosed.',
    'proximal-weakness-lower:absent, proximal-weakness-upper:absent',
  ],
  ['Absence of fever and weight loss was noted.', 'fever:absent, weight-loss:absent'],
  ['There was a notable lack of dysphagia.', 'dysphagia:absent'],
  ['Screening for interstitial lung disease was negative.', 'interstitial-lung-disease:absent'],
  ['Swallowing study: negative for aspiration; no dysphagia was reported.', 'dysphagia:absent'],
];

// ─── hedges, questions, plans ───────────────────────────────────────────────────────────────────
const HEDGES: Row[] = [
  ['? heliotrope rash', 'heliotrope-rash:uncertain'],
  ['Possible Gottron papules over the MCP joints.', 'gottron-papules:uncertain'],
  ['Query dysphagia — to be assessed by speech therapy.', 'dysphagia:uncertain'],
  ['Mild ILD cannot be ruled out on this scan.', 'interstitial-lung-disease:uncertain'],
  ['Her eyelid discoloration may represent a heliotrope rash.', 'heliotrope-rash:uncertain'],
  ['Possibly early calcinosis at the left elbow.', 'calcinosis:uncertain'],
  ['HRCT is planned to look for interstitial lung disease.', ''],
  ['Should dysphagia develop, she will be referred to speech therapy.', ''],
  ['She was asked whether she had noticed a rash on her eyelids.', ''],
  ['Screening questions about Raynaud phenomenon and dysphagia were asked.', ''],
  ['Rule out interstitial lung disease.', ''],
  // session 19: "may represent", "asked whether"
  ['The lesion may represent Gottron papules.', 'gottron-papules:uncertain'],
  ['She was asked whether she had dysphagia.', ''],
  ['Was there Raynaud phenomenon? She could not say.', 'raynaud-phenomenon:uncertain'],
  ['The hand changes were equivocal for mechanic’s hands.', 'mechanics-hands:uncertain'],
  [
    'Ground-glass opacities of uncertain significance raised the question of early ILD.',
    'interstitial-lung-disease:uncertain',
  ],
];

// ─── whose fact: relatives, cohorts and general statements beside the patient ──────────────────
const OWNERS: Row[] = [
  ['Her daughter has Raynaud phenomenon; the patient herself has dysphagia.', 'dysphagia'],
  ['Her father had dermatomyositis with a heliotrope rash.', ''],
  ['A sister with similar muscle weakness has not been examined.', ''],
  ['Like her twin, she had Gottron papules.', 'gottron-papules'],
  ['In our series of 40 patients, dysphagia occurred in 15; our patient had none.', 'dysphagia:absent'],
  ['ILD-positive patients in this cohort had a worse outcome.', ''],
  ['Rash-positive cases were more often anti-TIF1γ positive in that cohort.', ''],
  [
    'Although mechanic’s hands are typical of antisynthetase syndrome, our patient had none.',
    'mechanics-hands:absent',
  ],
  ['Calcinosis is common in juvenile disease but was not seen here.', 'calcinosis:absent'],
  ['Her husband complained of fever and myalgia after the same trip.', ''],
  [
    'The mother reported that her son had been unable to climb stairs for two weeks.',
    'proximal-weakness-lower',
  ],
  ['According to his wife, he had lost 8 kg.', 'weight-loss'],
  ['His wife noticed that he had difficulty swallowing.', 'dysphagia'],
  ['Family history: mother with Raynaud phenomenon, sister with psoriatic arthritis.', ''],
  [
    'Interstitial lung disease develops in a subset of anti-Jo-1-positive patients; in our patient the CT showed no ILD.',
    'interstitial-lung-disease:absent',
  ],
  ['Anti-Jo-1-positive patients often have mechanic’s hands.', ''],
  ['The positive predictive value of Gottron papules for dermatomyositis is high.', ''],
  ['Dysphagia-negative and dysphagia-positive subgroups did not differ in survival.', ''],
  [
    'Our patient, in contrast to the cohort, did not have interstitial lung disease.',
    'interstitial-lung-disease:absent',
  ],
  ['None of her three children had a rash or weakness.', ''],
  ['Her son, who accompanied her, had Raynaud phenomenon; she did not.', 'raynaud-phenomenon:absent'],
  ['Heliotrope rash was absent in 30% of the reported cases.', ''],
  ['Whereas most of these patients had dysphagia, ours swallowed normally.', 'dysphagia:absent'],
];

// ─── the course: absent at first, present later; "positive"/"negative" of another noun ─────────
const COURSE: Row[] = [
  ['Fever, absent at admission, appeared on day 5 (38.9 °C).', 'fever'],
  [
    'Initially there was no weakness; three months later she could not lift her arms above her head.',
    'proximal-weakness-upper',
  ],
  [
    'The initial CT showed no ILD, but a repeat scan a year later showed interstitial lung disease.',
    'interstitial-lung-disease',
  ],
  ['There was no longer any fever after the first week.', 'fever'],
  ['Dysphagia developed later in the course.', 'dysphagia'],
  ['The skin biopsy was negative, but the heliotrope rash was typical.', 'heliotrope-rash'],
  [
    'The muscle biopsy was negative; nonetheless she had weakness of the hip girdle.',
    'proximal-weakness-lower',
  ],
  ['The rash on her eyelids, which had faded, returned after the steroid taper.', 'heliotrope-rash'],
  ['Her dysphagia, previously severe, was no longer present at discharge.', 'dysphagia'],
  ['A negative ANA did not change the diagnosis; Gottron papules were evident.', 'gottron-papules'],
];

const GAPS = new Map<string, string>([
  ['Neck flexion strength was not reduced.', 'a denial the rules do not read for this sign or wording'],
  ['Swallowing was unimpaired.', 'a denial the rules do not read for this sign or wording'],
  ['Her neck flexors were not spared.', 'a negated normal or negated denial is not read as present'],
  [
    'The shoulder girdle muscles were not spared either.',
    'a negated normal or negated denial is not read as present',
  ],
  [
    'Her hip flexor strength was not normal (4/5 bilaterally).',
    'a negated normal or negated denial is not read as present',
  ],
  ['Swallowing was not without difficulty.', 'a negated normal or negated denial is not read as present'],
  [
    'Apart from a heliotrope rash, she had no skin changes.',
    "the contrast or exception is not split: one side takes the other side's status",
  ],
  [
    'The rash was on her cheeks rather than her eyelids.',
    "the contrast or exception is not split: one side takes the other side's status",
  ],
  [
    'The erythema covered the back of the neck and shoulders instead of the anterior chest.',
    "the contrast or exception is not split: one side takes the other side's status",
  ],
  [
    'The rash spared the eyelids.',
    "the contrast or exception is not split: one side takes the other side's status",
  ],
  [
    'Every proximal muscle group was weak except the neck flexors, which were normal.',
    "the contrast or exception is not split: one side takes the other side's status",
  ],
  [
    'She could climb stairs without difficulty but had trouble lifting her arms above her head.',
    "the contrast or exception is not split: one side takes the other side's status",
  ],
  [
    'Ankle dorsiflexion was normal; the weakness was confined to the thighs.',
    "the contrast or exception is not split: one side takes the other side's status",
  ],
  [
    'The quadriceps were spared, unlike the deltoids, which were 4/5.',
    "the contrast or exception is not split: one side takes the other side's status",
  ],
  [
    'The V-neck area was clear, but the shawl area was erythematous.',
    "the contrast or exception is not split: one side takes the other side's status",
  ],
  [
    'There was no ulceration of the Gottron papules.',
    "the contrast or exception is not split: one side takes the other side's status",
  ],
  [
    'Her only symptom other than the rash on her knuckles was fatigue.',
    "the contrast or exception is not split: one side takes the other side's status",
  ],
  [
    'The eyelid erythema was judged to be contact dermatitis, not a heliotrope rash.',
    "the contrast or exception is not split: one side takes the other side's status",
  ],
  [
    'Screening for interstitial lung disease was negative.',
    '"screening \u2026 was negative" is not read as a denial',
  ],
  ['? heliotrope rash', 'the hedge, question or plan is not read'],
  ['Her eyelid discoloration may represent a heliotrope rash.', 'the hedge, question or plan is not read'],
  [
    'Screening questions about Raynaud phenomenon and dysphagia were asked.',
    'the hedge, question or plan is not read',
  ],
  ['Rule out interstitial lung disease.', 'the hedge, question or plan is not read'],
  [
    'The mother reported that her son had been unable to climb stairs for two weeks.',
    'the cohort, relative or general sentence is not separated from the patient',
  ],
  [
    'Dysphagia-negative and dysphagia-positive subgroups did not differ in survival.',
    'the cohort, relative or general sentence is not separated from the patient',
  ],
  [
    'None of her three children had a rash or weakness.',
    'the cohort, relative or general sentence is not separated from the patient',
  ],
  [
    'Whereas most of these patients had dysphagia, ours swallowed normally.',
    'the cohort, relative or general sentence is not separated from the patient',
  ],
  [
    'Fever, absent at admission, appeared on day 5 (38.9 °C).',
    'a later present state is overridden by the earlier denial',
  ],
  [
    'Initially there was no weakness; three months later she could not lift her arms above her head.',
    'a later present state is overridden by the earlier denial',
  ],
]);

findingRows('safety: denials through auxiliaries and modals', DENIALS, GAPS);
findingRows('safety: double negatives', DOUBLE_NEGATIVES, GAPS);
findingRows('safety: contrast', CONTRAST, GAPS);
findingRows('safety: absence, ruled out, negative for', ABSENCE, GAPS);
findingRows('safety: hedges, questions, plans', HEDGES, GAPS);
findingRows('safety: whose finding', OWNERS, GAPS);
findingRows('safety: the course; positive and negative of another noun', COURSE, GAPS);

// ─── cancers: the order words (before ↔ after) ─────────────────────────────────────────────────
const W = 'A 57-year-old woman presented with a heliotrope rash and proximal weakness. ';
const M = 'A 64-year-old man presented with Gottron papules and proximal weakness. ';

family<Expected | null>(
  'safety: cancer order words',
  [
    [
      W + 'The dermatomyositis preceded the diagnosis of lung cancer by eight months.',
      { name: 'lung', relation: 'after', months: 8 },
    ],
    [
      W + 'The breast cancer preceded the myositis by three years.',
      { name: 'breast', relation: 'before', months: 36 },
    ],
    [
      // (a gap closed in session 31: an opening interval before a presentation with signs of the myositis)
      'Two years after treatment for colon cancer, a 60-year-old woman developed a heliotrope rash and weakness.',
      { name: 'colon', relation: 'before', months: 24 },
    ],
    [
      'Her rash began two years before the gastric cancer was found.',
      { name: 'gastric|stomach', relation: 'after', months: 24 },
    ],
    [
      'His myositis developed six months before the diagnosis of prostate cancer.',
      { name: 'prostat', relation: 'after', months: 6 },
    ],
    [
      'Her myositis was diagnosed a year after her nasopharyngeal carcinoma.',
      { name: 'nasopharyn', relation: 'before', months: 12 },
    ],
    [
      W + 'Not until 10 months later was a pancreatic adenocarcinoma found.',
      { name: 'pancrea', relation: 'after', months: 10 },
    ],
    [
      'The weakness began only after her bladder cancer had been resected.',
      { name: 'bladder', relation: 'before' },
    ],
    [
      'Her weakness appeared before, not after, the diagnosis of ovarian cancer.',
      { name: 'ovar', relation: 'after' },
      GAP,
    ],
    [
      W + 'Her breast cancer was diagnosed at the same time as the dermatomyositis.',
      { name: 'breast', relation: 'concurrent' },
    ],
    [
      M + 'The lymphoma and the myositis were diagnosed simultaneously.',
      { name: 'lymphoma', relation: 'concurrent' },
    ],
    [
      'Dermatomyositis was diagnosed 3 years after the remission of her Hodgkin lymphoma.',
      { name: 'lymphoma|hodgkin', relation: 'before' },
    ],
    [
      W + 'Rather than preceding the myositis, the colon cancer followed it by one year.',
      { name: 'colon', relation: 'after', months: 12 },
      GAP,
    ],
    [
      W + 'Unlike in most reported cases, her lung cancer appeared 4 years after the myositis.',
      { name: 'lung', relation: 'after', months: 48 },
    ],
    [
      'Her myositis began 2 years after, not before, her thyroid cancer.',
      { name: 'thyroid', relation: 'before', months: 24 },
      GAP,
    ],
    [
      'Prior to the onset of myositis, she had been treated for cervical cancer.',
      { name: 'cervi', relation: 'before' },
    ],
    [
      W + 'She had been in remission from melanoma for six years when the rash appeared.',
      { name: 'melanoma', relation: 'before', months: 72 },
    ],
    [
      W + 'She had no history of cancer; a lung adenocarcinoma was found on the staging CT.',
      { name: 'lung', relation: 'after' },
    ],
    [
      M + 'Eighteen months before the myositis, he had undergone nephrectomy for renal cell carcinoma.',
      { name: 'renal', relation: 'before', months: 18 },
    ],
    [
      M + 'Gastric cancer was diagnosed 9 months later, not earlier as in most reports.',
      { name: 'gastric|stomach', relation: 'after', months: 9 },
    ],
    [
      // (read since session 41: a treatment dated by a year in an apposition right after the cancer)
      W + 'No recurrence of her breast cancer, treated in 2009, was found.',
      { name: 'breast', relation: 'before' },
    ],
    [
      W + 'There was no sign of the thyroid cancer she had been treated for ten years earlier.',
      { name: 'thyroid', relation: 'before', months: 120 },
      GAP,
    ],
    [
      'A colon cancer found 5 months after the rash was the first sign of malignancy in this 70-year-old woman.',
      { name: 'colon', relation: 'after', months: 5 },
    ],
  ],
  checkCancer,
);

// ─── cancers that are not the patient's, or no cancer at all ───────────────────────────────────
family<Expected | null>(
  'safety: no cancer of the patient',
  [
    [W + 'Her mother died of ovarian cancer.', null],
    [W + 'Her brother was recently diagnosed with colon cancer.', null],
    [W + 'Family history was notable for breast cancer in two aunts.', null],
    [W + 'Of 120 patients with dermatomyositis in our registry, 18 had lung cancer.', null],
    [
      W +
        'Cancer-associated myositis accounts for 15–25% of adult cases, most often with ovarian, lung and gastric carcinoma.',
      null,
    ],
    [W + 'Nasopharyngeal carcinoma is the most common associated cancer in southern China.', null],
    [W + 'Malignancy was excluded by CT of the chest, abdomen and pelvis.', null],
    [W + 'PET-CT showed no evidence of malignancy.', null],
    [W + 'A breast mass was biopsied and proved benign.', null],
    [W + 'The colonoscopy was negative for malignancy.', null],
    [W + 'Screening for ovarian cancer was recommended.', null],
    [W + 'Uptake in the sigmoid colon on PET proved to be diverticulitis, a false-positive result.', null],
    [M + 'Her husband was treated for prostate cancer last year.', null],
    [M + 'His father and his uncle both had gastric cancer; he himself had none.', null],
    [W + 'Unlike her sister, who had breast cancer, she had no malignancy.', null],
    [W + 'Patients with anti-TIF1γ antibodies have a high risk of cancer, but our patient had none.', null],
    [W + 'Ovarian cancer should be excluded in women with dermatomyositis.', null],
    [W + 'A previous report described a woman with gastric cancer and similar findings.', null],
    [W + 'Her twin sister had dermatomyositis with an ovarian carcinoma.', null],
    [W + 'Cancer screening, including mammography and colonoscopy, was negative.', null],
    [W + 'A biopsy of the cervix was negative.', null],
    [W + 'A suspected lung nodule on the chest film turned out to be a granuloma.', null],
    [W + 'A cancer-positive subgroup in that study had higher TIF1γ titres.', null],
    [W + 'The positive predictive value of anti-TIF1γ for cancer is about 60%.', null],
    [
      M +
        'No tumour was found despite an extensive search, unlike in the patient described by the same authors.',
      null,
    ],
    [W + 'Lung cancer, the commonest cancer in this setting, was not found.', null],
  ],
  checkCancer,
);

// ─── whose cancer: the patient's cancers and the family history the text states ────────────────
type Owner = readonly [
  text: string,
  cancers: readonly string[],
  family: 'yes' | 'no' | null,
  gap?: typeof GAP,
];

function checkOwner(text: string, e: { cancers: readonly string[]; family: 'yes' | 'no' | null }): void {
  const c = read(text);
  const names = c.cancers.map((k) => `${k.site ?? ''} ${k.histology ?? ''}`.toLowerCase());
  expect(names.length, JSON.stringify(names)).toBe(e.cancers.length);
  for (const n of e.cancers)
    expect(
      names.some((x) => new RegExp(n).test(x)),
      `${n} in ${JSON.stringify(names)}`,
    ).toBe(true);
  expect(c.patient.familyHistoryOfCancer ?? null).toBe(e.family);
}

const OWNER_ROWS: Owner[] = [
  [W + 'Her mother died of ovarian cancer.', [], 'yes'],
  [W + 'There was no family history of malignancy.', [], 'no'],
  [W + 'Family history: negative for cancer.', [], 'no'],
  [W + 'Her father had no cancer, but her maternal aunt had breast cancer.', [], 'yes'],
  [W + 'She had had breast cancer in 2015; there was no family history of cancer.', ['breast'], 'no'],
  [W + 'Her sister is a breast cancer survivor.', [], 'yes'],
  [W + 'Cancer ran in the family: her grandfather had colon cancer.', [], 'yes'],
  [
    W + 'Her mother had breast cancer, and she herself was found to have a breast carcinoma on screening.',
    ['breast'],
    'yes',
  ],
  [
    W +
      'In contrast to her father, who had lung cancer, she had a colon adenocarcinoma found at colonoscopy.',
    ['colon|adenocarcinoma'],
    'yes',
  ],
  [M + 'His brother had melanoma; he had a prostate adenocarcinoma diagnosed at 60.', ['prostat'], 'yes'],
  [W + 'Neither parent had cancer.', [], 'no'],
  [M + 'He had no personal or family history of cancer.', [], 'no'],
];

family<{ cancers: readonly string[]; family: 'yes' | 'no' | null }>(
  'safety: whose cancer (patient, relative)',
  OWNER_ROWS.map(
    ([t, cancers, fam, gap]) =>
      [t, { cancers, family: fam }, gap] as Probe<{
        cancers: readonly string[];
        family: 'yes' | 'no' | null;
      }>,
  ),
  checkOwner,
);
