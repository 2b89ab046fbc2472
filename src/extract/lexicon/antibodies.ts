/**
 * Autoantibody targets: the concepts come from the one antibody name table (src/facts/names.ts), which the
 * facts also read case documents through. Hyphens, Greek letters and "anti-" prefixes are handled by
 * normalisation and by the extractor, so "TIF1γ", "TIF1-gamma", "anti-TIF1-γ" and "anti-p155/140" all match.
 * @module
 */
import { ANTIBODY_NAMES } from '../../facts/names.js';
import type { Concept } from './types.js';

/**
 * The prefix glued to a name ("antisignal recognition particle", "antiJo-1", as some texts and OCR write it): a
 * term that starts with a letter also matches with "anti" written onto its first word.
 */
const gluedAnti = (terms: readonly string[]): string[] =>
  terms.filter((t) => /^[a-z]/i.test(t) && !/^anti/i.test(t)).map((t) => `anti${t}`);

/** Antibody concepts. */
export const ANTIBODY_CONCEPTS: readonly Concept[] = ANTIBODY_NAMES.filter((n) => n.terms.length).map(
  (n) => ({
    id: `antibody:${n.name}`,
    kind: 'antibody',
    value: n.name,
    terms: [...n.terms, ...gluedAnti(n.terms)],
  }),
);

/**
 * The abbreviations of the head nouns that clinic notes write ("myositis-specific Abs negative", "ENA Ab panel",
 * "auto-Abs"): "Ab" for antibody, "Abs" for antibodies, "autoAb(s)" and "auto-Ab(s)" for the autoantibodies.
 * Session 40: a group of myositis antibodies denied as "Myositis-specific Abs negative (anti-Mi2, …)" was read as
 * nothing. Only whole words change, so a term without those nouns has no variant.
 */
const ABBREVIATED_HEADS: readonly (readonly [RegExp, readonly string[]])[] = [
  [/\bautoantibodies\b/g, ['autoabs', 'auto abs']],
  [/\bautoantibody\b/g, ['autoab', 'auto ab']],
  [/\bantibodies\b/g, ['abs']],
  [/\bantibody\b/g, ['ab']],
];
export function withAbbreviatedHeads(terms: readonly string[]): string[] {
  const out = new Set(terms);
  for (const t of terms)
    for (const [re, forms] of ABBREVIATED_HEADS)
      if (re.test(t)) for (const f of forms) out.add(t.replace(re, f));
  return [...out];
}

const p = (value: string, terms: string[]): Concept => ({
  id: `antibody-panel:${value}`,
  kind: 'antibody',
  value,
  terms: withAbbreviatedHeads(terms),
  attrs: { panel: 'true' },
});

/**
 * The myositis antibodies named by what they mark rather than as a panel ("antibodies typical of other forms of
 * myositis were not found", "autoantibodies associated with inflammatory myopathies"): a head noun, a word of marking
 * and its preposition, an optional scope ("other kinds of"), and the disease.
 */
const MYOSITIS_GROUP_TERMS: readonly string[] = (() => {
  const heads = ['antibodies', 'autoantibodies'];
  const links = [
    'typical for',
    'typical of',
    'characteristic of',
    'characteristic for',
    'specific for',
    'specific to',
    'associated with',
    'seen in',
    'found in',
  ];
  const scopes = [
    '',
    'other ',
    'other kinds of ',
    'other forms of ',
    'other types of ',
    'other subtypes of ',
  ];
  const diseases = [
    'myositis',
    'inflammatory myopathies',
    'inflammatory myopathy',
    'idiopathic inflammatory myopathies',
  ];
  return heads.flatMap((h) =>
    links.flatMap((l) => scopes.flatMap((sc) => diseases.map((d) => `${h} ${l} ${sc}${d}`))),
  );
})();

/**
 * Results reported only as a group (conventions: "myositis antibodies were negative" is a negative panel and
 * each antibody stays unknown). Their values name the group; extraction records them with `panel: true`.
 */
export const PANEL_CONCEPTS: readonly Concept[] = [
  p('myositis antibody panel', [
    'myositis panel',
    // session 33: "Myositis ENA panel was negative" (read as a negative ENA screen)
    'myositis ena panel',
    'myositis ena',
    // session 26: "negative ANCA and myositis panels"
    'myositis panels',
    'myositis antibody panels',
    // session 17: "Workup for autoimmune myositis was negative", "a negative myositis work-up"
    'workup for autoimmune myositis',
    'work up for autoimmune myositis',
    'autoimmune myositis workup',
    'autoimmune myositis work up',
    'myositis workup',
    'myositis work up',
    'myositis antibody panel',
    'myositis antibodies',
    'myositis antibody',
    // session 18: "assays for rheumatoid factor and polymyositis antibodies were negative"
    'polymyositis antibodies',
    'polymyositis antibody',
    'polymyositis panel',
    'myositis autoantibodies',
    'myositis specific antibodies',
    'myositis specific autoantibodies',
    'myositis specific autoantibody',
    'myositis specific antibody panel',
    'myositis specific antibody',
    'myositis associated antibodies',
    'myositis associated autoantibodies',
    'myositis specific and myositis associated autoantibodies',
    'myositis specific and myositis associated antibodies',
    'myositis specific or myositis associated antibodies',
    'myositis specific and associated antibodies',
    'extended myositis panel',
    'myositis immunoblot',
    'myositis line blot',
    'myositis blot',
    // session 19: "ANA and myositis dot were negative" (a dot-blot panel)
    'myositis dot',
    'myositis dot blot',
    'myositis profile',
    // "Myositis extended profile (LIA) – negative"
    'myositis extended profile',
    'extended myositis profile',
    'myositis line immunoassay',
    'msa panel',
    'msa',
    'msas',
    'maa',
    'maas',
    'msa/maa',
    // "MSA/MAA panel: negative" (session 37: lost — the group's head noun before a colon is not part of 'msa/maa')
    'msa/maa panel',
    'msa/maa panels',
    'msa/maa profile',
    'msa and maa panel',
    'msa and maa panels',
    'maa panel',
    'msa profile',
    // session 39: the myositis group named by the forms of myositis it marks, then denied (lost)
    ...MYOSITIS_GROUP_TERMS,
  ]),
  p('autoantibody screen', [
    'autoantibody screen',
    'autoantibody screening',
    'autoantibody panel',
    'autoantibody testing',
    'autoantibody profile',
    'autoimmune screen',
    'autoimmune screening',
    'autoimmune panel',
    'autoimmune profile',
    'autoimmune serology',
    // "ANA profiling of 12 antigens … was negative": the extractable antigens tested as a group
    'ana profile',
    'ana profiling',
    'immunological screen',
    'immune markers',
    'immunological markers',
    'connective tissue disease screen',
    'ctd screen',
    'antibody screen',
    'autoantibodies',
    // "autoimmune antibody panel … unremarkable", "her serology for other connective tissue diseases was negative"
    'autoimmune antibody panel',
    // "autoimmune antibody tests were negative" (session 24)
    'autoimmune antibody tests',
    'autoimmune antibody testing',
    'autoantibody tests',
    'autoimmune antibody screen',
    'autoimmune antibody screening',
    'connective tissue disease serology',
    'serology for connective tissue disease',
    'serology for connective tissue diseases',
    'serology for other connective tissue diseases',
    // session 16: the plural ("negative autoimmune panels")
    'autoantibody panels',
    'autoantibody screens',
    'autoantibody profiles',
    'autoimmune panels',
    'autoimmune screens',
    'autoimmune profiles',
    'autoimmune serologies',
    'autoimmune antibody panels',
    // session 17: the connective tissue group named by its antibodies ("connective tissue antibodies were negative")
    'connective tissue antibodies',
    'connective tissue disease antibodies',
    'connective tissue disease panel',
    'ctd antibodies',
    'ctd panel',
    // session 41: the work-up of an autoimmune disease reported as one result ("Autoimmune workup and CPK were
    // unremarkable"); infection serologies are not meant, so "serologic tests" alone is not a term
    'autoimmune workup',
    'autoimmune work up',
    'autoimmune workups',
    'autoimmune evaluation',
    'rheumatologic workup',
    'rheumatologic work up',
    'rheumatological workup',
    'rheumatological work up',
  ]),
  // session 17: the antibodies of myasthenia gravis reported as one group ("myasthenia gravis-related antibodies
  // were negative"); AChR or MuSK named alone stay single results
  p('myasthenia antibody panel', [
    'myasthenia gravis related antibodies',
    'myasthenia gravis antibodies',
    'myasthenia gravis antibody panel',
    'myasthenia antibodies',
    'myasthenia panel',
    'myasthenia gravis panel',
  ]),
  p('paraneoplastic antibody panel', [
    'paraneoplastic antibodies',
    'paraneoplastic antibody panel',
    'paraneoplastic antibody screen',
    'paraneoplastic antibody screening',
    'paraneoplastic panel',
    'onconeural antibodies',
  ]),
  // Issue 12, eighth round: the antibodies of another connective tissue disease reported as one group ("antibodies
  // generally associated with SSc were negative", "lupus serology negative"): a group, never one result per member
  p('systemic sclerosis antibody panel', [
    'systemic sclerosis antibodies',
    'systemic sclerosis associated antibodies',
    'systemic sclerosis specific antibodies',
    'scleroderma antibodies',
    'scleroderma associated antibodies',
    'scleroderma specific antibodies',
    'scleroderma antibody panel',
    'ssc antibodies',
    'ssc associated antibodies',
    'ssc specific antibodies',
    'ssc antibody panel',
    'systemic sclerosis antibody panel',
    'antibodies associated with ssc',
    'antibodies associated with systemic sclerosis',
    'antibodies associated with scleroderma',
    'antibodies generally associated with ssc',
    'antibodies typically associated with ssc',
    'antibodies generally associated with systemic sclerosis',
    'antibodies typically associated with systemic sclerosis',
  ]),
  p('lupus antibody panel', [
    'lupus antibodies',
    'lupus serology',
    'lupus antibody panel',
    'lupus panel',
    'sle antibodies',
    'sle serology',
    'sle antibody panel',
    'antibodies associated with sle',
    'antibodies associated with lupus',
  ]),
  p('antiphospholipid antibody panel', [
    'antiphospholipid antibodies',
    'antiphospholipid antibody',
    'antiphospholipid antibody panel',
    'antiphospholipid screen',
    'antiphospholipid panel',
  ]),
  p('antisynthetase antibodies', [
    'antisynthetase antibodies',
    'antisynthetase antibody',
    'anti synthetase antibodies',
    'aminoacyl trna synthetase',
    'anti aminoacyl trna synthetase',
    'aminoacyl trna synthetase antibodies',
    'anti ars',
    // session 26: "antibodies to ARS and to SRP were not found" (the abbreviation after an antibody noun)
    'autoantibodies to ars',
    'antibodies to ars',
    'antibodies against ars',
    'autoantibodies against ars',
    'ars antibodies',
    'ars antibody',
    // "autoantibodies to … aminoacyl-tRNA synthetases (ARS)": the plural of the group's name
    'aminoacyl trna synthetases',
    'anti aminoacyl trna synthetases',
    // "anti-t-RNA-synthetase" in a list of named antibodies
    't rna synthetase',
    'trna synthetase',
    'anti t rna synthetase',
    'anti trna synthetase',
    // session 22: "anti-synthetase autoantibodies", "the antisynthetase antibody panel", "aminoacyl-transfer RNA
    // synthetases"
    'antisynthetase autoantibodies',
    'antisynthetase autoantibody',
    'anti synthetase autoantibodies',
    'anti synthetase autoantibody',
    'anti synthetase antibody',
    'antisynthetase panel',
    'antisynthetase antibody panel',
    'anti synthetase antibody panel',
    'aminoacyl transfer rna synthetase',
    'aminoacyl transfer rna synthetases',
    // session 25: "anti-aminoacyl synthetase (ARS) antibody", without the tRNA
    'aminoacyl synthetase',
    'anti aminoacyl synthetase',
  ]),
];
