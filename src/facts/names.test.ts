import { describe, expect, it } from 'vitest';
import { canonicalAnalyte, canonicalAntibody, neuralAntibodyKey } from './names.js';

describe('one name table per kind', () => {
  it('reads structured names, abbreviations included', () => {
    expect(['CPK', 'creatine kinase', 'Creatine Kinase', 'serum CK'].map(canonicalAnalyte)).toEqual(
      Array(4).fill('CK'),
    );
    expect(['GOT', 'SGOT', 'aspartate aminotransferase'].map(canonicalAnalyte)).toEqual(Array(3).fill('AST'));
    expect(canonicalAnalyte('LD')).toBe('LDH');
    expect(canonicalAnalyte('SCr')).toBe('creatinine');
    // an unknown name is returned trimmed (zinc, once the example here, is in the table since session 16)
    expect(canonicalAnalyte(' Manganese ')).toBe('Manganese');
    expect(canonicalAnalyte(' Zinc ')).toBe('zinc');
    expect(canonicalAnalyte('vitamin D')).toBe('25-hydroxyvitamin D');
    expect(['anti-TIF1γ antibody', 'TIF1-gamma', 'anti-p155/140', 'TIF1g'].map(canonicalAntibody)).toEqual(
      Array(4).fill('TIF1-gamma'),
    );
    expect(['antinuclear antibody', 'ANA', 'anti-nuclear antibodies'].map(canonicalAntibody)).toEqual(
      Array(3).fill('ANA'),
    );
    // a target the table does not know is kept as written (Kv1.4 is known since session 39)
    expect(canonicalAntibody('anti-Kv9.9')).toBe('anti-Kv9.9');
    expect(canonicalAntibody('anti-Kv1.4')).toBe('Kv1.4');
    // a neural antibody gets its name, and keeps the key the paraneoplastic criteria read
    expect(canonicalAntibody('anti-Hu')).toBe('Hu');
    expect(neuralAntibodyKey(canonicalAntibody('anti-CV2/CRMP5'))).toBe('cv2crmp5');
  });
  it('reads a structured name in British or American spelling alike', () => {
    // "leucocytes" was unknown while "leukocytes" was the white count; the table holds one spelling of most names
    expect(['Leucocytes', 'leukocytes', 'total leucocyte count'].map(canonicalAnalyte)).toEqual(
      Array(3).fill('WBC'),
    );
    expect(['hypokalaemia', 'hypokalemia'].map(canonicalAnalyte)).toEqual(['potassium', 'potassium']);
    expect(['Haemoglobin', 'hemoglobin'].map(canonicalAnalyte)).toEqual(['haemoglobin', 'haemoglobin']);
    expect(
      ['international normalised ratio', 'international normalized ratio'].map(canonicalAnalyte),
    ).toEqual(['INR', 'INR']);
    expect(canonicalAnalyte('interleucin 6')).toBe('IL-6');
    expect(canonicalAntibody('anti-leucine-rich glioma inactivated 1')).toBe('LGI1');
    // a name neither spelling knows is still returned as written, not folded
    expect(canonicalAnalyte(' Leucine aminopeptidase ')).toBe('Leucine aminopeptidase');
  });
  it('neural antibody keys drop the prefix and the punctuation', () => {
    expect(neuralAntibodyKey('Anti-CV2/CRMP5')).toBe('cv2crmp5');
    expect(neuralAntibodyKey('anti Hu')).toBe('hu');
  });
});
