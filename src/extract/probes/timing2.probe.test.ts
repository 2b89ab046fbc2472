/**
 * Probe table, second wave (issue 12, session 15): families of timing and oncology wording the first table
 * (`timing.probe.test.ts`) did not cover — intervals counted from the diagnosis of the myositis in other shapes, the
 * myositis as the subject of an order, timelines with calendar years, ages as dates, recurrence and progression,
 * "at the time of" and "subsequently", onset in reported speech, labelled lines, tables and parentheses, stage and
 * extent, more sites and histologies, and negatives. Every snippet is synthetic; every expectation is read from
 * extraction-conventions.md and the gold format (corpus/README.md), not from what the extractor does.
 *
 * Rows are `[snippet, expected, gap?]`: `gap` marks a row the extractor does not read yet (`it.fails`, a known gap
 * listed in docs/extraction.md). Rows marked `open` are readings the conventions leave open; the comment gives the
 * reading chosen (the gold's practice where it has one).
 * @module
 */
import {
  checkCancer,
  checkOnset,
  checkSite,
  checkStage,
  type Expected,
  family,
  GAP,
  type StageExpected,
} from './__fixtures__/timing-harness.js';

const W = 'A 56-year-old woman presented with a heliotrope rash and proximal weakness. ';
const DM = 'A 60-year-old patient was diagnosed with dermatomyositis. ';

// ---------------------------------------------------------------------------------------------------------------
// Cancer after the myositis: the interval counted from the myositis in other shapes
// ---------------------------------------------------------------------------------------------------------------

family<Expected | null>(
  'after the myositis, "N months after the diagnosis of DM" and its variants',
  [
    [
      W + 'Eighteen months after dermatomyositis was diagnosed, a breast carcinoma was found.',
      { name: 'breast', relation: 'after', months: 18 },
    ],
    [
      W + 'Six months following the diagnosis of dermatomyositis, she was found to have ovarian cancer.',
      { name: 'ovar', relation: 'after', months: 6 },
    ],
    [
      W + 'After two years of dermatomyositis, a lung adenocarcinoma was diagnosed.',
      { name: 'lung', relation: 'after', months: 24 },
    ],
    [
      W + 'A gastric adenocarcinoma was diagnosed 10 months after the onset of her skin lesions.',
      { name: 'gastric|stomach', relation: 'after', months: 10 },
    ],
    [
      W + 'Colon cancer was detected 4 months after the initial presentation.',
      { name: 'colon', relation: 'after', months: 4 },
    ],
    [
      W + 'Her ovarian carcinoma was diagnosed nine months after her myositis.',
      { name: 'ovar', relation: 'after', months: 9 },
    ],
    [
      W + 'Some 30 months after the diagnosis of DM, a pancreatic adenocarcinoma was found.',
      { name: 'pancrea', relation: 'after', months: 30 },
    ],
    [
      W + 'Approximately one year after the onset of muscle weakness, she was diagnosed with lymphoma.',
      { name: 'lymphoma', relation: 'after', months: 12 },
    ],
    [
      W + 'Breast cancer was diagnosed 2 years after the dermatomyositis.',
      { name: 'breast', relation: 'after', months: 24 },
    ],
    [
      W + 'Two years after the initial diagnosis of DM, she presented with a nasopharyngeal carcinoma.',
      { name: 'nasopharyn', relation: 'after', months: 24 },
    ],
    // open: the stay is short against the interval; the discharge stands for the presentation
    [
      W + 'Three months after discharge, a CT revealed a lung adenocarcinoma.',
      { name: 'lung', relation: 'after', months: 3 },
    ],
    [
      W + 'At follow-up 6 months after discharge, a PET-CT showed a colon carcinoma.',
      { name: 'colon', relation: 'after', months: 6 },
    ],
    [
      W + 'Subsequently, 9 months after the diagnosis of DM, a gastric cancer was found.',
      { name: 'gastric|stomach', relation: 'after', months: 9 },
    ],
    [W + 'She was subsequently diagnosed with ovarian cancer.', { name: 'ovar', relation: 'after' }],
    [
      W + 'She was treated with prednisone and later developed breast cancer.',
      { name: 'breast', relation: 'after' },
    ],
    [
      W + 'During the second year of follow-up, a bladder carcinoma was found.',
      { name: 'bladder', relation: 'after' },
    ], // open: "the second year" is 12–24 months, no single interval
  ],
  checkCancer,
);

// ---------------------------------------------------------------------------------------------------------------
// The myositis as the subject of the order ("DM preceded …", "the myositis followed …")
// ---------------------------------------------------------------------------------------------------------------

family<Expected | null>(
  'order with the myositis as subject, "preceded / followed / predated"',
  [
    [
      W + 'The rash preceded the diagnosis of lung cancer by 6 months.',
      { name: 'lung', relation: 'after', months: 6 },
    ],
    [
      W + 'Dermatomyositis preceded the diagnosis of ovarian carcinoma by 8 months.',
      { name: 'ovar', relation: 'after', months: 8 },
    ],
    [
      W + 'The myositis followed the diagnosis of breast cancer by 2 years.',
      { name: 'breast', relation: 'before', months: 24 },
    ],
    [
      W + 'Her dermatomyositis appeared 4 years after treatment of a colon cancer.',
      { name: 'colon', relation: 'before', months: 48 },
    ],
    [
      W + 'She developed dermatomyositis 1 year after a diagnosis of breast cancer.',
      { name: 'breast', relation: 'before', months: 12 },
    ],
    // open: counted from the end of the chemotherapy, not the diagnosis: the order only (as in the first table)
    [
      W + 'The symptoms of dermatomyositis began 6 months after she completed chemotherapy for lymphoma.',
      { name: 'lymphoma', relation: 'before' },
    ],
    [
      W + 'Gastric cancer was diagnosed 2 years prior to the dermatomyositis.',
      { name: 'gastric|stomach', relation: 'before', months: 24 },
    ],
    [
      W + 'Ovarian cancer was followed by dermatomyositis 3 years later.',
      { name: 'ovar', relation: 'before', months: 36 },
    ],
    [
      W + 'The diagnosis of prostate cancer predated the myositis by 5 years.',
      { name: 'prostat', relation: 'before', months: 60 },
    ],
    [
      W + 'Lung cancer was diagnosed 3 months before the dermatomyositis.',
      { name: 'lung', relation: 'before', months: 3 },
    ],
    [
      W + 'The skin lesions had appeared 5 months before the carcinoma of the cervix was found.',
      { name: 'cervi', relation: 'after', months: 5 },
    ],
  ],
  checkCancer,
);

// ---------------------------------------------------------------------------------------------------------------
// Timelines with calendar years and months
// ---------------------------------------------------------------------------------------------------------------

family<Expected | null>(
  'timelines, calendar years and months in separate sentences',
  [
    [
      'In 2014, a 52-year-old woman underwent mastectomy for breast cancer. In 2018, she developed a heliotrope rash and proximal weakness.',
      { name: 'breast', relation: 'before', months: 48 },
    ],
    [
      'A 60-year-old man was diagnosed with dermatomyositis in 2016. In 2019, a gastric adenocarcinoma was found.',
      { name: 'gastric|stomach', relation: 'after', months: 36 },
    ],
    [
      'In May 2017 she developed a rash and proximal weakness, and dermatomyositis was diagnosed. In November 2018 a CT showed a lung adenocarcinoma.',
      { name: 'lung', relation: 'after', months: 18 },
    ],
    [
      'A 50-year-old woman was diagnosed with ovarian cancer in January 2015 and with dermatomyositis in July 2015.',
      { name: 'ovar', relation: 'before', months: 6 },
    ],
    [
      'In 2012 she was treated for Hodgkin lymphoma. Dermatomyositis was diagnosed in 2020 when she presented with a rash and weakness.',
      { name: 'lymphoma', relation: 'before', months: 96 },
    ],
    [
      'Dermatomyositis was diagnosed in March 2018 in a 61-year-old woman. In March 2019, a follow-up CT showed an ovarian carcinoma.',
      { name: 'ovar', relation: 'after', months: 12 },
    ],
    [
      'In 2019 a 65-year-old man presented with weakness and a heliotrope rash. A colon cancer had been resected in 2016.',
      { name: 'colon', relation: 'before', months: 36 },
    ],
    [
      'Timeline: 2015, breast cancer treated by lumpectomy; 2019, heliotrope rash and proximal weakness, dermatomyositis diagnosed.',
      { name: 'breast', relation: 'before', months: 48 },
    ],
    [
      'In 2018 she had breast cancer; in 2021 she presented with dermatomyositis.',
      { name: 'breast', relation: 'before', months: 36 },
    ],
    // open: a past tense date of the cancer, no date for the presentation: the order only
    [W + 'Her breast cancer had been diagnosed in 2010.', { name: 'breast', relation: 'before' }],
    [
      'In October 2020 a 58-year-old man presented with a heliotrope rash and weakness. In December 2020 a PET-CT revealed a lung adenocarcinoma.',
      { name: 'lung', relation: 'after', months: 2 },
    ],
  ],
  checkCancer,
);

// ---------------------------------------------------------------------------------------------------------------
// Ages as dates ("at the age of 52", "at 60 years of age")
// ---------------------------------------------------------------------------------------------------------------

// open: two ages give the interval in whole years, approximate (as two calendar years do, docs/extraction.md)
family<Expected | null>(
  'ages as dates of the cancer',
  [
    [
      W.replace('56', '58') + 'She had been treated for breast cancer at the age of 52.',
      { name: 'breast', relation: 'before', months: 72 },
    ],
    [
      'A 64-year-old man with dermatomyositis had had a colon cancer resected at 60 years of age.',
      { name: 'colon', relation: 'before', months: 48 },
    ],
    [
      'At the age of 45 she underwent hysterectomy for endometrial carcinoma; at 53 she developed dermatomyositis.',
      { name: 'endometri|uter', relation: 'before', months: 96 },
    ],
    [
      W.replace('56', '70') + 'At 68 she had been diagnosed with ovarian cancer.',
      { name: 'ovar', relation: 'before', months: 24 },
    ],
    [
      'A 47-year-old man presented with a heliotrope rash; at age 45 he had been treated for Hodgkin lymphoma.',
      { name: 'lymphoma', relation: 'before', months: 24 },
    ],
    [
      W + 'She had a history of thyroid carcinoma diagnosed at age 30.',
      { name: 'thyroid', relation: 'before', months: 312 },
    ], // corrected after first contact: the family's reading (two ages) holds here too
    [W + 'Her mother was diagnosed with breast cancer at the age of 50.', null],
  ],
  checkCancer,
);

// ---------------------------------------------------------------------------------------------------------------
// Recurrence, relapse, progression: the cancer keeps the date of its first diagnosis (gold practice)
// ---------------------------------------------------------------------------------------------------------------

family<Expected | null>(
  'recurrence, relapse and progression',
  [
    [
      W +
        'She had undergone mastectomy for breast cancer 5 years earlier; at presentation a local recurrence was found.',
      { name: 'breast', relation: 'before', months: 60 },
    ],
    [
      W + 'Her ovarian cancer, treated in 2014, relapsed at the time of the rash.',
      { name: 'ovar', relation: 'before' },
    ],
    [
      W + 'A recurrence of her previously treated colon cancer was found on CT.',
      { name: 'colon', relation: 'before' },
    ],
    [
      'Eight years after treatment for cervical cancer, a 50-year-old woman developed dermatomyositis; PET-CT showed a nodal recurrence.',
      { name: 'cervi', relation: 'before', months: 96 },
    ],
    [
      'A 56-year-old woman with breast cancer treated 3 years earlier presented with a heliotrope rash and weakness. One year later, the cancer recurred in the liver.',
      { name: 'breast', relation: 'before', months: 36 },
    ],
    [
      W + 'Progression of her known lung adenocarcinoma was seen on CT.',
      { name: 'lung', relation: 'before' },
    ],
    [
      W + 'Her lymphoma, in remission since 2016, relapsed two years after the onset of dermatomyositis.',
      { name: 'lymphoma', relation: 'before' },
    ],
    [
      W + 'There was no recurrence of her breast cancer, which had been treated 6 years earlier.',
      { name: 'breast', relation: 'before', months: 72 },
    ],
    [
      W + 'Restaging showed progression of the pancreatic adenocarcinoma diagnosed 4 months before the rash.',
      { name: 'pancrea', relation: 'before', months: 4 },
    ],
    [
      W + 'Her melanoma, excised in 2011, recurred in the axillary nodes at the onset of the myositis.',
      { name: 'melanoma', relation: 'before' },
    ],
  ],
  checkCancer,
);

// ---------------------------------------------------------------------------------------------------------------
// "At the time of", together, during treatment
// ---------------------------------------------------------------------------------------------------------------

family<Expected | null>(
  'concurrent and during treatment, "at the time of", "simultaneously", "while receiving"',
  [
    [
      W + 'At the time of the DM diagnosis she was also diagnosed with breast cancer.',
      { name: 'breast', relation: 'concurrent' },
    ],
    [
      W + 'Dermatomyositis and gastric cancer were diagnosed simultaneously.',
      { name: 'gastric|stomach', relation: 'concurrent' },
    ],
    [
      W + 'She was diagnosed with both dermatomyositis and nasopharyngeal carcinoma in the same month.',
      { name: 'nasopharyn', relation: 'concurrent' },
    ],
    [
      W + 'Colon cancer and dermatomyositis were diagnosed within 2 weeks of each other.',
      { name: 'colon', relation: 'concurrent' },
    ],
    [
      W + 'Concomitant with the onset of weakness, a lung adenocarcinoma was found.',
      { name: 'lung', relation: 'concurrent' },
    ],
    [
      W + 'At the onset of the rash, she was already known to have lung cancer.',
      { name: 'lung', relation: 'before' },
    ],
    [
      W + 'The myositis developed while she was receiving chemotherapy for ovarian cancer.',
      { name: 'ovar', relation: 'before' },
    ],
    [
      W + 'She had been receiving tamoxifen for breast cancer for 2 years when the rash appeared.',
      { name: 'breast', relation: 'before' },
    ], // open: two years of tamoxifen: at least two years, not the date of the diagnosis
    [
      'A 48-year-old woman presented with a heliotrope rash, proximal weakness and a breast lump; biopsy of the lump showed invasive ductal carcinoma.',
      { name: 'breast|ductal', relation: 'concurrent' },
      GAP,
    ], // open: the lump was part of the presentation (a joint presentation)
    [
      W + 'The dermatomyositis was diagnosed at the same time as a prostate adenocarcinoma.',
      { name: 'prostat', relation: 'concurrent' },
    ],
  ],
  checkCancer,
);

// ---------------------------------------------------------------------------------------------------------------
// Symptom onset, new families
// ---------------------------------------------------------------------------------------------------------------

family<number | null>(
  'onset, "after N months of", reported speech',
  [
    ['She presented after 3 months of progressive proximal weakness.', 3],
    ['He was admitted after six weeks of myalgia and a facial rash.', 1.4],
    ['After 2 months of worsening weakness, she sought medical attention.', 2],
    ['She stated that her weakness had started 3 months earlier.', 3],
    ['He reported that the rash had first appeared about 8 weeks before.', 1.8],
    ['According to her, the muscle pain began two months prior.', 2],
    ['The patient said she had been weak for 4 months.', 4],
    ['She recalled that the rash on her eyelids had begun half a year earlier.', 6],
  ],
  checkOnset,
);

family<number | null>(
  'onset, "dating back", "standing", "course", "period", "insidious over"',
  [
    ['She had a rash on her hands dating back 6 months.', 6],
    ['He had weakness of 3 months’ standing.', 3],
    ['She had ongoing proximal weakness for 5 months.', 5],
    ['She had a 2-month course of progressive weakness and dysphagia.', 2],
    ['He described a 4-week period of myalgia and weakness.', 0.92],
    ['The weakness was of insidious onset over 1 year.', 12],
    ['Weakness had been slowly progressive over a six-month period.', 6],
    ['For 3 days before admission he had been unable to rise from a chair.', 0.1],
    ['Her weakness had been getting worse for several weeks.', null], // open: no number stated (session 24)
  ],
  checkOnset,
);

family<number | null>(
  'onset, labelled lines, tables and parentheses',
  [
    ['Symptoms: proximal weakness (4 months); heliotrope rash (2 months); dysphagia (1 month).', 4],
    ['Onset | 5 months before admission', 5],
    ['Disease duration at diagnosis: 8 months.', 8],
    ['Time from symptom onset to diagnosis: 6 months.', 6],
    ['Weakness (onset 3 months before admission), rash and dysphagia.', 3],
    ['Chief complaint: muscle weakness for 2 months.', 2],
    ['Duration of weakness - 10 weeks.', 2.3],
    ['Symptom duration (months): 7', 7],
  ],
  checkOnset,
);

family<number | null>(
  'onset, calendar timelines',
  [
    [
      'She was well until June 2020, when she noticed weakness of her thighs. She was admitted in September 2020.',
      3,
    ],
    ['Since early January 2021 he had had myalgia. On 15 March 2021 he was admitted.', 2.4],
    ['In December 2018 she developed proximal weakness; in February 2019 she was referred to our clinic.', 2],
    ['Her weakness began in 11/2019 and she was admitted in 02/2020.', 3],
    ['Symptoms started on 2019-09-01; she was admitted on 2019-10-15.', 1.5],
    ['In April 2016 she first noticed a rash on her face; she presented to us in January 2017.', 9],
  ],
  checkOnset,
);

family<number | null>(
  'onset, negatives',
  [
    ['The rash had resolved 3 months after the start of treatment.', null],
    ['She was followed up for 2 years.', null],
    ['Her son developed a rash 2 months ago.', null],
    ['Weakness typically develops over weeks to months.', null],
    ['Six months after discharge she had regained full strength.', null],
    ['If weakness develops within 2 weeks of the infusion, she should contact us.', null],
    ['A 3-month course of prednisone was given.', null],
    ['The CK had been elevated for 2 years without any symptoms.', null],
    ['In a series of 30 patients the median duration of weakness before diagnosis was 4 months.', null],
    ['She was admitted for 3 weeks and discharged on prednisolone.', null],
  ],
  checkOnset,
);

// ---------------------------------------------------------------------------------------------------------------
// Cancer: site and histology wording, stage and extent
// ---------------------------------------------------------------------------------------------------------------

family<Expected>(
  'cancer, more sites and histologies',
  [
    [DM + 'Colonoscopy revealed an adenocarcinoma of the sigmoid colon.', { name: 'colon|sigmoid' }],
    [DM + 'Biopsy showed a poorly differentiated squamous cell carcinoma of the lung.', { name: 'lung' }],
    [DM + 'CT showed liver metastases from a rectal adenocarcinoma.', { name: 'rect' }],
    [
      DM + 'Biopsy of a cervical lymph node showed metastatic nasopharyngeal carcinoma.',
      { name: 'nasopharyn' },
    ],
    [DM + 'A large cell neuroendocrine carcinoma of the lung was diagnosed.', { name: 'neuroendocrine' }],
    [DM + 'Laryngoscopy showed a squamous cell carcinoma of the larynx.', { name: 'laryn' }],
    [DM + 'Bone marrow aspirate showed acute myeloid leukaemia.', { name: 'leuk' }],
    [DM + 'A skin biopsy confirmed mycosis fungoides.', { name: 'mycosis|lymphoma' }],
    [DM + 'Biopsy showed a gastrointestinal stromal tumour of the stomach.', { name: 'stromal' }],
    [DM + 'Excision showed an invasive lobular carcinoma of the left breast.', { name: 'lobular' }],
    [DM + 'A triple-negative breast cancer was found.', { name: 'breast' }],
    [DM + 'A CT showed a thymic carcinoma in the anterior mediastinum.', { name: 'thym' }],
    [DM + 'Biopsy revealed an extranodal NK/T-cell lymphoma, nasal type.', { name: 'lymphoma' }],
    [DM + 'She was found to have a primary peritoneal serous carcinoma.', { name: 'periton' }],
    [DM + 'An adenocarcinoma of the ampulla of Vater was resected.', { name: 'ampull' }],
    [DM + "Hodgkin's disease was diagnosed on lymph node biopsy.", { name: 'hodgkin' }],
    [DM + 'Cystoscopy showed a transitional cell carcinoma of the bladder.', { name: 'bladder' }],
    [DM + 'A fallopian tube carcinoma was found at surgery.', { name: 'fallopian' }],
    [DM + 'Endoscopic biopsy showed a signet-ring cell carcinoma of the stomach.', { name: 'signet' }],
    [DM + 'Biopsy of the liver lesion showed an intrahepatic cholangiocarcinoma.', { name: 'cholangio' }],
    [DM + 'Marrow biopsy revealed Waldenström macroglobulinaemia.', { name: 'waldenstr|lymphoplasmacytic' }],
    [DM + 'Biopsy of the scalp lesion showed an angiosarcoma.', { name: 'angiosarcoma' }],
    [DM + 'She had a stage IIB squamous cell carcinoma of the cervix.', { name: 'cervi' }],
    [DM + 'EUS-guided biopsy of a mass in the pancreatic head showed adenocarcinoma.', { name: 'pancrea' }],
    [DM + 'Biopsy of a vulvar lesion showed squamous cell carcinoma of the vulva.', { name: 'vulv' }],
    [DM + 'Nephrectomy specimen: clear-cell renal cell carcinoma, Fuhrman grade 2.', { name: 'renal' }],
  ],
  checkSite,
);

// open: stage IV is distant spread (metastatic); a regional stage III "locally advanced" (the gold's two values)
family<StageExpected>(
  'cancer, stage and extent',
  [
    [
      DM + 'He had stage IV lung adenocarcinoma with bone metastases.',
      { name: 'lung', extent: 'metastatic' },
    ],
    [DM + 'Staging showed a T2N1M0 breast carcinoma.', { name: 'breast', tnm: 'T2N1M0' }],
    [
      DM + 'CT showed a gastric adenocarcinoma with multiple liver metastases.',
      { name: 'gastric|stomach', extent: 'metastatic' },
    ],
    [
      DM + 'A pT3N2M1 colon adenocarcinoma was resected.',
      { name: 'colon', tnm: 'pT3N2M1', extent: 'metastatic' },
    ],
    [
      DM + 'She had locally advanced nasopharyngeal carcinoma.',
      { name: 'nasopharyn', extent: 'locally-advanced' },
    ],
    [
      DM + 'Ductal carcinoma in situ of the right breast was found.',
      { name: 'breast|ductal', extent: 'in-situ' },
    ],
    [DM + 'Metastatic melanoma was diagnosed.', { name: 'melanoma', extent: 'metastatic' }],
    [
      DM + 'Lung adenocarcinoma, cT4N3M1b, stage IVA, was diagnosed.',
      { name: 'lung', tnm: 'cT4N3M1b', extent: 'metastatic' },
    ],
    [DM + 'Staging classified the ovarian cancer as stage IV.', { name: 'ovar', extent: 'metastatic' }],
    [
      DM + 'A stage IIIB gastric adenocarcinoma was found.',
      { name: 'gastric|stomach', extent: 'locally-advanced' },
    ],
    [DM + 'An ovarian carcinoma, FIGO stage IV, was diagnosed.', { name: 'ovar', extent: 'metastatic' }],
    [
      DM + 'Breast cancer with axillary lymph node involvement (T2 N1 M0) was found.',
      { name: 'breast', tnm: 'T2N1M0' },
    ],
  ],
  checkStage,
);

// ---------------------------------------------------------------------------------------------------------------
// Cancer negatives
// ---------------------------------------------------------------------------------------------------------------

family<Expected | null>(
  'cancer, negatives (benign lesions, plans, cohorts, relatives, hedges)',
  [
    [W + 'A benign ovarian cyst was found on ultrasound.', null],
    [W + 'Colonoscopy showed a tubular adenoma, which was removed.', null],
    [W + 'CT showed a lung nodule; biopsy revealed granulomatous inflammation without malignancy.', null],
    [W + 'Tumour markers (CEA, CA-125) were mildly elevated, but no cancer was found.', null],
    [W + 'Age-appropriate cancer screening was planned.', null],
    [W + 'The risk of cancer is highest in the first 3 years after the diagnosis of dermatomyositis.', null],
    [W + 'Her brother had been diagnosed with lung cancer at age 60.', null],
    [W + 'She was referred to oncology to rule out an underlying ovarian carcinoma.', null],
    [W + 'A thyroid nodule was benign on fine-needle aspiration.', null],
    [
      W +
        'Cancer screening including CT of the chest, abdomen and pelvis, mammography and colonoscopy was negative.',
      null,
    ],
    ['Dermatomyositis may precede the diagnosis of cancer by up to 3 years. ' + W, null],
    [W + 'In two previously reported cases, lymphoma developed 6 months after dermatomyositis.', null],
    [W + 'A PET-CT is planned to look for an occult lung cancer.', null],
    [
      W +
        'Paraneoplastic dermatomyositis was suspected, but repeated screening over 3 years found no cancer.',
      null,
    ],
    [W + 'An adnexal mass was suspicious for ovarian cancer; surgery showed a benign teratoma.', null],
  ],
  checkCancer,
);

// ---------------------------------------------------------------------------------------------------------------
// Wave 2: written after the rules of the families above, before running them (other wording of the same families)
// ---------------------------------------------------------------------------------------------------------------

family<number | null>(
  'wave 2, onset',
  [
    ['He sought medical advice after four months of difficulty climbing stairs.', 4],
    ['She came to our clinic after about 10 weeks of a violaceous eyelid rash.', 2.3],
    ['Her skin changes dated back 2 years.', 24],
    ['He recalled that his legs had become weak some 6 weeks before.', 1.4],
    ['Duration of illness: 1 year.', 12],
    ['Disease duration before diagnosis, 5 months.', 5],
    ['Muscle weakness (3 weeks), dysphagia (1 week).', 0.7],
    ['Symptoms began in 03/2020; she was hospitalised in 06/2020.', 3],
    ['She had a 6-week period of progressive proximal weakness before admission.', 1.4],
    ['After 6 months of methotrexate, the rash had cleared.', null],
    ['A 4-week course of antibiotics was given for cellulitis.', null],
    ['Her brother had been unable to rise from a chair for a year.', null],
    ['Age at onset: 45 years.', null],
  ],
  checkOnset,
);

family<Expected | null>(
  'wave 2, cancer timing',
  [
    [
      W + 'Fourteen months following the diagnosis of DM, she was found to have a cholangiocarcinoma.',
      { name: 'cholangio', relation: 'after', months: 14 },
    ],
    [
      W + 'After 18 months of myositis, a thymoma was discovered.',
      { name: 'thymoma', relation: 'after', months: 18 },
    ],
    [
      W + 'The rash antedated the diagnosis of gastric cancer by 4 months.',
      { name: 'gastric|stomach', relation: 'after', months: 4 },
    ],
    [
      W + 'Her dermatomyositis followed the melanoma by about 3 years.',
      { name: 'melanoma', relation: 'before', months: 36 },
    ],
    [
      'A 62-year-old man had undergone a prostatectomy for prostate cancer at the age of 57.',
      { name: 'prostat', relation: 'before', months: 60 },
    ],
    [
      'She was diagnosed with Hodgkin lymphoma at 19 years of age and with dermatomyositis at 41.',
      { name: 'lymphoma', relation: 'before', months: 264 },
    ],
    [
      'In 2009 a 44-year-old woman had a lumpectomy for breast cancer; in 2016 she developed dermatomyositis.',
      { name: 'breast', relation: 'before', months: 84 },
    ],
    [
      'Dermatomyositis was diagnosed in 2011 in a 50-year-old man. Five years later, in 2016, a renal cell carcinoma was found.',
      { name: 'renal', relation: 'after', months: 60 },
    ],
    [
      W + 'Her rectal cancer, resected in 2015, recurred when the rash appeared.',
      { name: 'rect', relation: 'before' },
    ],
    [
      W + 'No relapse of her lymphoma, treated 8 years ago, was found.',
      { name: 'lymphoma', relation: 'before', months: 96 },
    ],
    [
      W + 'Progression of the breast cancer diagnosed 2 years earlier was seen on PET-CT.',
      { name: 'breast', relation: 'before', months: 24 },
    ],
    [
      W + 'While she was undergoing radiotherapy for cervical cancer, the weakness began.',
      { name: 'cervi', relation: 'before' },
    ],
    [
      W + 'Her known prostate adenocarcinoma had been treated with hormone therapy.',
      { name: 'prostat', relation: 'before' },
    ],
    [
      W + 'Lung cancer and dermatomyositis were diagnosed within one month of each other.',
      { name: 'lung', relation: 'concurrent' },
    ],
    [W + 'A benign schwannoma was removed from her thigh.', null],
    [W + 'Her grandmother had died of stomach cancer at the age of 70.', null],
    [W + 'There was no recurrence of malignancy.', null],
  ],
  checkCancer,
);

family<Expected>(
  'wave 2, sites',
  [
    [DM + 'A periampullary adenocarcinoma was found.', { name: 'ampull' }],
    [DM + 'A signet ring cell adenocarcinoma of the stomach was diagnosed.', { name: 'signet' }],
  ],
  checkSite,
);

family<StageExpected>(
  'wave 2, stage and extent',
  [
    [
      DM + 'A stage IIIA non-small cell lung cancer was diagnosed.',
      { name: 'lung', extent: 'locally-advanced' },
    ],
    [DM + 'She had breast cancer with lung and bone metastases.', { name: 'breast', extent: 'metastatic' }],
    [DM + 'The colon cancer had no distant metastases (T3N0M0).', { name: 'colon', tnm: 'T3N0M0' }],
  ],
  checkStage,
);

// ---------------------------------------------------------------------------------------------------------------
// Wave 3: written after the wave-2 rules, before running them
// ---------------------------------------------------------------------------------------------------------------

family<number | null>(
  'wave 3, onset',
  [
    ['She consulted after 5 weeks of rash and muscle pain.', 1.2],
    ['He was seen in clinic after nearly a year of progressive weakness.', 12],
    ['The eruption on her face dated back three months.', 3],
    ['Time from first symptom to diagnosis: 9 months.', 9],
    ['Duration of symptoms before admission - 3 weeks.', 0.7],
    ['Proximal weakness [2 months], heliotrope rash [1 month].', 2],
    ['Weakness started in 10/2021; she was admitted in 12/2021.', 2],
    ["His father had weakness of 2 months' duration before he died.", null],
    ['After 4 weeks of prednisolone her strength improved.', null],
    ['A 2-week course of intravenous immunoglobulin was given.', null],
  ],
  checkOnset,
);

family<Expected | null>(
  'wave 3, cancer timing',
  [
    [
      W + 'Twelve months after the initial diagnosis of dermatomyositis, a bladder carcinoma was detected.',
      { name: 'bladder', relation: 'after', months: 12 },
    ],
    [
      W + 'Her myositis predated the diagnosis of lymphoma by 10 months.',
      { name: 'lymphoma', relation: 'after', months: 10 },
    ],
    [
      W + 'The dermatomyositis was followed by a diagnosis of ovarian cancer 7 months later.',
      { name: 'ovar', relation: 'after', months: 7 },
    ],
    [
      'A 66-year-old woman presented with dermatomyositis; she had had breast cancer at age 50.',
      { name: 'breast', relation: 'before', months: 192 },
    ],
    [
      'In March 2016 she underwent surgery for colon cancer; in September 2017 she developed a heliotrope rash and weakness.',
      { name: 'colon', relation: 'before', months: 18 },
    ],
    [
      W + 'Her lung cancer, diagnosed 3 years earlier, had progressed despite chemotherapy.',
      { name: 'lung', relation: 'before', months: 36 },
    ],
    [
      W + 'The ovarian carcinoma recurred 6 months after the onset of dermatomyositis.',
      { name: 'ovar', relation: 'before' },
    ],
    [
      W + 'Both the myositis and a lung adenocarcinoma were diagnosed in May 2019.',
      { name: 'lung', relation: 'concurrent' },
    ],
    [W + 'She had been on letrozole for breast cancer since 2017.', { name: 'breast', relation: 'before' }],
    [W + 'Her sister, aged 40, had been treated for breast cancer at age 35.', null],
    [W + 'CT showed no metastases and no primary tumour.', null],
  ],
  checkCancer,
);

family<Expected>(
  'wave 3, sites',
  [[DM + 'An ampullary carcinoma was found on duodenoscopy.', { name: 'ampull' }]],
  checkSite,
);

family<StageExpected>(
  'wave 3, stage and extent',
  [
    [
      DM + 'CT showed a pancreatic adenocarcinoma with peritoneal metastases.',
      { name: 'pancrea', extent: 'metastatic' },
    ],
    [
      DM + 'A cT3N1M0, stage III, rectal cancer was diagnosed.',
      { name: 'rect', tnm: 'cT3N1M0', extent: 'locally-advanced' },
    ],
  ],
  checkStage,
);
