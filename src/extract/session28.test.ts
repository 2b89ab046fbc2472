/**
 * Readings fixed in session 28 (issue 12): clinic notes in their own register. The shorthand table itself is tested
 * in shorthand.test.ts; here, what a note's layout needed beside it, each with the controls it must leave alone.
 * @module
 */
import { describe, expect, it } from 'vitest';
import { analyse } from './document.js';
import { extractCase } from './extract.js';
import { unwrapHardBreaks } from './sentences.js';

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

describe("a negated ability is the patient's, not a statement about a disease", () => {
  const attribution = (text: string) =>
    analyse(`Clinic note\n\n58yoF seen today. ${text}`).sentences.map((s) => s.attribution.subject);

  it.each([
    "Now proximal weakness - can't rise from a chair without using her arms.",
    'She could not climb stairs and had a heliotrope rash.',
    'Heliotrope rash and calcinosis could not be identified on examination.',
  ])('%s', (sentence) => {
    expect(attribution(sentence).at(-1)).toBe('patient');
  });

  it('a modal that speaks of a disease stays general', () => {
    expect(attribution('Dermatomyositis can cause dysphagia and weight loss.').at(-1)).toBe('general');
  });
});

/** The case read after a title and an opening sentence. */
const read = (text: string) => extractCase(`Clinic note\n\nA 58-year-old woman was seen. ${text}`).case;
const weakness = (text: string) =>
  read(text)
    .findings.filter((f) => f.id.startsWith('proximal-weakness'))
    .map((f) => `${f.id}=${f.status}${f.inferred ? ' (inferred)' : ''}`);

describe('weakness in a note', () => {
  it("a limb between the region and its weakness keeps the region the weakness's, after a rash", () => {
    expect(weakness('She has a rash and proximal lower extremity weakness.')).toEqual([
      'proximal-weakness-lower=present',
    ]);
    // control: a rash's site is not the weakness's region
    expect(weakness('She had a rash on the lower limbs and proximal weakness.')).toEqual([
      'proximal-weakness-upper=present (inferred)',
      'proximal-weakness-lower=present (inferred)',
    ]);
  });

  it('two coordinated regions of one weakness, after another symptom', () => {
    expect(weakness('Leg oedema with proximal upper and lower limb weakness.')).toEqual([
      'proximal-weakness-upper=present',
      'proximal-weakness-lower=present',
    ]);
  });

  it('"weakness climbing stairs": the activity right after the weakness', () => {
    expect(weakness('Calls with new weakness climbing stairs.')).toEqual(['proximal-weakness-lower=present']);
    expect(weakness('She reported weakness walking long distances.')).toEqual([]);
  });
});

describe("a note's history", () => {
  it('"Reports 3 months of …" is the duration of the symptoms', () => {
    expect(read('Reports 3 months of proximal weakness. Dysphagia to solids for 1 month.').dates).toEqual({
      symptomOnset: { relativeTo: 'presentation', offset: -3, unit: 'month' },
    });
  });

  it('a past-history label inside a line makes its cancer a past one', () => {
    const c = extractCase(
      'Onc consult\n\n58-year-old F, PMHx: L breast cancer (IDC), on anastrozole.\nNow: rash.',
    ).case;
    expect(c.cancers.map((k) => [k.site, k.relationToMyositis])).toEqual([['breast', 'before']]);
    // control: a sentence end between the label and the cancer
    const d = extractCase(
      'Note\n\nA 56-year-old man with rash. Workup, PMH: nil. CT showed lung cancer.',
    ).case;
    // (found by the work-up: after, not a past cancer)
    expect(d.cancers.map((k) => k.relationToMyositis)).toEqual(['after']);
  });
});

describe("a note's examination line", () => {
  const findings = (text: string) => read(text).findings.map((f) => `${f.id}=${f.status}`);

  it('a finding after a comma with its own "present" or "+" is out of an earlier denial', () => {
    expect(findings("Exam: no heliotrope rash, Gottron's papules present.")).toEqual([
      'heliotrope-rash=absent',
      'gottron-papules=present',
    ]);
    expect(findings("Exam: no heliotrope rash, Gottron's papules +.")).toEqual([
      'heliotrope-rash=absent',
      'gottron-papules=present',
    ]);
  });

  it('controls: a list the denial distributes over stays denied', () => {
    expect(findings("No heliotrope rash or Gottron's papules present.")).toEqual([
      'heliotrope-rash=absent',
      'gottron-papules=absent',
    ]);
    expect(findings("No heliotrope rash, Gottron's papules or calcinosis present.")).toEqual([
      'heliotrope-rash=absent',
      'gottron-papules=absent',
      'calcinosis=absent',
    ]);
  });

  it('"(+)" and "(-)" opening the items of a line', () => {
    expect(findings("Exam: (+) Gottron's papules, (-) heliotrope rash.")).toEqual([
      'heliotrope-rash=absent',
      'gottron-papules=present',
    ]);
  });
});

describe('"58/F" opening a note', () => {
  it.each([
    ['Clinic note\n\nPt: 58/F. Rash.', { sex: 'female', age: 58 }],
    ['Clinic note\n\n58/M, rash and weakness.', { sex: 'male', age: 58 }],
  ])('%s', (text, patient) => {
    expect(extractCase(text).case.patient).toEqual(patient);
  });

  it('control: a fraction inside a sentence is not an age', () => {
    expect(extractCase('Clinic note\n\nPower 4/5 in deltoids. Ratio 3/F.').case.patient.age).toBeUndefined();
  });
});

describe("a note's dated lab value", () => {
  it.each([
    ['CK yesterday 3,100.', 3100],
    ['CA-125 last mo 210 (prev 12).', 210],
  ])('%s', (text, value) => {
    expect(read(text).labs[0]?.value).toBe(value);
  });
});
