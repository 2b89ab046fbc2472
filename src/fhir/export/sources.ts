/**
 * From a result's evidence to the FHIR resources behind it: a case imported from FHIR carries the source
 * resource on each fact (`evidence[].resource`) and the import lists every fact's provenance; an evidence
 * path (`labs[0]`, `cancers[1].diagnosisDate`, `patient.ageAtOnset`) resolves through both. Pure.
 * @module
 */
import type { Case } from '../../case/schema.js';
import type { ProvenanceEntry } from '../import/context.js';

/** Splits a field path into keys and indices: `cancers[1].stage` → `['cancers', 1, 'stage']`. */
function segments(path: string): (string | number)[] {
  const out: (string | number)[] = [];
  for (const m of path.matchAll(/([^.[\]]+)|\[(\d+)\]/g)) out.push(m[2] !== undefined ? Number(m[2]) : m[1]!);
  return out;
}

/** True when one path is the other or contains it (`labs[0]` and `labs[0].value`). */
function related(a: string, b: string): boolean {
  if (a === b) return true;
  const [s, l] = a.length < b.length ? [a, b] : [b, a];
  return l.startsWith(s) && (l[s.length] === '.' || l[s.length] === '[');
}

/** A resolver of evidence paths to source resource references. */
export type SourceResolver = (path: string) => string[];

/**
 * Builds the resolver for a case.
 * @param c - the case (facts carry `evidence[].resource` when imported from FHIR)
 * @param provenance - the import's provenance list, when at hand
 */
export function sourceResolver(c: Case, provenance: readonly ProvenanceEntry[] = []): SourceResolver {
  const memo = new Map<string, string[]>();
  return (path: string) => {
    const hit = memo.get(path);
    if (hit) return hit;
    const out = new Set<string>();
    for (const p of provenance) if (related(p.path, path)) out.add(p.resource);
    let node: unknown = c;
    for (const seg of segments(path)) {
      if (node === null || typeof node !== 'object') break;
      node = (node as Record<string | number, unknown>)[seg];
      const ev = (node as { evidence?: unknown } | undefined)?.evidence;
      if (Array.isArray(ev))
        for (const e of ev as { resource?: unknown }[])
          if (typeof e?.resource === 'string') out.add(e.resource);
    }
    const list = [...out];
    memo.set(path, list);
    return list;
  };
}

/** The resource type a reference names (`Observation/1`, `https://x/fhir/Observation/1`), if it shows one. */
export function referenceType(ref: string): string | undefined {
  const m = /(?:^|\/)([A-Z][A-Za-z]+)\/[^/]+(?:\/_history\/[^/]+)?$/.exec(ref);
  return m?.[1];
}
