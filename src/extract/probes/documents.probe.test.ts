/**
 * Probe table, document structure (issue 12, session 16; helper prd4). The sentence tables probe wording; published
 * case reports also fail on the shape of the DOCUMENT: structured abstracts (background, case presentation,
 * conclusions / learning points, as run-in labels in one paragraph or on their own lines, CARE-style labels), a
 * general background paragraph whose last sentence starts the case without a heading, PDF text (a line of the
 * author column inserted mid-sentence, hyphenated line breaks, running headers, footers and page numbers, a drop
 * capital, Received / Accepted / DOI / Correspondence lines), figure and table legends (they describe the patient:
 * corpus/README.md, "Annotation decisions"), tables pasted as text, a discussion citing other cases, cohorts and
 * restating the case (the discussion is not read: docs/extraction.md, "Decision — the discussion"), keywords
 * lines, titles and one-sentence clinical images.
 *
 * Every document is synthetic (3–15 lines, written for this table); every expectation is read from
 * /work/shared/reference/extraction-conventions.md and the gold format (corpus/README.md), not from what the
 * extractor does. A row is `[document, expected, gap?]`; `expected` names only what the row checks:
 * - `f`: the criteria findings, exactly ('' = none; "id:absent" for an absent one);
 * - `labs` / `ab`: labs and antibodies in the notation of test/lab-probe-rows.ts, scored as the corpus scorer does
 *   (no miss and no false positive in either group);
 * - `age` / `sex`: the patient's (null: none stated);
 * - `cancers`: a word of each cancer's site or histology, exactly as many cancers ([] = none).
 * `gap` marks a row the extractor does not read yet (`it.fails`, a known gap listed in docs/extraction.md).
 * @module
 */
import { describe, expect, it } from 'vitest';
import { misses } from '../../../test/lab-probe-rows.js';
import { extractCase } from '../extract.js';
import { findingsOf, expected as spec } from './findings-probe.js';

interface Want {
  f?: string;
  labs?: string[];
  ab?: string;
  age?: number | null;
  sex?: 'female' | 'male' | null;
  cancers?: string[];
}
const GAP = 'gap';
type Row = readonly [doc: string, want: Want, gap?: typeof GAP];

/** A document from its lines. */
const doc = (...lines: string[]): string => lines.join('\n');

function check(text: string, w: Want): void {
  const c = extractCase(text).case;
  const got: Record<string, unknown> = {};
  const want: Record<string, unknown> = {};
  if (w.f !== undefined) {
    got.f = findingsOf(text);
    want.f = spec(w.f);
  }
  if (w.labs !== undefined || w.ab !== undefined) {
    got.labsAndAntibodies = misses(text, w.labs ?? [], w.ab ?? '');
    want.labsAndAntibodies = [];
  }
  if (w.age !== undefined) {
    got.age = c.patient.age ?? null;
    want.age = w.age;
  }
  if (w.sex !== undefined) {
    got.sex = c.patient.sex === undefined || c.patient.sex === 'unknown' ? null : c.patient.sex;
    want.sex = w.sex;
  }
  if (w.cancers !== undefined) {
    const names = c.cancers.map((k) => `${k.site ?? ''} ${k.histology ?? ''}`.toLowerCase());
    got.cancers =
      names.length === w.cancers.length && w.cancers.every((n) => names.some((x) => new RegExp(n).test(x)));
    got.cancerNames = names;
    want.cancers = true;
    want.cancerNames = names;
  }
  expect(got).toEqual(want);
}

function family(title: string, rows: readonly Row[]): void {
  describe(title, () => {
    for (const [text, w, gap] of rows) {
      const name = `${text.replace(/\n/g, ' ⏎ ').slice(0, 150)} → ${JSON.stringify(w)}`;
      if (gap === GAP) it.fails(name, () => check(text, w));
      else it(name, () => check(text, w));
    }
  });
}

const P = 'proximal-weakness-lower, proximal-weakness-upper';
const T = 'Dermatomyositis and cancer: a case report';

// ---------------------------------------------------------------------------------------------------------------
family('structured abstracts, run-in labels in one paragraph', [
  [
    doc(
      T,
      '',
      'Background: Dermatomyositis is characterised by a heliotrope rash, Gottron papules and proximal weakness. Case presentation: A 58-year-old woman presented with a heliotrope rash and dysphagia. Conclusions: Malignancy should be sought in every adult with proximal weakness.',
    ),
    { f: 'heliotrope-rash, dysphagia', age: 58, sex: 'female' },
  ],
  [
    doc(
      T,
      '',
      'Introduction: Anti-MDA5 antibodies are associated with interstitial lung disease. Case report: A 45-year-old man had Gottron papules and mechanic’s hands; anti-MDA5 was positive. Learning points: Interstitial lung disease may progress rapidly.',
    ),
    { f: 'gottron-papules, mechanics-hands', ab: 'MDA5+', age: 45, sex: 'male' },
  ],
  [
    doc(
      T,
      '',
      'Background: Ovarian cancer is the most frequent malignancy associated with dermatomyositis. Case presentation: A 62-year-old woman developed a heliotrope rash; CT showed a pancreatic mass and biopsy confirmed adenocarcinoma. Conclusion: Pancreatic cancer should be considered.',
    ),
    { f: 'heliotrope-rash', cancers: ['pancrea'], age: 62, sex: 'female' },
  ],
  [
    doc(
      T,
      '',
      'BACKGROUND: Creatine kinase may be normal in amyopathic disease. CASE PRESENTATION: A 39-year-old woman had Gottron papules; CK was 2,300 U/L. CONCLUSIONS: Dysphagia and fever are markers of severe disease.',
    ),
    { f: 'gottron-papules', labs: ['CK 2300 U/L'], age: 39, sex: 'female' },
  ],
  [
    doc(
      T,
      '',
      'Background. Dermatomyositis may precede a cancer by years. Case report. A 71-year-old man presented with proximal weakness and a shawl sign. Conclusion. Arthritis and Raynaud phenomenon are uncommon.',
    ),
    { f: `${P}, shawl-sign`, age: 71, sex: 'male' },
  ],
  [
    doc(
      T,
      '',
      'Rationale: Anti-TIF1-γ antibodies are strongly associated with cancer. Patient concerns: A 66-year-old woman complained of proximal weakness and difficulty swallowing. Diagnoses: Anti-TIF1-γ positive dermatomyositis. Interventions: Prednisolone was started. Outcomes: Strength improved. Lessons: Patients with dysphonia need close follow-up.',
    ),
    { f: `${P}, dysphagia`, ab: 'TIF1-gamma+', age: 66, sex: 'female' },
  ],
  [
    doc(
      T,
      '',
      'Objective: To describe an unusual presentation. Case summary: A 54-year-old man had a V sign and periungual erythema; anti-NXP2 was positive. Key messages: Calcinosis is common with anti-NXP2 antibodies.',
    ),
    { f: 'v-sign, periungual-changes', ab: 'NXP2+', age: 54, sex: 'male' },
  ],
  [
    doc(
      T,
      '',
      'Background: In a series of 120 patients, CK above 10,000 U/L was seen in 30%. Case presentation: A 48-year-old woman had myalgia and CK of 6,100 U/L. Conclusion: Fever and weight loss suggest an occult cancer.',
    ),
    { f: 'myalgia', labs: ['CK 6100 U/L'], age: 48, sex: 'female' },
  ],
]);

family('structured abstracts, labels on their own lines', [
  [
    doc(
      T,
      '',
      'Background',
      'Dermatomyositis is characterised by a heliotrope rash, Gottron papules and proximal weakness.',
      'Case presentation',
      'A 58-year-old woman presented with a heliotrope rash and dysphagia.',
      'Conclusions',
      'Malignancy should be sought in every adult with proximal weakness.',
    ),
    { f: 'heliotrope-rash, dysphagia', age: 58, sex: 'female' },
  ],
  [
    doc(
      T,
      '',
      'Abstract',
      'Background',
      'Lung cancer is frequent in Asian patients with dermatomyositis.',
      'Case presentation',
      'A 67-year-old man with Gottron papules was found to have a gastric adenocarcinoma.',
      'Conclusion',
      'Screening for lung cancer is recommended.',
    ),
    { f: 'gottron-papules', cancers: ['gastric|stomach'], age: 67, sex: 'male' },
  ],
  [
    doc(
      T,
      '',
      'Introduction',
      'Mechanic’s hands and arthritis are typical of the antisynthetase syndrome.',
      'Case report',
      'A 50-year-old woman presented with Raynaud phenomenon and interstitial lung disease. Anti-PL-7 was positive.',
      'Learning points',
      '• Arthritis may precede the myositis.',
      '• Mechanic’s hands are an important clue.',
    ),
    { f: 'raynaud-phenomenon, interstitial-lung-disease', ab: 'PL-7+', age: 50, sex: 'female' },
  ],
  [
    doc(
      T,
      '',
      'INTRODUCTION',
      'Patients typically present with fever, weight loss and myalgia.',
      'CASE REPORT',
      'A 35-year-old man presented with a heliotrope rash. His CK was 980 U/L.',
      'KEY MESSAGES',
      'Fever is not required for the diagnosis.',
    ),
    { f: 'heliotrope-rash', labs: ['CK 980 U/L'], age: 35, sex: 'male' },
  ],
  [
    doc(
      T,
      '',
      'Case presentation',
      'A 44-year-old woman had proximal weakness and Gottron papules.',
      'Discussion and conclusions',
      'Dysphagia occurs in a third of patients; ovarian cancer is the commonest associated tumour.',
    ),
    { f: `${P}, gottron-papules`, cancers: [], age: 44, sex: 'female' },
  ],
  [
    doc(
      T,
      '',
      'Case description:',
      'A 60-year-old man presented with a shawl sign and dysphonia.',
      'Take-home messages:',
      'Dysphagia can be the first sign of the disease.',
    ),
    { f: 'shawl-sign, dysphonia', age: 60, sex: 'male' },
  ],
]);

// ---------------------------------------------------------------------------------------------------------------
family('a background paragraph whose last sentence begins the case (no heading)', [
  [
    doc(
      'Dermatomyositis with a shawl sign',
      '',
      'Dermatomyositis is an idiopathic inflammatory myopathy with skin signs such as a heliotrope rash and Gottron papules. It is associated with cancer in up to a quarter of adults. We report a 66-year-old man who presented with proximal weakness and a shawl sign.',
    ),
    { f: `${P}, shawl-sign`, age: 66, sex: 'male', cancers: [] },
  ],
  [
    doc(
      T,
      '',
      'Interstitial lung disease, arthritis and Raynaud phenomenon characterise the antisynthetase syndrome. Here we describe a woman aged 49 with mechanic’s hands and dysphagia.',
    ),
    { f: 'mechanics-hands, dysphagia', age: 49, sex: 'female' },
  ],
  [
    doc(
      T,
      '',
      'Breast and ovarian cancers are the tumours most often found with dermatomyositis in women. A 57-year-old woman was referred with a heliotrope rash and a newly diagnosed lung adenocarcinoma.',
    ),
    { f: 'heliotrope-rash', cancers: ['lung'], age: 57, sex: 'female' },
  ],
  [
    doc(
      T,
      '',
      'Fever and weight loss are frequent in cancer-associated myositis. Anti-TIF1-γ antibodies are found in most such patients. We present the case of a 72-year-old man with Gottron papules and anti-Mi-2 antibodies.',
    ),
    { f: 'gottron-papules', ab: 'Mi-2+', age: 72, sex: 'male' },
  ],
  [
    doc(
      T,
      '',
      'CK is usually raised, often above 5,000 U/L. In clinically amyopathic disease it may be normal. A 41-year-old woman presented with a V sign; her CK was 150 U/L.',
    ),
    { f: 'v-sign', labs: ['CK 150 U/L'], age: 41, sex: 'female' },
  ],
  [
    doc(
      T,
      '',
      'Calcinosis is common in juvenile dermatomyositis and rare in adults. Dysphagia is a marker of poor prognosis. This report concerns a 63-year-old woman with proximal weakness.',
    ),
    { f: P, age: 63, sex: 'female' },
  ],
]);

// ---------------------------------------------------------------------------------------------------------------
const CASE = 'Case report';
family('PDF text: a line of the author or affiliation column inserted mid-sentence', [
  [
    doc(
      T,
      CASE,
      'A 52-year-old woman presented with proximal',
      'Department of Rheumatology, University Hospital, Lyon, France',
      'weakness and a heliotrope rash.',
    ),
    { f: `${P}, heliotrope-rash`, age: 52, sex: 'female' },
  ],
  [
    doc(
      T,
      CASE,
      'A 61-year-old man had Gottron papules and',
      '*Corresponding author: J. Martin, MD',
      'difficulty swallowing solids.',
    ),
    { f: 'gottron-papules, dysphagia', age: 61, sex: 'male' },
  ],
  [
    doc(
      T,
      CASE,
      'Her creatine kinase was',
      'Division of Dermatology, 2 Hospital Road, Leeds LS1 3EX, UK',
      '7,400 U/L and anti-TIF1-γ was positive.',
    ),
    { labs: ['CK 7400 U/L'], ab: 'TIF1-gamma+' },
  ],
  [
    doc(
      T,
      CASE,
      'A 47-year-old woman, a non-smoker,',
      'Tel.: +44 113 243 3144; fax: +44 113 243 0000',
      'presented with a rash on the eyelids and myalgia.',
    ),
    { f: 'heliotrope-rash, myalgia', labs: [], age: 47, sex: 'female' },
  ],
  // guards: prose lines with a furniture-like word are no furniture
  [
    doc(
      T,
      CASE,
      'A 70-year-old woman had proximal weakness that led to falls,',
      'hospitalization and weight loss. She also had a',
      'heliotrope rash.',
    ),
    { f: `${P}, weight-loss, heliotrope-rash`, age: 70, sex: 'female' },
  ],
  [
    doc(
      T,
      CASE,
      'A 57-year-old man had Gottron papules and',
      'Department of Rheumatology follow-up showed',
      'dysphagia.',
    ),
    { f: 'gottron-papules, dysphagia', age: 57, sex: 'male' },
  ],
]);

family('PDF text: hyphenated line breaks', [
  [
    doc(
      T,
      CASE,
      'A 55-year-old woman had a helio-',
      'trope rash and Gottron pap-',
      'ules over the knuckles.',
    ),
    { f: 'heliotrope-rash, gottron-papules', age: 55, sex: 'female' },
  ],
  [
    doc(T, CASE, 'A 68-year-old man developed pro-', 'gressive proximal weak-', 'ness and dys-', 'phagia.'),
    { f: `${P}, dysphagia`, age: 68, sex: 'male' },
  ],
  [
    doc(T, CASE, 'His creatine ki-', 'nase was 5,200 U/L and aldo-', 'lase 22 U/L.'),
    { labs: ['CK 5200 U/L', 'aldolase 22 U/L'] },
  ],
  [
    doc(T, CASE, 'Anti-transcriptional intermediary fac-', 'tor 1-γ antibodies were positive.'),
    { ab: 'TIF1-gamma+' },
  ],
  [
    doc(T, CASE, 'A CT scan revealed an ovarian adeno-', 'carcinoma with peritoneal metastases.'),
    { cancers: ['ovar'] },
  ],
  [
    doc(T, CASE, 'A 49-year-old woman had inter-', 'stitial lung disease on HRCT.'),
    { f: 'interstitial-lung-disease', age: 49, sex: 'female' },
  ],
  [
    doc(T, CASE, 'She had Raynaud phe-', 'nomenon and mechanic’s', 'hands.'),
    { f: 'raynaud-phenomenon, mechanics-hands' },
  ],
]);

family('PDF text: running headers, footers and page numbers between sentences', [
  [
    doc(
      T,
      CASE,
      'A 59-year-old woman developed proximal weakness and',
      'Journal of Clinical Cases 2021; 12: 45–49',
      '46',
      'dysphagia over two months.',
    ),
    { f: `${P}, dysphagia`, age: 59, sex: 'female', labs: [] },
  ],
  [
    doc(T, CASE, 'A 64-year-old man had Gottron papules.', 'Page 2 of 6', 'His CK was 3,100 U/L.'),
    { f: 'gottron-papules', labs: ['CK 3100 U/L'], age: 64, sex: 'male' },
  ],
  [
    doc(
      T,
      CASE,
      'A 46-year-old woman had a heliotrope',
      'Smith et al. Case Rep Rheumatol (2020) 14:112',
      'rash and myalgia.',
    ),
    { f: 'heliotrope-rash, myalgia', age: 46, sex: 'female', labs: [] },
  ],
  [
    doc(
      T,
      CASE,
      'Serum aldolase was 14.5 U/L.',
      '© 2022 The Authors. Published by Example Press.',
      '3',
      'Anti-Mi-2 was positive.',
    ),
    { labs: ['aldolase 14.5 U/L'], ab: 'Mi-2+' },
  ],
  [
    doc(T, CASE, 'A 70-year-old man had a shawl sign.', 'Vol. 8, No. 3, 2019', 'He had no dysphagia.'),
    { f: 'shawl-sign, dysphagia:absent', age: 70, sex: 'male', labs: [] },
  ],
  [
    doc(
      T,
      CASE,
      'A 53-year-old woman presented with',
      'CASE REPORTS IN RHEUMATOLOGY',
      'periorbital heliotrope rash.',
    ),
    { f: 'heliotrope-rash', age: 53, sex: 'female' },
  ],
]);

family('PDF text: drop capitals', [
  [doc(T, CASE, 'A', '61-year-old man presented with proximal weakness.'), { f: P, age: 61, sex: 'male' }],
  [
    doc(T, CASE, 'T', 'he patient, a 70-year-old woman, had a heliotrope rash.'),
    { f: 'heliotrope-rash', age: 70, sex: 'female' },
  ],
  [doc(T, CASE, 'A 4', '5-year-old woman had Gottron papules.'), { f: 'gottron-papules', sex: 'female' }],
  [
    doc(T, CASE, 'W e report a 56-year-old man with dysphagia and a V sign.'),
    { f: 'dysphagia, v-sign', age: 56, sex: 'male' },
  ],
]);

family('PDF text: Received / Accepted / DOI / Correspondence lines', [
  [
    doc(
      T,
      'Received: 12 March 2020; Accepted: 4 May 2020',
      'DOI: 10.1000/jcr.2020.1234',
      CASE,
      'A 62-year-old woman had a heliotrope rash.',
    ),
    { f: 'heliotrope-rash', labs: [], age: 62, sex: 'female' },
  ],
  [
    doc(
      T,
      'Correspondence: Dr A. Smith, 45 Main Street, Boston, MA 02114, USA. Tel: 617-555-0100',
      CASE,
      'A 51-year-old man had Gottron papules.',
    ),
    { f: 'gottron-papules', labs: [], age: 51, sex: 'male' },
  ],
  [
    doc(
      T,
      'Received 2 January 2021 | Revised 20 February 2021 | Accepted 3 March 2021',
      'Published online 10 March 2021',
      CASE,
      'A 45-year-old woman presented with proximal weakness.',
    ),
    { f: P, labs: [], age: 45, sex: 'female' },
  ],
  [
    doc(
      T,
      'Citation: Lee K, Park J. Case Rep Dermatol. 2019;11(2):120–6.',
      'ISSN 1662-6567',
      CASE,
      'A 58-year-old man had a shawl sign; CK was 1,800 U/L.',
    ),
    { f: 'shawl-sign', labs: ['CK 1800 U/L'], age: 58, sex: 'male' },
  ],
  [
    doc(
      T,
      'Conflict of interest: none. Funding: none.',
      'Ethics approval: committee reference 2020/45; written consent was obtained from the patient.',
      CASE,
      'A 36-year-old woman had myalgia.',
    ),
    { f: 'myalgia', labs: [], age: 36, sex: 'female' },
  ],
]);

// ---------------------------------------------------------------------------------------------------------------
family('figure and table legends (they describe the patient)', [
  [
    doc(
      T,
      CASE,
      'A 60-year-old woman presented with a rash and proximal weakness.',
      'Figure 1. Gottron papules over the MCP joints.',
    ),
    { f: `${P}, gottron-papules`, age: 60, sex: 'female' },
  ],
  [
    doc(
      T,
      CASE,
      'A 52-year-old man presented with weakness of the thighs.',
      'Fig. 2: Violaceous periorbital erythema (heliotrope rash).',
    ),
    { f: 'proximal-weakness-lower, heliotrope-rash', age: 52, sex: 'male' },
  ],
  [
    doc(
      T,
      CASE,
      'A 47-year-old woman had a cough.',
      'Figure 3 (A) Axial HRCT showing bilateral ground-glass opacities consistent with interstitial lung disease.',
    ),
    { f: 'interstitial-lung-disease', age: 47, sex: 'female' },
  ],
  [
    doc(
      T,
      CASE,
      'A 58-year-old man had Gottron papules.',
      'Figure 4. Muscle biopsy showing perifascicular atrophy (H&E, ×200).',
    ),
    { f: 'gottron-papules', labs: [], age: 58, sex: 'male' },
  ],
  [
    doc(
      T,
      CASE,
      'A 66-year-old woman presented with dyspnoea.',
      'Figure 2. Mechanic’s hands: hyperkeratotic fissured skin of the radial fingers.',
    ),
    { f: 'mechanics-hands', age: 66, sex: 'female' },
  ],
  [
    doc(
      T,
      CASE,
      'A 55-year-old woman had proximal weakness.',
      'Figure 1',
      'Shawl sign: erythema over the upper back and shoulders.',
    ),
    { f: `${P}, shawl-sign`, age: 55, sex: 'female' },
  ],
  [
    doc(
      T,
      CASE,
      'A 70-year-old man had dysphagia.',
      'Fig. 3. V-sign on the anterior chest. Fig. 4. Periungual telangiectasia.',
    ),
    { f: 'dysphagia, v-sign, periungual-changes', age: 70, sex: 'male' },
  ],
  [
    doc(
      T,
      CASE,
      'A 61-year-old woman presented with proximal weakness.',
      'Figure 5. PET-CT showing a hypermetabolic mass of the right ovary (arrow).',
    ),
    { f: P, age: 61, sex: 'female' },
  ],
  [
    doc(
      T,
      CASE,
      'A 50-year-old woman had myalgia.',
      'Figure 2. Timeline of the patient’s symptoms and treatment.',
    ),
    { f: 'myalgia', labs: [], age: 50, sex: 'female' },
  ],
]);

family('tables pasted as text between paragraphs', [
  [
    doc(
      T,
      CASE,
      'A 57-year-old woman had Gottron papules.',
      'Table 1. Laboratory results at admission',
      'Parameter Value Reference range',
      'CK 5,430 U/L <170',
      'Aldolase 18.2 U/L <7.6',
      'She was started on prednisolone.',
    ),
    { f: 'gottron-papules', labs: ['CK 5430 U/L ULN 170', 'aldolase 18.2 U/L ULN 7.6'] },
  ],
  [
    doc(
      T,
      CASE,
      'A 62-year-old man had a heliotrope rash.',
      'Table 1',
      'Test\tResult\tNormal range',
      'CK\t8900 U/L\t30–170',
      'LDH\t640 U/L\t120–250',
      'Treatment was started.',
    ),
    { f: 'heliotrope-rash', labs: ['CK 8900 U/L ULN 170', 'LDH 640 U/L ULN 250'] },
  ],
  [
    doc(
      T,
      CASE,
      'A 49-year-old woman had proximal weakness.',
      'Antibody | Result',
      'ANA | positive',
      'Anti-Jo-1 | negative',
      'Anti-TIF1-γ | positive',
      'Anti-Mi-2 | negative',
    ),
    { f: P, ab: 'ANA+ Jo-1- TIF1-gamma+ Mi-2-' },
  ],
  [
    doc(
      T,
      CASE,
      'A 54-year-old man was examined.',
      'Muscle\tRight\tLeft',
      'Deltoid\t3/5\t3/5',
      'Iliopsoas\t3/5\t3/5',
      'Wrist extensors\t5/5\t5/5',
    ),
    { f: `${P}, symmetric-weakness, distal-weakness:absent` },
  ],
  [
    doc(
      T,
      CASE,
      'A 54-year-old man was examined.',
      'Muscle\tRight\tLeft',
      'Deltoid\t3/5\t5/5',
      'Iliopsoas\t3/5\t5/5',
    ),
    { f: `${P}, symmetric-weakness:absent` },
  ],
  [
    doc(
      T,
      CASE,
      'A 45-year-old woman had a V sign.',
      'Table 2. Previously reported cases',
      'Author Age/Sex Cancer CK (U/L)',
      'Smith 2010 63/F Ovary 4500',
      'Lee 2015 70/M Lung 12000',
    ),
    { f: 'v-sign', labs: [], cancers: [], age: 45, sex: 'female' },
  ],
  [
    doc(
      T,
      CASE,
      'A 59-year-old woman had myalgia.',
      'Table 1. Laboratory data',
      'CK: 3,200 IU/L (normal <190)',
      'CRP: 24 mg/L (normal <5)',
      'Anti-NXP2: positive',
    ),
    { f: 'myalgia', labs: ['CK 3200 U/L ULN 190', 'CRP 24 mg/L ULN 5'], ab: 'NXP2+' },
  ],
]);

// ---------------------------------------------------------------------------------------------------------------
family('a discussion citing other cases, cohorts, and restating the case (not read)', [
  [
    doc(
      T,
      CASE,
      'A 48-year-old woman presented with a heliotrope rash and proximal weakness.',
      'Discussion',
      'Smith et al. reported a 60-year-old man with gastric cancer and dysphagia.',
    ),
    { f: `${P}, heliotrope-rash`, cancers: [], age: 48, sex: 'female' },
  ],
  [
    doc(
      T,
      CASE,
      'A 55-year-old man had Gottron papules; CK was 2,100 U/L.',
      'Discussion',
      'In a cohort of 300 patients, 15% had ovarian cancer and the median CK was 4,000 U/L.',
    ),
    { f: 'gottron-papules', labs: ['CK 2100 U/L'], cancers: [], age: 55, sex: 'male' },
  ],
  [
    doc(
      T,
      CASE,
      'A 62-year-old woman had a shawl sign.',
      'Discussion',
      'Our patient had no dysphagia and no interstitial lung disease.',
    ),
    { f: 'shawl-sign', age: 62, sex: 'female' },
  ],
  [
    doc(
      T,
      CASE,
      'A 58-year-old woman had proximal weakness.',
      'Discussion',
      'Anti-NXP2 antibodies are associated with calcinosis and subcutaneous oedema.',
    ),
    { f: P, ab: '', age: 58, sex: 'female' },
  ],
  [
    doc(
      T,
      CASE,
      'A 50-year-old man had a heliotrope rash.',
      'Discussion',
      'Lee et al. described a woman with anti-TIF1-γ antibodies and a CK of 12,000 U/L.',
    ),
    { f: 'heliotrope-rash', labs: [], ab: '', age: 50, sex: 'male' },
  ],
  [
    doc(
      T,
      'Case presentation',
      'A 67-year-old woman had Gottron papules and a breast carcinoma.',
      'Discussion',
      'A previous report described a 45-year-old man with nasopharyngeal carcinoma.',
      'Conclusion',
      'Screening for lung cancer should be done.',
    ),
    { f: 'gottron-papules', cancers: ['breast'], age: 67, sex: 'female' },
  ],
  [
    doc(
      T,
      CASE,
      'A 52-year-old woman had proximal weakness.',
      'DISCUSSION',
      'Fever, weight loss and arthritis were reported in 40% of patients in a Japanese series.',
    ),
    { f: P, age: 52, sex: 'female' },
  ],
  [
    doc(
      T,
      CASE,
      'A 46-year-old man had dysphagia.',
      'Discussion',
      'Like the case of Chen et al., our patient had interstitial lung disease.',
    ),
    { f: 'dysphagia', age: 46, sex: 'male' },
  ],
]);

// ---------------------------------------------------------------------------------------------------------------
family('keywords lines (they name the subject, not the patient)', [
  [
    doc(
      T,
      'Keywords: dermatomyositis; heliotrope rash; Gottron papules; ovarian cancer',
      CASE,
      'A 53-year-old woman had proximal weakness.',
    ),
    { f: P, cancers: [], age: 53, sex: 'female' },
  ],
  [
    doc(
      T,
      'Key words: anti-TIF1-γ, dysphagia, interstitial lung disease',
      CASE,
      'A 60-year-old man had a shawl sign.',
    ),
    { f: 'shawl-sign', ab: '', age: 60, sex: 'male' },
  ],
  [
    doc(
      T,
      CASE,
      'A 44-year-old woman had myalgia.',
      'KEYWORDS',
      'Mechanic’s hands, Raynaud phenomenon, antisynthetase syndrome',
    ),
    { f: 'myalgia', age: 44, sex: 'female' },
  ],
  [
    doc(
      T,
      'Abstract',
      'A 65-year-old man had Gottron papules and lung cancer.',
      'Keywords: Calcinosis · Breast cancer · Anti-NXP2',
    ),
    { f: 'gottron-papules', cancers: ['lung'], ab: '', age: 65, sex: 'male' },
  ],
]);

family('titles with and without a case word', [
  [
    doc(
      'Anti-TIF1-γ dermatomyositis revealing ovarian cancer in a 63-year-old woman: a case report',
      '',
      CASE,
      'The patient presented with a heliotrope rash.',
    ),
    { f: 'heliotrope-rash', ab: 'TIF1-gamma+', cancers: ['ovar'], age: 63, sex: 'female' },
  ],
  [
    doc(
      'Anti-MDA5 dermatomyositis with rapidly progressive interstitial lung disease',
      '',
      CASE,
      'A 41-year-old woman presented with Gottron papules.',
    ),
    { f: 'gottron-papules, interstitial-lung-disease', ab: 'MDA5+', age: 41, sex: 'female' },
  ],
  [
    doc(
      'Dermatomyositis in a man with gastric cancer',
      '',
      CASE,
      'A 70-year-old man presented with a shawl sign.',
    ),
    { f: 'shawl-sign', cancers: ['gastric|stomach'], age: 70, sex: 'male' },
  ],
  [
    doc(
      'Case report: anti-NXP2 positive dermatomyositis with calcinosis',
      '',
      'A 30-year-old woman had proximal weakness.',
    ),
    { f: `${P}, calcinosis`, ab: 'NXP2+', age: 30, sex: 'female' },
  ],
]);

family('title and a one-sentence clinical image', [
  [
    doc(
      'Heliotrope rash',
      '',
      'A 50-year-old woman presented with a violaceous eruption of the upper eyelids and proximal weakness.',
    ),
    { f: `heliotrope-rash, ${P}`, age: 50, sex: 'female' },
  ],
  [
    doc(
      'Images in clinical medicine: Gottron papules',
      '',
      'A 64-year-old man had violaceous papules over the knuckles; CK was 2,900 U/L.',
    ),
    { f: 'gottron-papules', labs: ['CK 2900 U/L'], age: 64, sex: 'male' },
  ],
  [
    doc(
      'Mechanic’s hands',
      '',
      'A 47-year-old woman with anti-PL-12 antibodies had fissured hyperkeratotic fingers.',
    ),
    { f: 'mechanics-hands', ab: 'PL-12+', age: 47, sex: 'female' },
  ],
  [
    doc(
      'Calcinosis cutis in juvenile dermatomyositis',
      '',
      'A 9-year-old girl had hard nodules on the elbows.',
    ),
    { f: 'calcinosis', age: 9, sex: 'female' },
  ],
  [
    doc(
      'The shawl sign',
      '',
      'A 59-year-old man presented with erythema over the upper back and shoulders (Figure 1).',
    ),
    { f: 'shawl-sign', age: 59, sex: 'male' },
  ],
]);

// ---------------------------------------------------------------------------------------------------------------
// Second batch: heading shapes, article furniture between sections, pasted reference tables, manuscript line
// numbers, ligatures and soft hyphens.
// ---------------------------------------------------------------------------------------------------------------
family('heading shapes: numbered, marked up, other case words', [
  [
    doc(
      T,
      '1. Introduction',
      'Dysphagia occurs in a third of patients.',
      '2. Case presentation',
      'A 57-year-old woman had a heliotrope rash.',
      '3. Discussion',
      'Fever is a poor prognostic sign.',
    ),
    { f: 'heliotrope-rash', age: 57, sex: 'female' },
  ],
  [
    doc(
      T,
      '**Case presentation**',
      'A 63-year-old man had Gottron papules.',
      '**Discussion**',
      'Interstitial lung disease is frequent in Asian patients.',
    ),
    { f: 'gottron-papules', age: 63, sex: 'male' },
  ],
  [
    doc(
      T,
      '## Case description',
      'A 48-year-old woman had a shawl sign.',
      '## Discussion',
      'Calcinosis is rare in adults.',
    ),
    { f: 'shawl-sign', age: 48, sex: 'female' },
  ],
  [
    doc(
      T,
      'Clinical case',
      'A 69-year-old man presented with dysphagia and a V sign.',
      'Comment',
      'Arthritis is typical of the antisynthetase syndrome.',
    ),
    { f: 'dysphagia, v-sign', age: 69, sex: 'male' },
  ],
  [
    doc(
      T,
      'Case history',
      'A 52-year-old woman had mechanic’s hands.',
      'Discussion and review of the literature',
      'Raynaud phenomenon was reported in 20 of 45 published cases.',
    ),
    { f: 'mechanics-hands', age: 52, sex: 'female' },
  ],
  [
    doc(
      T,
      'Introduction',
      'Dermatomyositis is associated with cancer in adults and with calcinosis in children.',
      'A 64-year-old man presented with proximal weakness and a heliotrope rash.',
    ),
    { f: `${P}, heliotrope-rash`, age: 64, sex: 'male' },
  ],
  [
    doc(
      T,
      'Report of a case',
      'A 58-year-old woman had periungual erythema.',
      'Literature review',
      'Lee et al. described dysphagia and fever in a 70-year-old man.',
    ),
    { f: 'periungual-changes', age: 58, sex: 'female' },
  ],
  [
    doc(
      T,
      'CASE',
      'A 45-year-old man had myalgia and fever.',
      'DISCUSSION',
      'Weight loss suggests an occult cancer.',
    ),
    { f: 'myalgia, fever', age: 45, sex: 'male' },
  ],
]);

family('article furniture between sections (boxes, abbreviations, references, declarations)', [
  [
    doc(
      T,
      'What is already known',
      '• Dysphagia and weight loss are markers of cancer in dermatomyositis.',
      'Case presentation',
      'A 60-year-old woman had Gottron papules.',
    ),
    { f: 'gottron-papules', age: 60, sex: 'female' },
  ],
  [
    doc(
      T,
      CASE,
      'A 55-year-old man had a heliotrope rash.',
      'Abbreviations: CK, creatine kinase; ILD, interstitial lung disease; DM, dermatomyositis.',
    ),
    { f: 'heliotrope-rash', labs: [], age: 55, sex: 'male' },
  ],
  [
    doc(
      T,
      CASE,
      'A 62-year-old woman had a shawl sign.',
      'References',
      '1. Smith A, Jones B. Dysphagia in dermatomyositis. J Rheumatol. 2010;37:123–9.',
      '2. Chen L. Ovarian cancer and myositis: a cohort of 80 women. Lancet. 2015;385:50–8.',
    ),
    { f: 'shawl-sign', cancers: [], age: 62, sex: 'female' },
  ],
  [
    doc(
      T,
      CASE,
      'A 47-year-old man had Gottron papules.',
      'Consent',
      'Written informed consent was obtained from the patient for publication.',
      'Competing interests',
      'None declared.',
    ),
    { f: 'gottron-papules', age: 47, sex: 'male' },
  ],
  [
    doc(
      T,
      CASE,
      'A 51-year-old woman had proximal weakness.',
      'Learning points',
      '▸ Interstitial lung disease may precede the myositis.',
      '▸ Mechanic’s hands point to an antisynthetase antibody.',
    ),
    { f: P, age: 51, sex: 'female' },
  ],
  [
    doc(
      T,
      CASE,
      'A 66-year-old man had dysphagia.',
      'Patient’s perspective',
      'I could not climb the stairs and my eyelids were purple.',
    ),
    { f: 'dysphagia, proximal-weakness-lower, heliotrope-rash', age: 66, sex: 'male' },
    GAP,
  ],
]);

family('pasted tables that are not the patient (differentials, criteria, published cases)', [
  [
    doc(
      T,
      CASE,
      'A 50-year-old woman had a heliotrope rash.',
      'Table 2. Differential diagnosis',
      'Condition | Features',
      'Inclusion body myositis | finger flexor weakness, dysphagia',
      'Polymyositis | proximal weakness, no rash',
    ),
    { f: 'heliotrope-rash', age: 50, sex: 'female' },
  ],
  [
    doc(
      T,
      CASE,
      'A 59-year-old man had Gottron papules.',
      'Table 3. EULAR/ACR 2017 criteria',
      'Heliotrope rash 3.1',
      'Dysphagia 0.7',
      'Anti-Jo-1 antibody 3.9',
    ),
    { f: 'gottron-papules', ab: '', age: 59, sex: 'male' },
  ],
  [
    doc(
      T,
      CASE,
      'A 44-year-old woman had mechanic’s hands.',
      'Table 1. Reported cases of anti-PL-7 myositis',
      'Case | Age/Sex | ILD | Cancer',
      '1 | 55/F | yes | breast',
      '2 | 61/M | no | lung',
    ),
    { f: 'mechanics-hands', cancers: [], age: 44, sex: 'female' },
  ],
  [
    doc(
      T,
      CASE,
      'A 53-year-old woman had a heliotrope rash.',
      'Table 1. Timeline',
      'March 2019 | Gottron papules',
      'June 2019 | Proximal weakness and dysphagia',
      'July 2019 | Diagnosis',
    ),
    { f: `heliotrope-rash, gottron-papules, ${P}, dysphagia`, age: 53, sex: 'female' },
  ],
  // guard: the reference table ends at a blank line, and the case goes on
  [
    doc(
      T,
      CASE,
      'A 61-year-old woman had Gottron papules.',
      'Table 2. Differential diagnosis',
      'Polymyositis | proximal weakness',
      '',
      'Her CK was 2,000 U/L and she developed dysphagia.',
    ),
    { f: 'gottron-papules, dysphagia', labs: ['CK 2000 U/L'], age: 61, sex: 'female' },
  ],
]);

family('manuscript line numbers, ligatures, soft hyphens and odd spaces', [
  [
    doc(
      T,
      CASE,
      '12 A 52-year-old woman presented with',
      '13 proximal weakness and a heliotrope',
      '14 rash.',
    ),
    { f: `${P}, heliotrope-rash`, age: 52, sex: 'female' },
  ],
  [
    doc(T, CASE, 'A 60-year-old man had ﬁnger ﬂexor weakness and dysphagia.'),
    { f: 'finger-flexor-weakness, dysphagia', age: 60, sex: 'male' },
  ],
  [
    doc(T, CASE, 'A 47-year-old woman had a helio\u00adtrope rash and Gottron\u00ad papules.'),
    { f: 'heliotrope-rash, gottron-papules', age: 47, sex: 'female' },
  ],
  [doc(T, CASE, 'Her CK was 5\u00a0400\u00a0U/L.'), { labs: ['CK 5400 U/L'] }],
  [doc(T, CASE, 'She was positive for anti-', 'TIF1-γ antibodies.'), { ab: 'TIF1-gamma+' }],
  [doc(T, CASE, 'A 58-year-old woman had proximal weak\u2010', 'ness.'), { f: P, age: 58, sex: 'female' }],
  [
    doc(T, CASE, 'A 49-year-old man with inﬂammatory myopathy had dysphagia.'),
    { f: 'dysphagia', age: 49, sex: 'male' },
  ],
  [
    doc(T, CASE, 'A 61-year-old woman had a heliotrope rash.\u2028Her CK was 3,400 U/L.'),
    { f: 'heliotrope-rash', labs: ['CK 3400 U/L'], age: 61, sex: 'female' },
  ],
]);

family('PDF text: a legend or a table caption inserted mid-sentence', [
  [
    doc(
      T,
      CASE,
      'A 54-year-old woman had proximal',
      'Figure 1. Heliotrope rash of the upper eyelids.',
      'weakness of the arms.',
    ),
    { f: 'proximal-weakness-upper, heliotrope-rash', age: 54, sex: 'female' },
    GAP,
  ],
  [
    doc(T, CASE, 'A 67-year-old man had dysphagia and', 'Fig. 2 Gottron papules over the knuckles', 'fever.'),
    { f: 'dysphagia, fever, gottron-papules', age: 67, sex: 'male' },
  ],
  [
    doc(T, CASE, 'His creatine kinase was', 'Table 1 Laboratory values', '6,800 U/L.'),
    { labs: ['CK 6800 U/L'] },
    GAP,
  ],
  [
    doc(
      T,
      CASE,
      'A 43-year-old woman presented with',
      'e-mail: a.smith@example.org',
      'ORCID: 0000-0002-1825-0097',
      'myalgia and fever.',
    ),
    { f: 'myalgia, fever', labs: [], age: 43, sex: 'female' },
  ],
]);

family('titles and abstract lines, further shapes', [
  [
    doc(
      'Rapidly progressive interstitial lung disease in a 9-year-old boy with juvenile dermatomyositis',
      '',
      'Case presentation',
      'The patient had Gottron papules.',
    ),
    { f: 'interstitial-lung-disease, gottron-papules', age: 9, sex: 'male' },
  ],
  [
    doc(T, 'Abstract: We describe a 50-year-old woman with a heliotrope rash and dysphagia.'),
    { f: 'heliotrope-rash, dysphagia', age: 50, sex: 'female' },
  ],
  [
    doc(
      'Dysphagia in dermatomyositis: a case-based review',
      '',
      'Case',
      'A 73-year-old woman had dysphagia and a V sign.',
      'Review',
      'Of 210 patients in 12 series, 30% had interstitial lung disease and 8% had calcinosis.',
    ),
    { f: 'dysphagia, v-sign', age: 73, sex: 'female' },
  ],
  [
    doc(
      'Keywords Dermatomyositis · Gottron papules · Lung cancer',
      '',
      'A 56-year-old man had proximal weakness.',
    ),
    { f: P, cancers: [], age: 56, sex: 'male' },
  ],
]);
