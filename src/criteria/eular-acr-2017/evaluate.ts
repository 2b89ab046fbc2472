/**
 * Evaluation of the 2017 EULAR/ACR criteria: model choice, score and its range, probability, category,
 * the rash/biopsy gate, the subgroup tree, and the unknown items that could change the category.
 * @module
 */
import type { Citation } from '../../core/evidence.js';
import { triFromCode, triFromYesNo, triOr, type Tri } from '../../core/tri.js';
import type { InputConflict } from '../../engine/calculator.js';
import type { InputEvidence, InputValues } from '../../engine/inputs.js';
import { bounds, round1, scoreTable, type ItemResult } from '../../engine/table.js';
import {
  EULAR_ACR_2017,
  EULAR_ACR_2017_SOURCE,
  LOGISTIC_CONSTANT,
  SCORE_CUTOFFS,
  type EularModel,
} from './definition.js';

/** Classification category. `not-classifiable`: no rash item met and no biopsy feature to stand in for it. */
export type EularCategory = 'definite' | 'probable' | 'possible' | 'not-met' | 'not-classifiable';

/** Subgroup leaves of the classification tree. */
export type EularSubgroup =
  | 'dermatomyositis'
  | 'amyopathic-dermatomyositis'
  | 'juvenile-dermatomyositis'
  | 'juvenile-myositis-other'
  | 'inclusion-body-myositis'
  | 'polymyositis';

/**
 * One step of the subgroup tree taken: the node (its question is worded by the render layer's wording table,
 * `TREE_QUESTION_WORDS`) and the answer.
 */
export interface TreeStep {
  node: 'juvenile' | 'rash' | 'weakness' | 'ibm-features';
  answer: Tri;
}

/**
 * The rule of the entry gate, as a code (worded by `GATE_RULE_WORDS`): without heliotrope rash, Gottron's
 * papules or Gottron's sign, classification needs a muscle biopsy with at least one of the four histology items.
 */
export type EularGateRule = 'rash-or-biopsy-histology';

/** An unknown item and whether knowing it could change the category. */
export interface MissingItem {
  id: string;
  label: string;
  pointsIfMet: number;
  /** True when this item alone, if met, would change the reported category. */
  couldChangeCategory: boolean;
}

/** The full, self-explaining result. */
export interface EularResult {
  criteriaId: 'eular-acr-2017';
  version: string;
  model: EularModel;
  /** Score with unknown items counted absent. */
  score: number;
  /** 1/(1+exp(c − score)). */
  probability: number;
  category: EularCategory;
  subgroup: EularSubgroup | null;
  scoreRange: { min: number; max: number };
  probabilityRange: { min: number; max: number };
  /** Category with unknown items counted absent (min, = category) and present (max). */
  categoryRange: { min: EularCategory; max: EularCategory };
  gate: { rash: Tri; biopsyFeature: Tri; passed: Tri; rule: EularGateRule };
  subgroupPath: TreeStep[];
  /** When the subgroup is undecidable: the leaves still possible. */
  subgroupCandidates: EularSubgroup[];
  items: ItemResult[];
  missing: MissingItem[];
  constant: number;
  cutoffs: { possible: number; probable: number; definite: number };
  citation: Citation;
}

const RASH_ITEMS = ['heliotrope-rash', 'gottron-papules', 'gottron-sign'];
const HISTOLOGY_ITEMS = [
  'biopsy-endomysial-infiltrate',
  'biopsy-perimysial-perivascular-infiltrate',
  'biopsy-perifascicular-atrophy',
  'biopsy-rimmed-vacuoles',
];
const WEAKNESS_ITEMS = [
  'proximal-weakness-upper',
  'proximal-weakness-lower',
  'neck-flexor-weakness',
  'proximal-weaker-than-distal-legs',
];

/** P(IIM) from the score. */
export function eularProbability(score: number, model: EularModel): number {
  return 1 / (1 + Math.exp(LOGISTIC_CONSTANT[model] - score));
}

/** Category from the score by the published cut-offs (before the rash gate). */
export function categoryForScore(
  score: number,
  model: EularModel,
): Exclude<EularCategory, 'not-classifiable'> {
  const c = SCORE_CUTOFFS[model];
  const s = round1(score);
  if (s >= c.definite) return 'definite';
  if (s >= c.probable) return 'probable';
  if (s >= c.possible) return 'possible';
  return 'not-met';
}

function gatedCategory(score: number, model: EularModel, gatePassed: boolean): EularCategory {
  const byScore = categoryForScore(score, model);
  if (!gatePassed && byScore !== 'not-met') return 'not-classifiable';
  return byScore;
}

/** Chooses the model: biopsy when a muscle biopsy was done. */
export function chooseModel(values: InputValues): EularModel {
  return values['muscle-biopsy'] === 'done' ? 'biopsy' : 'no-biopsy';
}

/** Consistency checks across inputs (used by the calculator). */
export function checkEularInputs(values: InputValues): InputConflict[] {
  const out: InputConflict[] = [];
  if (values['muscle-biopsy'] !== 'done') {
    for (const id of HISTOLOGY_ITEMS) {
      if (values[id] === 'yes' || values[id] === 'no')
        out.push({ input: id, code: 'histology-without-biopsy', params: { item: id } });
    }
  }
  return out;
}

/** Item statuses by id, built once per evaluation (the gate and tree look items up repeatedly). */
type StatusIndex = ReadonlyMap<string, Tri>;

function indexStatuses(items: readonly ItemResult[]): StatusIndex {
  const m = new Map<string, Tri>();
  for (const i of items) m.set(i.id, i.status);
  return m;
}

function statusOf(ix: StatusIndex, id: string, override?: ReadonlyMap<string, Tri>): Tri {
  return override?.get(id) ?? ix.get(id) ?? 'not-met';
}

function gateAt(
  model: EularModel,
  ix: StatusIndex,
  view: 'min' | 'max',
  override?: ReadonlyMap<string, Tri>,
): boolean {
  const ok = (id: string) => {
    const s = statusOf(ix, id, override);
    return s === 'met' || (view === 'max' && s === 'unknown');
  };
  if (RASH_ITEMS.some(ok)) return true;
  return model === 'biopsy' && HISTOLOGY_ITEMS.some(ok);
}

function categoryAt(
  model: EularModel,
  items: readonly ItemResult[],
  ix: StatusIndex,
  override?: ReadonlyMap<string, Tri>,
): { min: EularCategory; max: EularCategory; scoreMin: number; scoreMax: number } {
  const b = bounds(EULAR_ACR_2017, items, override);
  return {
    min: gatedCategory(b.min, model, gateAt(model, ix, 'min', override)),
    max: gatedCategory(b.max, model, gateAt(model, ix, 'max', override)),
    scoreMin: b.min,
    scoreMax: b.max,
  };
}

function subgroupTree(
  values: InputValues,
  ix: StatusIndex,
  model: EularModel,
): { path: TreeStep[]; leaf: EularSubgroup | null; candidates: EularSubgroup[] } {
  const path: TreeStep[] = [];
  const st = (id: string) => statusOf(ix, id);
  const age = values['age-at-onset'];
  const juvenile: Tri = typeof age === 'number' ? (age < 18 ? 'met' : 'not-met') : 'unknown';
  path.push({ node: 'juvenile', answer: juvenile });
  const rash = triOr(...RASH_ITEMS.map(st));
  path.push({ node: 'rash', answer: rash });

  const juvenileLeaf = (): { leaf: EularSubgroup | null; candidates: EularSubgroup[] } =>
    rash === 'met'
      ? { leaf: 'juvenile-dermatomyositis', candidates: [] }
      : rash === 'not-met'
        ? { leaf: 'juvenile-myositis-other', candidates: [] }
        : { leaf: null, candidates: ['juvenile-dermatomyositis', 'juvenile-myositis-other'] };

  const adultLeaf = (): { leaf: EularSubgroup | null; candidates: EularSubgroup[] } => {
    if (rash === 'met') {
      const weakness = triOr(...WEAKNESS_ITEMS.map(st));
      path.push({ node: 'weakness', answer: weakness });
      if (weakness === 'met') return { leaf: 'dermatomyositis', candidates: [] };
      if (weakness === 'not-met') return { leaf: 'amyopathic-dermatomyositis', candidates: [] };
      return { leaf: null, candidates: ['dermatomyositis', 'amyopathic-dermatomyositis'] };
    }
    const rv: Tri = model === 'biopsy' ? st('biopsy-rimmed-vacuoles') : 'not-met';
    const ff = triFromYesNo(values['finger-flexor-weakness']);
    const noResponse = triFromCode(values['treatment-response'], 'not-improved', 'improved');
    const ffNoResponse: Tri =
      ff === 'not-met' || noResponse === 'not-met'
        ? 'not-met'
        : ff === 'met' && noResponse === 'met'
          ? 'met'
          : 'unknown';
    const ibm = triOr(rv, ffNoResponse);
    path.push({ node: 'ibm-features', answer: ibm });
    if (rash === 'unknown') {
      return {
        leaf: null,
        candidates: [
          'dermatomyositis',
          'amyopathic-dermatomyositis',
          'inclusion-body-myositis',
          'polymyositis',
        ],
      };
    }
    if (ibm === 'met') return { leaf: 'inclusion-body-myositis', candidates: [] };
    if (ibm === 'not-met') return { leaf: 'polymyositis', candidates: [] };
    return { leaf: null, candidates: ['inclusion-body-myositis', 'polymyositis'] };
  };

  if (juvenile === 'met') return { path, ...juvenileLeaf() };
  if (juvenile === 'not-met') return { path, ...adultLeaf() };
  const j = juvenileLeaf();
  const a = adultLeaf();
  return {
    path,
    leaf: null,
    candidates: [...new Set([...(j.leaf ? [j.leaf] : j.candidates), ...(a.leaf ? [a.leaf] : a.candidates)])],
  };
}

/**
 * Evaluates the 2017 EULAR/ACR criteria.
 * @param values - input values by id (see EULAR_INPUTS)
 * @param evidence - evidence per input id, when derived from a case
 */
export function evaluateEularAcr2017(values: InputValues, evidence: InputEvidence = {}): EularResult {
  const model = chooseModel(values);
  const scored = scoreTable(EULAR_ACR_2017, model, values, evidence);
  const { items } = scored;
  const ix = indexStatuses(items);
  const cat = categoryAt(model, items, ix);

  // Each unknown item alone counted met: one override map, refilled for each item.
  const missing: MissingItem[] = [];
  const alone = new Map<string, Tri>();
  for (const i of items) {
    if (i.status !== 'unknown') continue;
    alone.clear();
    alone.set(i.id, 'met');
    missing.push({
      id: i.id,
      label: i.label,
      pointsIfMet: i.pointsIfMet,
      couldChangeCategory: categoryAt(model, items, ix, alone).min !== cat.min,
    });
  }

  const classified = cat.min === 'probable' || cat.min === 'definite';
  const tree = subgroupTree(values, ix, model);
  const rash = triOr(...RASH_ITEMS.map((id) => statusOf(ix, id)));
  const biopsyFeature: Tri =
    model === 'biopsy' ? triOr(...HISTOLOGY_ITEMS.map((id) => statusOf(ix, id))) : 'not-met';
  return {
    criteriaId: 'eular-acr-2017',
    version: EULAR_ACR_2017.version,
    model,
    score: cat.scoreMin,
    probability: eularProbability(cat.scoreMin, model),
    category: cat.min,
    subgroup: classified ? tree.leaf : null,
    scoreRange: { min: cat.scoreMin, max: cat.scoreMax },
    probabilityRange: {
      min: eularProbability(cat.scoreMin, model),
      max: eularProbability(cat.scoreMax, model),
    },
    categoryRange: { min: cat.min, max: cat.max },
    gate: {
      rash,
      biopsyFeature,
      passed: triOr(rash, biopsyFeature),
      rule: 'rash-or-biopsy-histology',
    },
    subgroupPath: tree.path,
    subgroupCandidates: classified ? tree.candidates : [],
    items,
    missing,
    constant: LOGISTIC_CONSTANT[model],
    cutoffs: SCORE_CUTOFFS[model],
    citation: EULAR_ACR_2017_SOURCE,
  };
}
