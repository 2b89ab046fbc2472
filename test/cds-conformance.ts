/**
 * Test helper: CDS Hooks 2.0 conformance checks of discovery responses, service requests and service
 * responses, written from the specification's tables (required fields, types, allowed values, the
 * summary length, conditional fields, and "no null or empty values"). Returns the problems found.
 * @see {@link https://cds-hooks.hl7.org/2.0/ | CDS Hooks 2.0}
 * @module
 */

type Json = Record<string, unknown>;
const isObj = (v: unknown): v is Json => v !== null && typeof v === 'object' && !Array.isArray(v);
const isStr = (v: unknown): v is string => typeof v === 'string' && v.length > 0;

function absoluteUrl(v: unknown): boolean {
  if (!isStr(v)) return false;
  try {
    return /^https?:$/.test(new URL(v).protocol);
  } catch {
    return false;
  }
}

/** Every null or empty value ("", [], {}) — the specification forbids them unless stated (e.g. `cards: []`). */
function emptyValues(v: unknown, path: string, out: string[], allowEmpty: Set<string>): void {
  if (v === null) out.push(`${path}: null`);
  else if (v === '') out.push(`${path}: empty string`);
  else if (Array.isArray(v)) {
    if (!v.length && !allowEmpty.has(path)) out.push(`${path}: empty array`);
    v.forEach((x, i) => emptyValues(x, `${path}[${i}]`, out, allowEmpty));
  } else if (isObj(v)) {
    if (!Object.keys(v).length && !allowEmpty.has(path)) out.push(`${path}: empty object`);
    for (const [k, x] of Object.entries(v)) emptyValues(x, path ? `${path}.${k}` : k, out, allowEmpty);
  }
}

function coding(c: unknown, path: string, out: string[], needDisplay: boolean): void {
  if (!isObj(c)) return void out.push(`${path}: not a Coding`);
  if (!isStr(c.code)) out.push(`${path}.code: required`);
  if (c.system !== undefined && !isStr(c.system)) out.push(`${path}.system: string`);
  if (needDisplay && !isStr(c.display)) out.push(`${path}.display: required for override reasons`);
}

/**
 * Checks a discovery response.
 * @param body - the parsed response
 */
export function discoveryProblems(body: unknown): string[] {
  const out: string[] = [];
  if (!isObj(body) || !Array.isArray(body.services)) return ['services: required array'];
  const ids = new Set<string>();
  body.services.forEach((s: unknown, i) => {
    const p = `services[${i}]`;
    if (!isObj(s)) return void out.push(`${p}: object`);
    for (const k of ['hook', 'description', 'id'] as const)
      if (!isStr(s[k])) out.push(`${p}.${k}: required string`);
    if (s.title !== undefined && !isStr(s.title)) out.push(`${p}.title: string`);
    if (isStr(s.id)) {
      if (ids.has(s.id)) out.push(`${p}.id: duplicate`);
      ids.add(s.id);
      if (!/^[A-Za-z0-9._~-]+$/.test(s.id)) out.push(`${p}.id: must be a URL path segment`);
    }
    if (s.prefetch !== undefined) {
      if (!isObj(s.prefetch)) out.push(`${p}.prefetch: object`);
      else
        for (const [k, t] of Object.entries(s.prefetch)) {
          if (!isStr(t)) out.push(`${p}.prefetch.${k}: string template`);
          else
            for (const m of t.matchAll(/\{\{([^}]*)\}\}/g))
              if (
                !/^\s*(context\.[A-Za-z]+|userPractitionerId|userPractitionerRoleId|userPatientId|userRelatedPersonId)\s*$/.test(
                  m[1]!,
                )
              )
                out.push(`${p}.prefetch.${k}: token {{${m[1]}}} is not a context field or user token`);
        }
    }
  });
  emptyValues(body, '', out, new Set(['services']));
  return out;
}

/**
 * Checks a service request (what a CDS client sends).
 * @param body - the request
 */
export function requestProblems(body: unknown): string[] {
  const out: string[] = [];
  if (!isObj(body)) return ['request: object'];
  for (const k of ['hook', 'hookInstance'] as const) if (!isStr(body[k])) out.push(`${k}: required string`);
  if (!isObj(body.context)) out.push('context: required object');
  if (body.fhirServer !== undefined && !absoluteUrl(body.fhirServer)) out.push('fhirServer: URL');
  if (body.fhirAuthorization !== undefined) {
    if (body.fhirServer === undefined) out.push('fhirServer: required with fhirAuthorization');
    const a = body.fhirAuthorization as Json;
    for (const k of ['access_token', 'token_type', 'scope', 'subject'])
      if (!isStr(a[k])) out.push(`fhirAuthorization.${k}: required`);
    if (typeof a.expires_in !== 'number') out.push('fhirAuthorization.expires_in: required integer');
  }
  if (body.prefetch !== undefined && !isObj(body.prefetch)) out.push('prefetch: object');
  return out;
}

/**
 * Checks a service response (cards, suggestions, actions, links, override reasons).
 * @param body - the parsed response
 */
export function responseProblems(body: unknown): string[] {
  const out: string[] = [];
  if (!isObj(body) || !Array.isArray(body.cards)) return ['cards: required array'];
  body.cards.forEach((card: unknown, i) => {
    const p = `cards[${i}]`;
    if (!isObj(card)) return void out.push(`${p}: object`);
    if (!isStr(card.summary)) out.push(`${p}.summary: required`);
    else if (card.summary.length >= 140)
      out.push(`${p}.summary: ${card.summary.length} characters (must be < 140)`);
    if (!['info', 'warning', 'critical'].includes(card.indicator as string))
      out.push(`${p}.indicator: info | warning | critical`);
    if (!isObj(card.source) || !isStr(card.source.label)) out.push(`${p}.source.label: required`);
    else {
      if (card.source.url !== undefined && !absoluteUrl(card.source.url))
        out.push(`${p}.source.url: absolute URL`);
      if (card.source.icon !== undefined && !absoluteUrl(card.source.icon))
        out.push(`${p}.source.icon: absolute URL`);
    }
    if (card.uuid !== undefined && !isStr(card.uuid)) out.push(`${p}.uuid: string`);
    if (card.detail !== undefined && !isStr(card.detail)) out.push(`${p}.detail: markdown string`);
    if (card.suggestions !== undefined) {
      if (!Array.isArray(card.suggestions)) out.push(`${p}.suggestions: array`);
      else {
        if (!['at-most-one', 'any'].includes(card.selectionBehavior as string))
          out.push(`${p}.selectionBehavior: required with suggestions (at-most-one | any)`);
        card.suggestions.forEach((s: unknown, j) => {
          const q = `${p}.suggestions[${j}]`;
          if (!isObj(s)) return void out.push(`${q}: object`);
          if (!isStr(s.label)) out.push(`${q}.label: required`);
          if (s.isRecommended !== undefined && typeof s.isRecommended !== 'boolean')
            out.push(`${q}.isRecommended: boolean`);
          if (s.actions !== undefined)
            (s.actions as unknown[]).forEach((a: unknown, k) => {
              const r = `${q}.actions[${k}]`;
              if (!isObj(a)) return void out.push(`${r}: object`);
              if (!['create', 'update', 'delete'].includes(a.type as string))
                out.push(`${r}.type: create | update | delete`);
              if (!isStr(a.description)) out.push(`${r}.description: required`);
              if (
                (a.type === 'create' || a.type === 'update') &&
                (!isObj(a.resource) || !isStr(a.resource.resourceType))
              )
                out.push(`${r}.resource: a FHIR resource is required for ${String(a.type)}`);
              if (a.type === 'delete' && !isStr(a.resourceId))
                out.push(`${r}.resourceId: required for delete`);
            });
        });
      }
    }
    if (card.selectionBehavior !== undefined && card.suggestions === undefined)
      out.push(`${p}.selectionBehavior: only with suggestions`);
    if (card.overrideReasons !== undefined)
      (card.overrideReasons as unknown[]).forEach((c, j) =>
        coding(c, `${p}.overrideReasons[${j}]`, out, true),
      );
    if (card.links !== undefined)
      (card.links as unknown[]).forEach((l: unknown, j) => {
        const q = `${p}.links[${j}]`;
        if (!isObj(l)) return void out.push(`${q}: object`);
        if (!isStr(l.label)) out.push(`${q}.label: required`);
        if (!absoluteUrl(l.url)) out.push(`${q}.url: required URL`);
        if (!['absolute', 'smart'].includes(l.type as string)) out.push(`${q}.type: absolute | smart`);
        if (l.appContext !== undefined && l.type !== 'smart')
          out.push(`${q}.appContext: only for smart links`);
      });
  });
  if (body.systemActions !== undefined && !Array.isArray(body.systemActions))
    out.push('systemActions: array');
  emptyValues(body, '', out, new Set(['cards']));
  return out;
}
