/**
 * Autoantibody targets. `value` is the canonical target (src/facts/names.ts canonicalAntibody where it
 * knows the name). Hyphens, Greek letters and "anti-" prefixes are handled by normalisation and by the
 * extractor, so "TIF1γ", "TIF1-gamma", "anti-TIF1-γ" and "anti-p155/140" all match.
 * @module
 */
import type { Concept } from './types.js';

const a = (value: string, terms: string[]): Concept => ({
  id: `antibody:${value}`,
  kind: 'antibody',
  value,
  terms,
});

/** Antibody concepts. */
export const ANTIBODY_CONCEPTS: readonly Concept[] = [
  a('TIF1-gamma', [
    'tif1 gamma',
    'tif1γ',
    'tif 1 gamma',
    'tif1g',
    'tif1',
    'tif 1',
    'p155',
    'p155/140',
    'p155 140',
    'transcription intermediary factor 1 gamma',
    'transcriptional intermediary factor 1 gamma',
    'transcription intermediary factor 1',
    'transcriptional intermediary factor 1',
    'tripartite motif containing 33',
    'trim33',
  ]),
  a('NXP2', ['nxp2', 'nxp 2', 'mj', 'p140', 'nuclear matrix protein 2', 'morc3']),
  a('MDA5', [
    'mda5',
    'mda 5',
    'cadm140',
    'cadm 140',
    'melanoma differentiation associated gene 5',
    'melanoma differentiation associated protein 5',
    'ifih1',
  ]),
  a('Mi-2', ['mi2', 'mi 2', 'mi 2 alpha', 'mi 2 beta', 'mi2 alpha', 'mi2 beta']),
  a('SAE', ['sae', 'sae1', 'sae2', 'sae 1', 'sae 2', 'small ubiquitin like modifier activating enzyme']),
  a('Jo-1', ['jo1', 'jo 1', 'histidyl trna synthetase', 'histidyl transfer rna synthetase']),
  a('PL-7', ['pl7', 'pl 7', 'threonyl trna synthetase']),
  a('PL-12', ['pl12', 'pl 12', 'alanyl trna synthetase']),
  a('EJ', ['ej', 'glycyl trna synthetase']),
  a('OJ', ['oj', 'isoleucyl trna synthetase']),
  a('SRP', ['srp', 'signal recognition particle']),
  a('HMGCR', ['hmgcr', 'hmg coa reductase', '3 hydroxy 3 methylglutaryl coenzyme a reductase']),
  a('Ro52', ['ro52', 'ro 52', 'trim21']),
  a('Ro60', ['ro60', 'ro 60', 'ssa', 'ss a', 'anti ro']),
  a('La', ['ssb', 'ss b']),
  a('PM-Scl', ['pm scl', 'pmscl', 'pm scl 75', 'pm scl 100', 'pm/scl']),
  a('Ku', ['ku']),
  a('U1-RNP', ['u1 rnp', 'u1rnp', 'rnp']),
  a('Scl-70', ['scl 70', 'scl70', 'topoisomerase i']),
  a('Sm', ['anti sm', 'anti smith']),
  a('ANA', [
    'ana',
    'antinuclear antibody',
    'antinuclear antibodies',
    'antinuclear',
    'anti nuclear antibodies',
    'anti nuclear antibody',
    'fana',
  ]),
  a('ENA', ['ena', 'extractable nuclear antigen', 'extractable nuclear antigens']),
  a('dsDNA', ['dsdna', 'ds dna', 'double stranded dna', 'a dna', 'anti dna', 'dna']),
  a('ANCA', [
    'anca',
    'antineutrophil cytoplasmic antibodies',
    'antineutrophil cytoplasmic antibody',
    'anti neutrophil cytoplasmic antibodies',
  ]),
  a('RF', ['rf', 'rheumatoid factor']),
  a('CCP', ['ccp', 'anti ccp', 'cyclic citrullinated peptide', 'cyclic citrullinated peptides', 'acpa']),
  a('beta2-glycoprotein I', [
    'b2gp',
    'b2gpi',
    'b2 gp',
    'b2 gpi',
    'beta2 glycoprotein i',
    'beta2 glycoprotein 1',
    'beta 2 glycoprotein i',
    'beta 2 glycoprotein 1',
    'beta2gpi',
    'beta2 gpi',
  ]),
  a('anticardiolipin', ['anticardiolipin', 'anti cardiolipin', 'cardiolipin', 'acl']),
  a('lupus anticoagulant', ['lupus anticoagulant']),
];
