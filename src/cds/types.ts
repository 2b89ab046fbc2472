/**
 * CDS Hooks 2.0 data shapes: discovery, request, response (cards, suggestions, actions, links), feedback.
 * @see {@link https://cds-hooks.hl7.org/2.0/ | CDS Hooks 2.0}
 * @module
 */

/** A FHIR Coding as CDS Hooks uses it (`display` required for override reasons). */
export interface CdsCoding {
  system?: string;
  code: string;
  display?: string;
}

/** One service in the discovery response. */
export interface CdsServiceDefinition {
  hook: string;
  title?: string;
  description: string;
  id: string;
  /** Prefetch key → FHIR query template with `{{context.…}}` tokens. */
  prefetch?: Record<string, string>;
  usageRequirements?: string;
}

/** The discovery response. */
export interface CdsDiscovery {
  services: CdsServiceDefinition[];
}

/** The OAuth 2.0 access token for the client's FHIR server. */
export interface FhirAuthorization {
  access_token: string;
  token_type: 'Bearer';
  expires_in: number;
  scope: string;
  subject: string;
}

/** A service call. */
export interface CdsRequest {
  hook: string;
  hookInstance: string;
  fhirServer?: string;
  fhirAuthorization?: FhirAuthorization;
  context: Record<string, unknown>;
  /** Prefetch key → resource (or searchset Bundle), or null when the client had no data. */
  prefetch?: Record<string, unknown>;
}

/** The source of a card. */
export interface CdsSource {
  label: string;
  url?: string;
  icon?: string;
  topic?: CdsCoding;
}

/** A suggested change. */
export interface CdsAction {
  type: 'create' | 'update' | 'delete';
  description: string;
  resource?: Record<string, unknown>;
  resourceId?: string;
}

/** A suggestion: a set of actions the user may accept together. */
export interface CdsSuggestion {
  label: string;
  uuid?: string;
  isRecommended?: boolean;
  actions?: CdsAction[];
}

/** A link to more information or an app. */
export interface CdsLink {
  label: string;
  url: string;
  type: 'absolute' | 'smart';
  appContext?: string;
}

/** A card. */
export interface CdsCard {
  uuid?: string;
  summary: string;
  detail?: string;
  indicator: 'info' | 'warning' | 'critical';
  source: CdsSource;
  suggestions?: CdsSuggestion[];
  selectionBehavior?: 'at-most-one' | 'any';
  overrideReasons?: CdsCoding[];
  links?: CdsLink[];
}

/** A service response. */
export interface CdsResponse {
  cards: CdsCard[];
  systemActions?: CdsAction[];
}

/** One feedback item. */
export interface CdsFeedbackItem {
  card: string;
  outcome: 'accepted' | 'overridden';
  acceptedSuggestions?: { id: string }[];
  overrideReason?: { reason?: CdsCoding; userComment?: string };
  outcomeTimestamp: string;
}

/** The feedback request. */
export interface CdsFeedback {
  feedback: CdsFeedbackItem[];
}
