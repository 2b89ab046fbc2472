/**
 * The authors' report of their case in the introduction, beside a case section of its own (session 51): "Here we
 * describe a boy whose juvenile DM came with anti-SAE antibodies" states the patient's facts, and they are read;
 * the discussion's restatement stays unread. Each beside its control.
 * @module
 */
import { describe, expect, it } from 'vitest';
import { extractCase } from '../extract.js';

const withIntro = (report: string, section = 'Background') =>
  extractCase(
    `${section}\n\nJuvenile dermatomyositis is the commonest inflammatory myopathy of children. It is rare. ${report}\n\nCase report\n\nOur patient is a 6-year-old boy. He presented with weak thighs.`,
  ).case;

describe('the introduction’s report of the case beside a case section', () => {
  it('reads the antibody and the sign it states', () => {
    const c = withIntro(
      'Here we describe a boy whose juvenile DM came with anti-SAE antibodies and a heliotrope rash.',
    );
    expect(c.antibodies.map((a) => `${a.target}:${a.result}`)).toEqual(['SAE:positive']);
    expect(c.findings.map((f) => `${f.id}:${f.status}`)).toContain('heliotrope-rash:present');
  });

  it('control: a general sentence of the introduction stays unread', () => {
    const c = withIntro('Anti-SAE antibodies are found in fewer than one in a hundred children.');
    expect(c.antibodies).toEqual([]);
  });

  it('control: the discussion’s restatement stays unread', () => {
    const c = extractCase(
      'Case report\n\nOur patient is a 6-year-old boy. He presented with weak thighs.\n\nDiscussion\n\nIn our case, the boy had positive anti-SAE antibodies, as reported in adults.',
    ).case;
    expect(c.antibodies).toEqual([]);
  });
});
