/**
 * `patient-view` cards from an assessment: the classification, the IMACS 2023 screening status with an
 * order suggestion per test due or overdue, and the follow-up warning alerts. Silent when the record shows
 * no myositis (no card for a patient who is not classified and has no recorded myositis diagnosis).
 * Summaries come from the render layer's headlines; each says when unknown facts could change it. Pure:
 * card ids come from the caller.
 * @module
 */
import type { AssessmentReport } from '../assess/assess.js';
import type { PlanItem } from '../cancer/imacs-2023/plan.js';
import type { Citation } from '../core/evidence.js';
import { ACode, aCoding } from '../fhir/export/code-system.js';
import { investigationCodings } from '../fhir/export/codings.js';
import { readReport, type ReportView } from '../fhir/export/report-view.js';
import { categoryWords, subgroupWords } from '../render/text/criteria.js';
import {
  actionableScreening,
  alertDetailWords,
  alertHeadline,
  CARD_WORDS,
  classificationHeadline,
  DECISION_SUPPORT_NOTE,
  percentWords,
  probabilityHeadline,
  screeningHeadline,
  screeningItemWords,
  shortCitation,
  SUMMARY_MAX,
  tierCaveat,
} from '../render/text/headlines.js';
import { ALERT_RULES } from '../monitoring/alerts.js';
import type { CdsCard, CdsCoding, CdsLink, CdsSource, CdsSuggestion } from './types.js';

/** Options of {@link patientViewCards}. */
export interface PatientViewOptions {
  /** FHIR id of the patient in context (subject of suggested orders). */
  patientId: string;
  /** Absolute URL of the Heliotrope view of this patient, when the server has a public base URL. */
  caseLink?: string;
  /** A new unique id for each card and suggestion. */
  newUuid: () => string;
  /** Resources of the record that could not be read (errors of the import). */
  unreadable?: number;
}

/** Screening tests that are not one order (history and examination, national screening programmes). */
const NOT_ORDERABLE = new Set(['history-and-examination', 'population-screening']);

const doiUrl = (c: Citation | undefined) => (c?.doi ? `https://doi.org/${c.doi}` : undefined);

function source(label: string, c: Citation | undefined): CdsSource {
  const url = doiUrl(c);
  return { label, ...(url ? { url } : {}) };
}

/** The override reasons offered on every card. */
function overrideReasons(ids: readonly string[]): CdsCoding[] {
  return ids.map((id) => aCoding(ACode.overrideReason(id)));
}

/** A summary within the specification's limit: the headline, or its first clause with the rest in the detail. */
function fit(headline: string): { summary: string; rest?: string } {
  if (headline.length <= SUMMARY_MAX) return { summary: headline };
  const cut = headline.indexOf('; ');
  if (cut > 0 && cut <= SUMMARY_MAX)
    return { summary: headline.slice(0, cut), rest: headline.slice(cut + 2) };
  return { summary: `${headline.slice(0, SUMMARY_MAX - 1)}…`, rest: headline };
}

/** True when the record shows a myositis: classified at least "possible", or a myositis diagnosis recorded. */
export function myositisInRecord(view: ReportView): boolean {
  const cat = view.eular?.category;
  if (cat === 'possible' || cat === 'probable' || cat === 'definite') return true;
  return (view.case.diagnoses ?? []).length > 0;
}

function commonDetail(o: PatientViewOptions): string[] {
  return [
    ...(o.unreadable ? [`⚠ ${CARD_WORDS.importIncomplete(o.unreadable)}`] : []),
    `_${DECISION_SUPPORT_NOTE}_`,
  ];
}

function classificationCard(view: ReportView, o: PatientViewOptions, links: CdsLink[]): CdsCard | undefined {
  const r = view.eular;
  const line = view.criteria.find((v) => v.key === 'eularAcr2017');
  if (!r || !line) return undefined;
  const { summary, rest } = fit(classificationHeadline(line));
  const lines: string[] = [];
  if (rest) lines.push(`**${rest.charAt(0).toUpperCase()}${rest.slice(1)}.**`);
  const range =
    r.scoreRange.max !== r.scoreRange.min
      ? ` (${r.scoreRange.min}–${r.scoreRange.max} with the unknown items)`
      : '';
  lines.push(
    `2017 EULAR/ACR score ${r.score}${range}${r.category === 'not-classifiable' ? '' : `, probability ${percentWords(r.probability)}`}; subgroup: ${r.subgroup ? subgroupWords(r.subgroup) : 'not assigned'}.`,
  );
  const changers = r.missing.filter((m) => m.couldChangeCategory);
  if (changers.length)
    lines.push(`Unknown items that could change the category: ${changers.map((m) => m.label).join('; ')}.`);
  if (view.bohanPeter) lines.push(`Bohan & Peter 1975: ${categoryWords(view.bohanPeter.category)}.`);
  for (const d of view.case.diagnoses ?? [])
    lines.push(
      `Recorded diagnosis: ${d.code?.display ?? d.subtype}${d.verification ? ` (${d.verification})` : ''}.`,
    );
  lines.push(...commonDetail(o));
  return {
    uuid: o.newUuid(),
    summary,
    detail: lines.join('\n\n'),
    indicator: 'info',
    source: source(CARD_WORDS.classificationSource(r.criteriaId, r.citation), r.citation),
    overrideReasons: overrideReasons(['data-incomplete', 'clinical-judgement']),
    ...(links.length ? { links } : {}),
  };
}

function orderSuggestion(i: PlanItem, o: PatientViewOptions): CdsSuggestion {
  const due = i.due
    ? i.due.earliest === i.due.latest
      ? i.due.earliest
      : `${i.due.earliest}…${i.due.latest}`
    : 'now';
  return {
    label: CARD_WORDS.orderTest(i.label),
    uuid: o.newUuid(),
    isRecommended: true,
    actions: [
      {
        type: 'create',
        description: CARD_WORDS.orderTestDescription(i.label, due),
        resource: {
          resourceType: 'ServiceRequest',
          status: 'draft',
          intent: 'proposal',
          code: { coding: investigationCodings(i.id), text: i.label },
          subject: { reference: `Patient/${o.patientId}` },
          reasonCode: [{ coding: [aCoding('imacs-2023')], text: screeningItemWords(i) }],
          ...(i.due ? { occurrencePeriod: { start: i.due.earliest, end: i.due.latest } } : {}),
        },
      },
    ],
  };
}

function screeningCard(view: ReportView, o: PatientViewOptions, links: CdsLink[]): CdsCard | undefined {
  const r = view.imacs;
  if (!r) return undefined;
  const headline = screeningHeadline(r);
  if (!headline) return undefined;
  const { summary, rest } = fit(headline);
  const act = actionableScreening(r);
  const lines: string[] = [];
  if (rest) lines.push(`**${rest}**`);
  const caveat = tierCaveat(r);
  if (caveat) lines.push(`Tier ${r.tier}; ${caveat}: ${r.missing.join(', ')}.`);
  if (act) {
    lines.push(`Tests ${act.status}:`);
    lines.push(act.items.map((i) => `- ${i.label} — ${screeningItemWords(i)}`).join('\n'));
  }
  if (view.probability && view.probability.status === 'estimated' && !view.probability.cancerKnown)
    lines.push(`${probabilityHeadline(view.probability)}.`);
  lines.push(...commonDetail(o));
  const suggestions = (act?.items ?? [])
    .filter((i) => !NOT_ORDERABLE.has(i.id))
    .map((i) => orderSuggestion(i, o));
  return {
    uuid: o.newUuid(),
    summary,
    detail: lines.join('\n\n'),
    indicator: act?.status === 'overdue' ? 'warning' : 'info',
    source: source(CARD_WORDS.screeningSource(r.citation), r.citation),
    ...(suggestions.length ? { suggestions, selectionBehavior: 'any' as const } : {}),
    overrideReasons: overrideReasons(
      suggestions.length
        ? ['already-done', 'patient-declined', 'other-team', 'clinical-judgement', 'data-incomplete']
        : ['data-incomplete', 'clinical-judgement'],
    ),
    ...(links.length ? { links } : {}),
  };
}

function alertCards(view: ReportView, o: PatientViewOptions, links: CdsLink[]): CdsCard[] {
  const out: CdsCard[] = [];
  for (const a of view.monitoring?.alerts.alerts ?? []) {
    if (a.severity === 'information') continue;
    const rule = ALERT_RULES.find((x) => x.id === a.rule);
    const { summary, rest } = fit(alertHeadline(a));
    const lines = [
      ...(rest ? [rest] : []),
      alertDetailWords(a),
      ...(rule ? [`Note: ${rule.note}`] : []),
      ...commonDetail(o),
    ];
    const cite = a.cite[0];
    out.push({
      uuid: o.newUuid(),
      summary,
      detail: lines.join('\n\n'),
      indicator: 'warning',
      source: source(cite ? shortCitation(cite) : 'Heliotrope follow-up rules', cite),
      overrideReasons: overrideReasons([
        'already-done',
        'other-team',
        'clinical-judgement',
        'data-incomplete',
      ]),
      ...(links.length ? { links } : {}),
    });
  }
  return out;
}

/**
 * The `patient-view` cards of an assessment.
 * @param report - the assessment of the patient's record
 * @param o - the patient id, the link back to Heliotrope, the id generator, unreadable records
 */
export function patientViewCards(report: AssessmentReport, o: PatientViewOptions): CdsCard[] {
  const view = readReport(report);
  if (!myositisInRecord(view)) return [];
  const links: CdsLink[] = o.caseLink
    ? [{ label: CARD_WORDS.openCase, url: o.caseLink, type: 'absolute' }]
    : [];
  return [
    classificationCard(view, o, links),
    screeningCard(view, o, links),
    ...alertCards(view, o, links),
  ].filter((c): c is CdsCard => c !== undefined);
}
