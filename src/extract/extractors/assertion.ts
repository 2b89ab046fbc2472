/**
 * From a ConText assertion to a finding status, the one place where that mapping lives.
 * @module
 */
import type { Assertion } from '../context/context.js';

/** Status of a mention, or undefined when the mention is not a fact about the patient now or before. */
export function mentionStatus(
  a: Assertion,
): { status: 'present' | 'absent' | 'uncertain'; note: string; reason?: string } | undefined {
  if (a.experiencer === 'other') return undefined;
  if (a.temporality === 'hypothetical') return undefined;
  const trig = (cat: string) =>
    a.triggers
      .filter((t) => t.category === cat)
      .map((t) => `"${t.text}"`)
      .join(', ');
  const hist = a.temporality === 'historical' ? '; historical' : '';
  if (a.negated && !a.resolved) return { status: 'absent', note: `negated by ${trig('negation')}${hist}` };
  if (a.uncertain)
    return {
      status: 'uncertain',
      note: `hedged by ${trig('uncertainty')}${hist}`,
      reason: `the source hedges (${trig('uncertainty')})`,
    };
  if (a.resolved) return { status: 'present', note: `present, later resolved (${trig('negation')})${hist}` };
  return { status: 'present', note: `affirmed${hist}` };
}
