/**
 * Text rendering of the dosing calculator: every intermediate value, and the caution that the arithmetic
 * must be checked against the protocol and by a pharmacist.
 * @module
 */
import type { DosingResult } from '../../monitoring/dosing/calculator.js';

const m2 = (x: number) => `${x.toFixed(2)} m²`;
const mg = (x: number) => `${Number.isInteger(x) ? x : x.toFixed(x < 10 ? 2 : 1)} mg`;

/**
 * Renders a dosing result.
 * @param r - the result
 */
export function renderDosing(r: DosingResult): string {
  const lines = ['Dosing (arithmetic only: check against the protocol and with a pharmacist)'];
  if (r.bsa) {
    const b = r.bsa;
    lines.push(
      `  Body-surface area: Mosteller ${m2(b.mostellerM2)}, Du Bois ${m2(b.duBoisM2)}; used: ${b.formula === 'dubois' ? 'Du Bois' : 'Mosteller'} ${m2(b.bsaM2)}${b.capApplied ? `, capped at ${m2(b.capM2!)}` : b.capM2 !== null ? ` (cap ${m2(b.capM2)} not reached)` : ''}`,
    );
  }
  if (r.dose) {
    const d = r.dose;
    lines.push(
      `  Dose: ${d.mgPerM2} mg/m² × ${m2(d.bsaUsedM2)}${d.reductionPercent ? ` × (1 − ${d.reductionPercent} %)` : ''} = ${mg(d.doseBeforeCapMg)}${d.capApplied ? ` → capped at ${mg(d.capMg!)}` : d.capMg !== null ? ` (cap ${mg(d.capMg)} not reached)` : ''}`,
    );
  }
  if (r.carboplatin) {
    const c = r.carboplatin;
    if (c.crCl)
      lines.push(
        `  Creatinine clearance (Cockcroft–Gault): (140 − ${c.crCl.ageYears}) × ${c.crCl.weightKg} kg / (72 × ${c.crCl.scrMgDl.toFixed(2)} mg/dL)${c.crCl.sex === 'female' ? ' × 0.85' : ''} = ${c.crCl.crClMlMin.toFixed(1)} mL/min (weight as given; not per 1.73 m²)`,
      );
    else lines.push(`  GFR: ${c.gfrMlMin} mL/min measured`);
    lines.push(
      `  Carboplatin (Calvert): AUC ${c.targetAuc} × (GFR ${c.gfrUsedMlMin.toFixed(1)}${c.capApplied ? ', capped at 125' : ''} + 25) = ${mg(c.doseMg)} (≈ ${c.doseMgRounded} mg)`,
    );
  }
  lines.push(`  Sources: ${r.citations.map((c) => c.label.split('.')[0]).join('; ')}`);
  return lines.join('\n');
}
