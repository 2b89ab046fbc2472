/**
 * A generic text view for results that have no renderer of their own: the headline fields and, when the
 * result has items, a met / not met / unknown checklist. New criteria sets print sensibly without one.
 * @module
 */
import type { Tri } from '../../core/tri.js';
import { mark } from './format.js';

const HEADLINE = ['category', 'tier', 'score', 'probability', 'subgroup'] as const;

/** Renders any result object generically under a title. */
export function renderGeneric(title: string, result: unknown): string {
  if (result === null || typeof result !== 'object') return `${title}\n  ${String(result)}`;
  const r = result as Record<string, unknown>;
  const lines = [title];
  const head = HEADLINE.filter((k) => r[k] !== undefined && r[k] !== null).map(
    (k) => `${k} ${typeof r[k] === 'number' ? Number((r[k] as number).toFixed(3)) : String(r[k])}`,
  );
  if (head.length) lines.push(`  Result: ${head.join(', ')}`);
  const items = Array.isArray(r.items)
    ? (r.items as { label?: string; id?: string; status?: Tri; cite?: string }[])
    : [];
  for (const i of items)
    lines.push(`  ${mark(i.status ?? 'unknown')} ${i.label ?? i.id ?? ''}${i.cite ? `  [${i.cite}]` : ''}`);
  const cite = (r.citation as { label?: string } | undefined)?.label;
  if (cite) lines.push(`  Source: ${cite}`);
  if (!head.length && !items.length) lines.push(`  ${JSON.stringify(result)}`);
  return lines.join('\n');
}
