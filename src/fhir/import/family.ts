/**
 * Family history → case `patient.familyHistoryOfCancer`. A relative's cancer is the patient's family history
 * of cancer (an IMACS 2023 red flag), never a cancer of the patient. Read from FamilyMemberHistory (each
 * `condition[]` of a relative), from a Condition coded ICD-10 Z80 ("family history of malignant neoplasm"),
 * and from an uncoded Condition whose words name a relative. The relationship and the condition are kept as
 * the fact's evidence (the provenance entry's `note`); a relative's condition that is not a cancer, or that
 * no row maps, is reported with the resource and the path of the condition.
 * @see {@link https://hl7.org/fhir/R4/familymemberhistory.html | FHIR R4 FamilyMemberHistory}
 * @module
 */
import { arr, ccText, obj, str, type ImportContext, type Located, type ProvenanceEntry } from './context.js';
import type { Draft } from './draft.js';
import { recognise } from './observation.js';

const MALIGNANT_WORDS =
  /\b(malignan\w*|carcinoma|cancer|sarcoma|lymphoma|leuka?emia|melanoma|myeloma|mesothelioma|blastoma|seminoma)\b/i;
const NOT_ASSERTED = /\b(suspect|suspected|screening|benign)\b/i;

/**
 * True when uncoded words name a malignancy as such (not a suspicion, a screening, a history or a benign lesion).
 * @param text - the words of a CodeableConcept
 */
export const isMalignantText = (text: string): boolean =>
  MALIGNANT_WORDS.test(text) && !NOT_ASSERTED.test(text) && !/\bhistory of\b/i.test(text);

/** Words naming a relative or the family: a condition so described is the relative's, not the patient's. */
export const RELATIVE_WORDS =
  /\b(family|familial|mother|father|parents?|sister|brother|sibling|daughter|son|aunt|uncle|grand(?:mother|father|parent)|cousin|niece|nephew|relatives?)\b/i;

/**
 * What uncoded words about a relative say of the family history of cancer: `yes` ("mother: breast cancer",
 * "family history of colon cancer"), `no` ("no family history of cancer"), or undefined (not about cancer).
 * @param text - the words
 */
export function familyHistoryText(text: string): 'yes' | 'no' | undefined {
  if (!MALIGNANT_WORDS.test(text) || NOT_ASSERTED.test(text)) return undefined;
  if (/^\s*(no|denies|negative for|without)\b/i.test(text) || /\bno (known )?family history\b/i.test(text))
    return 'no';
  return 'yes';
}

/**
 * Records a family history of cancer (`yes`) from a resource; a `no` recorded by another resource is a
 * conflict, reported (the relative's documented cancer is kept).
 * @param ctx - import context
 * @param draft - the case being built
 * @param at - the resource
 * @param expression - the element read
 * @param match - how it was recognised
 * @param code - the code that matched
 * @param note - the relative and the condition, in words
 */
export function setFamilyHistoryOfCancer(
  ctx: ImportContext,
  draft: Draft,
  at: Located,
  expression: string,
  match: ProvenanceEntry['match'],
  code?: string,
  note?: string,
): void {
  if (draft.patient.familyHistoryOfCancer === 'no') {
    const earlier = ctx.provenance.find((p) => p.path === 'patient.familyHistoryOfCancer');
    ctx.report(
      'warning',
      'conflict',
      at,
      expression,
      `family history of cancer${earlier ? `, while ${earlier.resource} records none` : ''}: counted as a family history of cancer — check the record`,
    );
  }
  draft.patient.familyHistoryOfCancer = 'yes';
  ctx.trace('patient.familyHistoryOfCancer', at, expression, match, code, note);
}

/** The relationship in words: its text, display or code (`mother`, `MTH`). */
function relationshipWords(r: Record<string, unknown>): string {
  const rel = obj(r.relationship);
  return ccText(rel) ?? str(obj(arr(rel?.coding)[0])?.code) ?? 'a relative';
}

/**
 * Maps one FamilyMemberHistory: every condition of the relative that is a cancer makes the family history
 * of cancer `yes`; the others are reported (not a cancer, not mapped, a neoplasm that is not a cancer).
 * Returns true when the resource was read (even when nothing in it was a cancer).
 * @param ctx - import context
 * @param draft - the case being built
 * @param at - the FamilyMemberHistory
 */
export function mapFamilyMemberHistory(ctx: ImportContext, draft: Draft, at: Located): boolean {
  const r = at.resource;
  const status = str(r.status);
  const relative = relationshipWords(r);
  if (status === 'entered-in-error') {
    ctx.report(
      'information',
      'not-supported',
      at,
      'FamilyMemberHistory.status',
      'entered in error: not used',
    );
    return true;
  }
  const conditions = arr(r.condition);
  if (conditions.length === 0) {
    const absent = ccText(r.dataAbsentReason);
    ctx.report(
      'information',
      'not-supported',
      at,
      status === 'health-unknown' || absent
        ? 'FamilyMemberHistory.dataAbsentReason'
        : 'FamilyMemberHistory.condition',
      status === 'health-unknown' || absent
        ? `${relative}: health unknown${absent ? ` (${absent})` : ''}; the family history of cancer is not changed`
        : `${relative}: no condition recorded; read as nothing about cancer (not as "no family history")`,
    );
    return true;
  }
  conditions.forEach((x, i) => {
    const c = obj(x);
    const path = `FamilyMemberHistory.condition[${i}].code`;
    const text = ccText(c?.code) ?? str(obj(arr(obj(c?.code)?.coding)[0])?.code) ?? '(no code)';
    const rec = recognise(ctx, c?.code, path, []);
    const field = rec?.target.field;
    if (field === 'cancer' || (!rec && isMalignantText(text))) {
      setFamilyHistoryOfCancer(
        ctx,
        draft,
        at,
        rec?.expression ?? path,
        rec ? rec.match : 'text',
        rec?.code,
        `${relative}: ${text}`,
      );
      return;
    }
    if (rec?.target.field === 'neoplasm-not-cancer') {
      ctx.report(
        'warning',
        'not-supported',
        at,
        path,
        `${relative}: "${text}" is not a cancer (${rec.target.behaviour} neoplasm): not counted as a family history of cancer — check the record`,
      );
      return;
    }
    ctx.report(
      'information',
      'not-supported',
      at,
      path,
      rec
        ? `${relative}: "${text}" is not a cancer; Heliotrope reads only a relative's cancers: not used`
        : `${relative}: "${text}" is not in the mapping table and not recognised as a cancer: not used`,
    );
  });
  return true;
}
