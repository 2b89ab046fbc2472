/**
 * Case → FHIR: EMG, muscle and skin biopsy, muscle imaging and screening investigations, each a Procedure
 * with its DiagnosticReport. Pure.
 * @module
 */
import type { Case } from '../../case/schema.js';
import { SYSTEM } from '../systems.js';
import { type BundleWriter, cc, h, standardCoding } from './writer.js';

/** Writes every study of the case: EMG, muscle biopsy (its features as result Observations), skin biopsy,
 * muscle imaging, then the screening and staging investigations. */
export function writeStudies(w: BundleWriter, c: Case): void {
  if (c.emg)
    w.study({
      code: cc([h('emg', 'Electromyography')]),
      performed: c.emg.performed,
      date: c.emg.date,
      conclusion: c.emg.interpretation,
      description: c.emg.description,
    });
  if (c.muscleBiopsy) {
    const b = c.muscleBiopsy;
    const results = Object.entries(b.features)
      .filter(([, v]) => v !== undefined)
      .map(([k, v]) =>
        w.add(
          w.obs(
            cc([h(`biopsy-${k}`)]),
            { valueCodeableConcept: cc([h(String(v))]) },
            undefined,
            'laboratory',
          ),
        ),
      );
    w.study({
      code: cc([h('muscle-biopsy', 'Muscle biopsy')]),
      performed: b.performed,
      date: b.date,
      site: b.site,
      conclusion: b.conclusion,
      description: b.description,
      results,
    });
  }
  if (c.skinBiopsy)
    w.study({
      code: cc([h('skin-biopsy', 'Skin biopsy')]),
      performed: c.skinBiopsy.performed,
      date: c.skinBiopsy.date,
      site: c.skinBiopsy.site,
      conclusion: c.skinBiopsy.conclusion,
      description: c.skinBiopsy.description,
    });
  for (const m of c.muscleImaging)
    w.study({
      code: cc([h(`muscle-imaging-${m.modality}`)]),
      performed: 'done',
      date: m.date,
      site: m.region,
      conclusion: m.finding,
      description: m.description,
    });
  for (const i of c.investigations)
    w.study({
      code: cc([
        standardCoding((t) => t.field === 'investigation' && t.kind === i.kind),
        { system: SYSTEM.heliotrope, code: `investigation-${i.kind}` },
      ]),
      performed: 'done',
      date: i.date,
      conclusion: i.result,
      description: i.description,
      id: i.id,
    });
}
