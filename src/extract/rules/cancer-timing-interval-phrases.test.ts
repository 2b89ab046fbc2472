/**
 * Phrases that open or carry a cancer's interval: "within" and "after an interval of", a time counted into the
 * treatment of the myositis or after its diagnosis, one diagnosis naming both in the passive, a calendar year
 * opening the cancer's clause, a known cancer, the presentation as the subject of an interval, and a cancer carried
 * for a stated time; with the grid's controls. Each construction is written as a sentence of the project's own,
 * beside the near control that must keep its reading.
 * @module
 */
import { describe, expect, it } from 'vitest';
import { cancerMonthsFromMyositis } from '../../eval/score.js';
import { extractCase } from '../extract.js';
import { CLINIC_TITLE } from './__fixtures__/helpers.js';

const LEAD = 'A 63-year-old woman came to us with weak thighs and a violaceous eyelid rash. ';

/** Each cancer as "site histology reading": the months from the myositis when dated, else the order alone. */
const cancersOf = (text: string) => {
  const c = extractCase(CLINIC_TITLE + text).case;
  return c.cancers.map((k) => {
    const m = cancerMonthsFromMyositis(c, k);
    return `${k.site ?? '?'} ${k.histology ?? '?'} ${m === undefined ? (k.relationToMyositis ?? '-') : Math.round(m * 10) / 10}`;
  });
};

describe('an interval opened by "within" or "after an interval of"', () => {
  it('reads "within N months of the diagnosis of DM" as N months after', () => {
    expect(
      cancersOf(
        LEAD +
          'Within five months of the diagnosis of dermatomyositis, she was found to have a pancreatic adenocarcinoma.',
      ),
    ).toEqual(['pancreas adenocarcinoma 5']);
  });
  it('keeps "within a month of" a concurrence', () => {
    const [k] = cancersOf(
      LEAD + 'Within a month of the onset of the myositis, a renal cell carcinoma was found.',
    );
    expect(k).toBe('kidney renal cell carcinoma 0');
  });
  it('does not count "within N years of" the cancer\'s own diagnosis from the myositis', () => {
    expect(
      cancersOf(
        LEAD +
          'She had a history of breast cancer; within 2 years of the diagnosis of breast cancer she had completed treatment.',
      ),
    ).toEqual(['breast carcinoma before']);
  });
  it('reads "after an interval of N months from the onset"', () => {
    expect(
      cancersOf(
        LEAD +
          'After an interval of 11 months from the onset of the rash, a cholangiocarcinoma was detected.',
      ),
    ).toEqual(['bile duct cholangiocarcinoma 11']);
  });
});

describe('a time counted into the treatment of the myositis or after its diagnosis', () => {
  it('reads "N months into treatment for DM"', () => {
    expect(
      cancersOf(
        LEAD + 'Six months into therapy for her dermatomyositis, an endometrial carcinoma was diagnosed.',
      ),
    ).toEqual(['uterus carcinoma 6']);
  });
  it('reads "N months post-diagnosis"', () => {
    expect(cancersOf(LEAD + 'At 14 months post-diagnosis, a colon adenocarcinoma was identified.')).toEqual([
      'colon adenocarcinoma 14',
    ]);
  });
  it('does not read "post-diagnosis of" another disease', () => {
    const [k] = cancersOf(
      LEAD + 'At 2 years post-diagnosis of hepatitis C, a hepatocellular carcinoma was found.',
    );
    expect(k).not.toMatch(/ 2[34](\.\d)?$/);
  });
  it('does not date a relapse told "N months post-diagnosis"', () => {
    const [k] = cancersOf(
      LEAD +
        'She had been treated for ovarian cancer. At 8 months post-diagnosis, a relapse of the ovarian cancer was found.',
    );
    expect(k).toBe('ovary carcinoma before');
  });
});

describe('one diagnosis naming both, in the passive', () => {
  it('reads "<myositis> secondary to <cancer> was diagnosed" as concurrent', () => {
    expect(
      cancersOf(LEAD + 'Paraneoplastic polymyositis secondary to a thymic carcinoma was diagnosed.'),
    ).toEqual(['thymus thymic carcinoma concurrent']);
  });
  it('reads "<myopathy> with <X> antibodies in association with <cancer> was diagnosed" as concurrent', () => {
    expect(
      cancersOf(
        LEAD +
          'Immune-mediated necrotising myopathy with SRP antibodies in association with a prostate adenocarcinoma was diagnosed.',
      ),
    ).toEqual(['prostate adenocarcinoma concurrent']);
  });
  it('reads "<cancer>-associated dermatomyositis was diagnosed" as concurrent', () => {
    expect(cancersOf(LEAD + 'Cervical carcinoma-associated dermatomyositis was diagnosed.')).toEqual([
      'cervix carcinoma concurrent',
    ]);
  });
  it('reads the cancer with its site after it ("… of the kidney and dermatomyositis")', () => {
    expect(
      cancersOf(LEAD + 'Biopsies confirmed clear cell carcinoma of the kidney and dermatomyositis.'),
    ).toEqual(['kidney clear cell carcinoma concurrent']);
  });
  it('reads "we diagnosed <myositis> due to <cancer>" as concurrent', () => {
    expect(
      cancersOf(LEAD + 'We diagnosed paraneoplastic dermatomyositis due to a gallbladder carcinoma.'),
    ).toEqual(['gallbladder carcinoma concurrent']);
  });
  it('keeps an interval told after the passive verb', () => {
    expect(
      cancersOf(
        LEAD +
          'Dermatomyositis was treated with prednisone. Dermatomyositis associated with an oesophageal carcinoma was diagnosed 7 months later.',
      ),
    ).not.toContain('oesophagus carcinoma concurrent');
  });
});

describe("a calendar year opening the cancer's own clause", () => {
  it('dates the cancer against the myositis year of the first clause', () => {
    expect(
      cancersOf(LEAD + 'Her weakness began in 2017; in 2020 she was diagnosed with a mantle cell lymphoma.'),
    ).toEqual(['? mantle cell lymphoma 36']);
  });
  it('reads ", and in <year>" the same way', () => {
    expect(
      cancersOf(
        LEAD +
          'Her dermatomyositis was diagnosed in 2016, and in 2017 a papillary thyroid carcinoma was found.',
      ),
    ).toEqual(['thyroid papillary thyroid carcinoma 12']);
  });
});

describe('a known cancer, and the presentation as the subject of an interval', () => {
  it('reads "has a known <cancer>" as before', () => {
    expect(cancersOf(LEAD + 'She has a known multiple myeloma, followed by haematology.')).toEqual([
      '? multiple myeloma before',
    ]);
  });
  it('does not read "no known malignancy" as a cancer before', () => {
    expect(cancersOf(LEAD + 'She had no known malignancy.')).toEqual([]);
  });
  it('reads "she presented N years after treatment of <cancer>" as that long before', () => {
    expect(cancersOf(LEAD + 'She presented 6 years after treatment of a seminoma.')).toEqual([
      'testis seminoma -72',
    ]);
  });
  it('does not read an interval of the presentation counted from the rash', () => {
    const [k] = cancersOf(
      'A 63-year-old woman presented 3 months after the onset of a rash. A CT done for malignancy screening revealed a lung adenocarcinoma.',
    );
    expect(k).toBe('lung adenocarcinoma after');
  });
});

describe('a cancer carried for a stated time ("known for … since N years")', () => {
  it('reads the non-native "is known for <cancer> since N years" as that long before', () => {
    expect(cancersOf(LEAD + 'She is known for chronic lymphocytic leukaemia since 4 years.')).toEqual([
      '? chronic lymphocytic leukemia -48',
    ]);
  });
  it('reads "has been suffering from <cancer> for N years"', () => {
    expect(cancersOf(LEAD + 'She has been suffering from a follicular lymphoma for 2 years.')).toEqual([
      '? follicular lymphoma -24',
    ]);
  });
  it('keeps a year after "since" a year, not a count', () => {
    expect(cancersOf(LEAD + 'She is known for breast cancer since 2015.')).toEqual([
      'breast carcinoma before',
    ]);
  });
});

describe('controls of the grid', () => {
  it('reads no cancer in a relative, a general statement or a hypothetical', () => {
    expect(cancersOf(LEAD + 'Her brother was diagnosed with a melanoma four years earlier.')).toEqual([]);
    expect(cancersOf(LEAD + 'Dermatomyositis usually precedes the diagnosis of an ovarian cancer.')).toEqual(
      [],
    );
    expect(cancersOf(LEAD + 'If a carcinoma is found, treating it may control the myositis.')).toEqual([]);
    expect(cancersOf(LEAD + 'Serum tumour markers were measured to rule out a gastric cancer.')).toEqual([]);
  });
  it("reads no cancer in a share of a population, but keeps the patient's in such a sentence", () => {
    expect(
      cancersOf(
        LEAD + 'In published series, an ovarian carcinoma is found in about 10% of women with the disease.',
      ),
    ).toEqual([]);
    expect(cancersOf(LEAD + 'A bladder cancer develops in a tenth of patients with this myositis.')).toEqual(
      [],
    );
    expect(
      cancersOf(
        LEAD +
          'Cancer occurs in 20% of patients with dermatomyositis, and our patient had a gastric adenocarcinoma.',
      ),
    ).toHaveLength(1);
  });
});
