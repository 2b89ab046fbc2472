/**
 * Clinical findings: the finding ids of the case model, with synonyms and codes. Descriptions
 * ("violaceous periocular lesions") are recognised by the rules in extractors/skin.ts, not here.
 * HPO / SNOMED CT codes are given only where the curator is confident of them.
 * @module
 */
import type { Concept } from './types.js';

const f = (value: string, terms: string[], codes?: Concept['codes'], attrs?: Concept['attrs']): Concept => ({
  id: `finding:${value}${attrs?.polarity === 'negative' ? ':neg' : ''}`,
  kind: 'finding',
  value,
  terms,
  ...(codes ? { codes } : {}),
  ...(attrs ? { attrs } : {}),
});

/** Finding concepts. */
export const FINDING_CONCEPTS: readonly Concept[] = [
  f('heliotrope-rash', ['heliotrope rash', 'heliotrope', 'heliotropic rash', 'heliotrope erythema', 'heliotrope sign', 'heliotrope discoloration', 'heliotrope eruption']),
  f('gottron-papules', ["gottron's papules", "gottron's papule", 'gottron papules', 'gottrons papules', "gottron's papulae"]),
  f('gottron-sign', ["gottron's sign", 'gottron sign', "gottron's macules"]),
  f('shawl-sign', ['shawl sign', 'shawl', 'shawl like distribution', 'shawl distribution', 'shawl pattern']),
  f('v-sign', ['v sign', 'v neck sign', 'v neck distribution', 'v neck', 'v of the neck', 'v shaped erythema', 'v area of the neck']),
  f('mechanics-hands', ["mechanic's hands", 'mechanics hands', 'mechanic hands', "mechanic's hand", 'hyperkeratosis of the fingers']),
  f('periungual-changes', ['periungual erythema', 'periungual changes', 'periungual telangiectasia', 'periungual telangiectasias', 'nailfold capillary changes', 'nailfold capillaries', 'nailfold telangiectasia', 'nailfold erythema', 'nail fold erythema', 'dilated nailfold capillaries', 'dilated capillary nailfold loops', 'nailfold loops', 'cuticular overgrowth', 'ragged cuticles', 'nail lesions', 'nail changes', 'periungual']),
  f('skin-ulceration', ['skin ulcer', 'skin ulcers', 'skin ulceration', 'skin ulcerations', 'cutaneous ulcer', 'cutaneous ulcers', 'cutaneous ulceration', 'digital ulcer', 'digital ulcers', 'ulcerated lesions', 'ulcerative skin lesions'], { hpo: 'HP:0200042' }),
  f('periorbital-oedema', ['periorbital oedema', 'periorbital edema', 'periorbital swelling', 'eyelid oedema', 'eyelid swelling', 'palpebral oedema', 'periocular oedema', 'periocular swelling'], { hpo: 'HP:0100539' }),
  f('photosensitive-rash', ['photosensitive rash', 'photosensitivity', 'photodistributed rash', 'photo distributed rash', 'sun exposed areas', 'photosensitive eruption'], { hpo: 'HP:0000992' }),
  f('calcinosis', ['calcinosis', 'calcinosis cutis', 'subcutaneous calcification', 'subcutaneous calcifications'], { hpo: 'HP:0003761' }),
  f('dysphagia', ['dysphagia', 'swallowing difficulty', 'swallowing difficulties', 'difficulty swallowing', 'difficulty in swallowing', 'difficulties swallowing', 'swallowing problems', 'trouble swallowing', 'impaired swallowing', 'oropharyngeal dysphagia', 'esophageal dysmotility'], { hpo: 'HP:0002015', snomed: '40739000' }),
  f('dysphonia', ['dysphonia', 'hoarseness', 'hoarse voice', 'nasal voice', 'voice change', 'voice changes'], { hpo: 'HP:0001618' }),
  f('interstitial-lung-disease', ['interstitial lung disease', 'ild', 'interstitial pneumonia', 'interstitial pneumonitis', 'pulmonary fibrosis', 'lung fibrosis', 'nsip', 'nonspecific interstitial pneumonia', 'non specific interstitial pneumonia', 'organizing pneumonia', 'interstitial lung involvement', 'interstitial changes', 'interstitial lung abnormalities'], { snomed: '233703007' }),
  f('fever', ['fever', 'fevers', 'febrile', 'pyrexia', 'pyrexial', 'high temperature', 'temperature of 38', 'febricula'], { hpo: 'HP:0001945', snomed: '386661006' }),
  f('fever', ['afebrile', 'apyrexial', 'no fever', 'without fever'], { hpo: 'HP:0001945', snomed: '386661006' }, { polarity: 'negative' }),
  f('weight-loss', ['weight loss', 'loss of weight', 'lost weight', 'losing weight', 'weight reduction', 'unintentional weight loss', 'unintended weight loss'], { hpo: 'HP:0001824', snomed: '89362005' }),
  f('arthritis', ['arthritis', 'polyarthritis', 'oligoarthritis', 'synovitis', 'inflammatory arthritis', 'joint swelling', 'swollen joints'], { hpo: 'HP:0001369', snomed: '3723001' }),
  f('raynaud-phenomenon', ["raynaud's phenomenon", 'raynaud phenomenon', "raynaud's", 'raynaud', "raynaud's syndrome", "raynaud's disease"], { hpo: 'HP:0030880', snomed: '266261006' }),
  f('night-sweats', ['night sweats', 'nocturnal sweating', 'night sweating'], { hpo: 'HP:0030166' }),
  f('myalgia', ['myalgia', 'myalgias', 'muscle pain', 'muscle pains', 'muscle aches', 'muscle tenderness', 'muscular pain'], { hpo: 'HP:0003326', snomed: '68962001' }),
  // Not criteria items; kept so that longest match takes them away from "febrile", "weakness" etc.
  f('febrile-neutropenia', ['febrile neutropenia', 'neutropenic fever', 'neutropenic sepsis']),
  f('arthralgia', ['arthralgia', 'arthralgias', 'joint pain', 'joint pains'], { hpo: 'HP:0002829' }),
  f('asthenia', ['asthenia', 'fatigue', 'malaise', 'general malaise', 'tiredness'], { hpo: 'HP:0012378' }),
];
