/**
 * Which sentences tell the patient's case: structured abstracts and meeting-abstract headings, a case told in an
 * introduction or a discussion, a lesson verb that reports the case, "The presentation was characterized by …", and
 * results or a history announced by "include" or "as follows". Each with the control it must leave alone.
 * @module
 */
import { describe, expect, it } from 'vitest';
import { findings } from '../__fixtures__/read-case.js';
import { extractCase } from '../extract.js';
import {
  antibodiesAfterProximalWeakness,
  antibodiesAfterTitle,
  labsAfterTitle,
} from './__fixtures__/helpers.js';
import { cancersAfterHeading as cancersOf } from './__fixtures__/timing.js';

/** The case of a whole text (title and headings included). */
const whole = (text: string) => extractCase(text).case;

describe('seventeenth round: sections and whose sentence it is', () => {
  it('reads a structured abstract\'s "Subject:" as the case, after an "Objectives:" heading', () => {
    const c = extractCase(
      'Objectives: To describe the rehabilitation of a swallowing disorder.\n\nSubject: A 69-year-old man with a hoarse voice and dysphagia.',
    ).case;
    expect(c.patient).toMatchObject({ age: 69, sex: 'male' });
    expect(c.findings.map((f) => f.id).sort()).toEqual(['dysphagia', 'dysphonia']);
  });

  it('reads "characteristic" signs that "appeared" in a past report as the patient\'s', () => {
    expect(
      findings('Characteristic signs, including Gottron sign and interstitial lung disease, appeared later.'),
    ).toEqual({
      'gottron-sign': 'present',
      'interstitial-lung-disease': 'present',
    });
    // a present-tense statement stays general
    expect(findings('Gottron sign is characteristic of dermatomyositis.')).toEqual({});
  });
});

describe('results told with "include(s)"', () => {
  it('"Laboratory studies include" with a measured value is the patient’s results', () => {
    const text = 'Laboratory studies include a CK of 2,400 U/L and a positive anti-PL-7 antibody.';
    expect(labsAfterTitle(text)).toEqual(['CK 2400 U/L']);
    expect(antibodiesAfterTitle(text)).toEqual({ 'PL-7': 'positive' });
  });
  it('control: "Laboratory findings include elevated CK" without a value stays a statement about the disease', () => {
    expect(labsAfterTitle('Laboratory findings include elevated CK and aldolase.')).toEqual([]);
  });
  it('control: a plan ("the work-up should include") gives no result', () => {
    expect(
      antibodiesAfterTitle('The work-up should include CK, aldolase and a myositis antibody panel.'),
    ).toEqual({});
  });
});

describe('structured abstracts of a single case', () => {
  const whole = (text: string) => extractCase(text).case;
  it('"Case description A 58-year-old woman …" without a colon is the case, not the background', () => {
    const c = whole(
      'Dystrophy with reduced calpain on biopsy\n\nAbstract\nBackground Girdle dystrophies vary widely.\nCase description A 58-year-old woman attended our clinic with proximal weakness.\nConclusions Calpain can be reduced.',
    );
    expect(c.patient).toMatchObject({ age: 58, sex: 'female' });
    expect(c.findings.map((f) => f.id)).toContain('proximal-weakness-upper');
  });
  it('control: one bare word at a line start is not a heading', () => {
    expect(
      whole('Dermatomyositis: a case\n\nCase reports are useful. A 50-year-old woman had a heliotrope rash.')
        .patient,
    ).toMatchObject({ age: 50 });
  });
  it('"Background: … We report a 60-year-old man …" under a research abstract whose Results give only values', () => {
    const c = whole(
      'Viral myositis mistaken for polymyositis\n\nBackground: Viral myositis is rare. We report a 60-year-old man with proximal weakness.\nMethods: Laboratory tests and EMG were done.\nResult: CK was 5,000 U/L.\nConclusion: Viral myositis can look like polymyositis.',
    );
    expect(c.patient).toMatchObject({ age: 60, sex: 'male' });
    expect(c.labs.map((l) => l.value)).toEqual([5000]);
  });
});

describe('a lesson verb that reports the case', () => {
  const whole = (text: string) => extractCase(`Viral myositis taken for polymyositis\n\n${text}`).case;
  it('"This report highlights a 45-year-old man with a heliotrope rash" is the patient', () => {
    const c = whole('This report highlights a 45-year-old man with a heliotrope rash.');
    expect(c.patient).toMatchObject({ age: 45, sex: 'male' });
    expect(c.findings.map((f) => [f.id, f.status])).toEqual([['heliotrope-rash', 'present']]);
  });
  it('control: "This case highlights that a heliotrope rash may be …" stays a lesson', () => {
    expect(
      whole(
        'A 45-year-old man was seen. This case highlights that a heliotrope rash may be the first sign of the disease.',
      ).findings,
    ).toEqual([]);
  });
});

describe('whose results they are', () => {
  it('results announced "as follows" in the present tense are the patient’s record', () => {
    expect(
      labsAfterTitle('On investigations are as follows: the blood count has platelets of 41,000/mm3.'),
    ).toEqual(['platelets 41000 /mm3']);
  });
  it('… also after a general sentence, when a longer subject announces them', () => {
    expect(
      labsAfterTitle(
        'Work-up should then turn to the thyroid. The findings of further clinical tests are as follows: CPK- 2210 IU, TSH> 80 IU.',
      ),
    ).toEqual(['CK 2210 [IU]', 'TSH >80 [IU]']);
  });
  it('control: criteria "as follows" stay a statement about the disease', () => {
    expect(
      labsAfterTitle('The criteria are as follows: CK is raised in most patients, often above 1,000 U/L.'),
    ).toEqual([]);
  });
});

describe('a case told in an introduction or a discussion, when no case section tells it', () => {
  it('a patient named with a title under "Introduction" is the case', () => {
    const c = whole(
      'Myositis in a young mother\n\nIntroduction\n\nDermatomyositis is an uncommon myopathy. Mrs. K, a 41-year-old teacher, presented with a heliotrope rash and proximal weakness; CK was 2900 U/L.',
    );
    expect(c.patient).toMatchObject({ sex: 'female', age: 41 });
    expect(c.findings.map((f) => f.id)).toContain('heliotrope-rash');
    expect(c.labs.map((l) => `${l.analyte} ${l.value}`)).toEqual(['CK 2900']);
  });
  it('the authors’ report under a run-in "DISCUSSION:" opens the case, and the next sentence is the patient’s', () => {
    const c = whole(
      'Myositis on nivolumab\n\nBACKGROUND: Checkpoint inhibitors can cause myositis. DISCUSSION: We describe a 66-year-old man with renal cell carcinoma who developed proximal weakness and ptosis after his second dose of nivolumab. His CK was 6100 U/L.',
    );
    expect(c.patient).toMatchObject({ sex: 'male', age: 66 });
    expect(c.labs.map((l) => `${l.analyte} ${l.value}`)).toEqual(['CK 6100']);
    expect(c.cancers.map((k) => k.relationToMyositis)).toEqual(['before']);
  });
  it('"Described is the case of a …" after an aim is the case', () => {
    const c = whole(
      'Myositis in pregnancy\n\nAim: To review myositis in pregnancy. Method: Presented here is the case of a woman aged 31 with proximal weakness and a CK of 7200 U/L.',
    );
    expect(c.patient).toMatchObject({ sex: 'female', age: 31 });
    expect(c.labs.map((l) => `${l.analyte} ${l.value}`)).toEqual(['CK 7200']);
  });
  it('control: a run-in "Result:" after such a case ends it (the review’s results are not the patient’s)', () => {
    const c = whole(
      'Myositis in pregnancy\n\nAim: To review myositis in pregnancy. Method: Presented here is the case of a woman aged 31 with proximal weakness. Result: Interstitial lung disease and anti-Ro antibodies were the main risks.',
    );
    expect(c.findings.map((f) => f.id)).not.toContain('interstitial-lung-disease');
    expect(c.antibodies).toEqual([]);
  });
  it('control: beside a case section, the discussion’s report of the case is not read again', () => {
    const c = whole(
      'Myositis on nivolumab\n\nCase report\n\nA 66-year-old man developed proximal weakness. His CK was 6100 U/L.\n\nDiscussion\n\nWe describe a 66-year-old man whose CK later reached 9000 U/L.',
    );
    expect(c.labs.map((l) => `${l.analyte} ${l.value}`)).toEqual(['CK 6100']);
  });
});

describe('"The presentation was characterized by …" reports the case', () => {
  it("gives the patient the findings and the antibody of the case's own presentation", () => {
    const c = extractCase(
      'A 59-year-old man was admitted. The presentation was characterized by a rash and weakness of the proximal muscles, with positive anti-Mi-2 antibodies.',
    ).case;
    expect(c.antibodies.map((a) => `${a.target}=${a.result}`)).toEqual(['Mi-2=positive']);
    expect(c.findings.map((f) => f.id)).toContain('proximal-weakness-lower');
  });

  it('control: the disease characterized in the present tense is general', () => {
    const c = extractCase(
      'Dermatomyositis is characterized by proximal weakness and anti-Mi-2 antibodies.',
    ).case;
    expect(c.antibodies).toEqual([]);
    expect(c.findings).toEqual([]);
  });
});

describe('"previous medical history includes …" is the patient\'s record', () => {
  it('keeps the cancer of the record as a past cancer of the patient', () => {
    for (const head of ['Previous medical history', 'Prior medical history', 'Past medical history'])
      expect(
        cancersOf(
          `A 63-year-old woman presented with weakness of the thighs. ${head} includes colon cancer (adenocarcinoma, resected).`,
        ).map((k) => [k.site, k.relation]),
      ).toEqual([['colon', 'before']]);
  });

  it('leaves a statement about the disease in the present tense general', () => {
    // control: no record noun before "includes"
    expect(
      cancersOf(
        'A 59-year-old woman presented with weakness of the thighs. The differential diagnosis includes breast cancer.',
      ),
    ).toEqual([]);
  });
});

describe('"Relevant laboratory studies include …" is the patient\'s record', () => {
  it('keeps the results a report calls relevant, pertinent or notable', () => {
    expect(
      antibodiesAfterProximalWeakness(
        'Relevant laboratory studies include a positive ANA and anti-PM-Scl antibodies.',
      ),
    ).toEqual(['ANA positive', 'PM-Scl positive']);
  });

  it('leaves "Laboratory findings include positive anti-Jo-1" a statement about the disease', () => {
    expect(
      antibodiesAfterProximalWeakness('Laboratory findings include positive anti-Jo-1 antibodies.'),
    ).toEqual([]);
  });
});

describe('a meeting abstract\'s "Case Description/Methods:" heading', () => {
  it('opens the case after an introduction', () => {
    // (the whole case had been read as the introduction's literature)
    const c = extractCase(
      'Introduction: Dermatomyositis may herald a cancer. We present a case.\nCase Description/Methods: A 59-year-old woman presented with proximal muscle weakness. CK was 4,300 U/L.',
    ).case;
    expect(c.patient).toMatchObject({ sex: 'female', age: 59 });
    expect(c.labs.map((l) => `${l.analyte}:${l.value}`)).toEqual(['CK:4300']);
  });
});

describe('structured abstracts whose case is told under "Materials and methods/results" or "Setting"', () => {
  it('reads the case told under those labels as the case', () => {
    const a = extractCase(
      'Dermatomyositis and ovarian cancer\n\nPurpose: To report a rare association.\nMaterials and methods/results: A 57-year-old woman presented with a heliotrope rash. CK was 3,200 U/L. Anti-TIF1-gamma antibody was positive.\nConclusion: Screening matters.\n',
    ).case;
    expect([a.patient.age, a.labs.map((l) => l.value), a.antibodies.map((x) => x.target)]).toEqual([
      57,
      [3200],
      ['TIF1-gamma'],
    ]);
    const b = extractCase(
      'Paraneoplastic myositis\n\nObjective: To describe a rare case.\nSetting: A 64-year-old man had proximal weakness and dysphagia. CK was 5,000 U/L.\n',
    ).case;
    expect([b.patient.age, b.patient.sex, b.labs.map((l) => l.value)]).toEqual([64, 'male', [5000]]);
  });
});

describe('more labels under which an abstract tells its case', () => {
  it('reads the case told under "Patient findings:", "Report:", "Case report and discussion:" and "Case series:"', () => {
    for (const label of ['Patient findings', 'Report', 'Case report and discussion', 'Case series']) {
      const c = extractCase(
        `Title of a paper\n\nIntroduction: Dermatomyositis is rare.\n${label}: A 60-year-old woman had a CK of 3,000 U/L.\n`,
      ).case;
      expect([label, c.patient.age, c.labs.length]).toEqual([label, 60, 1]);
    }
  });
});
