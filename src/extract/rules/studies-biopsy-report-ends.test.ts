/**
 * A muscle biopsy's conclusion is read from its own report: its sentence, then the later sentences of the paragraph
 * while they still speak of the specimen (session 50). An abstract set as one paragraph had given a biopsy "consistent
 * with myositis" from a diagnosis or a discussion sentences later. And a finding seen "on the needle muscle biopsy",
 * with the UK spelling "necrotising", is the biopsy's report. Sentences are the project's own.
 * @module
 */
import { describe, expect, it } from 'vitest';
import { extractCase } from '../extract.js';

const LEAD = 'A 61-year-old man was seen with a heliotrope rash and weak thighs.\n';

const biopsyOf = (text: string) => extractCase(LEAD + text).case.muscleBiopsy;
const conclusionOf = (text: string) => biopsyOf(text)?.conclusion ?? null;

describe("a later sentence that has left the biopsy's report", () => {
  it('does not give the biopsy a conclusion', () => {
    expect(
      conclusionOf(
        'A muscle biopsy was performed. The diagnosis of lung cancer was linked to the dermatomyositis.',
      ),
    ).not.toBe('consistent-with-myositis');
    expect(
      conclusionOf(
        'A muscle biopsy was done. Prednisone was started, and the dermatomyositis improved within weeks.',
      ),
    ).not.toBe('consistent-with-myositis');
  });
  it('still reads a report that goes on in the next sentences', () => {
    expect(conclusionOf('A muscle biopsy was performed. It showed a necrotizing myopathy.')).toBe(
      'consistent-with-myositis',
    );
    expect(
      conclusionOf('A muscle biopsy was performed. Histology was consistent with dermatomyositis.'),
    ).toBe('consistent-with-myositis');
    expect(
      conclusionOf(
        'A muscle biopsy was performed. There was perivascular inflammation, in keeping with dermatomyositis.',
      ),
    ).toBe('consistent-with-myositis');
    expect(
      conclusionOf('A deltoid muscle biopsy was obtained. These findings fitted an inflammatory myopathy.'),
    ).toBe('consistent-with-myositis');
  });
});

describe('a report before "on the needle muscle biopsy"', () => {
  it('is the biopsy’s, with the UK spelling of its conclusion', () => {
    const b = biopsyOf(
      'Fibre necrosis and regeneration suggestive of necrotising myopathy were found on a needle muscle biopsy from the thigh.',
    );
    expect(b?.conclusion).toBe('consistent-with-myositis');
    expect(b?.features?.necrosis).toBe('present');
    expect(b?.features?.regeneration).toBe('present');
  });
  it('keeps the US spelling', () => {
    expect(
      conclusionOf('Necrosis suggestive of necrotizing myopathy was seen on the open muscle biopsy.'),
    ).toBe('consistent-with-myositis');
  });
});
