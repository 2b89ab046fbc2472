/**
 * Probe table (issue 12, session 14): how case reports write the symptom onset and the timing of a cancer against
 * the myositis, as phrase families × variants. Every snippet is synthetic; every expectation is read from
 * extraction-conventions.md and the gold format (corpus/README.md), not from what the extractor does.
 *
 * - Onset rows: `[snippet, months before presentation | null]`; right within max(0.5 month, 25 %), as scored.
 * - Cancer rows: `[snippet, expected]`; `expected.name` is a word the predicted site or histology must contain,
 *   `relation`/`months` the timing (cancer minus myositis; omitted: the text leaves it open and none may be
 *   predicted); `null`: no cancer of the patient at all.
 * Rows marked `open` are ones the conventions leave open: the expectation follows the practice of the gold.
 * @module
 */
import { describe, it } from 'vitest';
import {
  checkCancer,
  checkOnset,
  checkSite,
  type Expected,
  type Onset,
  type Row,
} from './__fixtures__/timing-harness.js';

// ---------------------------------------------------------------------------------------------------------------
// Symptom onset
// ---------------------------------------------------------------------------------------------------------------

describe('onset, "N-unit history of" (noun phrase)', () => {
  it.each<Onset>([
    ['A 54-year-old woman presented with a 3-month history of proximal muscle weakness.', 3],
    ['A 61-year-old man was admitted with a six-week history of rash and myalgia.', 1.4],
    ['She reported a 2-year history of a violaceous rash on her eyelids.', 24],
    ['He gave a 10-day history of progressive weakness of his thighs.', 0.33],
    ['A 47-year-old woman with a one-year history of dysphagia and weakness was referred.', 12],
    ['A 39-year-old man had a 4 month history of difficulty climbing stairs and muscle weakness.', 4],
    ['A 70-year-old woman presented with a 3‑month history of proximal weakness.', 3], // non-breaking hyphen
    ['A 70-year-old woman presented with a 3 months history of proximal weakness.', 3],
    ['A 66-year-old man presented with an eight-month history of weakness and weight loss.', 8],
    ['A 58-year-old woman had a twelve-week history of myalgia and skin lesions.', 2.8],
    ['A 44-year-old woman had a long-standing 5-year history of muscle weakness.', 60],
    ['A 52-year-old man presented with a 2-week history of periorbital erythema.', 0.46],
  ])('%s → %s', checkOnset);
});

describe('onset, verb + duration ("had noticed … for N", "over the past N")', () => {
  it.each<Onset>([
    ['She had noticed weakness of her arms for 1 year before she was referred.', 12],
    ['He had been experiencing muscle weakness for three months.', 3],
    ['Over the past six weeks, she had developed progressive weakness of the shoulders.', 1.4],
    ['She had had a rash on her face and hands for 2 years.', 24],
    ['He complained of myalgia and weakness for the past 4 months.', 4],
    ['For the last two months she had suffered from dysphagia and proximal weakness.', 2],
    ['Muscle weakness had progressed over the previous 8 weeks.', 1.8],
    ['During the past year he noticed progressive weakness of the hip girdle.', 12],
    ['The patient had had proximal weakness for approximately 5 months.', 5],
    ['She described difficulty rising from a chair for about six months.', 6],
    ['She developed a heliotrope rash and muscle weakness, which had lasted 3 months at presentation.', 3],
  ])('%s → %s', checkOnset);
});

describe('onset, fronted adverbial and "N before admission / ago"', () => {
  it.each<Onset>([
    ['Three months before admission, she developed a rash on her eyelids.', 3],
    ['Six weeks prior to presentation, he noticed weakness in both legs.', 1.4],
    ['Two years before admission, she first noticed muscle weakness.', 24],
    ['Four months ago, the patient developed proximal muscle weakness.', 4],
    ['She developed a rash on her hands 5 months ago.', 5],
    ['Her symptoms began 10 weeks before presentation with weakness and myalgia.', 2.3],
    ['One year before referral, he had noticed a rash on his chest and weakness.', 12],
    ['The weakness started 2 months before admission.', 2],
    ['Approximately 3 months prior to admission, she developed muscle weakness.', 3],
    ['In the 6 months before admission he had progressive weakness.', 6],
  ])('%s → %s', checkOnset);
});

describe('onset, "since <month year>" and calendar dates', () => {
  it.each<Onset>([
    ['Since March 2019 she had noticed weakness of her thighs. She was admitted in June 2019.', 3],
    ['In January 2020 he developed a rash on his eyelids. He presented to our clinic in April 2020.', 3],
    ['The rash began in October 2017. In February 2018, he went to the Department of Rheumatology.', 4],
    ['She developed muscle weakness in May 2015 and was admitted to our hospital in November 2015.', 6],
    ['Her weakness started in early 2018. She was referred in January 2019.', 12], // open: "early 2018" → the year
    ['In July 2016, he noticed myalgia. He was seen by us in September 2016.', 2],
  ])('%s → %s', checkOnset);
});

describe('onset, number words, ranges, approximations', () => {
  it.each<Onset>([
    ['She presented with a one-and-a-half-year history of muscle weakness.', 18],
    ['He had a year and a half history of rash and weakness.', 18],
    ['She presented with a 3–4 month history of weakness.', 3.5],
    ['She presented with a 3-4-month history of weakness.', 3.5],
    ['He had proximal weakness for 2 to 3 months.', 2.5],
    ['He presented with an approximately 6-month history of weakness.', 6],
    ['She presented with a nearly 2-year history of rash.', 24],
    ['She had weakness for half a year.', 6],
    // open: "several" and "a few" state no number; the development gold dates no onset from them (session 24)
    ['He presented with a several-month history of weakness.', null],
    ['He gave a few-week history of a light-sensitive rash.', null],
    ['A 40-year-old man had weakness for a few years.', null],
    ['She had a couple of months of weakness.', 2], // "a couple of" is two
  ])('%s → %s', checkOnset);
});

describe('onset, telegraphic and labelled', () => {
  it.each<Onset>([
    ['54F. 3/12 hx of prox weakness and rash.', 3],
    ['62M, 6-wk hx of myalgia and weakness.', 1.4],
    ['Duration of symptoms: 4 months. Proximal weakness and heliotrope rash.', 4],
    ['Proximal weakness x 2 months; Gottron papules.', 2],
    ['History: weakness for 3 mo, rash for 1 mo.', 3],
  ])('%s → %s', checkOnset);
});

describe('onset, negatives (nothing for the patient’s myositis)', () => {
  it.each<Onset>([
    ['Patients with dermatomyositis typically present with a 3-month history of weakness.', null],
    ['Her sister had a 2-year history of muscle weakness.', null],
    ['He had a 10-year history of hypertension and diabetes.', null],
    ['Prednisolone was given for 3 months and the weakness improved.', null],
    ['Weakness resolved over the next 6 weeks.', null],
    ['Follow-up at 6 months showed normal strength.', null],
    ['She had been taking atorvastatin for 2 years.', null],
    ['If weakness persists for 3 months, a biopsy will be done.', null],
    ['The CK normalised 4 months after treatment began.', null],
  ])('%s → %s', checkOnset);
});

// ---------------------------------------------------------------------------------------------------------------
// Cancers: site / histology wording
// ---------------------------------------------------------------------------------------------------------------

const DM = 'A 60-year-old patient was diagnosed with dermatomyositis. ';

describe('cancer, site and histology wording', () => {
  it.each<[string, Expected]>([
    [DM + 'A CT scan revealed a carcinoma of the ovary.', { name: 'ovar' }],
    [DM + 'Biopsy showed a high-grade serous ovarian carcinoma.', { name: 'serous' }],
    [DM + 'He was found to have non-small cell lung cancer.', { name: 'lung' }],
    [DM + 'Work-up showed NSCLC of the right upper lobe.', { name: 'lung' }],
    [DM + 'Imaging showed hepatocellular carcinoma (HCC).', { name: 'hepatocellular' }],
    [DM + 'Nasopharyngeal biopsy confirmed nasopharyngeal carcinoma.', { name: 'nasopharyn' }],
    [DM + 'Lymph node biopsy revealed diffuse large B-cell lymphoma.', { name: 'lymphoma' }],
    [DM + 'Cystoscopy showed a urothelial carcinoma of the bladder.', { name: 'urothelial' }],
    [DM + 'A renal mass proved to be a clear cell renal cell carcinoma.', { name: 'renal' }],
    [DM + 'Endoscopy revealed an adenocarcinoma of the stomach.', { name: 'adenocarcinoma' }],
    [DM + 'Colonoscopy found a colorectal cancer.', { name: 'colo' }],
    [DM + 'He had a pancreatic ductal adenocarcinoma.', { name: 'pancrea' }],
    [DM + 'A mediastinal mass was resected: a thymoma.', { name: 'thymoma' }],
    [DM + 'A pigmented lesion on the back was a malignant melanoma.', { name: 'melanoma' }],
    [DM + 'Ultrasound and biopsy showed papillary thyroid carcinoma.', { name: 'thyroid' }],
    [DM + 'Cholangiocarcinoma was diagnosed on biopsy.', { name: 'cholangio' }],
    [DM + 'She was found to have squamous cell carcinoma of the cervix.', { name: 'cervi' }],
    [DM + 'Bronchoscopy showed small-cell lung carcinoma.', { name: 'small' }],
    [DM + 'Endometrial biopsy showed endometrioid adenocarcinoma of the uterus.', { name: 'endometri' }],
    [DM + 'Prostate biopsy revealed adenocarcinoma of the prostate (Gleason 7).', { name: 'prostat' }],
    [DM + 'Oesophageal squamous cell carcinoma was found on endoscopy.', { name: 'squamous' }],
    [DM + 'Esophageal cancer was found on endoscopy.', { name: 'esophag' }],
    [DM + 'A breast lump proved to be invasive ductal carcinoma.', { name: 'ductal' }],
  ])('%s', checkSite);
});

// ---------------------------------------------------------------------------------------------------------------
// Cancers: timing against the myositis
// ---------------------------------------------------------------------------------------------------------------

const W = 'A 56-year-old woman presented with a heliotrope rash and proximal weakness. ';

describe('cancer before the myositis, with an interval', () => {
  it.each<Row>([
    [
      W + 'She had been diagnosed with breast cancer 3 years earlier.',
      { name: 'breast', relation: 'before', months: 36 },
    ],
    [
      W + 'Breast cancer had been diagnosed three years before.',
      { name: 'breast', relation: 'before', months: 36 },
    ],
    [
      W + 'Five years previously she had undergone a mastectomy for breast carcinoma.',
      { name: 'breast', relation: 'before', months: 60 },
    ],
    [
      W + 'Two years before the onset of dermatomyositis, she had been treated for ovarian cancer.',
      { name: 'ovar', relation: 'before', months: 24 },
    ],
    [
      W + 'She had a history of colon cancer treated 4 years ago.',
      { name: 'colon', relation: 'before', months: 48 },
    ],
    [
      W + 'Her medical history included a papillary thyroid carcinoma resected 10 years before.',
      { name: 'thyroid', relation: 'before', months: 120 },
    ],
    [
      W + 'Her breast cancer had been in remission for 5 years.',
      { name: 'breast', relation: 'before', months: 60 },
    ], // open: remission since diagnosis
    [
      W + 'She had undergone hysterectomy for endometrial carcinoma eight months before presentation.',
      { name: 'endometri|uter', relation: 'before', months: 8 },
    ],
    [
      W + 'The myositis was preceded by a diagnosis of lymphoma by 7 years.',
      { name: 'lymphoma', relation: 'before', months: 84 },
    ],
    [
      W + 'A melanoma had been excised from her leg 18 months earlier.',
      { name: 'melanoma', relation: 'before', months: 18 },
    ],
    [
      W + 'One year prior to the onset of weakness, a gastric cancer was resected.',
      { name: 'gastric|stomach', relation: 'before', months: 12 },
    ],
  ])('%s', checkCancer);
});

describe('cancer before the myositis, order only or a calendar year', () => {
  it.each<Row>([
    [W + 'She had a history of breast cancer.', { name: 'breast', relation: 'before' }],
    [
      W + 'Her past medical history was notable for prostate cancer.',
      { name: 'prostat', relation: 'before' },
    ],
    [W + 'She had previously been treated for ovarian carcinoma.', { name: 'ovar', relation: 'before' }],
    [W + 'She was a survivor of Hodgkin lymphoma.', { name: 'lymphoma', relation: 'before' }],
    [W + 'She had a history of colon cancer (2015).', { name: 'colon', relation: 'before' }], // year only: order known
    [
      W + 'Her past history included a renal cell carcinoma treated by nephrectomy.',
      { name: 'renal', relation: 'before' },
    ],
    [
      'In June 2019 a 56-year-old woman presented with a heliotrope rash and weakness. She had been treated for breast cancer in June 2016.',
      { name: 'breast', relation: 'before', months: 36 },
    ],
  ])('%s', checkCancer);
});

describe('cancer after the myositis', () => {
  it.each<Row>([
    [
      W + 'Six months after the onset of dermatomyositis, a CT revealed a lung adenocarcinoma.',
      { name: 'lung', relation: 'after', months: 6 },
    ],
    [
      W + 'One year later, gastric cancer was diagnosed.',
      { name: 'gastric|stomach', relation: 'after', months: 12 },
    ],
    [
      W + 'Eight months after the diagnosis of dermatomyositis, ovarian carcinoma was found.',
      { name: 'ovar', relation: 'after', months: 8 },
    ],
    [
      W + 'Two years after presentation she was diagnosed with breast cancer.',
      { name: 'breast', relation: 'after', months: 24 },
    ],
    [W + 'She later developed a diffuse large B-cell lymphoma.', { name: 'lymphoma', relation: 'after' }],
    [
      W + 'A nasopharyngeal carcinoma was detected 3 months later.',
      { name: 'nasopharyn', relation: 'after', months: 3 },
    ],
    [
      W + 'At follow-up 14 months later, a colon adenocarcinoma was found.',
      { name: 'colon', relation: 'after', months: 14 },
    ],
    [
      W + 'Within a year of the diagnosis of dermatomyositis, pancreatic cancer was found.',
      { name: 'pancrea', relation: 'after' },
    ], // open: "within a year" gives no exact interval
  ])('%s', checkCancer);
});

describe('cancer concurrent with the myositis', () => {
  it.each<Row>([
    // open: a find of the initial work-up is "after", interval not stated (the corpus's reading, docs/extraction.md)
    [W + 'The work-up disclosed a nasopharyngeal carcinoma.', { name: 'nasopharyn', relation: 'after' }],
    [W + 'Concurrently, a CT scan revealed an ovarian carcinoma.', { name: 'ovar', relation: 'concurrent' }],
    [
      W + 'At the time of diagnosis, a lung adenocarcinoma was found.',
      { name: 'lung', relation: 'concurrent' },
    ],
    [
      W + 'Screening for malignancy revealed a gastric adenocarcinoma.',
      { name: 'gastric|stomach', relation: 'after' },
    ], // open: as above
    [W + 'Breast cancer was diagnosed at the same time.', { name: 'breast', relation: 'concurrent' }],
    [
      W + 'Simultaneously, she was diagnosed with colorectal cancer.',
      { name: 'colo', relation: 'concurrent' },
    ],
    [
      W + 'A PET-CT performed during the admission showed a pancreatic adenocarcinoma.',
      { name: 'pancrea', relation: 'after' },
    ], // open: as above
    [
      'We describe a woman with both dermatomyositis and a renal cell carcinoma diagnosed at the same time.',
      { name: 'renal', relation: 'concurrent' },
    ],
    [
      W + 'One month later, a breast carcinoma was found.',
      { name: 'breast', relation: 'concurrent', months: 1 },
    ], // within a month
  ])('%s', checkCancer);
});

describe('cancer, recurrence and two cancers', () => {
  it.each<Row>([
    [
      W + 'She had had breast cancer 4 years earlier; a CT now showed its recurrence in the liver.',
      { name: 'breast', relation: 'before', months: 48 },
    ],
    [
      W + 'She had been treated for colon cancer in 2012. Lung adenocarcinoma was found at presentation.',
      { name: 'lung', relation: 'concurrent' },
    ],
  ])('%s', checkCancer);
});

describe('cancer, negatives', () => {
  it.each<Row>([
    [W + 'Malignancy was ruled out.', null],
    [W + 'No evidence of malignancy was found on CT of the chest, abdomen and pelvis.', null],
    [W + 'Her mother died of colon cancer.', null],
    [W + 'Screening for occult malignancy is recommended in adults with dermatomyositis.', null],
    ['Dermatomyositis is associated with ovarian cancer in up to 20 % of women. ' + W, null],
    [W + 'A CT to exclude lung cancer is planned.', null],
    [W + 'The mass was suspicious for lymphoma.', null],
    ['In a cohort of 200 patients with dermatomyositis, 30 had cancer. ' + W, null],
    [W + 'Tumour markers were normal and a PET scan showed no malignancy.', null],
    [W + 'Her father had prostate cancer diagnosed 3 years earlier.', null],
  ])('%s', checkCancer);
});

// ---------------------------------------------------------------------------------------------------------------
// Wave 2: written after the first rules, before running them, to see whether those rules generalise.
// ---------------------------------------------------------------------------------------------------------------

describe('wave 2, onset', () => {
  it.each<Onset>([
    ['A 48-year-old man had a 5-mo history of progressive proximal weakness.', 5],
    ['A 33-year-old woman presented with a 2-yr hx of photosensitive rash and myalgia.', 24],
    ['A 71-year-old man reported weakness of his shoulders for the last 10 weeks.', 2.3],
    ['For about a year, she had noticed a violaceous rash over her knuckles.', 12],
    ['Her muscle weakness had been progressing for one and a half years.', 18],
    ['He described 6–8 weeks of worsening weakness and dysphagia.', 1.6],
    ['She had a four-to-six-week history of rash and weakness.', 1.2],
    ['The rash appeared 7 months before her first visit to our clinic.', 7],
    ['Eighteen months before admission, he began to have difficulty climbing stairs.', 18],
    ['Since the previous year he had noticed muscle weakness.', null], // open: no count, no date
    ['She had been unwell for the past fortnight with weakness and rash.', 0.46],
    ['Symptom duration: 9 weeks (proximal weakness, Gottron papules).', 2.1],
    ['Weakness of the thighs, progressive over 3/12.', 3],
    ['His mother reported that he had had weakness for 2 months.', 2],
    ['Her brother had noticed weakness for 6 months before his death.', null],
    ['Should the weakness recur within 6 months, rituximab will be considered.', null],
    [
      'A 29-year-old woman with a 3-year history of systemic lupus erythematosus presented with weakness.',
      null,
    ],
    ['The weakness developed over a period of approximately 4 weeks.', 0.92],
  ])('%s → %s', checkOnset);
});

describe('wave 2, cancer timing', () => {
  it.each<Row>([
    [
      W + 'She had been diagnosed with ovarian cancer two years ago.',
      { name: 'ovar', relation: 'before', months: 24 },
    ],
    [
      W + 'Her past medical history was significant for a right mastectomy for breast cancer 6 years before.',
      { name: 'breast', relation: 'before', months: 72 },
    ],
    [
      W + 'Lung adenocarcinoma had been resected 14 months previously.',
      { name: 'lung', relation: 'before', months: 14 },
    ],
    [
      W + 'She had been in complete remission from Hodgkin lymphoma for 10 years.',
      { name: 'lymphoma', relation: 'before', months: 120 },
    ],
    [W + 'She is a breast cancer survivor.', { name: 'breast', relation: 'before' }],
    [
      W + 'Ten months later, she was diagnosed with a gastric adenocarcinoma.',
      { name: 'gastric|stomach', relation: 'after', months: 10 },
    ],
    [W + 'Eventually, a small cell lung carcinoma was diagnosed.', { name: 'small|lung', relation: 'after' }],
    [
      W + 'Subsequently, she developed a metastatic pancreatic adenocarcinoma.',
      { name: 'pancrea', relation: 'after' },
    ],
    [
      W + 'At the time of presentation, she was also found to have colon cancer.',
      { name: 'colon', relation: 'concurrent' },
    ],
    [W + 'Colon cancer was diagnosed synchronously.', { name: 'colon', relation: 'concurrent' }],
    [
      W + 'The dermatomyositis was preceded by the diagnosis of a prostate carcinoma by 2 years.',
      { name: 'prostat', relation: 'before', months: 24 },
    ],
    [
      W + 'A diagnosis of ovarian carcinoma preceded the onset of dermatomyositis by 18 months.',
      { name: 'ovar', relation: 'before', months: 18 },
    ],
    [W + 'Her sister had breast cancer in remission for 5 years.', null],
    [W + 'An ovarian mass was seen; malignancy could not be excluded.', null],
  ])('%s', checkCancer);
});

// ---------------------------------------------------------------------------------------------------------------
// Wave 3: written after the wave-2 rules, before running them.
// ---------------------------------------------------------------------------------------------------------------

describe('wave 3, onset', () => {
  it.each<Onset>([
    ['A 62-year-old woman (symptom duration 5 months) presented with proximal weakness.', 5],
    ['The patient, whose weakness had begun 4 months earlier, was admitted.', 4],
    ['A 45-year-old man presented with a ~3-month history of myalgia and weakness.', 3],
    ['A 50-year-old woman had a >6-month history of proximal weakness.', 6],
    ['A 58-year-old woman presented with a 3\u00a0month history of proximal weakness.', 3], // no-break space
    ['A 41-year-old man presented with a 2\u2011year history of a scaly rash on his hands.', 24],
    ['A 67-year-old man presented with a one-month history of weakness and an erythematous rash.', 1],
    ['A 52-year-old woman was seen with a week-long history of dysphagia and weakness.', 0.23],
    ['Case presentation: a 38-year-old woman. Symptoms: proximal weakness for approx. 8 weeks.', 1.8],
    ['She noted progressive weakness, first in the thighs, over about 10 weeks before admission.', 2.3],
    ['Her weakness had started in mid-2019; she was admitted in November 2019.', 5],
    ['Around two months before presentation she developed a heliotrope rash.', 2],
    ['A patient of 60 years presented with weakness that had progressed over four months.', 4],
    ['Her daughter had a 1-year history of a facial rash.', null],
    ['Symptoms are typically present for 3 to 6 months before diagnosis.', null],
    ['Treatment was continued for 6 months and the weakness resolved.', null],
  ])('%s → %s', checkOnset);
});

describe('wave 3, cancer timing', () => {
  it.each<Row>([
    [
      W + 'Three years after the diagnosis of dermatomyositis, she developed ovarian cancer.',
      { name: 'ovar', relation: 'after', months: 36 },
    ],
    [W + 'During follow-up, an adenocarcinoma of the lung was found.', { name: 'lung', relation: 'after' }],
    [
      W + 'Eighteen months into her illness a breast carcinoma was diagnosed.',
      { name: 'breast', relation: 'after', months: 18 },
    ],
    [
      W + 'She had a history of cervical cancer treated with radiotherapy in her thirties.',
      { name: 'cervi', relation: 'before' },
    ],
    [
      W + 'A gastric adenocarcinoma was diagnosed concomitantly.',
      { name: 'gastric|stomach', relation: 'concurrent' },
    ],
    [
      W + 'Breast cancer (diagnosed 4 years earlier) had been treated with lumpectomy.',
      { name: 'breast', relation: 'before', months: 48 },
    ],
    [
      W + 'She had undergone a left nephrectomy for renal cell carcinoma in the past.',
      { name: 'renal', relation: 'before' },
    ],
    [
      W + 'Her prior malignancy, a colon adenocarcinoma, had been resected 3 years ago.',
      { name: 'colon', relation: 'before', months: 36 },
    ],
    [
      W + 'A thymoma was discovered at the time of the myositis diagnosis.',
      { name: 'thymoma', relation: 'concurrent' },
    ],
    [
      W + 'Two months after she presented, a CT showed a pancreatic adenocarcinoma.',
      { name: 'pancrea', relation: 'after', months: 2 },
    ],
    [W + 'Her aunt was treated for a gastric cancer 3 years ago.', null],
    [W + 'An occult malignancy was suspected but was never found.', null],
  ])('%s', checkCancer);
});

// ---------------------------------------------------------------------------------------------------------------
// Wave 4: written after the wave-3 rules, before running them.
// ---------------------------------------------------------------------------------------------------------------

describe('wave 4, onset', () => {
  it.each<Onset>([
    ['Onset: 3 months ago, with proximal weakness and a heliotrope rash.', 3],
    ['Presenting complaint: weakness of both arms (duration 6 weeks).', 1.4],
    ['A 64-year-old woman, who had had myalgia for two months, was referred.', 2],
    ['Weakness, dysphagia and a rash on her hands had developed over the preceding 3 months.', 3],
    ['Her symptoms, namely proximal weakness and rash, started six weeks ago.', 1.4],
    ['Weakness had been present since the summer of 2018; she was admitted in December 2018.', 5], // open: summer → July
    ['Two and a half years before admission, she noticed a rash on her eyelids.', 30],
    ['The rash had been present for nine months.', 9],
    ['She presented 5 months after the onset of proximal weakness.', 5],
    ['He had a 4-month history of proximal weakness; the rash followed 2 months later.', 4],
    // session 29 (decision changed): a complaint and a count of time after a dash is its duration, as lists of
    // complaints write it ("Fever – 4 months. Weakness – 2 months."); session 16 had left it open
    ['Weakness of the hip flexors — 3 months.', 3],
    ['Her husband had had weakness for a year.', null],
    ['Patients often describe weakness for several months before diagnosis.', null],
  ])('%s → %s', checkOnset);
});

describe('wave 4, cancer wording and timing', () => {
  it.each<[string, Expected]>([
    [DM + 'Biopsy of a tongue ulcer showed squamous cell carcinoma of the tongue.', { name: 'tongue' }],
    [DM + 'Cholecystectomy revealed a gallbladder adenocarcinoma.', { name: 'gallbladder' }],
    [DM + 'Bone marrow biopsy confirmed multiple myeloma.', { name: 'myeloma' }],
    [DM + 'Orchiectomy showed a seminoma of the testis.', { name: 'seminoma|testi' }],
    [DM + 'A skin nodule proved to be a Merkel cell carcinoma.', { name: 'merkel' }],
    [DM + 'Pleural biopsy showed malignant mesothelioma.', { name: 'mesothelioma' }],
    [DM + 'A tonsillar squamous cell carcinoma was found.', { name: 'tonsil|squamous' }],
    [DM + 'Uterine leiomyosarcoma was diagnosed after hysterectomy.', { name: 'leiomyosarcoma' }],
  ])('%s', checkSite);
  it.each<Row>([
    [
      W + 'She had been treated for chronic lymphocytic leukaemia since 2009.',
      { name: 'leuk', relation: 'before' },
    ],
    [
      W + 'She had been diagnosed with breast cancer 2 years prior to the onset of the rash.',
      { name: 'breast', relation: 'before', months: 24 },
    ],
    [
      W + 'Four months after the start of steroids, she was diagnosed with lung cancer.',
      { name: 'lung', relation: 'after' },
    ], // open: counted from the steroids, which followed the presentation
    [W + 'Her brother and mother had both had colon cancer.', null],
    [W + 'PET-CT showed no evidence of malignancy, and tumour markers were negative.', null],
  ])('%s', checkCancer);
});

// ---------------------------------------------------------------------------------------------------------------
// Wave 5: written after the wave-4 rules, before running them (families taken from the kinds of misses earlier
// rounds met at first contact, in wording of our own: non-native "since N months", "for last N", "N days' duration").
// ---------------------------------------------------------------------------------------------------------------

describe('wave 5, onset', () => {
  it.each<Onset>([
    ['A 44-year-old woman complained of proximal weakness since 4 months.', 4],
    ['A 39-year-old man had weakness of both legs since last 6 months.', 6],
    ['She had proximal muscle weakness for last 8 months.', 8],
    ['He presented with a rash of 7 years’ duration on his face and hands.', 84],
    ['She presented with muscle weakness of 3 weeks duration.', 0.7],
    ['She reported weakness for 1.5 years.', 18],
    ['He had weakness from 2 months, with difficulty climbing stairs.', 2],
    ['The weakness evolved gradually over the course of 5 months.', 5],
    ['Proximal weakness had appeared within the last 3 weeks.', 0.7],
    ['She gave a history of 2 months of proximal weakness.', 2],
    ['A 66-year-old woman noticed a rash on her face in the last month.', 1],
  ])('%s → %s', checkOnset);
});

describe('wave 5, cancer timing', () => {
  it.each<Row>([
    [
      W + 'The breast carcinoma had been diagnosed four months previous to the onset of dermatomyositis.',
      { name: 'breast', relation: 'before', months: 4 },
    ],
    [
      'A 61-year-old woman with multiple myeloma developed a heliotrope rash and proximal weakness.',
      { name: 'myeloma', relation: 'before' },
    ],
    [
      W + 'Two years after completing chemotherapy for ovarian cancer, she developed weakness.',
      { name: 'ovar', relation: 'before' },
    ],
    [
      'A 59-year-old man was diagnosed with dermatomyositis. Nine months later a hepatocellular carcinoma was detected.',
      { name: 'hepatocellular', relation: 'after', months: 9 },
    ],
    [
      W + 'Before the diagnosis of dermatomyositis, she had been treated for a melanoma.',
      { name: 'melanoma', relation: 'before' },
    ],
    [
      W + 'A metachronous colon cancer had been resected 6 years earlier.',
      { name: 'colon', relation: 'before', months: 72 },
    ],
  ])('%s', checkCancer);
});

// ---------------------------------------------------------------------------------------------------------------
// Wave 6: written after the wave-5 rules, before running them (calendar dates and cancer timing).
// ---------------------------------------------------------------------------------------------------------------

describe('wave 6, onset', () => {
  it.each<Onset>([
    ['In late 2020 she noticed weakness of her shoulders. She was admitted in May 2021.', 6],
    ['She developed a rash in 2017 and was referred to us in 2019.', 24], // open: two years, months unknown
    ['The weakness began on 3 March 2021; she presented on 14 April 2021.', 1.4],
    ['A 55-year-old man with weakness since 2 weeks was admitted.', 0.46],
    ['She had had a rash on her eyelids for about half a year.', 6],
  ])('%s → %s', checkOnset);
});

describe('wave 6, cancer timing', () => {
  it.each<Row>([
    [
      'In March 2019 a 60-year-old woman developed a heliotrope rash and weakness; dermatomyositis was diagnosed. In September 2019 an ovarian carcinoma was found.',
      { name: 'ovar', relation: 'after', months: 6 },
    ],
    [
      W + 'She had undergone surgery for rectal cancer in 2012; dermatomyositis was diagnosed in 2018.',
      { name: 'rect', relation: 'before', months: 72 },
    ],
    [
      W + 'Her lymphoma was diagnosed 2 years after the onset of the myositis.',
      { name: 'lymphoma', relation: 'after', months: 24 },
    ],
    [
      W + 'Nasopharyngeal carcinoma was diagnosed one month before the onset of the rash.',
      { name: 'nasopharyn', relation: 'before', months: 1 },
    ],
    [
      W + 'The dermatomyositis developed 3 years after a mastectomy for breast cancer.',
      { name: 'breast', relation: 'before', months: 36 },
    ],
    [
      W + 'Within 2 weeks of her admission, a CT revealed a lung adenocarcinoma.',
      { name: 'lung', relation: 'concurrent' },
    ],
    [W + 'She had been in remission from ovarian cancer since 2014.', { name: 'ovar', relation: 'before' }],
    [
      W + 'Bladder cancer, treated 5 years earlier with resection, had not recurred.',
      { name: 'bladder', relation: 'before', months: 60 },
    ],
    [W + 'We were unable to find any malignancy despite extensive screening.', null],
    [W + 'Her late husband had died of pancreatic cancer 2 years earlier.', null],
  ])('%s', checkCancer);
});
