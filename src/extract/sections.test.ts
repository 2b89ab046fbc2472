import { describe, expect, it } from 'vitest';
import { detectSections, HEADINGS, headingKey } from './sections.js';

const roles = (t: string) => detectSections(t).map((s) => [s.heading?.text ?? s.kind, s.role]);

describe('detectSections', () => {
  it('reads case-report headings as case sections', () => {
    const t =
      'Anamnesis\nA woman.\n\nPhysical examination\nWeak.\n\nComplementary tests\nCK high.\n\nEvolution\nBetter.';
    expect(roles(t)).toEqual([
      ['Anamnesis', 'case'],
      ['Physical examination', 'case'],
      ['Complementary tests', 'case'],
      ['Evolution', 'case'],
    ]);
  });
  it('keeps the abstract apart from the body and the discussion out of the case', () => {
    const t =
      'Title of the report\n\nAbstract\nBackground\nx\nCase presentation\ny\nConclusions\nz\n\nIntroduction\nq\n\nCase report\nA man.\n\nDiscussion\nOthers.\n\nReferences\n1. A. B.';
    expect(roles(t)).toEqual([
      ['preamble', 'front-matter'],
      ['Abstract', 'abstract'],
      ['Background', 'abstract'],
      ['Case presentation', 'abstract'],
      ['Conclusions', 'abstract'],
      ['Introduction', 'literature'],
      ['Case report', 'case'],
      ['Discussion', 'literature'],
      ['References', 'references'],
    ]);
  });
  it('uses the abstract when it is the only account of the case', () => {
    const t = 'Abstract\nA 60-year-old man with a rash.\n\nReferences\n1. X.';
    expect(roles(t)[0]).toEqual(['Abstract', 'case']);
  });
  it('treats a letter without headings as one case section', () => {
    expect(roles('Dear colleague,\nI saw this 50-year-old woman today.')).toEqual([['none', 'case']]);
  });
  it('finds run-in headings after many lines without a colon, and colons later on the same line', () => {
    // The search for the next colon is carried from line to line (not restarted at every line).
    const filler = 'A line without any colon in it.\n'.repeat(200);
    const t = `${filler}The rash was new. Case summary: A 61-year-old man.\n${filler}Weak arms. Time 10:30 noted.\nEnd.`;
    const inline = detectSections(t).filter((s) => s.heading?.text === 'Case summary');
    expect(inline).toHaveLength(1);
    expect(t.slice(inline[0]!.heading!.start, inline[0]!.heading!.end)).toBe('Case summary');
  });
  it('recognises inline "Heading: text" and numbered headings, and family history', () => {
    const t = 'History: weak for 2 weeks.\nFamily history: mother with lupus.\n2. Examination\nrash';
    expect(roles(t)).toEqual([
      ['History', 'case'],
      ['Family history', 'family'],
      ['2. Examination', 'case'],
    ]);
    expect(headingKey('  3.1 Outcome and follow-up: ')).toBe('outcome and follow up');
  });
  it('does not take long lines or sentences as headings', () => {
    expect(
      roles('The treatment was started early because the weakness progressed quickly over days.'),
    ).toEqual([['none', 'case']]);
  });
});

describe('detectSections: structured-abstract variants (issue 12, third round)', () => {
  it('reads "Patients and Methods" of a case-report abstract as the case', () => {
    expect(roles('Purpose: DM in general.\nPatients and Methods: We report a 45-year-old woman.')).toEqual([
      ['Purpose', 'literature'],
      ['Patients and Methods', 'case'],
    ]);
  });
});

describe('detectSections: fifth round (issue 12)', () => {
  it('reads a meeting abstract "Description:" as the case', () => {
    const t =
      'Introduction: Myositis may be paraneoplastic.\nDescription: A 60-year-old man had weakness.\nDiscussion: Rare.';
    expect(roles(t)).toEqual([
      ['Introduction', 'literature'],
      ['Description', 'case'],
      ['Discussion', 'literature'],
    ]);
  });
});

describe('detectSections: eighth round (issue 12)', () => {
  it('reads "Patient and observation" as the case after an introduction', () => {
    const t =
      'Introduction\n\nMyositis may be paraneoplastic.\n\nPatient and observation\n\n45 year old man admitted for weakness.';
    expect(roles(t)).toEqual([
      ['Introduction', 'literature'],
      ['Patient and observation', 'case'],
    ]);
  });
});

describe('detectSections: a heading with its article (session 38)', () => {
  it('reads "The case", "Our patient" and "This case:" as the case, after a background', () => {
    const t =
      'Background\n\nNecrotising myopathy can accompany a tumour.\n\nThe case\n\nFor three months a farmer of 58 had lost strength in his thighs.';
    expect(roles(t)).toEqual([
      ['Background', 'literature'],
      ['The case', 'case'],
    ]);
    expect(
      roles('Introduction\n\nRare.\n\nOur patient\n\nWeak hips for a year in a 61-year-old teacher.'),
    ).toEqual([
      ['Introduction', 'literature'],
      ['Our patient', 'case'],
    ]);
    expect(
      roles('Rare disease. This case: a 40-year-old with a rash.\n\nDiscussion\n\nRare.').at(-1),
    ).toEqual(['Discussion', 'literature']);
  });
  it('leaves a line that is an article and no heading, and a heading word inside prose, as they were', () => {
    expect(headingKey('The case')).toBe('the case');
    const t =
      'Background\n\nThe case of a 58-year-old farmer with weak thighs is told below.\n\nThe end\n\nNothing.';
    expect(roles(t)).toEqual([['Background', 'literature']]);
  });
});

describe('singular labels of a structured abstract (session 43)', () => {
  it('reads "Method:" as the case after a "Purpose:" that is not, and the "Result:" under it', () => {
    const t =
      'Purpose: To report a rare eye finding in myositis.\n\nMethod: A case report.\n\nResult: A 17-year-old boy had weak limbs.\n\nConclusion: Think of it.';
    expect(roles(t).slice(-2)).toEqual([
      ['Method', 'case'],
      ['Conclusion', 'literature'],
    ]);
  });
});

describe('detectSections: a heading with a slash (session 47)', () => {
  it('reads "Background/Aims" as the literature, on its own line or run in, and every table entry by its key', () => {
    expect(roles('Background/Aims\n\nDM in general.\n\nCase presentation\n\nA 50-year-old woman.')).toEqual([
      ['Background/Aims', 'literature'],
      ['Case presentation', 'case'],
    ]);
    expect(roles('Background/Aims: DM in general.\nCase report: A 50-year-old woman.')[0]).toEqual([
      'Background/Aims',
      'literature',
    ]);
    // An entry the key of a heading can never equal would never match (the slash of this one had been kept).
    for (const name of HEADINGS.keys()) expect(headingKey(name), name).toBe(name);
  });
});
