/**
 * Text rendering of criteria results (EULAR/ACR 2017, Bohan & Peter 1975).
 * @module
 */
import type { BohanPeterResult } from '../../criteria/bohan-peter-1975/evaluate.js';
import type { ItemResult } from '../../engine/table.js';
import type { EularResult } from '../../criteria/eular-acr-2017/evaluate.js';
import { bohanPeter1975Set } from '../../criteria/bohan-peter-1975/set.js';
import { eularAcr2017Set } from '../../criteria/eular-acr-2017/set.js';
import {
  ANSWER_WORDS,
  TREE_QUESTION_WORDS,
  categoryWords,
  clinicianText,
  headlineWords,
  pctSpan,
  subgroupWords,
} from '../wording/index.js';
import { evidenceSummary, mark, num1, pad, pct } from './format.js';

export { categoryWords, subgroupWords };

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
    return `  ${mark(i.status)} ${pts}${i.label}${ev ? `  — ${ev}` : ''}  [${clinicianText(i.cite)}]`;
  });
}

/** Renders a EULAR/ACR result. */
export function renderEular(r: EularResult): string {
  const lines: string[] = [];
  lines.push(
    `2017 EULAR/ACR classification criteria (${r.model === 'biopsy' ? 'model with muscle biopsy' : 'model without muscle biopsy'})`,
  );
  lines.push(
    `  Result: ${headlineWords('eularAcr2017', eularAcr2017Set.headline(r))} — score ${num1(r.score)}, probability ${pct(r.probability)}`,
  );
  if (r.scoreRange.max !== r.scoreRange.min) {
    lines.push(
      `  With unknown items: score ${num1(r.scoreRange.min)}–${num1(r.scoreRange.max)}, probability ${pctSpan(r.probabilityRange.min, r.probabilityRange.max)}`,
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
      `  Tree: ${r.subgroupPath.map((s) => `${TREE_QUESTION_WORDS[s.node]} ${ANSWER_WORDS[s.answer]}`).join(' → ')}`,
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
    `  Result: ${headlineWords('bohanPeter1975', bohanPeter1975Set.headline(r))} — rash ${r.rash === 'met' ? 'present' : r.rash === 'not-met' ? 'absent' : 'unknown'}; ${r.muscleCriteria.met} of criteria 1–4 met, ${r.muscleCriteria.unknown} unknown`,
  );
  lines.push(...itemLines(r.items, false));
  lines.push(`  Precondition: ${r.exclusionsNote}`);
  lines.push(`  Source: ${r.citation.label}. doi:${r.citation.doi}`);
  return lines.join('\n');
}
