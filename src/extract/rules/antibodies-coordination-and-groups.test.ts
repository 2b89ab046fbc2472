/**
 * Antibodies coordinated and grouped: "neither … nor" after a verb of finding, "and so were antibodies to …", a
 * long bracket after the first member of a list, a group's members in a relative clause, two groups side by side,
 * an antigen after "antibody of", a staining pattern after a comma, rows of a pasted table, a result that "came
 * back", and a diagnosis label after a conclusion heading. Each construction is written as a sentence of the
 * project's own, beside the near control that must keep its reading.
 * @module
 */
import { describe, expect, it } from 'vitest';
import { extractCase } from '../extract.js';
import { WEAK_SHOULDERS_CASE } from './__fixtures__/helpers.js';

const antibodiesOf = (text: string, prefix = WEAK_SHOULDERS_CASE) =>
  extractCase(prefix + text)
    .case.antibodies.map((a) => `${a.target}${a.panel ? '[panel]' : ''}=${a.result}`)
    .sort();

describe('"neither … nor" after a verb of finding', () => {
  it('reads the denied members negative, and the panel that found neither negative', () => {
    expect(antibodiesOf('Her line blot detected neither anti-PL-12 nor anti-EJ.')).toEqual([
      'EJ=negative',
      'PL-12=negative',
    ]);
    expect(antibodiesOf('In the end, serology found neither ANA nor anti-Mi-2 in his blood.')).toEqual([
      'ANA=negative',
      'Mi-2=negative',
    ]);
    expect(
      antibodiesOf(
        'The extended myositis panel identified neither myositis-specific nor associated antibodies.',
      ),
    ).toEqual(['myositis antibody panel[panel]=negative']);
    expect(antibodiesOf('The myositis panel detected no antibodies at all this time.')).toEqual([
      'myositis antibody panel[panel]=negative',
    ]);
  });
  it('keeps a verb of finding without the denial, and a time after "no" (control)', () => {
    expect(antibodiesOf('Her line blot detected anti-PL-12 and anti-Ro52.')).toEqual([
      'PL-12=positive',
      'Ro52=positive',
    ]);
    expect(antibodiesOf('Anti-HMGCR was detected no sooner than the third month.')).toEqual([
      'HMGCR=positive',
    ]);
    expect(
      antibodiesOf('The blot showed neither anti-SAE nor anti-MDA5, whereas anti-NXP2 was clearly positive.'),
    ).toEqual(['MDA5=negative', 'NXP2=positive', 'SAE=negative']);
  });
  it('reaches the shared verb across a long group after "nor"', () => {
    expect(
      antibodiesOf(
        'Neither anti-PL-7 nor any further antibody hinting at a systemic connective tissue disorder was detected.',
      ),
    ).toEqual(['PL-7=negative']);
  });
});

describe('"and so were antibodies to …" after a result', () => {
  it('gives the members named by their antigen the result before', () => {
    expect(antibodiesOf('Anti-dsDNA was negative, and so were antibodies to SRP, Ku and OJ.')).toEqual([
      'Ku=negative',
      'OJ=negative',
      'SRP=negative',
      'dsDNA=negative',
    ]);
    expect(antibodiesOf('The ANA was positive, as were the antibodies against Ro52.')).toEqual([
      'ANA=positive',
      'Ro52=positive',
    ]);
  });
  it('keeps a contrast after "but" (control)', () => {
    expect(antibodiesOf('Anti-Ro52 came back positive, but antibodies to PL-7 did not.')).toContain(
      'Ro52=positive',
    );
  });
});

describe('a long bracket after the first member of a list', () => {
  it('keeps the list together across a bracket without a result word', () => {
    expect(
      antibodiesOf(
        'Two results were positive: ANA (titre 640, fine speckled pattern seen on nuclear staining) and anti-SAE1 antibodies.',
      ),
    ).toEqual(['ANA=positive', 'SAE=positive']);
  });
});

describe('a group whose members are listed in a relative clause', () => {
  it('records the members, not the group', () => {
    expect(
      antibodiesOf(
        'The remainder of his autoantibody screen (which took in anti-Sm, ANCA and RF) came back negative.',
      ),
    ).toEqual(['ANCA=negative', 'RF=negative', 'Sm=negative']);
  });
  it('keeps the group when the listing word belongs to another clause (control)', () => {
    expect(
      antibodiesOf('The autoantibody screen was negative; anti-TPO was included in a later order.'),
    ).toEqual(['autoantibody screen[panel]=negative']);
  });
});

describe('two groups side by side, the second named by its test', () => {
  it('records both groups', () => {
    expect(
      antibodiesOf(
        'An autoimmune antibody panel and a screen for paraneoplastic antibodies were both unremarkable.',
      ),
    ).toEqual(['autoantibody screen[panel]=negative', 'paraneoplastic antibody panel[panel]=negative']);
  });
  it('keeps one result each when the clauses differ (control)', () => {
    expect(
      antibodiesOf(
        'The myositis panel was negative and a screen for paraneoplastic antibodies was positive.',
      ),
    ).toEqual(['myositis antibody panel[panel]=negative', 'paraneoplastic antibody panel[panel]=positive']);
  });
});

describe('an antigen named after "antibody of"', () => {
  it('takes the result on the left of the antibody phrase', () => {
    expect(
      antibodiesOf('Serology showed positivity for the anti-histidyl synthetase antibody of PL-12 type.'),
    ).toEqual(['PL-12=positive']);
    // the group found, with its positive member named: the group is not reported on its own
    expect(
      antibodiesOf(
        'Myositis antibodies were reported, with positivity for the anti-glycyl synthetase antibody of EJ type.',
      ),
    ).toEqual(['EJ=positive']);
  });
  it('keeps a negative stated on the left (control)', () => {
    expect(
      antibodiesOf(
        'Serology was negative for the anti-tRNA synthetase antibody of PL-12 type, whereas anti-Ro52 was positive.',
      ),
    ).toEqual(['PL-12=negative', 'Ro52=positive']);
  });
});

describe('"in normal range" and a staining pattern after a comma', () => {
  it('reads an antibody in the normal range negative', () => {
    expect(
      antibodiesOf('Anti-beta-2 glycoprotein and anticardiolipin antibodies were in normal range.'),
    ).toContain('anticardiolipin=negative');
  });
  it('reads a low-titre ANA with its pattern after a comma positive', () => {
    expect(antibodiesOf('ANA 1:80, homogeneous.')).toEqual(['ANA=positive']);
  });
  it('keeps a low titre alone equivocal (control)', () => {
    expect(antibodiesOf('ANA 1:80.')).toEqual(['ANA=equivocal']);
  });
});

describe('rows of a pasted table', () => {
  it('reads each row with its own result, even when the rows are long', () => {
    const table =
      'Results\n\n' +
      'Creatine kinase                                     raised\n' +
      'Anti-Ro52 antibody, serum                           strongly positive\n' +
      'Anti-Ro52 antibody, bronchoalveolar fluid           strongly positive\n' +
      'Anti-MuSK antibodies                                negative\n' +
      'Anti-Jo-1 antibodies                                negative\n' +
      'Nerve conduction studies                            normal\n';
    expect(antibodiesOf(table)).toEqual(['Jo-1=negative', 'MuSK=negative', 'Ro52=positive']);
  });
});

describe('a result that "came back" after the authors\' reasoning', () => {
  it("reads the past report as the patient's", () => {
    expect(
      antibodiesOf(
        'A raised CK, though, is often explained by an underactive thyroid. The anti-HMGCR assay came back negative.',
        'I saw this 45-year-old man with a rash of his hands. His CK was 900 U/L. ',
      ),
    ).toEqual(['HMGCR=negative']);
  });
  it('keeps a general sentence general (control)', () => {
    expect(
      antibodiesOf(
        'A raised CK, though, is often explained by an underactive thyroid. Anti-HMGCR is often found after statins.',
        'I saw this 45-year-old man with a rash of his hands. His CK was 900 U/L. ',
      ),
    ).toEqual([]);
  });
});

describe('a diagnosis label run in after a conclusion heading', () => {
  it('reads the labelled diagnosis as the patient’s', () => {
    expect(
      antibodiesOf(
        'She improved on steroids.\n\nConclusion: Dx: dermatomyositis, anti-NXP2 positive, per the later immunoblot.',
      ),
    ).toEqual(['NXP2=positive']);
  });
  it('keeps a general conclusion unread (control)', () => {
    expect(
      antibodiesOf(
        'She improved on steroids.\n\nConclusion: anti-NXP2 positive dermatomyositis calls for cancer screening.',
      ),
    ).toEqual([]);
  });
});
