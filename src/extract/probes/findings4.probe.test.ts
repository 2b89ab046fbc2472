/**
 * Probe table, fourth wave (issue 12, session 16): findings, whose fact, and the patient, in families the three
 * earlier waves (findings.probe.test.ts, findings2…, findings3…) did not cover — the examination written as a list or
 * a pasted table with right/left columns, MRC and Kendall grades in words ("against gravity but not resistance",
 * "grade four", "fair"), further functional descriptions of weakness (the bath, the bus step, washing on the line,
 * reaching a shelf), skin signs in further words (eyelid oedema with colour, décolleté, telangiectasia of the nail
 * folds, cuticular haemorrhages, the holster sign and poikiloderma, which are not criteria signs), imaging and biopsy
 * sentences that are not findings of the patient (differentials, "features typical of DM include"), keyword and
 * abbreviation lines, structured abstracts of the "Rationale / Patient concerns / Lessons" kind and "Background:"
 * openings, negations and hedges in further words, relatives beside the patient ("like her mother, she …"), sex from
 * pronouns only and age in words ("in his sixth decade", "a sexagenarian", "aged fifty-two").
 *
 * Every snippet is synthetic (our own words; no file is read) and every expectation was written from the reading
 * conventions (the shared extraction conventions, docs/extraction.md) and the gold format of corpus/README.md
 * ("Gold format", "Annotation decisions") before the extractor was run on it.
 *
 * A findings row lists the criteria findings the case must hold, EXACTLY (`id` = present, `id:absent`,
 * `id:uncertain`, '' = nothing). A row whose text is a key of {@link GAPS} is a known gap (`it.fails`, with the
 * reason); it turns red when the gap closes, so that it moves out of the map.
 */
import { describe, expect, it } from 'vitest';
import { expected, findingRows, findingsOf, patientRows, type PRow, type Row } from './findings-probe.js';

// ─── the examination as a list or a pasted table ────────────────────────────────────────────────
const EXAM_LISTS: Row[] = [
  [
    'Power (R/L): deltoid 4/4, biceps 5/5, iliopsoas 3/3, quadriceps 4/4.',
    'proximal-weakness-lower, proximal-weakness-upper, symmetric-weakness',
  ],
  [
    'Muscle\tRight\tLeft\nDeltoid\t4\t4\nIliopsoas\t3\t3\nWrist extensors\t5\t5',
    'distal-weakness:absent, proximal-weakness-lower, proximal-weakness-upper, symmetric-weakness',
  ],
  [
    'Upper limbs: proximal 4/5, distal 5/5. Lower limbs: proximal 3/5, distal 5/5.',
    'distal-weakness:absent, proximal-weakness-lower, proximal-weakness-upper',
  ],
  [
    'Shoulder abduction R 4, L 4; elbow flexion 5 bilaterally.',
    'proximal-weakness-upper, symmetric-weakness',
  ],
  [
    'Motor: neck flexion 3/5; shoulder abductors 4-/5; hip flexors 4-/5; ankle dorsiflexors 5/5.',
    // (session 50: the hip flexors graded below the ankle dorsiflexors are the legs' proximal muscles weaker than the
    // distal, as the gold reads such grades)
    'distal-weakness:absent, neck-flexor-weakness, proximal-weaker-than-distal-legs, proximal-weakness-lower, proximal-weakness-upper',
  ],
  ['Hip flexion: 3/5 (right), 3/5 (left).', 'proximal-weakness-lower, symmetric-weakness'],
  [
    'MMT — deltoids 4, iliopsoas 4, gluteus medius 4, grip 5.',
    'distal-weakness:absent, proximal-weakness-lower, proximal-weakness-upper',
  ],
  [
    'Deltoids 4/5 bilat., hip flexors 5/5.',
    'proximal-weakness-lower:absent, proximal-weakness-upper, symmetric-weakness',
  ],
  ['Right deltoid 3/5, left deltoid 5/5.', 'proximal-weakness-upper, symmetric-weakness:absent'],
];

// ─── MRC and Kendall grades in words ────────────────────────────────────────────────────────────
const GRADE_WORDS: Row[] = [
  ['Power was grade four in both hip flexors.', 'proximal-weakness-lower, symmetric-weakness'],
  ['The deltoids could move against gravity but not against resistance.', 'proximal-weakness-upper'],
  ['Her hip flexors were antigravity only.', 'proximal-weakness-lower'],
  ['Shoulder abductors were rated four out of five.', 'proximal-weakness-upper'],
  [
    'Manual muscle testing (Kendall): hip flexors 6/10, deltoids 7/10.',
    'proximal-weakness-lower, proximal-weakness-upper',
  ],
  ['Strength in the hip flexors was graded as fair.', 'proximal-weakness-lower'],
  ['Neck flexor strength was graded 3 on the MRC scale.', 'neck-flexor-weakness'],
  ['There was mild (MRC 4) weakness of the shoulder girdle.', 'proximal-weakness-upper'],
  [
    'Muscle strength of the proximal limbs was reduced to grade 3.',
    'proximal-weakness-lower, proximal-weakness-upper',
  ],
  ['Both quadriceps scored MRC grade 4+.', 'proximal-weakness-lower, symmetric-weakness'],
  ['She could not lift her legs against gravity.', 'proximal-weakness-lower'],
  ['Hip flexor strength was normal (MRC 5).', 'proximal-weakness-lower:absent'],
];

// ─── functional descriptions of weakness ────────────────────────────────────────────────────────
const FUNCTIONAL: Row[] = [
  ['She needed help to get out of the bath.', 'proximal-weakness-lower'],
  ['He could no longer step onto the bus.', 'proximal-weakness-lower'],
  ['She was unable to hang out the washing.', 'proximal-weakness-upper'],
  ['He had difficulty reaching for objects on high shelves.', 'proximal-weakness-upper'],
  ['She had trouble standing up from a low chair.', 'proximal-weakness-lower'],
  ['He pulled himself up the stairs with the handrail.', 'proximal-weakness-lower'],
  ['She struggled to dry her hair with a hairdryer.', 'proximal-weakness-upper'],
  ['He had difficulty getting up off the toilet.', 'proximal-weakness-lower'],
  [
    'She could not put on her shirt without help because she could not raise her arms.',
    'proximal-weakness-upper',
  ],
  [
    'Climbing hills and lifting bags above her head had become difficult.',
    'proximal-weakness-lower, proximal-weakness-upper',
  ],
  ['She could not get up from the floor after a fall.', 'proximal-weakness-lower'],
  ['He found it hard to shave because his arms tired quickly.', 'proximal-weakness-upper'],
];

// ─── skin signs in further words ────────────────────────────────────────────────────────────────
const SKIN_WORDS: Row[] = [
  ['There was violaceous eyelid oedema.', 'heliotrope-rash, periorbital-oedema'],
  ['Puffy lilac upper eyelids were noted.', 'heliotrope-rash, periorbital-oedema'],
  ['A dusky purple hue of the upper eyelids was seen.', 'heliotrope-rash'],
  ['She had V-neck erythema.', 'v-sign'],
  ['Erythema of the décolleté was present.', 'v-sign'],
  ['She had periungual telangiectasia.', 'periungual-changes'],
  ['Cuticular haemorrhages were seen on several fingers.', 'periungual-changes'],
  ['Her cuticles were ragged and hypertrophic.', 'periungual-changes'],
  ['Flat-topped violaceous papules were seen over the dorsal MCP and PIP joints.', 'gottron-papules'],
  ['Lichenoid papules over the knuckles were present.', 'gottron-papules'],
  ['The rash was in a shawl distribution.', 'shawl-sign'],
  ['Photodistributed erythema of the face, neck and forearms was noted.', 'photosensitive-rash'],
  ['Necrotic ulcers were present on two fingertips.', 'skin-ulceration'],
  ['Calcified nodules were palpable on the fingers.', 'calcinosis'],
  ['Radiographs showed dystrophic calcification around the knees.', 'calcinosis'],
  ['The skin of the radial index fingers was thickened and fissured.', 'mechanics-hands'],
  // not criteria signs (the conventions: poikiloderma and facial erythema are not a heliotrope rash)
  ['She had a holster sign on the lateral thighs.', ''],
  ['Poikiloderma was present on the upper arms.', ''],
  ['She had flagellate erythema on the back.', ''],
  ['Malar erythema was noted.', ''],
  ['Hiker’s feet were noted.', ''],
];

// ─── imaging, biopsy and discussion phrases that are not findings of the patient ────────────────
const NOT_FINDINGS: Row[] = [
  ['Features typical of dermatomyositis include the heliotrope rash and Gottron papules.', ''],
  [
    'The differential diagnosis included inclusion body myositis, hypothyroid myopathy and statin myopathy.',
    '',
  ],
  ['Muscle biopsy showed perifascicular atrophy, a feature typical of dermatomyositis.', ''],
  ['Skin biopsy showed interface dermatitis consistent with dermatomyositis.', ''],
  ['MRI of the thighs showed oedema of the vastus muscles.', ''],
  ['The NSIP pattern is the commonest form of ILD in the antisynthetase syndrome.', ''],
  ['Other causes of ILD, such as drug toxicity and infection, must be excluded in these patients.', ''],
  [
    'Typical features of dermatomyositis, such as a heliotrope rash and Gottron papules, were absent.',
    'gottron-papules:absent, heliotrope-rash:absent',
  ],
  ['CT showed no features typical of interstitial lung disease.', 'interstitial-lung-disease:absent'],
  [
    'CT showed reticulation in an NSIP pattern, the commonest form of ILD in myositis.',
    'interstitial-lung-disease',
  ],
  ['Gottron papules, the hallmark of the disease, were not seen.', 'gottron-papules:absent'],
  ['Capillaroscopy is useful to detect periungual changes in dermatomyositis.', ''],
];

// ─── keyword, abbreviation and heading lines ────────────────────────────────────────────────────
const PARATEXT: Row[] = [
  [
    'A 50-year-old woman presented with a heliotrope rash.\n\nKeywords: dermatomyositis; dysphagia; interstitial lung disease; calcinosis',
    'heliotrope-rash',
  ],
  [
    'Abbreviations: ILD, interstitial lung disease; RP, Raynaud’s phenomenon; DM, dermatomyositis.\n\nA 50-year-old man presented with dysphagia.',
    'dysphagia',
  ],
  [
    'A 50-year-old woman presented with a rash.\n\nKey words: Gottron papules, mechanic’s hands, antisynthetase syndrome',
    '',
  ],
  [
    'A 50-year-old man had fever.\n\nLearning points\n• Dysphagia is a poor prognostic sign.\n• ILD should be screened for in every patient.',
    'fever',
  ],
  [
    'A 50-year-old woman had dysphagia.\n\nWhat is already known: calcinosis and skin ulcers are frequent in juvenile disease.',
    'dysphagia',
  ],
];

// ─── first lines: titles and "Background:" openings, structured abstracts ───────────────────────
const OPENINGS: Row[] = [
  [
    'Background: Dermatomyositis is an idiopathic inflammatory myopathy characterised by proximal weakness and skin signs.\nCase presentation: A 45-year-old man had a heliotrope rash.',
    'heliotrope-rash',
  ],
  [
    'BACKGROUND Interstitial lung disease and arthritis are frequent in the antisynthetase syndrome. CASE PRESENTATION A 45-year-old woman had mechanic’s hands.',
    'mechanics-hands',
  ],
  [
    'Rationale: Dermatomyositis with dysphagia carries a poor prognosis.\nPatient concerns: A 60-year-old woman presented with a heliotrope rash.\nDiagnoses: dermatomyositis.\nLessons: Screening for cancer and ILD is advised.',
    'heliotrope-rash',
  ],
  [
    'Introduction: Raynaud’s phenomenon is seen in a third of patients with myositis.\n\nCase report: A 55-year-old man had Gottron papules.',
    'gottron-papules',
  ],
  [
    'Key Clinical Message\nSkin ulcers in dermatomyositis should prompt testing for anti-MDA5.\n\nA 38-year-old woman presented with fever and arthritis.',
    'arthritis, fever',
  ],
  [
    'Summary\nA 62-year-old man presented with dysphagia and a V-sign. Dermatomyositis is associated with malignancy in up to 25% of adults.',
    'dysphagia, v-sign',
  ],
  [
    'Heliotrope rash and dysphagia revealing dermatomyositis in a 70-year-old man\n\nThe patient had a three-month history of weakness.',
    'dysphagia, heliotrope-rash',
  ],
  [
    'Objective: To describe a case of calcinosis in adult dermatomyositis.\nCase: A 40-year-old woman had calcinosis of the elbows.',
    'calcinosis',
  ],
];

// ─── stated absent in further words ─────────────────────────────────────────────────────────────
const NEGATED: Row[] = [
  ['There were no skin changes.', 'gottron-papules:absent, gottron-sign:absent, heliotrope-rash:absent'],
  ['She denied Raynaud’s.', 'raynaud-phenomenon:absent'],
  ['He denies dysphagia or odynophagia.', 'dysphagia:absent'],
  ['No Raynaud’s symptoms were reported.', 'raynaud-phenomenon:absent'],
  ['She swallowed normally.', 'dysphagia:absent'],
  ['Raynaud’s: negative.', 'raynaud-phenomenon:absent'],
  [
    'ROS negative for Raynaud’s, dysphagia and fevers.',
    'dysphagia:absent, fever:absent, raynaud-phenomenon:absent',
  ],
  [
    'Without any muscle weakness, she had a heliotrope rash.',
    'heliotrope-rash, proximal-weakness-lower:absent, proximal-weakness-upper:absent',
  ],
  [
    'Muscle strength: 5/5 in all muscle groups.',
    'proximal-weakness-lower:absent, proximal-weakness-upper:absent',
  ],
  ['Lungs were clear to auscultation.', ''],
  ['There was no periorbital swelling.', 'periorbital-oedema:absent'],
  ['No calcinosis cutis was present.', 'calcinosis:absent'],
  ['He did not lose weight.', 'weight-loss:absent'],
  ['His weight was stable.', 'weight-loss:absent'],
  [
    'She did not have mechanic’s hands, nor did she have Raynaud’s phenomenon.',
    'mechanics-hands:absent, raynaud-phenomenon:absent',
  ],
  ['There was no family history of Raynaud’s phenomenon.', ''],
];

// ─── hedged findings ────────────────────────────────────────────────────────────────────────────
const HEDGED: Row[] = [
  ['A questionable shawl sign was noted.', 'shawl-sign:uncertain'],
  ['Equivocal Gottron papules were seen over the knuckles.', 'gottron-papules:uncertain'],
  ['HRCT was indeterminate for ILD.', 'interstitial-lung-disease:uncertain'],
  ['?Raynaud’s phenomenon', 'raynaud-phenomenon:uncertain'],
  ['The changes likely represent early interstitial lung disease.', 'interstitial-lung-disease:uncertain'],
  ['There was possible mild dysphagia.', 'dysphagia:uncertain'],
  ['A faint heliotrope rash was present.', 'heliotrope-rash'],
  ['Subtle periungual erythema was noted.', 'periungual-changes'],
  ['Findings were suspicious for calcinosis.', 'calcinosis:uncertain'],
  ['Mechanic’s hands could not be ruled out.', 'mechanics-hands:uncertain'],
];

// ─── whose fact: relatives and cohorts beside the patient ───────────────────────────────────────
const WHOSE: Row[] = [
  ['Like her mother, she had Raynaud’s phenomenon.', 'raynaud-phenomenon'],
  ['Both she and her sister had Raynaud’s phenomenon.', 'raynaud-phenomenon'],
  ['A similar rash was present in her daughter.', ''],
  ['Of note, her mother also had Raynaud’s phenomenon.', ''],
  ['His brother had been diagnosed with dermatomyositis and dysphagia.', ''],
  ['In the present case, dysphagia was the first symptom.', 'dysphagia'],
  ['Our patient, unlike most reported cases, had no ILD.', 'interstitial-lung-disease:absent'],
  [
    'Arthritis, as reported in 60% of patients with anti-Jo-1, was absent in our patient.',
    'arthritis:absent',
  ],
  ['In our experience, calcinosis is rare in adults.', ''],
  ['Similar to the cases reported by Kim et al., our patient developed skin ulcers.', 'skin-ulceration'],
  ['Half of the reported patients had fever; ours did not.', 'fever:absent'],
  ['Her husband had noticed that her eyelids were purple.', 'heliotrope-rash'],
];

// ─── weakness patterns ──────────────────────────────────────────────────────────────────────────
const PATTERNS: Row[] = [
  [
    'Weakness was proximal and symmetrical.',
    'proximal-weakness-lower, proximal-weakness-upper, symmetric-weakness',
  ],
  ['The weakness was bilateral and equal on both sides.', 'symmetric-weakness'],
  ['The distal muscles were spared.', 'distal-weakness:absent'],
  ['Weakness of the deep finger flexors was noted.', 'finger-flexor-weakness'],
  [
    'She had marked weakness of her thighs and upper arms.',
    'proximal-weakness-lower, proximal-weakness-upper',
  ],
  ['He had a Gowers sign and weak hip flexors.', 'proximal-weakness-lower'],
];

// ─── second batch (written after the first batch's rules, before any rule for it) ───────────────
// OCR noise, Unicode, non-native English, telegraphic examination lines
const REGISTER: Row[] = [
  ['She had Gottron’ s papules over the knuckles.', 'gottron-papules'],
  ['She had a heliotrope  rash and dys-\nphagia.', 'dysphagia, heliotrope-rash'],
  ['Examination showed proximal mus-\ncle weakness.', 'proximal-weakness-lower, proximal-weakness-upper'],
  ['Hyperkeratosis of the radial side of the ﬁngers was seen.', 'mechanics-hands'],
  ['The patient presented a heliotrope erythema.', 'heliotrope-rash'],
  ['Patient complained about difficulty to swallow since 2 months.', 'dysphagia'],
  ['He had not fever.', 'fever:absent'],
  ['Skin lesions type Gottron papules were observed on both hands.', 'gottron-papules'],
  [
    'Muscular weakness of the four limbs, predominant proximally, was found.',
    // (session 38: a weakness of all limbs worst proximally states the proximal leg muscles weaker than the distal,
    // as a proximal-dominant weakness of every limb does in the development gold)
    'proximal-weakness-lower, proximal-weakness-upper, proximal-weaker-than-distal-legs',
  ],
  [
    'Neuro: power 4/5 prox UL and LL, 5/5 distal.',
    'distal-weakness:absent, proximal-weakness-lower, proximal-weakness-upper',
  ],
  [
    'Skin: heliotrope (+), Gottron papules (+), V-sign (−).',
    'gottron-papules, heliotrope-rash, v-sign:absent',
  ],
  ['Resp: fine bibasal crackles.', ''],
  ['Swallow: impaired for solids.', 'dysphagia'],
  ['Joints — synovitis of MCPs bilaterally.', 'arthritis'],
];

// negatives and plans around the patient's own findings
const AROUND: Row[] = [
  ['Family history was negative for autoimmune disease and Raynaud’s phenomenon.', ''],
  ['To exclude ILD, an HRCT was performed and was normal.', 'interstitial-lung-disease:absent'],
  ['HRCT will be repeated to exclude progression of the ILD.', 'interstitial-lung-disease'],
  ['There was no recurrence of the dysphagia.', 'dysphagia'],
  ['The heliotrope rash was no longer visible at follow-up.', 'heliotrope-rash'],
  ['She had no further episodes of fever.', 'fever'],
  [
    'Dysphagia was the only symptom; there was no weakness.',
    'dysphagia, proximal-weakness-lower:absent, proximal-weakness-upper:absent',
  ],
  ['She did not notice any change in colour of her fingers in the cold.', 'raynaud-phenomenon:absent'],
  ['Apart from mild dysphagia, she denied any complaints.', 'dysphagia'],
];

// whose fact in case series and comparisons
const SERIES: Row[] = [
  ['Our patient, like 8 of the 10 patients in Table 2, had dysphagia.', 'dysphagia'],
  ['In contrast to our case, both previously reported patients had ILD.', ''],
  ['Patient 1 in the series of Tanaka had calcinosis.', ''],
  ['The index patient’s son had juvenile dermatomyositis with calcinosis.', ''],
  ['A literature search found 14 cases with mechanic’s hands and fever.', ''],
  ['Dysphagia has been described as a poor prognostic sign.', ''],
];

// ─── third batch (written after batch 2's rules, before any rule for it): glued sentences, emphasis, symmetry ──
const GLUED: Row[] = [
  [
    'Dermatomyositis is characterised by proximal weakness and dysphagia.Case report: A 60-year-old woman had Gottron papules.',
    'gottron-papules',
  ],
  [
    'A 60-year-old woman had a heliotrope rash.Chest CT showed interstitial lung disease.',
    'heliotrope-rash, interstitial-lung-disease',
  ],
  [
    'A 60-year-old man had dysphagia.ILD and arthritis are frequent in the antisynthetase syndrome.',
    'dysphagia',
  ],
];
const EMPHASIS: Row[] = [
  [
    'Weakness, predominantly in the proximal lower limbs, was noted.',
    'proximal-weakness-lower, proximal-weaker-than-distal-legs',
  ],
  ['Muscle weakness, especially of the proximal arms, was reported.', 'proximal-weakness-upper'],
  [
    'She had muscle weakness, more marked in the proximal muscles of the legs than in the distal ones.',
    'proximal-weakness-lower, proximal-weaker-than-distal-legs',
  ],
  ['She developed symmetrical muscle weakness.', 'symmetric-weakness'],
  ['The weakness was symmetrical.', 'symmetric-weakness'],
  ['He had symmetric weakness and myalgia.', 'myalgia, symmetric-weakness'],
  ['She had a symmetrical rash on both arms and mild weakness.', ''],
];

// ─── fourth batch (written after batch 3's rules, before any rule for it): legends, bullet lists, warnings ──
const LEGENDS_AND_LISTS: Row[] = [
  ['A 50-year-old woman had a rash.\n\nFigure 1. Gottron papules over the MCP joints.', 'gottron-papules'],
  [
    'A 50-year-old man had weakness.\n\nFig. 2 Chest CT showing an NSIP pattern.',
    'interstitial-lung-disease',
  ],
  [
    'A 50-year-old woman had a rash.\n\nTable 1. Reported cases of dermatomyositis with calcinosis and ILD',
    '',
  ],
  ['Skin:\n- heliotrope rash\n- Gottron papules', 'gottron-papules, heliotrope-rash'],
  [
    'Review of systems:\n• No dysphagia\n• No Raynaud’s phenomenon',
    'dysphagia:absent, raynaud-phenomenon:absent',
  ],
  [
    'Examination:\n1. Heliotrope rash\n2. Proximal weakness 4/5',
    'heliotrope-rash, proximal-weakness-lower, proximal-weakness-upper',
  ],
  ['She was warned that dysphagia may develop.', ''],
  ['Warning signs such as fever and dysphagia were explained to her.', ''],
  ['She was taught to recognise Raynaud’s attacks.', ''],
  ['On discharge she had no fever and no dysphagia.', 'dysphagia:absent, fever:absent'],
];

// ─── fifth batch: guards of the bare-grade, Kendall-word and HRCT rules, written with them (no first contact) ──
const BARE_GRADES: Row[] = [
  [
    'Power: deltoids 4, biceps 5, iliopsoas 3, quadriceps 4.',
    'proximal-weakness-lower, proximal-weakness-upper',
  ],
  ['Grip strength was 25 kg on both sides.', ''],
  ['Her general condition was rated as good.', ''],
  // guards of the HRCT rule (written with it)
  ['HRCT was normal.', 'interstitial-lung-disease:absent'],
  ['HRCT of the sinuses was normal.', ''],
  ['MMT was repeated on day 2 and day 5.', ''],
  ['Strength: the triceps 3 days after surgery was painful.', ''],
];

// ─── sixth batch (written after batch 5, before any rule for it): labelled lines of a clinical note ──
const NOTE_LINES: Row[] = [
  ['Chief complaint: difficulty swallowing.', 'dysphagia'],
  [
    'HPI: two months of proximal weakness and myalgia.',
    'myalgia, proximal-weakness-lower, proximal-weakness-upper',
  ],
  ['ROS: positive for Raynaud’s phenomenon; negative for fever.', 'fever:absent, raynaud-phenomenon'],
  ['PMH: none. FH: mother with Raynaud’s phenomenon.', ''],
  ['Impression: dermatomyositis with interstitial lung disease.', 'interstitial-lung-disease'],
  ['Differential: dermatomyositis vs. lupus with arthritis.', ''],
  ['Plan: HRCT to evaluate for ILD; swallow study.', ''],
  ['Assessment: possible ILD.', 'interstitial-lung-disease:uncertain'],
  [
    'Exam: Gottron papules; no heliotrope rash; power 4/5 proximally.',
    'gottron-papules, heliotrope-rash:absent, proximal-weakness-lower, proximal-weakness-upper',
  ],
  ['Social: smoker. Allergies: none.', ''],
];

// ─── rows the conventions leave open: [text, the readings a clinician could give, why] ─────────
const OPEN: [string, string[], string][] = [
  [
    // batch 6, moved here after its run (main reads a rash around the eyes as the heliotrope rash)
    'Chief complaint: difficulty swallowing and a rash around the eyes.',
    // (session 37, second findings battery: read uncertain now, the colour not given)
    ['dysphagia', 'dysphagia, heliotrope-rash', 'dysphagia, heliotrope-rash:uncertain'],
    'a periorbital rash is a heliotrope rash by its site, but the definition names its colour (violaceous, lilac, erythematous)',
  ],
  [
    // batch 3
    'He reported generalised muscle weakness, more pronounced in the proximal upper and lower limbs than the distal ones.',
    [
      'proximal-weakness-lower, proximal-weakness-upper, proximal-weaker-than-distal-legs',
      'distal-weakness, proximal-weakness-lower, proximal-weakness-upper, proximal-weaker-than-distal-legs',
    ],
    'a generalised weakness includes the distal muscles, but the sentence states them less weak, not weak',
  ],
  [
    // batch 2, moved here after its run: beside "no further episodes of fever" (fever present) the row was not
    // consistent
    'No new calcinosis was found.',
    ['calcinosis:absent', 'calcinosis'],
    '"no new" may state calcinosis absent now, or presuppose an earlier calcinosis (present, as "no further episodes")',
  ],
  [
    'Poikiloderma over the upper back and shoulders was seen.',
    ['', 'shawl-sign'],
    'the shawl sign is erythema in the shawl area; poikiloderma there may or may not be read as the sign',
  ],
  [
    'She had difficulty opening jars and buttoning her blouse.',
    ['', 'distal-weakness', 'finger-flexor-weakness'],
    'grip and fine finger tasks point at the hands without naming a muscle group',
  ],
  [
    'There were no constitutional symptoms.',
    ['', 'fever:absent, night-sweats:absent, weight-loss:absent'],
    'constitutional symptoms are usually fever, weight loss and sweats, but the phrase names none',
  ],
  [
    'Inverse Gottron papules were present on the palms.',
    ['', 'gottron-papules'],
    'palmar papules are not over the extensor surfaces, yet carry the name',
  ],
  [
    'The MMT-8 score was 110/150.',
    ['', 'proximal-weakness-lower, proximal-weakness-upper'],
    'a reduced total score names no limb',
  ],
  [
    'Strength: 5/5 throughout except hip flexors 4/5 bilaterally.',
    [
      'distal-weakness:absent, proximal-weakness-lower, proximal-weakness-upper:absent, symmetric-weakness',
      'distal-weakness:absent, neck-flexor-weakness:absent, proximal-weakness-lower, proximal-weakness-upper:absent, symmetric-weakness',
    ],
    '"throughout" states the other groups normal; whether it covers the neck flexors is not said',
  ],
  [
    'Erythematous plaques over the elbows and knees were seen.',
    ['gottron-sign', 'gottron-papules'],
    'the sign is macules and the papules are palpable; a plaque is palpable but is not a papule',
  ],
  [
    'Nailfold capillaroscopy was normal.',
    ['', 'periungual-changes:absent'],
    'a normal test result, like a normal swallow study (probe 2): it may or may not state the nail folds normal',
  ],
  [
    'Weakness was more marked proximally than distally in the legs.',
    [
      'proximal-weakness-lower, proximal-weaker-than-distal-legs',
      'distal-weakness, proximal-weakness-lower, proximal-weaker-than-distal-legs',
    ],
    '"more marked proximally than distally" implies some distal weakness without stating it',
  ],
  [
    'Grip strength was reduced bilaterally.',
    ['distal-weakness', 'distal-weakness, symmetric-weakness'],
    'the criteria’s symmetric weakness is that of the proximal muscles (as the finger flexors in probe 2)',
  ],
];

/**
 * Known gaps: text → reason. First contact (main before any rule of this wave) failed every row listed here;
 * rows fixed since were removed from the map.
 */
const GAPS = new Map<string, string>([
  [
    'Muscle\tRight\tLeft\nDeltoid\t4\t4\nIliopsoas\t3\t3\nWrist extensors\t5\t5',
    'a table of bare grades under a Right/Left header row is not read (a bare digit is no grade without "/5", MRC or "grade")',
  ],
  [
    'Shoulder abduction R 4, L 4; elbow flexion 5 bilaterally.',
    'bare digits after R / L are not read as grades',
  ],
  [
    'He found it hard to shave because his arms tired quickly.',
    '"found it hard" and arms that tire are not read as a limitation',
  ],
  [
    'HRCT will be repeated to exclude progression of the ILD.',
    'batch 2: a plan about a known ILD ("the ILD") is read as hypothetical as a whole',
  ],
  [
    'Patient 1 in the series of Tanaka had calcinosis.',
    'batch 2: a numbered patient of a cited series is not recognised as another report’s patient',
  ],
  [
    'The patient was admitted. Her CK was 3000 U/L.',
    'recorded decision (patient.ts): a lone possessive before a lab ("her CK") leaves the sex open',
  ],
]);
const probe = (title: string, rows: readonly Row[]) => findingRows(title, rows, GAPS);

probe('probe 4: examination as lists and tables', EXAM_LISTS);
probe('probe 4: grades in words', GRADE_WORDS);
probe('probe 4: functional weakness', FUNCTIONAL);
probe('probe 4: skin signs in further words', SKIN_WORDS);
probe('probe 4: imaging, biopsy and discussion phrases', NOT_FINDINGS);
probe('probe 4: keywords, abbreviations, learning points', PARATEXT);
probe('probe 4: titles, Background lines, structured abstracts', OPENINGS);
probe('probe 4: stated absent, further words', NEGATED);
probe('probe 4: hedged findings', HEDGED);
probe('probe 4: whose fact, relatives and cohorts beside the patient', WHOSE);
probe('probe 4: weakness patterns', PATTERNS);
probe('probe 4 (batch 2): register — OCR, Unicode, non-native English, telegraphic', REGISTER);
probe('probe 4 (batch 2): negatives and plans around the patient’s findings', AROUND);
probe('probe 4 (batch 2): whose fact in series and comparisons', SERIES);
probe('probe 4 (batch 3): sentences glued by a lost space', GLUED);
probe('probe 4 (batch 3): emphasis and symmetry of a weakness', EMPHASIS);
probe('probe 4 (batch 4): legends, bullet lists, warnings', LEGENDS_AND_LISTS);
probe('probe 4 (batch 5): guards of the bare-grade rule', BARE_GRADES);
probe('probe 4 (batch 6): labelled lines of a clinical note', NOTE_LINES);

describe('probe 4: rows the conventions leave open', () => {
  it.each(OPEN)('%s → one of %j (%s)', (text, readings) => {
    expect(readings.map((r) => expected(r).join(' '))).toContain(findingsOf(text).join(' '));
  });
});

// ─── age in words, sex from pronouns only ───────────────────────────────────────────────────────
const PATIENT: PRow[] = [
  ['A sexagenarian presented with weakness.', [60, 69], null],
  ['An octogenarian man presented with dysphagia.', [80, 89], 'male'],
  ['A woman in her sixth decade presented with a rash.', [50, 59], 'female'],
  ['A man in the seventh decade of life presented with weakness.', [60, 69], 'male'],
  ['A woman aged fifty-two presented with a rash.', 52, 'female'],
  ['A man of fifty-eight was referred.', 58, 'male'],
  ['A woman in her mid-sixties presented.', [63, 66], 'female'],
  ['A 3½-year-old girl presented with a rash.', [3, 4], 'female'],
  ['The patient was 45 years old. She had a rash.', 45, 'female'],
  ['The patient, now 52, was referred by his GP.', 52, 'male'],
  ['The patient was admitted. Her CK was 3000 U/L.', null, 'female'],
  ['The patient noticed that his eyelids were swollen.', null, 'male'],
  ['Our patient was referred by her rheumatologist with a rash.', null, 'female'],
  ['Case: 67 years. He reported dysphagia.', 67, 'male'],
  ['A patient aged 71 presented with a rash; she had dysphagia.', 71, 'female'],
  ['A nonagenarian woman was admitted.', [90, 99], 'female'],
  ['A woman in her early fifties presented.', [50, 54], 'female'],
  ['A man aged sixty presented with weakness.', 60, 'male'],
  ['A 45-year-old presented with a rash. Her daughter, aged 20, was well.', 45, 'female'],
  ['An 8-month-old infant presented with a rash.', [0, 1], null],
  [
    'Background: Dermatomyositis peaks in women in their fifties.\nCase presentation: A man in his thirties had a rash.',
    [30, 39],
    'male',
  ],
  ['Abstract\nWe report a 60-year-old woman with dysphagia.', 60, 'female'],
];
patientRows('probe 4: age in words and sex from pronouns', PATIENT, GAPS);

// batch 2 (written after the first batch's rules, before any rule for it)
const PATIENT2: PRow[] = [
  ['A boy of 7 years presented with a rash.', 7, 'male'],
  ['Female patient, 63 years old, with dysphagia.', 63, 'female'],
  ['The patient (a 58-year-old female) had a rash.', 58, 'female'],
  ['A 60-years old lady presented with weakness.', 60, 'female'],
  ['A 2.5-year-old girl presented with a rash.', [2, 3], 'female'],
  ['A girl aged 4 years and 6 months presented with a rash.', 4, 'female'],
  ['The patient presented with weakness. He reported dysphagia.', null, 'male'],
  ['The 45 year-old patient was a teacher; she had a rash.', 45, 'female'],
  ['Mrs. B., a fifty-six-year-old housewife, was referred.', 56, 'female'],
  ['A man, 72 y, presented with dysphagia.', 72, 'male'],
];
patientRows('probe 4 (batch 2): age and sex', PATIENT2, GAPS);
patientRows(
  'probe 4 (batch 3): age after a glued heading',
  [
    [
      'Background: Dermatomyositis is rare in men.Case presentation: A 60-year-old woman had a rash.',
      60,
      'female',
    ],
  ],
  GAPS,
);
