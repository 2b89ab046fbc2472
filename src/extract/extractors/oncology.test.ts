import { describe, expect, it } from 'vitest';
import { analyse } from '../document.js';
import { extractOncology } from './oncology.js';

const onc = (t: string) => extractOncology(analyse(t));

describe('oncology', () => {
  it('reads histology, site, grade, receptors, TNM and extent', () => {
    const c = onc(
      'A woman with an infiltrating ductal carcinoma of the right breast, locally advanced (cT3N1M0), ER negative, HER2 positive, Ki-67 40%, grade 3.',
    ).cancers;
    expect(c).toHaveLength(1);
    expect(c[0]).toMatchObject({
      histology: 'invasive ductal carcinoma',
      site: 'right breast',
      grade: '3',
      stage: { tnm: 'cT3N1M0', extent: 'locally-advanced' },
      receptors: { ER: 'negative', HER2: 'positive', 'Ki-67': '40%' },
    });
  });
  it('merges mentions of one cancer and reads an unknown primary', () => {
    const c = onc(
      'Biopsy revealed grade 2 leiomyosarcoma. Imaging showed metastatic disease with no clear primary site. The leiomyosarcoma progressed.',
    ).cancers;
    expect(c).toHaveLength(1);
    expect(c[0]).toMatchObject({
      histology: 'leiomyosarcoma',
      grade: '2',
      primaryUnknown: true,
      stage: { extent: 'metastatic' },
    });
  });
  it('never takes a relative’s cancer or a hedged first mention', () => {
    expect(onc('Her grandmother had endometrial carcinoma.').cancers).toEqual([]);
    expect(onc('Possible lymphoma.').cancers).toEqual([]);
  });
  it('takes the site from a histology that implies it, and a nearby site word first', () => {
    expect(onc('Biopsy showed hepatocellular carcinoma.').cancers[0]).toMatchObject({ site: 'liver' });
    expect(onc('Biopsy showed invasive ductal carcinoma.').cancers[0]).toMatchObject({ site: 'breast' });
    expect(onc('Biopsy showed a squamous cell carcinoma of the tongue.').cancers[0]).toMatchObject({
      histology: 'squamous cell carcinoma',
      site: 'tongue',
    });
  });
  it('records an organ "cancer" as a carcinoma of that organ', () => {
    const c = onc('He was found to have gastric cancer.').cancers;
    expect(c).toHaveLength(1);
    expect(c[0]).toMatchObject({ histology: 'carcinoma', site: 'stomach' });
  });
  it('gives the SNOMED CT morphology code where the lexicon is sure of it, an organ cancer the carcinoma code', () => {
    expect(onc('Biopsy showed hepatocellular carcinoma.').cancers[0]!.codes).toEqual({ snomed: '25370001' });
    expect(onc('He was found to have gastric cancer.').cancers[0]!.codes).toEqual({ snomed: '68453008' });
    expect(onc('Biopsy showed a thymoma.').cancers[0]!.codes).toBeUndefined();
  });
  it('keeps two cancers of different sites apart and merges spellings of one type', () => {
    expect(onc('Colon adenocarcinoma. Later a lung adenocarcinoma was found.').cancers).toHaveLength(2);
    expect(
      onc('Cystoscopy showed transitional cell carcinoma. The urothelial carcinoma was resected.').cancers,
    ).toHaveLength(1);
  });
  it('reads RECIST responses and sets the cancer status', () => {
    const r = onc(
      'Lung adenocarcinoma. After chemotherapy a major partial response was seen. Later CT showed progressive disease by RECIST 1.1.',
    );
    expect(r.responses.map((x) => [x.recist, x.qualifier ?? '', x.criteria ?? ''])).toEqual([
      ['PR', 'major', ''],
      ['PD', '', 'RECIST 1.1'],
    ]);
    expect(r.cancers[0]?.status).toBe('progression');
  });
});

describe('timing stated about this patient in a discussion', () => {
  const narrative = (discussion: string) =>
    [
      'Case report',
      'A 61-year-old man was diagnosed with gastric adenocarcinoma. He later developed a heliotrope rash and proximal weakness.',
      '',
      'Discussion',
      discussion,
    ].join('\n');

  it('dates the patient’s cancer from a sentence that refers to this patient', () => {
    const c = onc(
      narrative('In our patient the adenocarcinoma preceded the dermatomyositis diagnosis by four months.'),
    ).cancers;
    expect(c).toHaveLength(1);
    expect(c[0]!.diagnosisDate).toEqual({
      relativeTo: 'diagnosis',
      offset: -4,
      unit: 'month',
      approximate: false,
    });
  });

  it('"several" is approximate', () => {
    const c = onc(
      narrative('In this case the adenocarcinoma preceded the dermatomyositis by several months.'),
    ).cancers;
    expect(c[0]!.diagnosisDate).toMatchObject({ offset: -5, approximate: true });
  });

  it('a cited case in the discussion is never used, and never creates a cancer', () => {
    const c = onc(
      narrative(
        'A previous report described a woman whose adenocarcinoma preceded the dermatomyositis by two years. A chondrosarcoma preceded myositis by one year in another report.',
      ),
    ).cancers;
    expect(c).toHaveLength(1);
    expect(c[0]!.diagnosisDate).toBeUndefined();
  });

  it('myositis first: a positive offset', () => {
    const c = onc(
      narrative('In this patient the dermatomyositis preceded the adenocarcinoma by 3 months.'),
    ).cancers;
    expect(c[0]!.diagnosisDate).toMatchObject({ offset: 3, approximate: false });
  });
});

describe('thyroid cancers by their histology (issue 12, sixth round)', () => {
  it('reads "papillary thyroid cancer" and "medullary carcinoma of the thyroid" with their histology and site', () => {
    expect(onc('She had a papillary thyroid cancer resected.').cancers[0]).toMatchObject({
      histology: 'papillary thyroid carcinoma',
      site: 'thyroid',
    });
    expect(onc('A medullary carcinoma of the thyroid was found.').cancers[0]).toMatchObject({
      histology: 'medullary thyroid carcinoma',
      site: 'thyroid',
    });
  });
});

describe('cancer timing relative to the myositis', () => {
  const first = (t: string) => onc(t).cancers[0]!;
  it('reads a stated interval before the first muscle symptoms', () => {
    expect(
      first('A woman had breast carcinoma diagnosed 8 months before the onset of weakness.').diagnosisDate,
    ).toMatchObject({ relativeTo: 'symptom-onset', offset: -8, unit: 'month' });
  });
  it('reads "N units later" a cancer was diagnosed, after the presentation', () => {
    expect(
      first(
        'A man presented with proximal weakness. Two months later he was diagnosed with lung adenocarcinoma.',
      ).diagnosisDate,
    ).toMatchObject({ relativeTo: 'presentation', offset: 2, unit: 'month' });
  });
  it('reads "N units later" in an opening sentence that names the myositis before the cancer it found', () => {
    expect(
      first(
        'A 58-year-old woman with a violaceous eyelid rash and proximal weakness was diagnosed with serous ovarian carcinoma four months later.',
      ).diagnosisDate,
    ).toMatchObject({ relativeTo: 'presentation', offset: 4, unit: 'month' });
    expect(
      first('A man with dermatomyositis was found to have a lung adenocarcinoma two years later.')
        .diagnosisDate,
    ).toMatchObject({ relativeTo: 'presentation', offset: 2, unit: 'year' });
    // a past cancer the sentence recalls, or its course told after it, is no later find
    const recalled = first(
      'A man with dermatomyositis and a history of lung adenocarcinoma relapsed two years later.',
    );
    expect(recalled.diagnosisDate).toBeUndefined();
    expect(recalled.relationToMyositis).toBe('before');
    expect(
      first('A woman with dermatomyositis was diagnosed with breast cancer and died two years later.')
        .diagnosisDate,
    ).toBeUndefined();
  });
  it('a sign of the myositis as the subject dates a cancer named in the object, halves included', () => {
    expect(
      first(
        'A 40-year-old woman developed proximal weakness one and a half years after a hysterectomy for endometrial carcinoma.',
      ).diagnosisDate,
    ).toMatchObject({ relativeTo: 'diagnosis', offset: -1.5, unit: 'year' });
    // the sign comes first but the cancer is not in the object: no interval from that clause
    expect(
      first('She noticed a rash; colon carcinoma recurred two years after resection.').diagnosisDate,
    ).toBeUndefined();
  });
  it('"N later" counts to the myositis when the cancer is named before it and the myositis after it', () => {
    expect(
      first(
        'A 70-year-old woman was seen. She refused surgery for early gastric cancer and returned eight months later with dermatomyositis.',
      ).diagnosisDate,
    ).toMatchObject({ relativeTo: 'presentation', offset: -8, unit: 'month' });
  });
  it('"an N\u2011year history of <cancer>" with a non-breaking hyphen dates the cancer', () => {
    expect(
      first('A woman with a 5\u2011year history of breast cancer presented with dermatomyositis.')
        .diagnosisDate,
    ).toMatchObject({ relativeTo: 'presentation', offset: -5, unit: 'year' });
  });
  it('a past cancer is before the myositis, with the interval left open', () => {
    const c = first('She had a history of ovarian carcinoma. She now has dermatomyositis.');
    expect(c.relationToMyositis).toBe('before');
    expect(c.diagnosisDate).toBeUndefined();
  });
  it('a cancer the patient carried when presenting, or treated before the myositis, is before it', () => {
    expect(
      first(
        'A 51-year-old man diagnosed with metastatic renal cell carcinoma presented with a heliotrope rash.',
      ).relationToMyositis,
    ).toBe('before');
    expect(
      first(
        'A 30-year-old man developed polymyositis after stem cell transplantation for acute myeloid leukaemia.',
      ).relationToMyositis,
    ).toBe('before');
    // diagnosed with both at once: not read as before
    expect(
      first('A 60-year-old woman was diagnosed with dermatomyositis and lung adenocarcinoma.')
        .relationToMyositis,
    ).not.toBe('before');
  });
  it('a cancer that a person diagnosed with the myositis later developed is after it', () => {
    expect(
      first(
        'Case\n\nWe report a man diagnosed with dermatomyositis who later developed a squamous cell carcinoma of the tonsil.',
      ).relationToMyositis,
    ).toBe('after');
    expect(
      first(
        'Case\n\nWe report a woman diagnosed with dermatomyositis whose course saw the development of an ovarian carcinoma.',
      ).relationToMyositis,
    ).toBe('after');
    // "after the development of" orders the other way
    expect(
      first('Case\n\nHer dermatomyositis began after the development of an ovarian carcinoma.')
        .relationToMyositis,
    ).not.toBe('after');
  });
  it('a cancer "status after" checkpoint-inhibitor therapy that was followed by myositis is before it', () => {
    expect(
      first(
        'Case\n\nA woman with metastatic melanoma status after nivolumab therapy that developed myositis five days after the first cycle is presented.',
      ).relationToMyositis,
    ).toBe('before');
  });
  it('a person named with a cancer who then presented, with any complaint, carried it before the myositis', () => {
    expect(
      first('Case\n\nA 71-year-old man with CLL presented with pain in both soles.').relationToMyositis,
    ).toBe('before');
    expect(
      first(
        'Case\n\nWe describe a 58-year-old woman with metastatic cholangiocarcinoma, initially presented with raised thigh uptake on PET-CT.',
      ).relationToMyositis,
    ).toBe('before');
    expect(
      first('Case\n\nA 70-year-old man with small cell lung cancer who was admitted for dyspnoea was seen.')
        .relationToMyositis,
    ).toBe('before');
    expect(
      first('Case\n\nA woman with urothelial carcinoma of the right ureter came to the clinic with ptosis.')
        .relationToMyositis,
    ).toBe('before');
    // a cancer named as new with the presentation, or a title, is not ordered by the presentation
    expect(
      first('Case\n\nA 71-year-old man with newly diagnosed CLL presented with pain in both soles.')
        .relationToMyositis,
    ).not.toBe('before');
    expect(first('A man with CLL presented with plantar pain').relationToMyositis).not.toBe('before');
  });
  it('a sentence opening "N after the (second dose of) chemotherapy" with a sign of the myositis puts the cancer before it', () => {
    const c = first(
      'A 64-year-old man had metastatic gastric carcinoma treated with chemotherapy. Ten days after the third cycle of chemotherapy, he developed proximal weakness and a rash.',
    );
    expect(c.relationToMyositis).toBe('before');
    expect(c.diagnosisDate).toBeUndefined();
    // the treatment sentence without a sign of the myositis after it says nothing of the order
    expect(
      first(
        'A 64-year-old man had metastatic gastric carcinoma. Ten days after the third cycle of chemotherapy, a CT scan was done.',
      ).relationToMyositis,
    ).toBeUndefined();
    // the course of a sign after the treatment is no new complaint
    expect(
      first(
        'A 64-year-old man had metastatic gastric carcinoma. Two days after surgery, his weakness and rash improved.',
      ).relationToMyositis,
    ).toBeUndefined();
  });
  it('a stated concurrence dates the cancer at the myositis diagnosis', () => {
    expect(first('Lung adenocarcinoma was diagnosed at the same time as the dermatomyositis.')).toMatchObject(
      { relationToMyositis: 'concurrent', diagnosisDate: { offset: 0 } },
    );
  });
  it('order words: a myositis revealing a cancer came first', () => {
    expect(first('Dermatomyositis revealing a gastric adenocarcinoma.').relationToMyositis).toBe('after');
    expect(first('Gastric adenocarcinoma presenting with dermatomyositis.').relationToMyositis).toBe('after');
  });
  it('a cancer found by the work-up after the presentation came after', () => {
    expect(
      first(
        'Weakness in a smoker\n\nA man presented with proximal weakness and a heliotrope rash. CT revealed a lung adenocarcinoma.',
      ).relationToMyositis,
    ).toBe('after');
  });
  it('a recurrence that is denied does not leave the order open', () => {
    const c = first(
      'Lung adenocarcinoma with prodromal dermatomyositis\n\nThe rash cleared after tumor excision without relapse of the lung adenocarcinoma.',
    );
    expect(c.relationToMyositis).toBe('after');
  });
  it('a recurrence was first diagnosed before the myositis; a recurrence of the myositis says nothing', () => {
    const c = first('A man presented with weakness. CT showed recurrence of his colon adenocarcinoma.');
    expect(c.relationToMyositis).toBe('before');
    expect(c.diagnosisDate).toBeUndefined();
    expect(
      first(
        'Rash\n\nA man presented with weakness and a rash. CT revealed a renal cell carcinoma, and the recurrence of dermatomyositis followed.',
      ).relationToMyositis,
    ).toBe('after');
    // a progression alone leaves the order open
    expect(
      first('A woman presented with a rash. Restaging showed progression of her ovarian carcinoma.')
        .relationToMyositis,
    ).toBeUndefined();
  });
});

describe('cancer timing: more sentence shapes', () => {
  const first = (t: string) => onc(t).cancers[0]!;
  it('a myositis that developed N after the cancer or its treatment: the cancer came first', () => {
    expect(
      first('Dermatomyositis appeared 14 months after lumpectomy for breast carcinoma.').diagnosisDate,
    ).toMatchObject({ offset: -14, unit: 'month' });
  });
  it('"at the time of DM diagnosis" is concurrent; "N weeks after admission" counts from the presentation', () => {
    expect(first('At the time of DM diagnosis, a gastric adenocarcinoma was found.').relationToMyositis).toBe(
      'concurrent',
    );
    expect(first('Lung adenocarcinoma was diagnosed 3 weeks after admission.').diagnosisDate).toMatchObject({
      relativeTo: 'presentation',
      offset: 3,
      unit: 'week',
    });
  });
  it("the myositis's onset, its first presentation or the admission named as the time is concurrent (session 42)", () => {
    const open =
      'A woman presented with a heliotrope rash and proximal weakness and was diagnosed with dermatomyositis. ';
    const relation = (t: string) => first(open + t).relationToMyositis;
    expect(relation('At disease onset, she was found to have breast cancer.')).toBe('concurrent');
    expect(relation('At onset of the myositis, a thymoma was discovered.')).toBe('concurrent');
    expect(
      relation('At initial presentation, a CT showed a lung mass that proved to be adenocarcinoma.'),
    ).toBe('concurrent');
    expect(
      relation('On admission, CT showed a renal mass, and nephrectomy confirmed renal cell carcinoma.'),
    ).toBe('concurrent');
    expect(relation('The myositis coexisted with a nasopharyngeal carcinoma.')).toBe('concurrent');
    // controls: the work-up's find with no word of time is after; a cancer's own onset and a known cancer are not
    expect(relation('A CT showed a lung mass that proved to be adenocarcinoma.')).toBe('after');
    expect(relation('At the onset of her lung cancer, she had no rash.')).toBeUndefined();
    expect(relation('On admission, she had had a breast cancer, resected in 2010.')).toBe('before');
  });
  it('a myositis named with its lung disease as one compound, then "and" the cancer, is one diagnosis (session 42)', () => {
    const open = 'A 68-year-old man was admitted with dyspnoea, proximal weakness and a heliotrope rash. ';
    const relation = (t: string) => first(open + t).relationToMyositis;
    expect(
      relation(
        'Anti-Jo-1-positive polymyositis\u2013acute interstitial pneumonitis and a gastric carcinoma were diagnosed.',
      ),
    ).toBe('concurrent');
    expect(relation('He was diagnosed with DM-ILD and lung adenocarcinoma.')).toBe('concurrent');
    // control: the lung disease and the cancer told one after the other
    expect(
      relation(
        'Dermatomyositis with interstitial pneumonia was diagnosed in 2015, and lung cancer was diagnosed 2 years later.',
      ),
    ).not.toBe('concurrent');
  });
  it('counts an interval only from the event named right after "after", not from one later in the sentence', () => {
    const c = first(
      'The bladder urothelial carcinoma recurred 2 years after the first operation, at the same time as the dermatomyositis.',
    );
    expect(c.diagnosisDate).toMatchObject({ offset: 0 });
  });
});

describe('cancer timing: phrasing families (issue 12, new synthetic sentences)', () => {
  const timingOf = (t: string) => {
    const c = extractOncology(analyse(t)).cancers[0];
    return { date: c?.diagnosisDate, relation: c?.relationToMyositis };
  };
  it('counts "N years earlier / previously" back from the presentation, also in the opening sentence', () => {
    expect(
      timingOf(
        'A 66-year-old man, whose colon carcinoma had been resected six years earlier, developed dermatomyositis.',
      ).date,
    ).toEqual({
      relativeTo: 'presentation',
      offset: -6,
      unit: 'year',
    });
  });
  it('counts "N years prior" (without "to") back from the presentation, but leaves "prior to" to the interval rule', () => {
    expect(
      timingOf(
        'Case: a 70-year-old woman with weakness for a year. She had been diagnosed with a follicular lymphoma 4 years prior, when she was treated with rituximab.',
      ).date,
    ).toEqual({ relativeTo: 'presentation', offset: -4, unit: 'year' });
    expect(
      timingOf('Case: a man with polymyositis. A gastric carcinoma was found 3 months prior to the myositis.')
        .date,
    ).toMatchObject({ offset: -3, unit: 'month' });
  });
  it('reads two diagnoses joined by an order word ("first diagnosed as DM and subsequently breast cancer") as an order, not one joint diagnosis', () => {
    expect(
      timingOf(
        'A case report\n\nShe was first diagnosed with dermatomyositis and subsequently ovarian cancer.',
      ).relation,
    ).toBe('after');
    expect(
      timingOf('A case report\n\nHe was diagnosed with a gastric carcinoma and then polymyositis.').relation,
    ).toBe('before');
    expect(
      timingOf('A case report\n\nShe was diagnosed with dermatomyositis and ovarian cancer.').relation,
    ).toBe('concurrent');
  });
  it('dates the myositis by a sign whose onset verb governs a calendar date, against a date opening the cancer sentence', () => {
    expect(
      timingOf(
        'A case report\n\nIn March 2011, a right hemicolectomy was performed after a diagnosis of colon adenocarcinoma was confirmed by colonoscopy. The rash spread and proximal weakness appeared in July 2011.',
      ).date,
    ).toEqual({ relativeTo: 'diagnosis', offset: -4, unit: 'month' });
    // no onset verb before the second date: nothing dates the myositis
    expect(
      timingOf(
        'A case report\n\nIn March 2011, a right hemicolectomy was performed after a diagnosis of colon adenocarcinoma was confirmed by colonoscopy. The weakness was reviewed in July 2011.',
      ).date,
    ).toBeUndefined();
  });
  it('dates a cancer found by the work-up of a later presentation ("two years later, when she presented with …")', () => {
    expect(
      timingOf(
        'A case report\n\nA 60-year-old woman presented with a heliotrope rash and proximal weakness. She was lost to follow-up until three years later, when she presented with abdominal pain. CT showed a pelvic mass. Biopsy revealed an ovarian carcinoma.',
      ),
    ).toEqual({ date: { relativeTo: 'presentation', offset: 3, unit: 'year' }, relation: 'after' });
  });
  it('reads a mass found at the cancer site by the work-up imaging, before the histology is named, as the cancer found after the myositis', () => {
    const text =
      'Dermatomyositis with a lung adenocarcinoma: a case report\n\nCase presentation\nA 64-year-old man presented with a heliotrope rash and proximal weakness. A chest CT then revealed a spiculated mass in the right lung. He underwent a lobectomy.';
    expect(timingOf(text).relation).toBe('after');
    // without the earlier presentation nothing says the mass came after the myositis
    expect(
      timingOf(
        'Dermatomyositis with a lung adenocarcinoma: a case report\n\nCase presentation\nA 64-year-old man had a lobectomy. A chest CT revealed a spiculated mass in the right lung.',
      ).relation,
    ).toBeUndefined();
  });
  it('reads a course told together ("simultaneously responded") as no concurrence, and a relapse after the work-up find as that cancer\'s course', () => {
    const text =
      'A case report\n\nA 39-year-old woman presented with a photosensitive rash and proximal weakness. Subsequent investigations revealed a metastatic colon adenocarcinoma. Her weakness improved with steroids and her malignancy simultaneously responded to chemotherapy. A relapse of her malignancy was preceded by a flare of the rash.';
    expect(timingOf(text)).toEqual({ date: undefined, relation: 'after' });
    // a relapse with no earlier find stays a cancer first diagnosed before the myositis
    expect(
      timingOf(
        'A case report\n\nA 39-year-old woman presented with a photosensitive rash and proximal weakness. A relapse of her colon adenocarcinoma was found.',
      ).relation,
    ).toBe('before');
  });
  it('reads a treatment that "led to the resolution of" the myositis as its course, not as the order of the diagnoses', () => {
    expect(
      timingOf(
        'A case report\n\nResection of the pancreatic adenocarcinoma led to the complete resolution of the polymyositis.',
      ).relation,
    ).toBeUndefined();
    expect(timingOf('A case report\n\nThe pancreatic adenocarcinoma led to the polymyositis.').relation).toBe(
      'before',
    );
  });
  it('reads number words past twelve', () => {
    expect(
      timingOf(
        'A woman had dermatomyositis. Fifteen months after the diagnosis of dermatomyositis, a gastric adenocarcinoma was found.',
      ).date,
    ).toEqual({
      relativeTo: 'diagnosis',
      offset: 15,
      unit: 'month',
    });
  });
  it('reads "within a month of" as concurrent', () => {
    expect(
      timingOf('Within one month of the onset of dermatomyositis, a lung adenocarcinoma was diagnosed.')
        .relation,
    ).toBe('concurrent');
  });
  it('counts the interval between two calendar dates of one sentence', () => {
    expect(
      timingOf(
        'She underwent surgery for ovarian carcinoma in March 2016 and developed dermatomyositis in September 2017.',
      ).date,
    ).toEqual({
      relativeTo: 'diagnosis',
      offset: -18,
      unit: 'month',
    });
    expect(
      timingOf('Renal cell carcinoma was diagnosed in 2012; polymyositis followed in 2015.').date,
    ).toEqual({
      relativeTo: 'diagnosis',
      offset: -3,
      unit: 'year',
      approximate: true,
    });
  });
});

describe('third round (issue 12)', () => {
  it('reads a basal cell carcinoma as a skin cancer by its name', () => {
    const c = onc(
      'An 87-year-old woman with a history of basal cell carcinoma in the left malar region.',
    ).cancers;
    expect(c).toHaveLength(1);
    expect(c[0]).toMatchObject({ histology: 'basal cell carcinoma', site: 'skin' });
  });
});

describe('cancer timing: third round (issue 12, development text read from new published cases)', () => {
  // an opening sentence first, so that the sentence tested is not read as the title
  const first = (t: string) => onc(`A case report\n\n${t}`).cancers[0]!;
  it('"a cancer with an initial presentation of dermatomyositis": the myositis came first', () => {
    expect(
      first(
        'We report a woman with serous ovarian carcinoma with an initial presentation of dermatomyositis.',
      ).relationToMyositis,
    ).toBe('after');
  });
  it('a cancer and the myositis presented or diagnosed together are concurrent', () => {
    expect(
      first('The patient presented with breast cancer and dermatomyositis symptoms.').relationToMyositis,
    ).toBe('concurrent');
    expect(first('Pathology confirmed triple-negative breast cancer (TNBC) and DM.').relationToMyositis).toBe(
      'concurrent',
    );
  });
  it('a myositis named before the discovery of the cancer in one sentence came first', () => {
    expect(
      first('A woman with DM was diagnosed to be suffering from gastric cancer.').relationToMyositis,
    ).toBe('after');
  });
  it('"a new case of" a cancer dates it about a month before presentation', () => {
    expect(
      first('A 50-year-old new case of breast cancer was admitted with weakness.').diagnosisDate,
    ).toEqual({
      relativeTo: 'presentation',
      offset: -1,
      unit: 'month',
      approximate: true,
    });
  });
  it('a denied concurrence ("no other concurrent …") does not date the cancer', () => {
    const c = first(
      'We saw a 26-year-old man with polymyositis with no other concurrent cGVHD after HLA-matched myeloablative transplantation for acute myeloid leukaemia.',
    );
    expect(c.relationToMyositis).not.toBe('concurrent');
    expect(c.diagnosisDate).toBeUndefined();
  });
  it('reads leukaemias and myeloma as cancers without an organ site, and their past dates', () => {
    const c = first(
      'Case presentation: a 35-year-old man. Twelve years ago, he was diagnosed with acute myeloid leukaemia.',
    );
    expect(c).toMatchObject({
      histology: 'acute myeloid leukemia',
      diagnosisDate: { relativeTo: 'presentation', offset: -12, unit: 'year' },
    });
    expect(first('He suffered a relapse of chronic myelogenous leukemia (CML).').histology).toBe(
      'chronic myeloid leukemia',
    );
  });
});

describe('cancer timing across sentences (issue 12, third round)', () => {
  const cancer = (t: string) => onc(`A case report\n\n${t}`).cancers[0]!;
  it('"<cancer> had been diagnosed" is a past cancer, never one found by the work-up', () => {
    expect(
      cancer('A woman presented with proximal weakness. Her melanoma had been excised, and she was well.')
        .relationToMyositis,
    ).toBe('before');
  });
  it('dates a cancer from a calendar date beside it and the year of the myositis in another sentence', () => {
    expect(
      cancer(
        'A woman presented with a heliotrope rash. Ovarian cancer had been diagnosed in 2014. In 2019 she developed dermatomyositis.',
      ).diagnosisDate,
    ).toEqual({ relativeTo: 'diagnosis', offset: -5, unit: 'year', approximate: true });
    expect(
      cancer(
        'A man was diagnosed with dermatomyositis in January 2020. In June 2020 he was found to have pancreatic cancer.',
      ).diagnosisDate,
    ).toEqual({ relativeTo: 'diagnosis', offset: 5, unit: 'month' });
  });
  it('a cancer found by the work-up of a dated presentation is dated against the dated myositis', () => {
    expect(
      cancer(
        'A woman was diagnosed with dermatomyositis in March 2019. She improved on steroids. ' +
          'She presented again in January 2020 with weakness and weight loss. A CT scan showed lymphadenopathy. ' +
          'A node biopsy revealed adenocarcinoma.',
      ).diagnosisDate,
    ).toEqual({ relativeTo: 'diagnosis', offset: 10, unit: 'month' });
    // a dated presentation before the myositis's own date gives no "after" interval
    expect(
      cancer(
        'A woman presented in January 2018 with weight loss. A node biopsy revealed adenocarcinoma. ' +
          'She was diagnosed with dermatomyositis in March 2019.',
      ).diagnosisDate,
    ).toBeUndefined();
  });
  it('a dated presentation with a sign of the myositis dates it against a dated cancer in another sentence', () => {
    expect(
      cancer(
        'A man was seen. He was diagnosed with Hodgkin lymphoma in 2010. In March 2016 he presented with myalgia and a rash.',
      ).diagnosisDate,
    ).toMatchObject({ relativeTo: 'diagnosis', offset: -6, unit: 'year' });
    // a presentation without a sign of the myositis dates nothing
    expect(
      cancer(
        'A man was seen. He was diagnosed with Hodgkin lymphoma in 2010. In March 2016 he presented with a cough.',
      ).diagnosisDate,
    ).toBeUndefined();
  });
});

describe('cancers and timing: fourth round (issue 12, development text)', () => {
  const first = (t: string) => onc(`A case report\n\n${t}`).cancers[0]!;
  it('"diagnosed with DM associated with <cancer>" and "DM and <organ> cancer" are one diagnosis', () => {
    expect(
      first(
        'A woman presented with a rash. She was diagnosed with anti-TIF1γ-positive dermatomyositis associated with sigmoid colon cancer.',
      ).relationToMyositis,
    ).toBe('concurrent');
    expect(
      first('A woman presented with a rash. She was diagnosed with dermatomyositis and gastric cancer.')
        .relationToMyositis,
    ).toBe('concurrent');
  });
  it('a dated presentation right before the myositis diagnosis dates the myositis', () => {
    expect(
      first(
        'A man had a lobectomy for lung adenocarcinoma in 2009. He was admitted in 2014 with a rash and a high CK. Dermatomyositis was diagnosed.',
      ).diagnosisDate,
    ).toMatchObject({ offset: -5, unit: 'year' });
  });
  it('"progression of dysphagia" is no tumour progression', () => {
    const r = onc(
      'A man had a colon tumor. It was resected because of progression of dysphagia and weakness.',
    );
    expect(r.responses).toEqual([]);
  });
  it('reads adenosquamous and large cell carcinomas, also "carcinoma of the large cell type"', () => {
    expect(first('Lobectomy for an adenosquamous lung carcinoma.').histology).toBe('adenosquamous carcinoma');
    expect(first('Biopsy showed an anaplastic carcinoma of the large cell type.').histology).toBe(
      'large cell carcinoma',
    );
  });
  it('a cancer found by the work-up of a complaint dated "N months after presentation" is dated by it', () => {
    const c = first(
      'A man presented with a rash and proximal weakness. Screening found no tumour. Eighteen months after the initial presentation he complained of haemoptysis. Bronchoscopy was performed. Biopsy demonstrated a squamous cell carcinoma of the lung.',
    );
    expect(c.diagnosisDate).toMatchObject({ relativeTo: 'presentation', offset: 18, unit: 'month' });
    // another time between the complaint and the discovery: not dated by it
    expect(
      first(
        'A man presented with a rash and proximal weakness. Eighteen months after presentation he complained of cough. Two years later a biopsy demonstrated a lung carcinoma.',
      ).diagnosisDate,
    ).not.toMatchObject({ offset: 18 });
  });
  it('reads mycosis fungoides (a skin lymphoma) and an extranodal NK/T-cell lymphoma', () => {
    expect(first('Biopsy confirmed mycosis fungoides.')).toMatchObject({
      histology: 'mycosis fungoides',
      site: 'skin',
    });
    expect(first('The tonsil biopsy showed an extranodal NK/T-cell lymphoma.').histology).toBe(
      'extranodal nk/t cell lymphoma',
    );
  });
});

describe('oncology: fifth round (issue 12)', () => {
  const one = (t: string) => {
    const c = onc(t).cancers;
    return c.map((x) => [x.histology, x.site, x.relationToMyositis]);
  };
  it('reads an undifferentiated nasopharyngeal carcinoma with its site, one cancer with a later "NPC"', () => {
    expect(
      one(
        'Dermatomyositis and an undifferentiated nasopharyngeal carcinoma. We treated his NPC with radiotherapy.',
      ),
    ).toEqual([['undifferentiated nasopharyngeal carcinoma', 'nasopharynx', undefined]]);
  });
  it('reads a lymphoepithelioma-like carcinoma of the lung', () => {
    expect(
      one('Biopsy of the left lung mass showed a lymphoepithelioma-like carcinoma.')[0]?.slice(0, 2),
    ).toEqual(['lymphoepithelioma like carcinoma', 'left lung']);
  });
  it('reads a myositis arising during the treatment of a cancer as a cancer diagnosed before it', () => {
    expect(
      one(
        'We describe dermatomyositis that developed during the treatment of metastatic breast cancer with letrozole.',
      ),
    ).toEqual([['carcinoma', 'breast', 'before']]);
  });
  it('reads "a patient treated for" a cancer as a cancer diagnosed before the myositis', () => {
    expect(
      one('We present dermatomyositis in a man treated for a laryngeal carcinoma, whose rash spread.'),
    ).toEqual([['carcinoma', 'larynx', 'before']]);
  });
});

describe('oncology: fifth round, order words (issue 12)', () => {
  const rel = (t: string) => onc(t).cancers.map((x) => x.relationToMyositis);
  it('reads "dermatomyositis as a prodromal … of" and "a harbinger of" a cancer as a cancer found after it', () => {
    expect(rel('Dermatomyositis as a prodromal feature of lung cancer.')).toEqual(['after']);
    expect(rel('We report dermatomyositis as a harbinger of ovarian cancer.')).toEqual(['after']);
  });
  it('keeps a work-up find when a progression of the cancer is told later', () => {
    const t =
      'Case presentation: A 60-year-old man presented with a heliotrope rash and was diagnosed with dermatomyositis. ' +
      'Gastroscopy revealed a gastric cancer. Despite chemotherapy, the gastric cancer showed progression.';
    expect(rel(t)).toEqual(['after']);
  });
});

describe('oncology: fifth round, intervals (issue 12)', () => {
  const when = (t: string) =>
    onc(t).cancers.map((x) => [x.diagnosisDate?.relativeTo, x.diagnosisDate?.offset, x.diagnosisDate?.unit]);
  it('reads "the rash preceded the diagnosis of … by N months" as the cancer after the myositis', () => {
    expect(when('Her rash preceded the diagnosis of ovarian cancer by 5 months.')).toEqual([
      ['diagnosis', 5, 'month'],
    ]);
  });
  it('dates the myositis by the dated presentation when the sentence does not name it', () => {
    expect(when('He had bladder cancer (diagnosed 2011) and presented in 2016 with a rash.')).toEqual([
      ['diagnosis', -5, 'year'],
    ]);
  });
  it('reads "N years back" and "an N-year history of" a cancer as a cancer diagnosed before', () => {
    expect(when('She was a known case of carcinoma of the breast, operated 4 years back.')).toEqual([
      ['presentation', -4, 'year'],
    ]);
    expect(when('He had a 6-year history of prostate cancer.')).toEqual([['presentation', -6, 'year']]);
    expect(when('He had a 3-month history of weakness and prostate cancer.')).toEqual([
      [undefined, undefined, undefined],
    ]);
  });
});

describe('organ sites added in the seventh round (issue 12)', () => {
  it('reads the gallbladder, the parotid gland, the tonsil and the fallopian tube as cancer sites', () => {
    expect(onc('He was found to have a carcinoma of the gall bladder.').cancers[0]).toMatchObject({
      histology: 'carcinoma',
      site: 'gallbladder',
    });
    expect(onc('A parotid lymphoepithelial carcinoma was resected.').cancers[0]).toMatchObject({
      site: 'parotid gland',
    });
    expect(onc('Biopsy of the mass showed squamous cell carcinoma of the tonsil.').cancers[0]).toMatchObject({
      histology: 'squamous cell carcinoma',
      site: 'tonsil',
    });
    expect(onc('Staging found a gallbladder cancer with nodal spread.').cancers).toHaveLength(1);
  });
});

describe('germ cell tumours (issue 12, helper exd)', () => {
  it('reads a seminoma as its own histology, of the testis unless a site word says otherwise', () => {
    expect(
      onc('An orchiectomy was performed after a diagnosis of seminoma testis.').cancers[0],
    ).toMatchObject({
      histology: 'seminoma',
      site: 'testis',
    });
    expect(onc('A testicular germ cell tumour was resected.').cancers[0]).toMatchObject({
      histology: 'germ cell tumor',
      site: 'testis',
    });
  });
});

describe('a lymph node is a primary site of lymphoma only (issue 12, helper exd)', () => {
  it('does not take a lymph node named beside a melanoma or a carcinoma as its primary site', () => {
    expect(
      onc('Histology revealed malignant melanoma cells, also present in the sentinel lymph node.').cancers[0]!
        .site,
    ).toBeUndefined();
    expect(
      onc('A squamous cell carcinoma was found in a cervical lymph node.').cancers[0]!.site,
    ).toBeUndefined();
    expect(onc('A lymph node biopsy showed diffuse large B-cell lymphoma.').cancers[0]).toMatchObject({
      site: 'lymph node',
    });
  });
});

describe('a list of cancers, each with its own site (issue 12, seventh round)', () => {
  it('does not give a cancer the site word that heads the next item of the list', () => {
    const c = onc(
      'A woman with renal clear cell carcinoma, breast cancer and melanoma was admitted.',
    ).cancers;
    // (session 38: the clear cell carcinoma is read with its cell type; it had been a bare carcinoma)
    expect(c.map((x) => [x.histology, x.site])).toEqual([
      ['clear cell carcinoma', 'kidney'],
      ['carcinoma', 'breast'],
      ['melanoma', undefined],
    ]);
  });
});

describe('a cancer named by the abbreviation the text defines (issue 12, seventh round)', () => {
  const text = (tail: string) =>
    `Background: Small cell carcinoma of the bladder (SCCB) is a rare tumour.\nCase presentation: A 70-year-old man with dermatomyositis ${tail}`;
  it('reads "… (SCCB)" in a background sentence and "was found to have SCCB" in the case as the cancer', () => {
    expect(onc(text('was found to have SCCB.')).cancers[0]).toMatchObject({
      histology: 'small cell carcinoma',
      site: 'bladder',
    });
  });
  it('keeps the assertion of the abbreviation: a ruled-out SCCB is no cancer', () => {
    expect(onc(text('was screened and SCCB was ruled out.')).cancers).toEqual([]);
  });
});

describe('lymphoproliferative neoplasms named without "lymphoma" (issue 12, seventh round)', () => {
  it('reads lymphomatoid granulomatosis and follicular lymphoma as cancers of the lymphoma family', () => {
    expect(
      onc('He was diagnosed with lymphomatoid granulomatosis and polymyositis.').cancers[0],
    ).toMatchObject({
      histology: 'lymphomatoid granulomatosis',
    });
    expect(onc('Lymph node biopsy showed a follicular lymphoma.').cancers[0]).toMatchObject({
      histology: 'follicular lymphoma',
    });
  });
});

describe('cancer timing: eighth round, dates in other formats (issue 12)', () => {
  const first = (t: string) => onc(`A case report\n\n${t}`).cancers[0]!;
  it('reads "Month of YYYY", "12 March 2015" and "Sept. 2019" as calendar dates', () => {
    expect(
      first(
        'A woman presented with a rash. Renal cancer had been diagnosed on 4 March 2015. In Sept. 2017 she developed dermatomyositis.',
      ).diagnosisDate,
    ).toEqual({ relativeTo: 'diagnosis', offset: -30, unit: 'month' });
  });
  it('a presentation dated beside a past cancer dates the myositis, never the cancer', () => {
    const c = first(
      'A man with a history of gastric cancer presented in May of 2021 with a rash and proximal weakness. His gastric cancer was diagnosed in August of 2020 and resected.',
    );
    expect(c.diagnosisDate).toEqual({ relativeTo: 'diagnosis', offset: -9, unit: 'month' });
    // the presentation date alone dates nothing
    expect(
      first(
        'A man with a history of gastric cancer presented in May of 2021 with a rash and proximal weakness.',
      ).diagnosisDate,
    ).toBeUndefined();
  });
});

describe('cancer timing: eighth round, more verbs of a work-up find (issue 12)', () => {
  const first = (t: string) => onc(`A case report\n\n${t}`).cancers[0]!;
  it('"biopsy reported …" and "led to the diagnosis of …" after the myositis presented are finds of the work-up', () => {
    expect(
      first(
        'A woman presented with proximal weakness and myalgia. An axillary lymph node biopsy reported diffuse large B-cell lymphoma.',
      ).relationToMyositis,
    ).toBe('after');
    expect(
      first(
        'A man presented with a heliotrope rash and weakness. A CT scan showed a renal mass, and its biopsy led to the diagnosis of clear cell renal cell carcinoma.',
      ).relationToMyositis,
    ).toBe('after');
  });
});

describe('cancer timing: eighth round, a precursor of the cancer (issue 12)', () => {
  it('"<myositis> as an early manifestation and a precursor of <cancer>" puts the myositis first', () => {
    expect(
      onc(
        'Polymyositis as an early manifestation and a clinical precursor of gastric cancer\n\nA man presented with weakness. A gastric adenocarcinoma was resected.',
      ).cancers[0]!.relationToMyositis,
    ).toBe('after');
  });
});

describe('cancer timing: eighth round, one diagnosis joined by "with" (issue 12)', () => {
  const first = (t: string) => onc(`A case report\n\n${t}`).cancers[0]!;
  it('"diagnosed with <cancer> with paraneoplastic <myositis>" and "diagnosed as <myositis> with metastases of <cancer>" are concurrent', () => {
    expect(
      first(
        'A man presented with a rash. He was diagnosed with Hodgkin lymphoma with paraneoplastic dermatomyositis.',
      ).relationToMyositis,
    ).toBe('concurrent');
    expect(
      first(
        'A woman presented with weakness. She was diagnosed as polymyositis with multiple metastases of thymoma.',
      ).relationToMyositis,
    ).toBe('concurrent');
    // "with a history of" is a past cancer
    expect(
      first(
        'A woman presented with weakness. She was diagnosed with dermatomyositis with a history of breast cancer.',
      ).relationToMyositis,
    ).toBe('before');
  });
});

describe('cancers: eighth round, a generic tumour of a site named later by its histology (issue 12)', () => {
  it('"a thymic tumor … thymoma" is one cancer, the thymoma', () => {
    const r = onc(
      'A case report\n\nA woman presented with weakness. CT showed an anterior mediastinal thymic tumor. Biopsy confirmed a thymoma.',
    );
    expect(r.cancers.map((c) => [c.histology, c.site])).toEqual([['thymoma', 'thymus']]);
  });
});

describe('cancers named by their histology alone (issue 12, eighth round)', () => {
  it('records myelodysplastic syndrome, lymphoma subtypes and organ-naming histologies as cancers', () => {
    const histologies = (t: string) => onc(t).cancers.map((c) => [c.histology, c.site]);
    expect(
      histologies('A 70-year-old man with dermatomyositis was found to have a myelodysplastic syndrome.'),
    ).toEqual([['myelodysplastic syndrome', undefined]]);
    expect(histologies('She was diagnosed with a mantle cell lymphoma. The lymphoma was treated.')).toEqual([
      ['mantle cell lymphoma', undefined],
    ]);
    expect(histologies('The biopsy showed a cholangiocarcinoma.')).toEqual([
      ['cholangiocarcinoma', 'bile duct'],
    ]);
    expect(histologies('A melanoma of the nasal cavity had been excised.')).toEqual([
      ['melanoma', 'nasal cavity'],
    ]);
    // a ruled-out neoplasm is not a cancer
    expect(histologies('A myelodysplastic syndrome was ruled out by marrow biopsy.')).toEqual([]);
  });
});

describe('myeloproliferative neoplasms (session 16)', () => {
  it('records polycythaemia vera, essential thrombocythaemia and myelofibrosis as cancers, UK spellings too', () => {
    const histologies = (t: string) => onc(t).cancers.map((c) => c.histology);
    expect(histologies('She had polycythemia vera treated with hydroxyurea for nine years.')).toEqual([
      'polycythemia vera',
    ]);
    expect(histologies('A 66-year-old man with polycythaemia rubra vera developed a rash.')).toEqual([
      'polycythemia vera',
    ]);
    expect(histologies('Essential thrombocythaemia had been diagnosed in 2015.')).toEqual([
      'essential thrombocythemia',
    ]);
    expect(histologies('Marrow biopsy showed primary myelofibrosis.')).toEqual(['primary myelofibrosis']);
    // secondary polycythaemia is not a neoplasm; a ruled-out one is not a cancer
    expect(histologies('Secondary polycythemia from smoking was noted.')).toEqual([]);
    expect(histologies('A myeloproliferative neoplasm was ruled out.')).toEqual([]);
  });
});

describe('order words "led to the diagnosis of" and "subsequently" (issue 12, eighth round)', () => {
  it('reads the myositis that led to a cancer, or a cancer diagnosed subsequently, as a cancer after it', () => {
    const order = (t: string) => onc(t).cancers.map((c) => c.relationToMyositis);
    expect(order('Her dermatomyositis ultimately led to the diagnosis of a gastric adenocarcinoma.')).toEqual(
      ['after'],
    );
    expect(
      order('A man with dermatomyositis was subsequently diagnosed with a myelodysplastic syndrome.'),
    ).toEqual(['after']);
    // the cancer named first: it came first
    expect(order('A woman treated for breast cancer subsequently developed dermatomyositis.')).toEqual([
      'before',
    ]);
  });
});

describe('a cancer named as what an antibody is associated with (issue 12, eighth round)', () => {
  it('is not a cancer of the patient; a myositis associated with a cancer still is', () => {
    const cancers = (t: string) => onc(t).cancers.map((c) => [c.histology, c.site]);
    expect(
      cancers(
        'The panel revealed anti-TIF1-γ antibodies, associated with malignancy including colorectal cancer.',
      ),
    ).toEqual([]);
    expect(
      cancers('She had anti-NXP2 antibodies, which are strongly associated with ovarian cancer.'),
    ).toEqual([]);
    expect(cancers('She had anti-TIF1γ dermatomyositis associated with a gastric adenocarcinoma.')).toEqual([
      ['adenocarcinoma', 'stomach'],
    ]);
  });
});

describe('a myositis named with its antibody beside its cancer (issue 12, eighth round)', () => {
  it('reads "presented with myopathy with anti-X antibody and <cancer>" as one presentation: concurrent', () => {
    const rel = (t: string) => onc(`A case report\n\n${t}`).cancers.map((c) => c.relationToMyositis);
    expect(
      rel('A man presented with myopathy with anti-NXP-2 antibody and large cell carcinoma of the lung.'),
    ).toEqual(['concurrent']);
    expect(
      rel('A woman presented with dermatomyositis with anti-TIF1γ antibodies and breast cancer.'),
    ).toEqual(['concurrent']);
    // a finding between the two is not the myositis's antibody: no joint presentation read
    expect(rel('A woman presented with dermatomyositis with dysphagia and breast cancer.')).toEqual([
      undefined,
    ]);
  });
});

describe('oncology: tenth round (issue 12)', () => {
  it('reads head and neck, genital and digestive sites the table lacked', () => {
    const sites = (t: string) => onc(t).cancers.map((c) => c.site);
    expect(sites('Biopsy of the ulcer revealed squamous cell carcinoma of the lower lip.')).toEqual(['lip']);
    expect(sites('He was found to have an oropharyngeal squamous cell carcinoma.')).toEqual(['oropharynx']);
    expect(sites('She had a squamous cell carcinoma of the vulva.')).toEqual(['vulva']);
    expect(sites('An adenocarcinoma of the small bowel was resected.')).toEqual(['small intestine']);
  });
  it('reads two courses told together ("the response … coincided with the amelioration of …") as no concurrence', () => {
    const rel = (t: string) => onc(`A case report\n\n${t}`).cancers.map((c) => c.relationToMyositis);
    expect(
      rel(
        'A man presented with dermatomyositis. Lung cancer was found. The response to tumor therapy coincided with the amelioration of dermatomyositis symptoms.',
      ),
    ).not.toContain('concurrent');
    expect(
      rel(
        'A man presented with dermatomyositis. Lung cancer was found. Remission of the cancer occurred simultaneously with recovery of strength.',
      ),
    ).not.toContain('concurrent');
    // a concurrence of the diagnoses stays one
    expect(
      rel(
        'A man was diagnosed with lung cancer. The dermatomyositis and the lung cancer were found simultaneously.',
      ),
    ).toEqual(['concurrent']);
  });
  it('reads a title that reports two or three cases as the patient\'s ("… : the first 2 cases"), four or more as a cohort', () => {
    const histo = (title: string) =>
      onc(
        `${title}\n\nAbstract\n\nWe report a 61-year-old woman with dermatomyositis and tonsillar carcinoma.`,
      ).cancers.map((c) => c.histology);
    expect(
      histo('Tonsillar Squamous Cell Carcinoma Associated with Dermatomyositis: The First 2 Cases in Korea'),
    ).toEqual(['squamous cell carcinoma']);
    expect(histo('Tonsillar Squamous Cell Carcinoma with Dermatomyositis in Two Patients')).toEqual([
      'squamous cell carcinoma',
    ]);
    expect(histo('Tonsillar Squamous Cell Carcinoma Associated with Dermatomyositis: 12 Cases')).toEqual([
      'carcinoma',
    ]);
  });
});

describe("oncology: tenth round, the authors' case told in the introduction (issue 12)", () => {
  const intro = (t: string) =>
    onc(
      `Myositis and cancer\n\nIntroduction\n\nInflammatory myopathies are associated with malignancy (1). ${t}\n\nCase presentation\n\nA 70-year-old woman was admitted with weakness.`,
    ).cancers.map((c) => [c.histology, c.site]);
  it('reads the cancer of "Here we described a case of … secondary to <cancer>" in the introduction when no section of its own tells the case', () => {
    const report =
      'Here we described a case of necrotizing myopathy secondary to a fallopian tube adenocarcinoma.';
    expect(
      onc(
        `Myositis and cancer\n\nAbstract\n\nA 70-year-old woman was admitted with weakness.\n\nIntroduction\n\nInflammatory myopathies are associated with malignancy (1). ${report}`,
      ).cancers.map((c) => [c.histology, c.site]),
    ).toEqual([['adenocarcinoma', 'fallopian tube']]);
    // beside a case section the introduction's report restates the case and is not read (as the discussion's
    // "in our case, …")
    expect(intro(report)).toEqual([]);
  });
  it('reads "The patient …" right after that report as the patient, another sentence of the introduction not', () => {
    expect(
      intro(
        'In this article, we report a case of myositis. The patient was misdiagnosed for a year and hepatocellular carcinoma was confirmed later.',
      ),
    ).toEqual([['hepatocellular carcinoma', 'liver']]);
    expect(
      intro('Myositis is often missed. The patient described by Smith had hepatocellular carcinoma (2).'),
    ).toEqual([]);
  });
});

describe('oncology: tenth round, the site of the mass the work-up found (issue 12)', () => {
  it('gives a cancer without a site word the site of the nearest earlier mass, the site word nearest the mass', () => {
    const c = onc(
      'Myositis and lymphoma\n\nCase presentation\n\nA 59-year-old man had weakness. Imaging revealed a pulmonary embolism and a 3.7 cm cecal mass. He underwent right hemicolectomy. Pathology revealed diffuse large B-cell lymphoma.',
    ).cancers;
    expect(c.map((x) => [x.histology, x.site])).toEqual([['diffuse large b cell lymphoma', 'colon']]);
    // no mass before it: no site
    expect(
      onc(
        'Myositis and lymphoma\n\nCase presentation\n\nA 59-year-old man had weakness. Pathology revealed diffuse large B-cell lymphoma.',
      ).cancers[0]?.site,
    ).toBeUndefined();
  });
});

describe('oncology: tenth round, a skin cancer on a part of the body (issue 12)', () => {
  it('reads "melanoma on the right leg" and "basal cell carcinoma over the back" as their sites, another cancer not', () => {
    const sites = (t: string) => onc(t).cancers.map((c) => c.site);
    expect(sites('She had a history of melanoma on the right leg, excised in 2006.')).toEqual(['right leg']);
    expect(sites('A basal cell carcinoma over the back was excised.')).toEqual(['back']);
    expect(sites('An adenocarcinoma of the back was never found.')).not.toContain('back');
  });
});

describe('tumour markers are a blood test, not a tumour (issue 12)', () => {
  it('makes no cancer of "tumor markers", and still one of a tumour named with its site', () => {
    expect(
      onc('Biopsy of an inguinal lymph node was done, while tumor markers were negative for neoplasia.')
        .cancers,
    ).toEqual([]);
    expect(onc('Tumour markers were normal.').cancers).toEqual([]);
    expect(onc('She had a tumor of the lymph node.').cancers.map((c) => c.site)).toEqual(['lymph node']);
  });
});

describe('oncology: fourteenth round, timing of a cancer (issue 12)', () => {
  const rel = (t: string) => onc(t).cancers[0]?.relationToMyositis;
  it('reads "a man with <cancer> developed <myositis or its sign>" as a cancer carried before, never with the myositis named beside it', () => {
    expect(
      rel(
        'A 61-year-old woman with multiple myeloma developed symmetrical proximal weakness and a heliotrope rash.',
      ),
    ).toBe('before');
    expect(
      rel(
        'A 61-year-old woman with dermatomyositis and multiple myeloma developed symmetrical proximal weakness.',
      ),
    ).not.toBe('before');
  });
  it('reads "<myositis> presenting as (a clinically occult) <cancer>" as the myositis first, not "presenting as weakness in a patient with <cancer>"', () => {
    expect(rel('Polymyositis presenting as an occult ovarian carcinoma. A woman was seen.')).toBe('after');
    expect(
      rel('Necrotizing myopathy presenting as profound muscle weakness in a man with gastric carcinoma.'),
    ).not.toBe('after');
  });
  it('reads a lesion stated concurrent with the signs, then sampled by the work-up, as a concurrent cancer', () => {
    expect(
      rel(
        'A 70-year-old woman presented with inguinal lymph node swelling concurrent with a heliotrope rash and dysphagia. Dermatomyositis was diagnosed. Excision of an inguinal lymph node revealed metastatic squamous cell carcinoma.',
      ),
    ).toBe('concurrent');
    expect(
      rel(
        'A 70-year-old woman presented with a heliotrope rash and dysphagia. Dermatomyositis was diagnosed. Excision of an inguinal lymph node revealed metastatic squamous cell carcinoma.',
      ),
    ).not.toBe('concurrent');
  });
  it('reads a recurrence named by the cancer abbreviation the text defines as a cancer first diagnosed before', () => {
    expect(
      rel(
        'Gastric cancer (GC) can cause dermatomyositis. We describe dermatomyositis as the first sign of the recurrence of a GC in a 70-year-old man. He was diagnosed with gastric adenocarcinoma and underwent gastrectomy.',
      ),
    ).toBe('before');
  });
});

describe('oncology: fourteenth round, a history shared by the cancer and the myositis (issue 12)', () => {
  it('leaves the order open when one history names both, and keeps a history of the cancer alone as before', () => {
    expect(
      onc(
        'A 62-year-old man with a history significant for prostate cancer and polymyositis presented with dysphagia.',
      ).cancers[0]?.relationToMyositis,
    ).toBeUndefined();
    expect(
      onc('A 62-year-old man with a history of prostate cancer presented with polymyositis.').cancers[0]
        ?.relationToMyositis,
    ).toBe('before');
  });
});

describe('oncology: fourteenth round, an interval or a date in the sentence after the cancer (issue 12)', () => {
  const date = (t: string) => onc(`A case report\n\n${t}`).cancers[0]?.diagnosisDate;
  it('reads "<cancer>. N units later, she developed <sign of the myositis>" as the cancer N units before', () => {
    expect(
      date(
        'A 58-year-old woman was diagnosed with ovarian cancer and had a hysterectomy. Four years later, she developed a violaceous eyelid rash and proximal weakness.',
      ),
    ).toMatchObject({ offset: -4, unit: 'year' });
    // the myositis told before the cancer: the later sentence is its course, not its onset
    expect(
      date(
        'A 58-year-old woman presented with proximal weakness. Biopsy of a pelvic mass showed ovarian cancer. Two weeks later, she developed worse weakness.',
      )?.offset,
    ).not.toBe(-2);
  });
  it('reads a date opening the sentence with a verb of onset before a sign ("In 2016, he developed proximal weakness")', () => {
    expect(
      date(
        'A 66-year-old man had been diagnosed with renal cell carcinoma in 2011. In 2014, he developed proximal weakness and a heliotrope rash.',
      ),
    ).toMatchObject({ offset: -3, unit: 'year' });
  });
});

describe('"coexistent" and "coexisting" cancers (session 16)', () => {
  it('reads a cancer coexisting with the myositis as concurrent', () => {
    const order = (t: string) => onc(t).cancers.map((c) => c.relationToMyositis);
    expect(order('A 60-year-old man had dermatomyositis and coexisting gastric adenocarcinoma.')).toEqual([
      'concurrent',
    ]);
    expect(order('A woman with DM and with a coexistent squamous cell carcinoma of the lung.')).toEqual([
      'concurrent',
    ]);
    expect(order('He had dermatomyositis with a co-existent renal cell carcinoma.')).toEqual(['concurrent']);
  });
});

describe('a myositis with its qualifiers coordinated after the cancer (session 43)', () => {
  const order = (t: string) => onc(`Case\n\n${t}`).cancers.map((c) => c.relationToMyositis);
  it('reads "presented with <cancer> and <antibody-positive> DM" as one presentation, concurrent', () => {
    expect(
      order('A 70-year-old man presenting with lung cancer and anti-NXP2 antibody-positive DM.'),
    ).toEqual(['concurrent']);
    expect(order('A man presented with lung cancer and amyopathic dermatomyositis.')).toEqual(['concurrent']);
  });
  it('keeps an order word after "and" as an order, not a qualifier (control)', () => {
    expect(order('A 70-year-old man presenting with lung cancer and later developed DM.')).toEqual([
      'before',
    ]);
  });
});
