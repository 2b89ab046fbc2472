/**
 * Small view components shared by the report, cancer and monitoring views (a leaf module: it imports no
 * other view, so those views can share these without importing each other).
 * @module
 */
import { createContext } from 'preact';
import type { Citation, Tri } from 'heliotrope';
import { TRI_WORDS } from 'heliotrope/wording';

/**
 * True while the views are rendered to a static HTML document (`heliotrope report`, see
 * report-document.tsx) rather than into the running application: no controls, no measuring, pictures
 * drawn inline.
 */
export const StaticDocument = createContext(false);

const TRI_ICON: Record<Tri, string> = { met: '✓', 'not-met': '✗', unknown: '?' };

/** A met / not met / unknown badge (icon and word, never colour alone). */
export function TriBadge({ status }: { status: Tri }) {
  return (
    <span class={`tri tri-${status}`}>
      <span aria-hidden="true">{TRI_ICON[status]}</span> {TRI_WORDS[status]}
    </span>
  );
}

/** A citation line with DOI/PubMed links. */
export function Cite({ c }: { c: Citation }) {
  return (
    <p class="cite">
      Source: {c.label}
      {c.locator ? ` — ${c.locator}` : ''}
      {c.doi ? (
        <>
          {' '}
          <a href={`https://doi.org/${c.doi}`} rel="noopener noreferrer" target="_blank">
            doi:{c.doi}
          </a>
        </>
      ) : null}
      {c.pmid ? <> · PMID {c.pmid}</> : null}
    </p>
  );
}
