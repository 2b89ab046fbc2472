/**
 * Dates and intervals of a cancer that could set the order wrong: numeric dates with a day, a month and a year, a
 * later clause whose subject is the myositis, two ages in one sentence, a cancer dated back from the present visit,
 * and a part of a year; with the speed gates that guard each rule tested on the repository's texts. Each
 * construction is written as a sentence of the project's own, beside the near control that must keep its reading.
 * @module
 */
import { describe, expect, it } from 'vitest';
import { cancerMonthsFromMyositis } from '../../eval/score.js';
import { extractCase } from '../extract.js';
import {
  BEFORE_COUNT_RE,
  LATER_MYOSITIS_CLAUSE_RE,
  NUMERIC_DAY_MONTH_GATE,
  NUMERIC_DAY_MONTH_RE,
  PART_OF_YEAR_RE,
  POST_TREATMENT_FOR_RE,
} from '../extractors/oncology.js';

const CASE = 'Case presentation\n\nA woman aged 57 came to the rheumatology clinic. ';

const cancersOf = (text: string) => {
  const c = extractCase(CASE + text).case;
  return c.cancers.map(
    (k) => `${k.site ?? '?'} ${k.relationToMyositis ?? '-'} ${cancerMonthsFromMyositis(c, k) ?? '-'}`,
  );
};

describe('numeric dates with a day, a month and a year', () => {
  it('reads an ISO date (year, month, day) with its month', () => {
    expect(
      cancersOf(
        'Dermatomyositis was diagnosed on 2020-01-22. Gastric adenocarcinoma was confirmed on 2020-04-03.',
      ),
    ).toEqual(['stomach - 3']);
    expect(
      cancersOf(
        'Dermatomyositis was diagnosed on 2019.06.30. Hepatocellular carcinoma was diagnosed on 2019.11.02.',
      ),
    ).toEqual(['liver - 5']);
  });
  it('reads a day-first date when a first number above 12 fixes the order', () => {
    expect(
      cancersOf(
        'A lobular carcinoma of the left breast was diagnosed on 14/01/2017. Dermatomyositis was diagnosed on 09/05/2017.',
      ),
    ).toEqual(['left breast - -4']);
  });
  it('reads the order fixed by another date of the text', () => {
    expect(
      cancersOf(
        'Her first visit was on 21/03/2016. Dermatomyositis was diagnosed on 02/04/2016, and a serous ovarian carcinoma on 03/08/2016.',
      ),
    ).toEqual(['ovary - 4']);
  });
  it('gives the interval of an unfixed order only when both readings agree to the month', () => {
    expect(
      cancersOf(
        'An ovarian carcinoma was diagnosed on 04/05/2019. Dermatomyositis was diagnosed on 06/07/2019.',
      ),
    ).toEqual(['ovary - -2']);
  });
  it('gives the order alone when both readings agree on it but not on the months', () => {
    expect(
      cancersOf(
        'Invasive ductal breast carcinoma was diagnosed on 06/04/2018. Dermatomyositis was diagnosed in October 2018.',
      ),
    ).toEqual(['breast before -']);
  });
  it('leaves the order open when the two readings put the cancer on either side of the myositis', () => {
    expect(
      cancersOf(
        'Dermatomyositis was diagnosed on 03/06/2019. A colonic adenocarcinoma was found on 06/03/2019.',
      ),
    ).toEqual(['colon - -']);
  });
  it('keeps dates written with month names, and month-year dates (control)', () => {
    expect(
      cancersOf(
        'Dermatomyositis was diagnosed on 9 May 2017. A lobular carcinoma of the breast had been diagnosed on 14 January 2017.',
      ),
    ).toEqual(['breast - -4']);
    expect(
      cancersOf('Gastric adenocarcinoma was resected in 11/2016. Dermatomyositis was diagnosed in 05/2017.'),
    ).toEqual(['stomach - -6']);
  });
});

describe('the gate of the numeric day and month (speed)', () => {
  it('lets through every text the pattern matches', () => {
    const samples = [
      'on 12/03/2018',
      'on 3.5.2019',
      '12-03-2018',
      '(1/2/2020)',
      'x31.12.1999',
      'in 2018',
      'a 12/2018',
    ];
    for (const text of samples) {
      const yearAt = text.search(/(?:19|20)\d\d$|(?:19|20)\d\d\)$/);
      const slice = text.slice(Math.max(0, yearAt - 7), yearAt);
      if (NUMERIC_DAY_MONTH_RE.test(slice)) expect(NUMERIC_DAY_MONTH_GATE(text, yearAt)).toBe(true);
    }
    expect(
      samples.filter((t) => NUMERIC_DAY_MONTH_RE.test(t.slice(0, t.search(/(?:19|20)\d\d/)))),
    ).toHaveLength(5);
  });
});

describe('a later clause whose subject is the myositis or its signs', () => {
  it('dates the cancer of the clause before that long before the myositis', () => {
    expect(
      cancersOf('A mantle cell lymphoma was diagnosed in 2014; dermatomyositis followed five months later.'),
    ).toEqual(['? - -5']);
    expect(
      cancersOf(
        'A thymoma was resected in 2009, and the heliotrope rash and hip weakness appeared two years later.',
      ),
    ).toEqual(['thymus - -24']);
    expect(
      cancersOf('Colon carcinoma was resected in 2012. Dermatomyositis followed eight months later.'),
    ).toEqual(['colon - -8']);
  });
  it('does not date the cancer by a later spread or a later course of the myositis', () => {
    expect(
      cancersOf('A lung adenocarcinoma was diagnosed in 2018; bone metastases followed four months later.'),
    ).toEqual(['lung - -']);
    expect(
      cancersOf('Ovarian carcinoma was diagnosed in 2017; her weakness improved four months later.'),
    ).toEqual(['ovary - -']);
  });
  it('keeps a cancer that follows the myositis, and a clause with another event between (control)', () => {
    expect(
      cancersOf('Dermatomyositis was diagnosed in 2014; a mantle cell lymphoma followed five months later.'),
    ).toEqual(['? - 5']);
    expect(
      cancersOf(
        'Breast cancer was diagnosed in 2016 and treated with chemotherapy; dermatomyositis followed four months later.',
      ),
    ).toEqual(['breast - -']);
  });
});

describe('the gate of the later clause (speed)', () => {
  it('holds for every match of the pattern', () => {
    const samples = [
      'dermatomyositis followed five months later',
      'the rash and weakness appeared 2 years afterwards',
      'she developed DM four weeks thereafter',
      'the myositis was diagnosed a year later',
      'dermatomyositis followed five months after',
    ];
    const matched = samples.filter((t) => LATER_MYOSITIS_CLAUSE_RE.test(t));
    expect(matched).toHaveLength(4);
    for (const t of matched) expect(/later|afterwards|thereafter/i.test(t)).toBe(true);
  });
});

describe('two ages in one sentence, the cancer the older', () => {
  it('dates the cancer found at the older age after the myositis', () => {
    expect(
      cancersOf(
        'At the age of 58 she developed dermatomyositis; a gastric adenocarcinoma was diagnosed at 61.',
      ),
    ).toEqual(['stomach - 36']);
    expect(
      cancersOf(
        'She was found to have dermatomyositis when she was 70, and an ovarian carcinoma was detected when she was 71.',
      ),
    ).toEqual(['ovary - 12']);
  });
  it('keeps a relapse at the older age undated, and the cancer at the younger age before (control)', () => {
    expect(
      cancersOf('At the age of 58 she developed dermatomyositis; her gastric adenocarcinoma recurred at 61.'),
    ).not.toContain('stomach - 36');
    expect(
      cancersOf('A gastric adenocarcinoma was diagnosed at the age of 58; dermatomyositis developed at 61.'),
    ).toEqual(['stomach - -36']);
  });
});

describe('a cancer dated back from the present visit by "N years post <operation> for" or "before N years"', () => {
  it('dates the cancer that long before the presentation', () => {
    expect(
      cancersOf(
        'He was 4 years post nephrectomy for renal cell carcinoma when Gottron papules and thigh weakness began.',
      ),
    ).toEqual(['kidney - -48']);
    expect(
      cancersOf(
        'The patient got operated for gastric cancer before 2 years and now comes with weakness of the hips.',
      ),
    ).toEqual(['stomach - -24']);
  });
  it('keeps an age and a span of something else undated by it (control)', () => {
    expect(
      cancersOf(
        'Her retinoblastoma had been removed before 2 years of age; at 39 she developed a heliotrope rash.',
      ),
    ).not.toContain('eye - -24');
  });
});

describe('the gates of the counts back from the present visit (speed)', () => {
  it('hold for every match of the patterns', () => {
    const post = [
      '3 years post cystectomy for ',
      '2 yrs post-mastectomy for a ',
      '6 months post resection of the ',
    ];
    expect(post.filter((t) => POST_TREATMENT_FOR_RE.test(t))).toHaveLength(3);
    for (const t of post) expect(/post/i.test(t)).toBe(true);
    const before = [' before 3 years and now', ' was operated before 18 months', ' before 3 years of age'];
    expect(before.filter((t) => BEFORE_COUNT_RE.test(t))).toHaveLength(2);
    for (const t of before) expect(/before/i.test(t)).toBe(true);
  });
});

describe('a part of a year ("late 2017", "early 2019")', () => {
  it('reads the middle month of each part, approximate, not the whole years', () => {
    expect(
      cancersOf(
        'A serous ovarian carcinoma was found in late 2015, and dermatomyositis was diagnosed in early 2017.',
      ),
    ).toEqual(['ovary - -15']);
    expect(
      cancersOf('Dermatomyositis began in mid-2018. A renal cell carcinoma was resected in late 2019.'),
    ).toEqual(['kidney - 16']);
  });
  it('keeps two bare years as whole years (control)', () => {
    expect(
      cancersOf('A serous ovarian carcinoma was found in 2015, and dermatomyositis was diagnosed in 2017.'),
    ).toEqual(['ovary - -24']);
  });
});

describe('the gate of a part of a year (speed)', () => {
  it('holds for every match of the pattern: a space or a hyphen right before the year', () => {
    const samples = ['in late ', 'mid-', 'at the end of ', 'early in ', 'in 2017 and ', 'late'];
    const matched = samples.filter((t) => PART_OF_YEAR_RE.test(t));
    expect(matched).toHaveLength(4);
    for (const t of matched) expect(/[\s-]/.test(t[t.length - 1]!)).toBe(true);
  });
});
