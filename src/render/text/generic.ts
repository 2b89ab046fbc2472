/**
 * A generic text view for results that have no renderer of their own: the set's headline (its code, what the
 * unknowns could still make of it, score and probability with their ranges) and, when the result has items, a
 * met / not met / unknown checklist. New criteria sets print sensibly without a renderer.
 * @module
 */
import type { Bounded, Headline } from '../../contract/set.js';
import type { Tri } from '../../core/tri.js';
import { mark } from './format.js';

const num = (x: number) => String(Number(x.toFixed(3)));
const range = (b: Bounded) =>
  `${b.value === null ? 'open' : num(b.value)}${b.min !== b.max ? ` (${num(b.min)}–${num(b.max)} with the unknown items)` : ''}`;

interface ItemLike {
  id?: unknown;
  label?: unknown;
  status?: unknown;
  cite?: unknown;
}

const TRI: readonly Tri[] = ['met', 'not-met', 'unknown'];

/** The items and the citation a result may carry, read without trusting its shape. */
function itemsAndSource(result: unknown): { items: ItemLike[]; source: string | undefined } {
  if (result === null || typeof result !== 'object') return { items: [], source: undefined };
  const items: unknown[] = 'items' in result && Array.isArray(result.items) ? result.items : [];
  const citation = 'citation' in result ? result.citation : undefined;
  const label =
    citation !== null &&
    typeof citation === 'object' &&
    'label' in citation &&
    typeof citation.label === 'string'
      ? citation.label
      : undefined;
  return {
    items: items.filter((i): i is ItemLike => i !== null && typeof i === 'object'),
    source: label,
  };
}

/**
 * Renders a result generically under a title.
 * @param title - the set's (or section's) title
 * @param headline - the set's headline of the result
 * @param result - the result (its `items` and `citation`, when it has them, are listed)
 */
export function renderGeneric(title: string, headline: Headline, result: unknown): string {
  const lines = [title];
  const head = [
    headline.code,
    ...(headline.reachable ? [`could be ${headline.reachable.join(' / ')} with the unknown items`] : []),
    ...(headline.qualifier ? [headline.qualifier] : []),
    ...(headline.score ? [`score ${range(headline.score)}`] : []),
    ...(headline.probability ? [`probability ${range(headline.probability)}`] : []),
    ...(headline.count !== undefined ? [`count ${headline.count}`] : []),
  ];
  lines.push(`  Result: ${head.join(', ')}`);
  const { items, source } = itemsAndSource(result);
  for (const i of items) {
    const status = TRI.find((t) => t === i.status) ?? 'unknown';
    const label = typeof i.label === 'string' ? i.label : typeof i.id === 'string' ? i.id : '';
    lines.push(`  ${mark(status)} ${label}${typeof i.cite === 'string' && i.cite ? `  [${i.cite}]` : ''}`);
  }
  if (source) lines.push(`  Source: ${source}`);
  return lines.join('\n');
}
