/**
 * Text rendering of criteria results (EULAR/ACR 2017, Bohan & Peter 1975).
 * @module
 */
import type { BohanPeterResult } from '../../criteria/bohan-peter-1975/evaluate.js';
import type { ItemResult } from '../../engine/table.js';
import type { EularResult } from '../../criteria/eular-acr-2017/evaluate.js';
import { evidenceSummary, mark, num1, pad, pct } from './format.js';

const CATEGORY_WORDS: Record<string, string> = {
  definite: 'definite IIM',
  probable: 'probable IIM',
  possible: 'possible IIM',
  'not-met': 'not classified as IIM',
  'not-classifiable': 'cannot be classified (no typical rash and no biopsy features)',
  'definite-dm': 'definite dermatomyositis',
  'probable-dm': 'probable dermatomyositis',
  'possible-dm': 'possible dermatomyositis',
  'definite-pm': 'definite polymyositis',
  'probable-pm': 'probable polymyositis',
  'possible-pm': 'possible polymyositis',
};

const SUBGROUP_WORDS: Record<string, string> = {
  dermatomyositis: 'dermatomyositis',
  'amyopathic-dermatomyositis': 'amyopathic dermatomyositis',
  'juvenile-dermatomyositis': 'juvenile dermatomyositis',
  'juvenile-myositis-other': 'juvenile myositis other than JDM',
  'inclusion-body-myositis': 'inclusion body myositis',
  polymyositis: 'polymyositis (including IMNM)',
};

/** Words for a category id. */
export function categoryWords(c: string): string {
  return CATEGORY_WORDS[c] ?? c;
}

/** Words for a subgroup id. */
export function subgroupWords(s: string): string {
  return SUBGROUP_WORDS[s] ?? s;
}

function itemLines(items: readonly ItemResult[], showPoints: boolean): string[] {
  return items.map((i) => {
    const pts = showPoints
      ? pad(
          i.status === 'met'
            ? `+${num1(i.points)}`
            : i.status === 'unknown'
              ? `(${num1(i.pointsIfMet)})`
              : '',
          7,
        )
      : '';
    const ev = evidenceSummary(i.evidence);
    return `  ${mark(i.status)} ${pts}${i.label}${ev ? `  — ${ev}` : ''}  [${i.cite}]`;
  });
}

/** Renders a EULAR/ACR result. */
export function renderEular(r: EularResult): string {
  const lines: string[] = [];
  lines.push(
    `2017 EULAR/ACR classification criteria (${r.model === 'biopsy' ? 'model with muscle biopsy' : 'model without muscle biopsy'})`,
  );
  lines.push(
    `  Result: ${categoryWords(r.category)} — score ${num1(r.score)}, probability ${pct(r.probability)}`,
  );
  if (r.scoreRange.max !== r.scoreRange.min) {
    lines.push(
      `  With unknown items: score ${num1(r.scoreRange.min)}–${num1(r.scoreRange.max)}, probability ${pct(r.probabilityRange.min)}–${pct(r.probabilityRange.max)}, category up to ${categoryWords(r.categoryRange.max)}`,
    );
  }
  lines.push(
    `  Cut-offs: possible ≥ ${r.cutoffs.possible}, probable ≥ ${r.cutoffs.probable}, definite ≥ ${r.cutoffs.definite}; P = 1/(1+exp(${r.constant} − score))`,
  );
  if (r.subgroup) lines.push(`  Subgroup: ${subgroupWords(r.subgroup)}`);
  else if (r.subgroupCandidates.length)
    lines.push(`  Subgroup undecided between: ${r.subgroupCandidates.map(subgroupWords).join(', ')}`);
  if (r.subgroupPath.length && (r.category === 'probable' || r.category === 'definite')) {
    lines.push(
      `  Tree: ${r.subgroupPath.map((s) => `${s.question} ${s.answer === 'met' ? 'yes' : s.answer === 'not-met' ? 'no' : 'unknown'}`).join(' → ')}`,
    );
  }
  lines.push('  Items ([x] met, [ ] not met, [?] unknown; points in brackets if met):');
  lines.push(...itemLines(r.items, true));
  const changers = r.missing.filter((m) => m.couldChangeCategory);
  if (changers.length)
    lines.push(`  Missing facts that could change the category: ${changers.map((m) => m.label).join('; ')}`);
  lines.push(`  Source: ${r.citation.label}. doi:${r.citation.doi}`);
  return lines.join('\n');
}

/** Renders a Bohan & Peter result. */
export function renderBohanPeter(r: BohanPeterResult): string {
  const lines: string[] = [];
  lines.push('Bohan & Peter 1975');
  lines.push(
    `  Result: ${categoryWords(r.category)} (rash ${r.rash === 'met' ? 'present' : r.rash === 'not-met' ? 'absent' : 'unknown'}; ${r.muscleCriteria.met} of criteria 1–4 met, ${r.muscleCriteria.unknown} unknown)`,
  );
  if (r.reachableCategories.length > 1)
    lines.push(
      `  Reachable if unknown criteria were known: ${r.reachableCategories.map(categoryWords).join(', ')}`,
    );
  lines.push(...itemLines(r.items, false));
  lines.push(`  Precondition: ${r.exclusionsNote}`);
  lines.push(`  Source: ${r.citation.label}. doi:${r.citation.doi}`);
  return lines.join('\n');
}
