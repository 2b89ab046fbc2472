/**
 * The printable report as one self-contained HTML document: the web's print view (screens/print-report.tsx,
 * the Report tab) rendered to a string with preact-render-to-string, with the web's stylesheet inlined.
 * `heliotrope report` writes this document, so the file and the Report tab come from the same components and
 * cannot differ. Built by scripts/build-web.mjs (`buildReportView`) into dist/report-view/ as one bundle that
 * the CLI imports only when it writes a report; nothing here touches the DOM.
 * @module
 */
import { renderToString } from 'preact-render-to-string';
import type { Case, Headline } from 'heliotrope';
import { StaticDocument } from './primitives.js';
import { sectionTitles } from './report-views.js';
import type { Report } from './screens/case-types.js';
import { PrintReport } from './screens/print-report.js';

/** What the report document is made of. */
export interface ReportDocumentInput {
  /** The case as written (its recorded data is listed first). */
  case: Case;
  /** Its assessment (the engine's report: each section's result or failure by key). */
  report: Record<string, unknown>;
  /** Each computed section's headline, by report key (one-word results with their range). */
  headlines: Record<string, Headline>;
  /** Section titles by report key (the registry's), as the application gets them from /api/capabilities. */
  titles: Record<string, string>;
  /** The web application's stylesheet (built), inlined in the document. */
  stylesheet: string;
}

const ESCAPES: Record<string, string> = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;' };
const esc = (s: string) => s.replace(/[&<>"]/g, (ch) => ESCAPES[ch] ?? ch);

/** The print view's markup alone (what the Report tab shows), without the document around it. */
export function renderReportBody(input: Omit<ReportDocumentInput, 'stylesheet'>): string {
  Object.assign(sectionTitles, input.titles);
  const report: Report = { ...input.report, headlines: input.headlines };
  return renderToString(
    <StaticDocument.Provider value={true}>
      <PrintReport draft={input.case} report={report} stored={null} />
    </StaticDocument.Provider>,
  );
}

/**
 * The report as a complete HTML document: no script, no link, no remote resource; prints on A4/Letter.
 * @param input - the case, its assessment, headlines, section titles and the stylesheet
 */
export function renderReportDocument(input: ReportDocumentInput): string {
  const title = input.case.title ? `Heliotrope assessment: ${input.case.title}` : 'Heliotrope assessment';
  // A stylesheet cannot close its own element.
  const css = input.stylesheet.replace(/<\/style/gi, '<\\/style');
  return `<!doctype html>
<html lang="en"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1"><title>${esc(title)}</title>
<style>${css}</style></head>
<body class="report-document"><main>${renderReportBody(input)}</main></body></html>
`;
}
