/**
 * The order of a cancer and the myositis told without a number: verbs and clauses of the order, a cancer found
 * later in the same sentence, treatments of the cancer in the past perfect, a checkpoint inhibitor given for the
 * cancer, a cancer the patient already had, concurrence cues, and a cancer found during the work-up. Each with the
 * control it must leave alone.
 * @module
 */
import { describe, expect, it } from 'vitest';
import { read } from '../__fixtures__/read-case.js';
import { extractCase } from '../extract.js';
import {
  cancerListAfterTitle,
  cancerOffsetsAfterTitle,
  cancerOrdersAfterHeading,
  cancerOrdersAfterTitle,
  cancerTimingAfterTitle,
  readAfterTitle,
  WEAK_THIGHS_CASE,
} from './__fixtures__/helpers.js';
import {
  cancerMonthsAfterHeading as cancerMonthsOf,
  cancerTimesAfterWeakThighs as cancerTimesOf,
  cancersAfterHeading as cancersOf,
  onsetAfterHeading as onsetOf,
} from './__fixtures__/timing.js';

describe('a cancer found later in the same sentence', () => {
  /** The order of each cancer against the myositis: its relation, else the sign of its dated offset. */
  const orders = (text: string) =>
    read(text).cancers.map((c) =>
      typeof c.diagnosisDate === 'object'
        ? c.diagnosisDate.offset > 0
          ? 'after'
          : c.diagnosisDate.offset < 0
            ? 'before'
            : 'concurrent'
        : (c.relationToMyositis ?? 'none'),
    );

  it('dates a cancer "followed by" or "diagnosed N later" after the myositis named before it', () => {
    expect(
      orders('She presented with dermatomyositis, which was followed by lymphoma a year later.'),
    ).toEqual(['after']);
    expect(
      orders('She developed dermatomyositis, and gastric cancer was diagnosed three years later.'),
    ).toEqual(['after']);
  });

  it('reads a recurrence found later as a cancer of before', () => {
    expect(
      orders('She developed dermatomyositis; a recurrence of her breast cancer was found 3 months later.'),
    ).toEqual(['before']);
  });
});

describe('timing: presentation phrases, the spread of a cancer told before, discovery', () => {
  const onset = (text: string) =>
    extractCase(`Myositis: a case report\n\nA 50-year-old woman. ${text}`).case.dates?.symptomOnset;
  it('"N weeks before attending our department" is the onset', () => {
    expect(onset('She developed proximal weakness 3 weeks before attending our department.')).toEqual({
      relativeTo: 'presentation',
      offset: -3,
      unit: 'week',
    });
    expect(onset('A rash appeared on her face 2 months before she came to our hospital.')).toEqual({
      relativeTo: 'presentation',
      offset: -2,
      unit: 'month',
    });
  });
  it('"N months later, dermatomyositis …, and metastatic deposits of <the cancer told before>": the cancer N months before', () => {
    expect(
      cancerTimingAfterTitle(
        'He was found to have a squamous cell carcinoma of the oesophagus and had it resected. Five months later, dermatomyositis brought him back, and nodes in his neck held metastatic deposits of squamous cell carcinoma.',
      ),
    ).toEqual([{ what: 'esophagus', offset: '-5 month', relation: undefined }]);
  });
  it('control: metastatic deposits found after the myositis, with no cancer told before, date the cancer after', () => {
    expect(
      cancerTimingAfterTitle(
        'He presented with dermatomyositis. Two months later he was found to have metastatic deposits of adenocarcinoma in the liver.',
      ),
    ).toEqual([{ what: 'liver', offset: '2 month', relation: undefined }]);
  });
  it('"led to the discovery of" is a find of the work-up', () => {
    expect(
      cancerTimingAfterTitle(
        'He presented with dermatomyositis. An upper endoscopy was arranged and led to the discovery of an adenocarcinoma of the oesophagus.',
      ),
    ).toEqual([{ what: 'esophagus', offset: undefined, relation: 'after' }]);
  });
});

describe('a find told in the past perfect', () => {
  it('"He had already undergone a cystectomy revealing a urothelial carcinoma": no find after the myositis', () => {
    expect(
      cancerTimingAfterTitle(
        'He presented with dermatomyositis. He had already undergone a cystectomy revealing a urothelial carcinoma.',
      )[0]?.relation,
    ).not.toBe('after');
  });
  it('control: "Once the patient had been admitted, a carcinoma was found" is a find of the work-up', () => {
    expect(
      cancerTimingAfterTitle(
        'He presented with dermatomyositis. Once the patient had been admitted, a prostate carcinoma was found.',
      ),
    ).toEqual([{ what: 'prostate', offset: undefined, relation: 'after' }]);
  });
});

describe('round ten: a cancer in remission, a labelled diagnosis of both', () => {
  const relation = (text: string) =>
    extractCase(`Myositis and a cancer\n\n${text}`).case.cancers.map((c) => c.relationToMyositis ?? null);
  it('"with Hodgkin’s disease in remission developed polymyositis": the lymphoma came before', () => {
    expect(
      relation('An 18-year-old man with Hodgkin’s disease in remission developed polymyositis.'),
    ).toEqual(['before']);
  });
  it('control: "chemotherapy put her lymphoma in remission" after the myositis tells no order', () => {
    expect(
      relation('A 60-year-old woman developed dermatomyositis. Chemotherapy put her lymphoma in remission.'),
    ).toEqual([null]);
  });
  it('"Diagnosis: advanced breast cancer, dermatomyositis as paraneoplastic syndrome" is one diagnosis of both', () => {
    expect(
      relation(
        'A 60-year-old woman had a rash.\nDiagnosis: advanced breast cancer, dermatomyositis as paraneoplastic syndrome.',
      ),
    ).toEqual(['concurrent']);
  });
});

describe('two adverse events told together', () => {
  it('"myocarditis concomitant with myasthenia gravis" is no concurrence of the cancer', () => {
    const c = extractCase(
      'Checkpoint myositis\n\nA 70-year-old man had lung adenocarcinoma. After 3 cycles of nivolumab he developed myocarditis concomitant with myasthenia gravis and myositis.',
    ).case.cancers;
    expect(c.map((x) => x.relationToMyositis)).not.toContain('concurrent');
  });
  it('control: "dermatomyositis concomitant with gastric cancer" is concurrent', () => {
    const c = extractCase(
      'Dermatomyositis and gastric cancer\n\nA 70-year-old man was diagnosed with dermatomyositis concomitant with gastric cancer.',
    ).case.cancers;
    expect(c.map((x) => x.relationToMyositis)).toEqual(['concurrent']);
  });
});

describe('the order of a cancer and the myositis, as the verb tells it', () => {
  it('"X was preceded by Y": Y came first', () => {
    expect(cancerOrdersAfterTitle('Her dermatomyositis was preceded by a bladder carcinoma.')).toEqual([
      'before',
    ]);
    expect(cancerOrdersAfterTitle('A bladder carcinoma was preceded by dermatomyositis.')).toEqual(['after']);
  });
  it('"X followed (the diagnosis of) Y" and "antedated"', () => {
    expect(cancerOrdersAfterTitle('His polymyositis followed the diagnosis of a renal carcinoma.')).toEqual([
      'before',
    ]);
    expect(cancerOrdersAfterTitle('The renal carcinoma antedated the polymyositis.')).toEqual(['before']);
    expect(cancerOrdersAfterTitle('The polymyositis antedated the renal carcinoma.')).toEqual(['after']);
  });
  it('a treatment of the cancer told in the past perfect came first', () => {
    expect(
      cancerOrdersAfterTitle(
        'He had undergone a nephrectomy for renal carcinoma. He then noticed a heliotrope rash.',
      ),
    ).toEqual(['before']);
  });
  it('control: a past-perfect test for a suspected cancer tells no cancer', () => {
    expect(cancerOrdersAfterTitle('She had had a CT for suspected lung cancer, which was clear.')).toEqual(
      [],
    );
  });
  it('a drug the patient is on for the cancer', () => {
    expect(
      cancerOrdersAfterTitle(
        'On hydroxyurea for polycythaemia vera since 2016, she developed Gottron papules.',
      ),
    ).toEqual(['before']);
  });
  it('"having had <cancer> for N years" dates it', () => {
    expect(
      cancerOffsetsAfterTitle(
        'Having had essential thrombocythaemia for 12 years, he developed a heliotrope rash.',
      ),
    ).toEqual(['essential thrombocythemia -12 year']);
  });
  it('a schedule before a checkpoint inhibitor keeps the cancer before the myositis', () => {
    expect(
      cancerOrdersAfterTitle(
        'A man with a lung adenocarcinoma was treated with weekly infusions of durvalumab and became weak.',
      ),
    ).toEqual(['before']);
  });
  it('"A diagnosis of <cancer> with paraneoplastic <myositis> was made" is one diagnosis of both', () => {
    expect(
      cancerOrdersAfterTitle('A diagnosis of gastric cancer with paraneoplastic dermatomyositis was made.'),
    ).toEqual(['concurrent']);
  });
});

describe('ninth batch: a treatment between the cancer and "developed"', () => {
  it('"… with polycythaemia vera on long-term hydroxyurea therapy developed a scaly rash" puts the neoplasm before', () => {
    expect(
      cancerListAfterTitle(
        'A 71-year-old man with polycythaemia vera on long-term hydroxyurea therapy developed a scaly violaceous rash on the hands.',
      ),
    ).toEqual(['polycythemia vera |  | before']);
  });
});

describe('the age after the noun ("a woman aged 56 years")', () => {
  it('the person who had the rash two years ago dates the onset', () => {
    const o = extractCase(
      'Title\n\nTwo years ago, a woman aged 56 years had a rash on the eyelids and weakness of the thighs.',
    ).case.dates?.symptomOnset;
    expect(o).toMatchObject({ offset: -2, unit: 'year' });
  });
  it('a man "70 years of age, with" a leukaemia who presented with weakness carried the cancer before', () => {
    const c = readAfterTitle(
      'A man, 70 years of age, with chronic lymphocytic leukaemia presented with proximal weakness.',
    );
    expect(c.cancers[0]?.relationToMyositis).toBe('before');
  });
  it('"a woman aged 66 years with metastatic cholangiocarcinoma, initially presented with …"', () => {
    const c = readAfterTitle(
      'We describe a woman aged 66 years with metastatic cholangiocarcinoma, who presented with thigh pain.',
    );
    expect(c.cancers[0]?.relationToMyositis).toBe('before');
  });
  it('control: a woman aged 66 years "with dermatomyositis and" a cancer is not ordered by these words', () => {
    const c = readAfterTitle(
      'We describe a woman aged 66 years with dermatomyositis and breast cancer who presented with a rash.',
    );
    expect(c.cancers[0]?.relationToMyositis).not.toBe('before');
  });
});

describe('a myositis caused by a checkpoint inhibitor comes after the cancer the drug was given for', () => {
  const relation = (text: string) => extractCase(text).case.cancers.map((k) => k.relationToMyositis);

  it('"<drug>-induced / -associated myositis in a patient with <cancer>" puts the cancer before', () => {
    expect(relation('Durvalumab-induced myositis in a 71-year-old man with bladder cancer.')).toEqual([
      'before',
    ]);
    expect(
      relation('We describe camrelizumab-associated myositis in a woman with oesophageal cancer.'),
    ).toEqual(['before']);
  });

  it('control: a drug named without causing the myositis sets no order', () => {
    expect(relation('A 71-year-old man with bladder cancer and dermatomyositis was seen.')).toEqual([
      undefined,
    ]);
  });
});

describe('a treatment of the cancer in the past perfect, told of the person or in a relative clause', () => {
  it('"a woman who had received chemotherapy for breast cancer presented with …" puts the cancer first', () => {
    // (the first of these had been read as a cancer found after the myositis)
    for (const text of [
      'A 57-year-old woman who had received chemotherapy for breast cancer presented with dermatomyositis.',
      'A 57-year-old woman who had received chemotherapy for breast cancer presented with thigh weakness.',
      'A 57-year-old woman had received chemotherapy for breast cancer. She presented with thigh weakness.',
      'A 70-year-old man, who had undergone a lobectomy for lung adenocarcinoma, presented with dysphagia.',
    ])
      expect(cancersOf(text).map((k) => k.relation)).toEqual(['before']);
  });

  it('leaves a cancer found now to the rules of the work-up', () => {
    // control: no past perfect before the cancer, so its order comes from the find after the presentation
    expect(
      cancersOf(
        'A 57-year-old woman presented with dermatomyositis. She had received prednisone. A CT showed a lung adenocarcinoma.',
      ).map((k) => k.relation),
    ).toEqual(['after']);
  });
});

describe('a cancer and the myositis joined by "with" in one passive diagnosis', () => {
  const BEFORE = 'A 66-year-old man presented with weakness of the thighs and a heliotrope rash. ';

  it('is one diagnosis of both (concurrent), as "X and DM were diagnosed" is', () => {
    // ("Lung adenocarcinoma with dermatomyositis was diagnosed" had been read as a cancer found after)
    for (const text of [
      'Lung adenocarcinoma with dermatomyositis was diagnosed.',
      'Dermatomyositis with lung adenocarcinoma was diagnosed.',
      'The final diagnosis was lung adenocarcinoma with paraneoplastic dermatomyositis.',
    ])
      expect(cancersOf(BEFORE + text).map((k) => k.relation)).toEqual(['concurrent']);
  });

  it('not with a history between the two, nor with an interval after them', () => {
    expect(
      cancersOf(BEFORE + 'Dermatomyositis with a history of lung adenocarcinoma was diagnosed.'),
    ).toEqual([{ site: 'lung', relation: 'before', months: undefined }]);
    expect(
      cancersOf(BEFORE + 'Dermatomyositis with lung adenocarcinoma was diagnosed two years later.')[0]
        ?.relation,
    ).not.toBe('concurrent');
  });
});

describe('a background of a past cancer', () => {
  it('"with a background of a nephrectomy for renal cell carcinoma presented with …" puts the tumour first', () => {
    // (it had been read as a tumour found after the myositis)
    expect(
      cancersOf(
        'A 62-year-old patient with a background of a nephrectomy for renal cell carcinoma presented with thigh weakness.',
      ).map((k) => k.relation),
    ).toEqual(['before']);
  });
});

describe('a cancer diagnosed after the presentation, or named as the cause of the myositis', () => {
  it('"found to have a gastric carcinoma after presenting with thigh weakness" is a cancer found after', () => {
    expect(
      cancersOf(
        'A 61-year-old man was found to have a gastric carcinoma after presenting with thigh weakness and Gottron papules.',
      ).map((k) => k.relation),
    ).toEqual(['after']);
  });

  it('"dermatomyositis secondary to ovarian cancer" is one diagnosis of both, like "associated with"', () => {
    expect(
      cancersOf('A 60-year-old woman presented with dermatomyositis secondary to ovarian cancer.').map(
        (k) => k.relation,
      ),
    ).toEqual(['concurrent']);
  });
});

describe('a cancer found during the work-up of the myositis, told in the opening sentence', () => {
  it('is a cancer found after, as in a later sentence', () => {
    expect(
      cancersOf(
        'A previously well 58-year-old man was found to have a gastric adenocarcinoma during the work-up of dermatomyositis.',
      ).map((k) => k.relation),
    ).toEqual(['after']);
  });
});

describe('a cancer treated before the myositis, told around the person', () => {
  it('"a man with adenocarcinoma of the lung (receiving chemotherapy) presented with …" puts the cancer first', () => {
    // (read as a cancer found after: the bracket was longer than the rule allowed)
    expect(
      cancerOrdersAfterHeading(
        'A 64-year-old man with an adenocarcinoma of the lung (receiving chemotherapy) presented with dermatomyositis.',
      ),
    ).toEqual(['before']);
  });

  it('"a woman with breast cancer had received two cycles of docetaxel when she developed …" too', () => {
    // (no order had been read)
    expect(
      cancerOrdersAfterHeading(
        'A 52-year-old woman with breast cancer had received three cycles of paclitaxel when she developed a heliotrope rash.',
      ),
    ).toEqual(['before']);
  });

  it('dates the cancer by an opening interval before a presentation with a sign of the myositis', () => {
    // (the interval had been read only when the myositis itself was named)
    expect(
      cancerMonthsOf(
        'Nine years after her nephrectomy for renal cell carcinoma, she presented with proximal weakness.',
      ),
    ).toEqual([-108]);
    // control: the form that already worked
    expect(
      cancerMonthsOf(
        'Nine years after her nephrectomy for renal cell carcinoma, she developed dermatomyositis.',
      ),
    ).toEqual([-108]);
  });
});

describe('orders told by a list title, a later skin cancer, and "N weeks back"', () => {
  it('reads a list of manifestations of a cancer in a title as the cancer found after', () => {
    // (the plural "manifestations of" had given no order)
    expect(
      extractCase(
        'Dermatomyositis, arthritis and fasciitis as early manifestations of lymphoma\n\nA 58-year-old man presented with a rash.',
      ).case.cancers.map((k) => k.relationToMyositis),
    ).toEqual(['after']);
  });

  it('keeps "subsequently developed" when a word of the past follows for another thing', () => {
    // (read as a cancer before: "previously" named the rash's areas)
    expect(
      cancerOrdersAfterHeading(
        'A 58-year-old woman had dermatomyositis and later a squamous cell carcinoma of the skin developed on sites of previously inflamed skin.',
      ),
    ).toEqual(['after']);
    // control: the cancer's own past
    expect(
      cancerOrdersAfterHeading(
        'A 57-year-old woman presented with dermatomyositis. She had breast cancer previously.',
      ),
    ).toEqual(['before']);
  });

  it('reads "3 weeks back he developed thigh pain" as an onset', () => {
    expect(
      onsetOf('A 58-year-old man came with weakness. 3 weeks back he developed thigh pain.'),
    ).toBeCloseTo(0.69, 1);
  });
});

describe('a myositis after a checkpoint inhibitor, told after the cancer', () => {
  it('"renal cell carcinoma and developed myositis after being treated with nivolumab": the cancer first', () => {
    for (const text of [
      'She had renal cell carcinoma and developed myositis after being treated with nivolumab.',
      'She had renal cell carcinoma and developed myositis after 2 cycles of pembrolizumab.',
    ])
      expect(extractCase(WEAK_THIGHS_CASE + text).case.cancers.map((k) => k.relationToMyositis)).toEqual([
        'before',
      ]);
  });

  it('leaves the order open when the myositis came before the drug', () => {
    const text = 'She had renal cell carcinoma; myositis developed before nivolumab was started.';
    expect(extractCase(WEAK_THIGHS_CASE + text).case.cancers.map((k) => k.relationToMyositis)).toEqual([
      undefined,
    ]);
  });
});

describe('the order of a cancer and the myositis told in other ways', () => {
  it('reads a cancer "diagnosed first" as before the myositis', () => {
    expect(cancerTimesOf('The lymphoma was diagnosed first and the myositis afterwards.')).toEqual([
      [undefined, 'before'],
    ]);
    expect(
      cancerTimesOf(
        'A small cell lung cancer was diagnosed first, and the weakness developed some time later.',
      ),
    ).toEqual([['lung', 'before']]);
  });

  it('reads the disease "in the course of" which the other arose, and "complicated by", as the first', () => {
    expect(cancerTimesOf('In the course of her myositis, a B-cell lymphoma developed.')).toEqual([
      [undefined, 'after'],
    ]);
    expect(cancerTimesOf('In the course of her breast cancer, dermatomyositis developed.')).toEqual([
      ['breast', 'before'],
    ]);
    expect(cancerTimesOf('Her dermatomyositis was later complicated by a non-Hodgkin lymphoma.')).toEqual([
      [undefined, 'after'],
    ]);
  });

  it('dates a cancer from "had been diagnosed with dermatomyositis for 7 years"', () => {
    expect(
      cancerTimesOf(
        'She had been diagnosed with dermatomyositis for 7 years and was then found to have a cholangiocarcinoma.',
      ),
    ).toEqual([['bile duct', 84]]);
  });

  it('counts from the diagnosis of antisynthetase syndrome, and reads "by more than a year"', () => {
    expect(
      cancerTimesOf(
        'An endometrial carcinoma was detected 14 months after the diagnosis of antisynthetase syndrome.',
      ),
    ).toEqual([['uterus', 14]]);
    expect(
      cancerTimesOf(
        'Dermatomyositis preceded the diagnosis of a gastric adenocarcinoma by more than a year.',
      ),
    ).toEqual([['stomach', 12]]);
  });

  it('reads "the interval between A and B was N months" in the order A, B', () => {
    expect(
      cancerTimesOf(
        'The interval between the diagnosis of her breast cancer and the onset of her dermatomyositis was 18 months.',
      ),
    ).toEqual([['breast', -18]]);
    expect(
      cancerTimesOf(
        'The interval between the diagnosis of dermatomyositis and the detection of gastric cancer was two years.',
      ),
    ).toEqual([['stomach', 24]]);
  });

  it('does not date a recurrent cancer by the interval of its recurrence', () => {
    expect(
      cancerTimesOf(
        'A recurrent liver carcinoma was proven 12 months after the diagnosis of dermatomyositis.',
      ),
    ).not.toContainEqual(['liver', 12]);
  });
});

describe('a concurrence cue of another clause', () => {
  it('does not read a cancer found "after 7 months", past a "but", as concurrent with the presentation', () => {
    expect(
      cancerTimesOf(
        'At presentation, imaging showed no sign of a tumour, but after 7 months she developed a groin lump that was a metastatic melanoma.',
      ),
    ).not.toContainEqual([undefined, 0]);
    // control
    expect(cancerTimesOf('At presentation, a CT showed a lung adenocarcinoma.')).toEqual([['lung', 0]]);
  });
});

describe('a cancer the patient already had', () => {
  it('reads "in remission with ovarian cancer" and "already had small cell lung cancer" as before', () => {
    expect(cancerTimesOf('She was in remission with ovarian cancer.')).toEqual([['ovary', 'before']]);
    expect(
      cancerTimesOf(
        'She already had a small cell lung cancer and developed the weakness after her first chemotherapy.',
      ),
    ).toEqual([['lung', 'before']]);
  });
});

describe('a myositis that came some time into the treatment of a cancer', () => {
  it('dates the cancer before: "the rash appeared two years into her treatment for follicular lymphoma"', () => {
    expect(cancerTimesOf('The rash appeared two years into her treatment for follicular lymphoma.')).toEqual([
      [undefined, -24],
    ]);
    // control: a cancer found some time into the myositis's treatment
    expect(cancerTimesOf('Six months into treatment, a CT showed a lung adenocarcinoma.')).toEqual([
      ['lung', 6],
    ]);
  });
});

describe('a cancer diagnosed in the end, and the literature’s reports', () => {
  it('does not read "ultimately diagnosed with …, who presented initially with a rash" as a cancer carried before', () => {
    expect(
      cancerTimesOf(
        'A woman ultimately diagnosed with acute myeloid leukaemia, who presented initially with a malar rash, is described.',
      ),
    ).not.toContainEqual([undefined, 'before']);
    // control
    expect(cancerTimesOf('A 60-year-old woman diagnosed with breast cancer presented with a rash.')).toEqual([
      ['breast', 'before'],
    ]);
  });

  it('reads no cancer from a statement about the literature’s reports', () => {
    expect(
      cancerTimesOf('There are no prior reports of a lupus rash as the presenting sign of AML.'),
    ).toEqual([]);
  });
});

describe('a concurrence word that names a treatment', () => {
  it('does not make a cancer treated by "concurrent chemoradiation" concurrent with the myositis', () => {
    expect(
      cancerTimesOf(
        'The weakness began after she had completed concurrent chemoradiation for carcinoma of the cervix.',
      ),
    ).toEqual([['cervix', 'before']]);
    // control: the word of a concurrence itself
    expect(cancerTimesOf('A carcinoma of the cervix was found concurrently with the myositis.')).toEqual([
      ['cervix', 0],
    ]);
  });
});
