/**
 * From a ConText assertion to a finding status, the one place where that mapping lives.
 * @module
 */
import type { Assertion } from '../context/context.js';
import type { EvidenceNote } from '../notes.js';

/**
 * Status of a mention, or undefined when the mention is not a fact about the patient now or before. The note
 * is a code with the trigger words as a parameter (`negated`, triggers `"no"`); `reason` (why the status is
 * uncertain) is the case field of that name.
 */
export function mentionStatus(
  a: Assertion,
): { status: 'present' | 'absent' | 'uncertain'; note: EvidenceNote; reason?: string } | undefined {
  if (a.experiencer === 'other') return undefined;
  if (a.temporality === 'hypothetical') return undefined;
  const trig = (cat: string) =>
    a.triggers
      .filter((t) => t.category === cat)
      .map((t) => `"${t.text}"`)
      .join(', ');
  const hist: Record<string, string> = a.temporality === 'historical' ? { historical: 'yes' } : {};
  if (a.negated && !a.resolved)
    return { status: 'absent', note: { code: 'negated', params: { triggers: trig('negation'), ...hist } } };
  if (a.uncertain)
    return {
      status: 'uncertain',
      note: { code: 'hedged', params: { triggers: trig('uncertainty'), ...hist } },
      reason: `the source hedges (${trig('uncertainty')})`,
    };
  if (a.resolved)
    return {
      status: 'present',
      note: { code: 'resolved-later', params: { triggers: trig('negation'), ...hist } },
    };
  return { status: 'present', note: { code: 'affirmed', params: hist } };
}
