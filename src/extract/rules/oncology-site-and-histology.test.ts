/**
 * Which cancer a text names, and where: histologies and sites by other names, embryonal and germ cell tumours, the
 * parts of an organ, a metastasis's organ against the primary site, paired organs, cancers spread or come back,
 * negative screens, and words that look like a cancer but are not one. Each with the control it must leave alone.
 * @module
 */
import { describe, expect, it } from 'vitest';
import { read } from '../__fixtures__/read-case.js';
import { extractCase } from '../extract.js';
import {
  cancerHistologiesAfterWeakThighs,
  cancerListAfterTitle,
  cancerSitesAfterWeakThighs,
  CASE_HEADING,
  readAfterTitle,
  sortedAntibodiesAfterWeakThighs,
  WEAK_THIGHS_CASE,
} from './__fixtures__/helpers.js';
import {
  cancerLinesAfterWeakThighs as cancerMonthsAfterWeakThighs,
  cancerTimesAfterWeakThighs as cancerTimesOf,
  cancersAfterHeading as cancerTimingAfterHeading,
  onsetAfterWeakThighs as onsetOf,
} from './__fixtures__/timing.js';

const cancerSitesOf = (text: string) =>
  extractCase(WEAK_THIGHS_CASE + text).case.cancers.map((k) => `${k.histology ?? '?'}@${k.site ?? '?'}`);

describe('fifteenth round: cancers', () => {
  it('knows the embryonal tumours of childhood with their organ', () => {
    const c = read(
      'She had a left retinoblastoma removed with the eye at the age of two; the tumour has now spread to the humerus.',
    ).cancers;
    expect(c.map((k) => [k.histology, k.site])).toEqual([['retinoblastoma', 'eye']]);
    expect(read('As an infant he was treated for a Wilms tumour.').cancers[0]).toMatchObject({
      histology: 'nephroblastoma',
      site: 'kidney',
    });
  });
});

describe('fifteenth round: one lung cancer named twice, and a virus named after a cancer', () => {
  it('reads "non-small cell lung cancer" and "lung adenocarcinoma" of one text as one cancer, the specific kind', () => {
    const c = read(
      'Myasthenia after a checkpoint inhibitor given for non-small cell lung cancer. She had a stage 3A lung adenocarcinoma.',
    ).cancers;
    expect(c.map((k) => [k.histology, k.site])).toEqual([['adenocarcinoma', 'lung']]);
    // an adenocarcinoma of another organ stays its own cancer
    expect(read('She had NSCLC and a rectal adenocarcinoma.').cancers).toHaveLength(2);
  });

  it('does not read the human T-cell leukaemia virus as a leukaemia', () => {
    expect(read('She carries human T-cell leukemia virus 1 (HTLV-1).').cancers).toEqual([]);
  });
});

describe('the site of a cancer told by the parts of its organ', () => {
  it('"a cancer of the tail and body of the pancreas"', () => {
    expect(
      readAfterTitle('CT showed a cancer of the tail and body of the pancreas.').cancers.map((k) => k.site),
    ).toEqual(['pancreas']);
  });
  it('control: metastases joined by "and" are no primary site', () => {
    expect(
      readAfterTitle('She had a carcinoma with liver and lung metastases.').cancers.map((k) => k.site),
    ).toEqual([undefined]);
  });
});

describe('a negative cancer screen', () => {
  const studies = (text: string) =>
    (readAfterTitle(text).investigations ?? []).map((i) => [i.kind, i.result]);
  it('"Cancer screening: negative (mammogram, … tumour markers)" is a normal mammogram, not a cancer found', () => {
    const found = studies('Cancer screening: negative (mammogram, pelvic ultrasound, tumour markers).');
    expect(found).toContainEqual(['mammography', 'normal']);
    expect(found.map(([, result]) => result)).not.toContain('cancer-found');
  });
  it('"cancer screening with a mammogram … was negative" is a normal mammogram (was dropped as not done)', () => {
    expect(studies('Cancer screening with a mammogram and tumour markers was negative.')).toEqual([
      ['mammography', 'normal'],
    ]);
  });
  it('control: "no mammogram was done" records none', () => {
    expect(studies('No mammogram was done.')).toEqual([]);
  });
});

describe('germ cell histologies', () => {
  const cancers = (text: string) =>
    extractCase(`Dermatomyositis and a germ cell tumour\n\n${text}`).case.cancers.map((c) => c.histology);
  it('"embryonal carcinoma" of an extragonadal germ cell tumour is one cancer of that histology', () => {
    expect(
      cancers(
        'A 30-year-old man presented with dermatomyositis. Node biopsy showed embryonal carcinoma; CT confirmed an extragonadal germ cell tumour.',
      ),
    ).toEqual(['embryonal carcinoma']);
  });
  it('"a yolk sac tumour" is its own germ cell histology', () => {
    expect(
      cancers('A 24-year-old man presented with dermatomyositis. Biopsy showed a yolk sac tumour.'),
    ).toEqual(['yolk sac tumor']);
  });
});

describe('an immunotherapy’s words are no facts of the tumour', () => {
  const cancer = (text: string) => readAfterTitle(text).cancers[0];
  it('"grade 3 myositis" is the grade of an adverse event', () => {
    expect(
      cancer('A woman with advanced lung cancer developed grade 3 myositis on nivolumab.')?.grade,
    ).toBeUndefined();
  });
  it('control: a tumour’s grade', () => {
    expect(cancer('A grade 2 invasive ductal carcinoma of the breast was found.')?.grade).toBe('2');
  });
  it('"PD-L1 blockade" is no progressive disease', () => {
    expect(
      cancer('A patient with lung cancer treated with PD-L1 blockade developed myositis.')?.status,
    ).toBeUndefined();
  });
});

describe('cancers named in other ways', () => {
  it('"MDS" alone is a myelodysplastic syndrome', () => {
    expect(cancerListAfterTitle('A marrow biopsy confirmed MDS.')).toEqual([
      'myelodysplastic syndrome |  | ',
    ]);
  });
  it('a plural abbreviation defines its singular ("… syndromes (MDSs)", then "MDS")', () => {
    const c = extractCase(
      'DM and a marrow disorder\n\nDermatomyositis has been linked with myelodysplastic syndromes (MDSs). We report a 72-year-old man with DM and MDS.',
    ).case;
    expect(c.cancers.map((k) => k.histology)).toEqual(['myelodysplastic syndrome']);
  });
  it('the paranasal sinuses are sites', () => {
    expect(
      cancerListAfterTitle(
        'A biopsy of the mass in the left maxillary sinus showed squamous cell carcinoma.',
      ),
    ).toEqual(['squamous cell carcinoma | left maxillary sinus | ']);
  });
});

describe('cancers of the mouth and the anus', () => {
  const cancers = (text: string) => extractCase(text).case.cancers.map((k) => `${k.site}/${k.histology}`);

  it('"oral cavity cancer" and "anal squamous cell carcinoma" are cancers with their sites', () => {
    expect(cancers('A 64-year-old man with oral cavity cancer developed myositis.')).toEqual([
      'oral cavity/carcinoma',
    ]);
    expect(
      cancers('A 60-year-old woman with anal squamous cell carcinoma developed dermatomyositis.'),
    ).toEqual(['anus/squamous cell carcinoma']);
  });

  it('control: mouth ulcers are no cancer', () => {
    expect(cancers('A 30-year-old woman had mouth ulcers and a rash.')).toEqual([]);
  });
});

describe('the sigmoid and the rectosigmoid as sites', () => {
  it('gives "sigmoid carcinoma" the colon and "rectosigmoid adenocarcinoma" the colorectum', () => {
    const P = 'A 66-year-old man presented with weakness of the thighs. Colonoscopy revealed a ';
    expect(cancerTimingAfterHeading(P + 'sigmoid carcinoma.').map((k) => k.site)).toEqual(['colon']);
    expect(cancerTimingAfterHeading(P + 'rectosigmoid adenocarcinoma.').map((k) => k.site)).toEqual([
      'colorectum',
    ]);
  });
});

describe('"non-SCLC" is a non-small-cell cancer', () => {
  it('is never read as the small-cell carcinoma its letters contain', () => {
    const histology = (t: string) =>
      extractCase(`${CASE_HEADING}A 60-year-old man presented with proximal weakness. ${t}`).case.cancers.map(
        (k) => k.histology,
      );
    expect(histology('Biopsy showed non-SCLC.')).toEqual(['non small cell lung cancer']);
    expect(histology('Biopsy showed SCLC.')).toEqual(['small cell carcinoma']);
  });
});

describe('cancers by names of their own', () => {
  const cancersIn = (t: string) =>
    cancerTimingAfterHeading(`A 58-year-old man presented with dermatomyositis. ${t}`).map((k) => k.site);
  const histologies = (t: string) =>
    extractCase(`${CASE_HEADING}A 58-year-old man presented with dermatomyositis. ${t}`).case.cancers.map(
      (k) => k.histology,
    );

  it('"non-melanoma skin cancer" is no melanoma; Kaposi sarcoma, ccRCC and cholangiocellular carcinoma are named', () => {
    expect(histologies('He had a history of non-melanoma skin cancer.')).toEqual([
      'non melanoma skin cancer',
    ]);
    expect(histologies("Biopsy showed Kaposi's sarcoma.")).toEqual(['kaposi sarcoma']);
    expect(histologies('Nephrectomy revealed ccRCC.')).toEqual(['renal cell carcinoma']);
    expect(histologies('Biopsy showed cholangiocellular carcinoma.')).toEqual(['cholangiocarcinoma']);
  });

  it('"squamous cell carcinoma (SCC) antigen" is a tumour marker, not a cancer', () => {
    expect(cancersIn('Serum squamous cell carcinoma (SCC) antigen was elevated.')).toEqual([]);
    // control: the carcinoma itself, with its abbreviation and a size
    expect(cancersIn('Biopsy showed squamous cell carcinoma (SCC) of the lung.')).toEqual(['lung']);
  });
});

describe('a red cell count in a pasted table is no renal cell carcinoma', () => {
  it('reads no cancer from "RCC (x10^12/L) 3.41"', () => {
    const P = 'A 57-year-old woman presented with dermatomyositis. ';
    expect(
      cancerTimingAfterHeading(P + 'Blood count: RCC (x10^12/L) 4.0–5.2 3.41; Hb (g/L) 120–160 104.'),
    ).toEqual([]);
    // control: the carcinoma's abbreviation with words in its bracket
    expect(
      cancerTimingAfterHeading(P + 'CT showed a renal mass; nephrectomy revealed RCC (clear cell type).').map(
        (k) => k.site,
      ),
    ).toEqual(['kidney']);
  });
});

describe('names of tumours read as another tumour, or not at all', () => {
  it('reads a non-small cell carcinoma and a non-Hodgkin disease as what they are', () => {
    // (both had lost "non-": a small-cell carcinoma and a Hodgkin lymphoma)
    expect(cancerSitesAfterWeakThighs('A CT-guided biopsy showed a non-small cell carcinoma.')).toEqual([
      'lung/non small cell lung cancer',
    ]);
    expect(cancerSitesAfterWeakThighs("A node biopsy showed non-Hodgkin's disease.")).toEqual(['?/lymphoma']);
    // controls: the tumours the prefix had turned them into
    expect(cancerSitesAfterWeakThighs('A CT-guided biopsy showed a small cell carcinoma.')).toEqual([
      'lung/small cell carcinoma',
    ]);
    expect(cancerSitesAfterWeakThighs("A node biopsy showed Hodgkin's disease.")).toEqual([
      '?/hodgkin lymphoma',
    ]);
  });

  it('keeps a thymic carcinoma apart from a thymoma, and knows a dysgerminoma and a marginal zone lymphoma', () => {
    expect(cancerSitesAfterWeakThighs('Resection showed a thymic carcinoma.')).toEqual([
      'thymus/thymic carcinoma',
    ]);
    expect(cancerSitesAfterWeakThighs('Resection showed a thymoma.')).toEqual(['thymus/thymoma']);
    expect(cancerSitesAfterWeakThighs('Laparotomy revealed a dysgerminoma of the ovary.')).toEqual([
      'ovary/dysgerminoma',
    ]);
    expect(cancerSitesAfterWeakThighs('A node biopsy showed a nodal marginal zone B-cell lymphoma.')).toEqual(
      ['?/marginal zone lymphoma'],
    );
  });
});

describe("a tumour's abbreviation in brackets, a work-up written in two words, a large B-cell lymphoma", () => {
  it('reads a small cell carcinoma with "(SCC)" after it as one tumour, of the gallbladder', () => {
    // (a second cancer, a squamous cell carcinoma of the gallbladder, had been read beside a small cell lung cancer)
    expect(
      cancerSitesAfterWeakThighs(
        'Biopsy showed a small cell carcinoma (SCC), probably of gallbladder origin.',
      ),
    ).toEqual(['gallbladder/small cell carcinoma']);
    // control: an abbreviation of the same tumour keeps the site after it
    expect(cancerSitesAfterWeakThighs('Biopsy showed a squamous cell carcinoma (SCC) of the lung.')).toEqual([
      'lung/squamous cell carcinoma',
    ]);
  });

  it('reads the tumours a "work up for" looks for as not found', () => {
    // (both had been read as the patient's cancers)
    expect(cancerSitesAfterWeakThighs('He underwent work up for germ cell tumour and lymphoma.')).toEqual([]);
    // control: what a work-up revealed is found
    expect(cancerSitesAfterWeakThighs('A work-up for malignancy revealed a lung adenocarcinoma.')).toEqual([
      'lung/adenocarcinoma',
    ]);
  });

  it('reads "large B-cell lymphoma" as a diffuse large B-cell lymphoma', () => {
    expect(cancerSitesAfterWeakThighs('A node biopsy showed infiltration by large B-cell lymphoma.')).toEqual(
      ['?/diffuse large b cell lymphoma'],
    );
  });
});

describe('the organ a metastasis was found in is not the primary site', () => {
  it('"Biopsy of a liver lesion showed metastatic adenocarcinoma" gives no liver primary', () => {
    expect(cancerSitesOf('Biopsy of a liver lesion showed metastatic adenocarcinoma.')).toEqual([
      'adenocarcinoma@?',
    ]);
    expect(
      cancerSitesOf('She had a melanoma of the right cheek excised; liver metastases appeared a year later.'),
    ).toEqual(['melanoma@right cheek']);
  });

  it('takes the primary the text names ("consistent with a colorectal primary", "of the lung")', () => {
    expect(
      cancerSitesOf('Liver biopsy showed metastatic adenocarcinoma consistent with a colorectal primary.'),
    ).toEqual(['adenocarcinoma@colorectum']);
    expect(cancerSitesOf('She had metastatic adenocarcinoma of the lung.')).toEqual(['adenocarcinoma@lung']);
    // control: the organ of the cancer, its metastases named after it
    expect(cancerSitesOf('She had breast cancer with liver metastases.')).toEqual(['carcinoma@breast']);
  });
});

describe('a lobe of the lung and a concurrence within the same week', () => {
  it('"biopsy of a right upper lobe mass confirmed squamous cell carcinoma" is a carcinoma of the right lung', () => {
    expect(
      cancerSitesOf('Bronchoscopic biopsy of a right upper lobe mass confirmed squamous cell carcinoma.'),
    ).toEqual(['squamous cell carcinoma@right lung']);
    // control: the lung named after its lobe keeps its side
    expect(cancerSitesOf('She had an adenocarcinoma in the upper lobe of the right lung.')).toEqual([
      'adenocarcinoma@right lung',
    ]);
  });

  it('"found on the screening CT the same week" is a cancer found with the myositis', () => {
    const c = extractCase(
      WEAK_THIGHS_CASE + 'A lung adenocarcinoma was found on the screening CT the same week.',
    ).case;
    expect(c.cancers.map((k) => k.relationToMyositis)).toEqual(['concurrent']);
  });
});

describe('a second primary in the other side of a paired organ', () => {
  it('keeps a right and a later left breast carcinoma apart', () => {
    const text =
      'A right breast carcinoma had been removed four months before the rash appeared. Two years later a carcinoma of the left breast was detected.';
    expect(cancerSitesOf(text)).toEqual(['carcinoma@right breast', 'carcinoma@left breast']);
  });

  it('still merges a cancer named again without its side', () => {
    expect(cancerSitesOf('She had a left breast carcinoma. The breast cancer was resected.')).toEqual([
      'carcinoma@left breast',
    ]);
  });
});

describe('a cancer a biopsy proved', () => {
  it('reads "a hilar mass … proved on needle biopsy to be an adenocarcinoma of the lung"', () => {
    expect(
      cancerTimesOf('A right hilar mass proved on needle biopsy to be an adenocarcinoma of the lung.'),
    ).toEqual([['lung', null]]);
    // control: "to be" alone opens a prospect
    expect(cancerTimesOf('A biopsy is to be done to exclude a small cell lung carcinoma.')).toEqual([]);
  });
});

describe('a work-up called a study', () => {
  it('reads the case sentences "The study of myositis antibodies was positive for …" and "the study for occult neoplasia revealed …"', () => {
    expect(
      sortedAntibodiesAfterWeakThighs('The study of myositis antibodies was positive for anti-TIF1γ.'),
    ).toEqual(['TIF1-gamma=positive']);
    expect(cancerTimesOf('The study for an occult neoplasia revealed a gastric adenocarcinoma.').length).toBe(
      1,
    );
    // control: a study of patients stays a cohort
    expect(
      sortedAntibodiesAfterWeakThighs('In a study of 40 patients, anti-TIF1γ antibodies were found in 20.'),
    ).toEqual([]);
  });
});

describe('"cervical" of the neck', () => {
  it('gives no cervix, and so no sex, to "cervical radiotherapy" or "cervical nodes"', () => {
    const c = extractCase('He had received cervical radiotherapy for Hodgkin lymphoma.').case;
    expect(c.cancers.map((k) => k.site ?? null)).toEqual([null]);
    expect(c.patient.sex).toBe('male');
    const n = extractCase(
      'The patient had Hodgkin lymphoma with a recurrence in the cervical lymph nodes.',
    ).case;
    expect(n.patient.sex).not.toBe('female');
  });

  it('keeps the cervix of a cervical cancer', () => {
    // control
    const c = extractCase('The patient had a history of cervical cancer treated with radiotherapy.').case;
    expect(c.cancers.map((k) => k.site)).toEqual(['cervix']);
    expect(c.patient.sex).toBe('female');
  });
});

describe('where a cancer spread or came back', () => {
  it('gives no new cancer at the organ a tumour spread to or relapsed in', () => {
    expect(
      cancerHistologiesAfterWeakThighs(
        'A cervical cancer had been found 8 years earlier; two years later the tumour spread to the mediastinal lymph nodes.',
      ),
    ).toEqual(['carcinoma@cervix']);
    expect(
      cancerHistologiesAfterWeakThighs(
        'She had undergone hysterectomy for endometrial cancer in 1998. The cancer relapsed in the lung in 2014.',
      ),
    ).toEqual(['carcinoma@uterus']);
    expect(cancerHistologiesAfterWeakThighs('She had a melanoma metastasis to the lung.')).toEqual([
      'melanoma@?',
    ]);
    expect(
      cancerHistologiesAfterWeakThighs(
        'CT showed mediastinal lymph node enlargement and a tumour thrombus from her renal cell carcinoma.',
      ),
    ).toEqual(['renal cell carcinoma@kidney']);
  });

  it('keeps a second cancer named with its own organ', () => {
    // control
    expect(
      cancerHistologiesAfterWeakThighs(
        'She had undergone hysterectomy for endometrial cancer in 1998. A lung adenocarcinoma was found in 2014.',
      ),
    ).toEqual(['carcinoma@uterus', 'adenocarcinoma@lung']);
  });
});

describe('cancers read from other things', () => {
  it('gives no cancer for a denied one, an injured kidney or a landmark', () => {
    expect(
      cancerHistologiesAfterWeakThighs('The immunohistochemistry argued against clear cell sarcoma.'),
    ).toEqual([]);
    expect(
      cancerHistologiesAfterWeakThighs(
        'She was admitted with acute kidney injury; she is a cancer patient receiving chemotherapy.',
      ),
    ).toEqual([]);
    expect(
      cancerHistologiesAfterWeakThighs(
        'There was a mass in the rectum 7 cm from the anal verge; biopsy showed adenocarcinoma.',
      ),
    ).toEqual(['adenocarcinoma@rectum']);
  });

  it('dates a cancer against a dated onset with an aside after its date', () => {
    expect(
      cancerTimesOf(
        'Her melanoma was first diagnosed in 1988. In 2004 (16 years after the first diagnosis), she developed the weakness.',
      ),
    ).toEqual([[undefined, -192]]);
  });
});

describe('organs coordinated before one plural histology', () => {
  it('reads "kidney and prostate carcinomas" as two cancers', () => {
    expect(cancerHistologiesAfterWeakThighs('He was found to have kidney and prostate carcinomas.')).toEqual([
      'carcinoma@kidney',
      'carcinoma@prostate',
    ]);
    expect(cancerHistologiesAfterWeakThighs('She had breast, ovarian and colon cancers.')).toEqual([
      'carcinoma@breast',
      'carcinoma@ovary',
      'carcinoma@colon',
    ]);
  });

  it('leaves a singular histology after two organs as it was', () => {
    // control (decision: "colon and rectal cancer" may be one colorectal cancer)
    expect(cancerHistologiesAfterWeakThighs('She had colon and gastric cancer.')).toEqual([
      'carcinoma@stomach',
    ]);
  });
});

describe('a metastasis of a cancer already told', () => {
  it('is that cancer, not a second one at the organ biopsied', () => {
    expect(
      cancerMonthsAfterWeakThighs(
        'She had a sigmoid colon adenocarcinoma resected 4 years before. Liver biopsy showed metastatic adenocarcinoma of colorectal origin.',
      ),
    ).toEqual(['colon - -48']);
    expect(
      cancerMonthsAfterWeakThighs(
        'She had a gastric cancer resected 4 years before. Liver biopsy showed adenocarcinoma compatible with metastasis from the gastric cancer.',
      ),
    ).toEqual(['stomach - -48']);
  });

  it('keeps a metastatic cancer of another family apart', () => {
    // control
    expect(
      cancerMonthsAfterWeakThighs(
        'She had prostate cancer. Axillary node biopsy showed metastatic melanoma; the prostate was treated.',
      ),
    ).toHaveLength(2);
  });
});

describe('one nasopharyngeal carcinoma named two ways; a spell without relapse', () => {
  it('keeps a carcinoma of an organ and the carcinoma named by its adjective as one cancer', () => {
    expect(
      cancerMonthsAfterWeakThighs(
        'Biopsy confirmed undifferentiated carcinoma of the nasopharynx. The dermatomyositis and the nasopharyngeal carcinoma were thus diagnosed at the same time.',
      ),
    ).toEqual(['nasopharynx concurrent 0']);
  });

  it('reads no onset from a spell without a relapse', () => {
    expect(onsetOf('There was no relapse of the dermatomyositis for 2 years.')).toBeUndefined();
    // control
    expect(onsetOf('She had no fever but weakness for 2 months.')).toBe(2);
  });
});
