/**
 * The same case in another layout must give the same facts: hard-wrapped lines, page furniture inside prose, spaces
 * between sentences, thousands grouped with a space, markdown and bullets, a reference interval broken by a wrap,
 * and a letter wrapped by hand. Each with the control it must leave alone.
 * @module
 */
import { describe, expect, it } from 'vitest';
import { wrap } from '../../eval/layouts.js';
import { analyse } from '../document.js';
import { extractCase } from '../extract.js';
import { maskPageFurniture, unwrapHardBreaks } from '../sentences.js';
import { labsAfterTitle, readAfterTitle } from './__fixtures__/helpers.js';

/** The facts a clinician reads off a case, in a form two layouts can be compared by. */
const facts = (text: string) => {
  const c = extractCase(text).case;
  return {
    patient: c.patient,
    onset: c.dates,
    findings: c.findings.map((f) => `${f.id}=${f.status}`),
    labs: c.labs.map((l) => `${l.analyte} ${l.value ?? ''} ${l.unit ?? ''}`),
    antibodies: c.antibodies.map((a) => `${a.target}=${a.result}`),
    cancers: c.cancers.map((k) => `${k.histology} ${k.site ?? ''} ${k.relationToMyositis ?? ''}`),
  };
};

const LETTER = [
  'Dermatomyositis with a gastric adenocarcinoma',
  '',
  'Case presentation: A man of 63 years came by ambulance to the emergency department with eight weeks of ' +
    'trouble getting out of low chairs and combing his hair. He had seen a violaceous rash on both ' +
    'upper eyelids and scaly papules over the knuckles. Examination showed symmetric proximal weakness, MRC 4/5 ' +
    'at the hip flexors and deltoids. The creatine kinase was 6,240 U/L (normal 39-308) and the aldolase ' +
    '21.3 U/L. Anti-TIF1-gamma antibodies were positive and anti-Jo-1 antibodies negative. A CT scan of the ' +
    'abdomen showed a thickened gastric wall, and endoscopic biopsy confirmed a gastric adenocarcinoma.',
].join('\n');

describe('a hard-wrapped text (a PDF’s column, an e-mail) reads as its paragraphs', () => {
  it.each([60, 66, 72, 80])('wrapped at %d characters, the letter gives the same facts', (width) => {
    const wrapped = wrap(LETTER, width);
    expect(wrapped.split('\n').length).toBeGreaterThan(6);
    expect(facts(wrapped)).toEqual(facts(LETTER));
  });
  it('the letter itself gives its facts (so that the comparison above is not empty)', () => {
    const f = facts(LETTER);
    expect(f.patient).toMatchObject({ sex: 'male', age: 63 });
    expect(f.labs).toEqual(['CK 6240 U/L', 'aldolase 21.3 U/L']);
    expect(f.cancers).toEqual(['adenocarcinoma stomach after']);
    expect(f.onset).toMatchObject({ symptomOnset: { offset: -8, unit: 'week' } });
  });
  it('keeps every offset: the evidence of a wrapped text quotes its own characters', () => {
    const wrapped = wrap(LETTER, 66);
    const ck = extractCase(wrapped).case.labs.find((l) => l.analyte === 'CK')!;
    expect(ck.evidence?.length).toBeGreaterThan(0);
    for (const e of ck.evidence ?? [])
      for (const sp of e.spans ?? [])
        // the span quotes the text as it came, its line breaks included
        expect(sp.text).toBe(wrapped.slice(sp.start, sp.end));
    expect(unwrapHardBreaks(wrapped).length).toBe(wrapped.length);
  });
  it('control: a note of short items, one per line, keeps its lines', () => {
    const note = [
      'Rheumatology clinic',
      'prox weakness 4/5 bilat',
      'Gottron papules over MCPs',
      'CK 3.2k',
      'Anti-Mi-2 positive',
      'Plan: IVIG, CT chest/abdo/pelvis',
    ].join('\n');
    expect(unwrapHardBreaks(note)).toBe(note);
  });
  it('control: a text of one line per paragraph is left as it is', () => {
    const text = LETTER.replace('Case presentation: ', 'Case presentation:\n');
    expect(unwrapHardBreaks(text)).toBe(text);
  });
  it('control: lines ending a sentence or a label, and a list, keep their breaks in a wrapped text', () => {
    const text = wrap(LETTER, 70) + '\nResults were as follows:\n- CK 6,240 U/L\n- aldolase 21.3 U/L';
    const out = unwrapHardBreaks(text);
    expect(out.endsWith('follows:\n- CK 6,240 U/L\n- aldolase 21.3 U/L')).toBe(true);
  });
});

describe('page furniture and prose in a wrapped line', () => {
  it('a line that goes on a sentence in lower case is prose, though it names a department', () => {
    const text =
      'A 67-year-old man came to the accident and emergency\n' +
      'department with six weeks of weakness of the thighs and\n' +
      'a rash over the face and chest.\n';
    expect(maskPageFurniture(text)).toBe(text);
    expect(extractCase(`Title of the case\n\n${text}`).case.dates?.symptomOnset).toMatchObject({
      offset: -6,
      unit: 'week',
    });
  });
  it('a capitalised line of prose that names a hospital is not an affiliation', () => {
    const text =
      'Our 49-year-old teacher came on referral to the Northfield University\n' +
      'Hospital with a three-month history of weakness of the shoulders and\n' +
      'hips.\n';
    expect(maskPageFurniture(text)).toBe(text);
  });
  it('control: an affiliation line inside a sentence is still blanked', () => {
    const text =
      'A woman of 50 came to clinic with weakness of the proximal\n' +
      'Department of Neurology, Eastbrook General Hospital, Leeds, UK\n' +
      'muscles and a raised CK.\n';
    expect(maskPageFurniture(text)).not.toContain('Eastbrook');
  });
  it('control: a web address opening a line in lower case is still furniture', () => {
    const text =
      'She had developed weakness of the proximal\nwww.example-journal.org/articles/2019\nmuscles over months.\n';
    expect(maskPageFurniture(text)).not.toContain('example-journal');
  });
});

describe('spaces between sentences', () => {
  it('the case after a run-in heading behind two spaces is the patient’s', () => {
    const c = extractCase(
      'Colchicine and muscle\n\nBackground: Colchicine may cause a myopathy in renal failure.  Case: A 79-year-old ' +
        'man presented with weakness of the legs for ten days.',
    ).case;
    expect(c.patient).toMatchObject({ sex: 'male', age: 79 });
  });
  it('a tab after a full stop before a run-in heading', () => {
    const c = extractCase(
      'Colchicine and muscle\n\nBackground: Colchicine may cause a myopathy in renal failure.\tCase: A 79-year-old ' +
        'man presented with weakness of the legs for ten days.',
    ).case;
    expect(c.patient).toMatchObject({ sex: 'male', age: 79 });
  });
});

describe('thousands grouped with a space, and typographic spaces', () => {
  it('"a peak CK of 17 622." closes the number at the full stop', () => {
    expect(labsAfterTitle('The statin was stopped after a peak CK of 17 622.')).toEqual(['CK 17622']);
  });
  it('a grouped value before a comma that ends the clause', () => {
    expect(labsAfterTitle('Her CK was 12 480, and it fell with treatment.')).toEqual(['CK 12480']);
  });
  it('a reference interval grouped with spaces is one interval, not a second value', () => {
    expect(labsAfterTitle('A white cell count of 3 700/µL (4 500–11 000/µL) was low.')).toEqual([
      'WBC 3700 /uL',
    ]);
    const p = readAfterTitle('Platelets were 98 000/µL (150 000–400 000).').labs[0]!;
    expect(p.value).toBe(98000);
    expect(p.referenceRange).toEqual({ low: 150000, high: 400000 });
  });
  it('a thin space groups thousands before a decimal point; a plain space only when a unit follows', () => {
    expect(labsAfterTitle('CK 1\u2009543.2 U/L.')).toEqual(['CK 1543.2 U/L']);
    expect(labsAfterTitle('CK 1 543.2 U/L.')).toEqual(['CK 1543.2 U/L']);
  });
  it('control: a decimal comma after a space stays apart', () => {
    expect(labsAfterTitle('CRP 12 480,5 mg/L.')).not.toContain('CRP 12480.5 mg/L');
  });
  it('no-break spaces inside the dates that order a cancer and the myositis', () => {
    const text = (sp: string) =>
      'Dermatomyositis after a seminoma\n\nA 34-year-old man was seen. In March' +
      sp +
      '2019 an orchiectomy was ' +
      'performed after a diagnosis of seminoma was made. A heliotrope rash and proximal weakness appeared in ' +
      'June' +
      sp +
      '2019.';
    const timing = (sp: string) => {
      const k = extractCase(text(sp)).case.cancers[0];
      return [k?.histology, k?.relationToMyositis, k?.diagnosisDate];
    };
    expect(timing(' ')[2]).toBeDefined();
    expect(timing('\u00a0')).toEqual(timing(' '));
  });
});

describe('markdown and bullets, as notes copied from chat tools or generated summaries carry them', () => {
  it('bold names in a "respectively" list', () => {
    expect(
      labsAfterTitle(
        'The serum **aldolase**, **LDH** and ferritin levels were raised (11.0 U/L, 658 U/L and 1679 ng/mL, respectively).',
      ),
    ).toEqual(['aldolase 11 U/L', 'LDH 658 U/L', 'ferritin 1679 ng/mL']);
  });
  it('a bold run-in label opens the case', () => {
    const c = extractCase(
      'Colchicine myopathy\n\n**Background:** Colchicine may cause a myopathy in renal failure. **Case presentation:** A ' +
        '79-year-old man presented with weakness of the legs for ten days.',
    ).case;
    expect(c.patient).toMatchObject({ sex: 'male', age: 79 });
  });
  it('a bulleted label opens its section', () => {
    const c = extractCase(
      'Colchicine myopathy\n\nColchicine may cause a myopathy in renal failure.\n• Patient: A 79-year-old man ' +
        'presented with weakness of the legs for ten days.\n• Social history: non-smoker.',
    ).case;
    expect(c.patient).toMatchObject({ sex: 'male', age: 79, smoking: 'never' });
  });
  it('control: a bulleted heading word in a list of publication types is no heading', () => {
    const text =
      'Inclusion body myositis in older people\n\nAbstract\n\nInclusion body myositis is the commonest myopathy ' +
      'after fifty and is often taken for polymyositis.\n\nPublication types\n\n  • Case Reports\n\nMeSH terms\n\n' +
      '  • Aged\n  • Humans\n  • Male\n';
    expect(extractCase(text).case.patient.sex).toBe('unknown');
  });
  it('control: a lone asterisk stays (a footnote mark, a multiplication sign)', () => {
    expect(labsAfterTitle('WBC 11.3*10^9/L.')).toEqual(labsAfterTitle('WBC 11.3×10^9/L.'));
  });
});

describe('a list item’s bullet is not part of its sentence', () => {
  it('"• Six weeks of progressive weakness …" dates the onset', () => {
    const c = extractCase(
      'Referral (translated)\n\nMan, 57 years.\n• Six weeks of progressive weakness in the hips and shoulders.\n' +
        '• Rash on both eyelids.\n',
    ).case;
    expect(c.dates?.symptomOnset).toMatchObject({ offset: -6, unit: 'week' });
  });
  it('control: an item of one or two words keeps its bullet ("• Male" among index terms)', () => {
    const sentences = analyse('Index terms\n\n• Humans\n• Male\n• Aged\n').sentences;
    expect(sentences.every((x) => x.tokens[0]?.norm !== 'male')).toBe(true);
  });
});

describe('a reference interval broken at its dash by a hard wrap', () => {
  it('"(0.6-" at a line end goes on into "1.2 mg/dl)"', () => {
    const text = [
      'A 61-year-old woman was admitted with weakness of the thighs and shoulders',
      'for three weeks. Renal tests were deranged, with a serum creatinine of 1.7 (0.6-',
      '1.2 mg/dl), potassium 1.9 mmol/L (3.5-5.1 mmol/L), magnesium 0.5 mmol/L (0.7-1.0',
      '0.9 (1.3-2.1 meq/l), all of them measured on the day she came to hospital, and',
      'they were repeated after two days of intravenous fluids and oral supplements',
      'given on the ward, when the potassium had risen and the weakness had eased.',
    ].join('\n');
    const creatinine = extractCase(`Hypokalaemic weakness\n\n${text}`).case.labs.find(
      (l) => l.analyte === 'creatinine',
    );
    expect(creatinine?.referenceRange).toEqual({ low: 0.6, high: 1.2 });
  });
});

describe('a letter wrapped by hand, with two spaces after its full stops', () => {
  it('the reference interval on the next line belongs to the value', () => {
    const letter = [
      'Dear Dr Mensah,',
      '',
      'Thank you for seeing this 63-year-old retired joiner who has had eight weeks',
      'of trouble getting out of low chairs and lifting his arms to shave. He has',
      'a violaceous rash on both upper eyelids and scaly papules over the',
      'knuckles.  On examination there is symmetric proximal weakness, MRC 4/5 at',
      'the hip flexors and deltoids.  His creatine kinase was 6 240 U/L (normal',
      '39-308) and his aldolase 21.3 U/L. Anti-TIF1-gamma antibodies are',
      'positive; anti-Jo-1 is negative. He smoked for thirty years and stopped in',
      '2015.',
      '',
      'Yours sincerely,',
    ].join('\n');
    const ck = extractCase(letter).case.labs.find((l) => l.analyte === 'CK');
    expect(ck).toMatchObject({ value: 6240, unit: 'U/L', referenceRange: { low: 39, high: 308 } });
  });
  it('control: two spaces after a full stop are no column gap, but two spaces between cells are', () => {
    const table = 'Analyte   Result   Units\nCK        6240     U/L\nAldolase  21.3     U/L\n';
    expect(unwrapHardBreaks(table)).toBe(table);
  });
});

describe('a note wrapped by hand: breaks that cannot end anything go on', () => {
  it('a line that stops on "No" goes on into a capitalised word', () => {
    const note =
      'Letter (brief)\nDx: antisynthetase syndrome.\n56yo woman with Raynaud, arthralgia of the hands. Mech hands +. No\nGottron papules, no heliotrope. Power normal.';
    const out = unwrapHardBreaks(note);
    expect(out).toContain('Mech hands +. No Gottron papules');
    expect(out.length).toBe(note.length);
  });

  it('an answer after a colon stays on its line ("Smoking: No")', () => {
    const form =
      'Questionnaire completed at the visit today, smoking history: No\nAlcohol intake: occasional glass of wine at weekends only.\nShort line.';
    expect(unwrapHardBreaks(form)).toBe(form);
  });

  it("a label's colon goes on into its lower-case content", () => {
    const note =
      'Summary\n71yo M, DM in 10/2022. Re-screen 14 mo later: PSA 48, then prostate bx:\nadenoca Gleason 4+4. Bone scan clear.\nShort line.';
    expect(unwrapHardBreaks(note)).toContain('prostate bx: adenoca');
  });

  it('a short line ending in a colon keeps its break (a heading)', () => {
    const note = 'Assessment and plan:\ncontinue prednisone, review in two weeks.\nShort line.';
    expect(unwrapHardBreaks(note)).toBe(note);
  });
});
