/**
 * Case → FHIR: findings, MRC strength grades, laboratory values and myositis antibodies as Observations.
 * Pure.
 * @module
 */
import type { Case } from '../../case/schema.js';
import { EXTENSION, SYSTEM } from '../systems.js';
import { type BundleWriter, cc, h, type R, standardCoding } from './writer.js';

type Finding = Case['findings'][number];
type Lab = Case['labs'][number];
type Antibody = Case['antibodies'][number];

/** The elements of a value that is not known (a fresh object each time: the resources must not share one). */
const unknownValue = (): R => ({
  dataAbsentReason: cc([{ system: SYSTEM.dataAbsentReason, code: 'unknown' }]),
});

/** The value elements of a finding: a boolean, "equivocal", or a data-absent reason. */
function findingValue(f: Finding): R {
  if (f.status === 'present') return { valueBoolean: true };
  if (f.status === 'absent') return { valueBoolean: false };
  if (f.status === 'uncertain') return { valueCodeableConcept: cc([h('answer-equivocal')], 'uncertain') };
  return unknownValue();
}

function writeFinding(w: BundleWriter, f: Finding): void {
  const ext: R[] = [];
  if (f.reason) ext.push({ url: EXTENSION.findingReason, valueString: f.reason });
  const r = w.obs(
    cc(
      [
        standardCoding((t) => t.field === 'finding' && t.id === f.id),
        h(`finding-${f.id}`, f.id.replace(/-/g, ' ')),
      ],
      f.id.replace(/-/g, ' '),
    ),
    {
      ...findingValue(f),
      ...(f.laterality ? { bodySite: { text: f.laterality } } : {}),
      ...(f.note ? { note: [{ text: f.note }] } : {}),
    },
    f.date,
  );
  if (ext.length) r.extension = [...((r.extension as R[] | undefined) ?? []), ...ext];
  w.add(r);
}

/** The value, reference range, interpretation (when no range judges the value) or absent reason of a lab. */
function labValue(l: Lab): R {
  const extra: R = {};
  if (l.value !== undefined)
    extra.valueQuantity = {
      value: l.value,
      ...(l.comparator ? { comparator: l.comparator } : {}),
      ...(l.unit ? { unit: l.unit, system: SYSTEM.ucum, code: l.unit } : {}),
    };
  const high = l.referenceRange?.high ?? l.upperLimit;
  const low = l.referenceRange?.low;
  if (l.value !== undefined && (high !== undefined || low !== undefined)) {
    const q = (v: number) => ({
      value: v,
      ...(l.unit ? { unit: l.unit, system: SYSTEM.ucum, code: l.unit } : {}),
    });
    extra.referenceRange = [
      { ...(low !== undefined ? { low: q(low) } : {}), ...(high !== undefined ? { high: q(high) } : {}) },
    ];
  }
  if (l.interpretation && !(l.value !== undefined && high !== undefined))
    extra.interpretation = [
      cc([
        {
          system: SYSTEM.interpretation,
          code: l.interpretation === 'elevated' ? 'H' : l.interpretation === 'low' ? 'L' : 'N',
        },
        l.inferred ? h('inferred', 'inferred, not stated') : undefined,
      ]),
    ];
  if (l.value === undefined && !l.interpretation) Object.assign(extra, unknownValue());
  return extra;
}

/** The interpretation of an antibody result, or a data-absent reason when the result is unknown. */
function antibodyValue(a: Antibody): R {
  if (a.result !== 'positive' && a.result !== 'negative' && a.result !== 'equivocal') return unknownValue();
  const code = a.result === 'positive' ? 'POS' : a.result === 'negative' ? 'NEG' : 'IND';
  return { interpretation: [cc([{ system: SYSTEM.interpretation, code }])] };
}

/** Writes the findings, strength grades, labs and antibodies of the case, in that order. */
export function writeMeasurements(w: BundleWriter, c: Case): void {
  for (const f of c.findings) writeFinding(w, f);
  for (const s of c.strength)
    w.add(w.obs(cc([h(`mrc-${s.group}`)]), { valueString: s.grade, bodySite: { text: s.side } }, s.date));
  for (const l of c.labs)
    w.add(
      w.obs(
        cc(
          [standardCoding((t) => t.field === 'lab' && t.analyte === l.analyte), h(`lab-${l.analyte}`)],
          l.analyte,
        ),
        labValue(l),
        l.date,
        'laboratory',
      ),
    );
  for (const a of c.antibodies)
    w.add(
      w.obs(
        cc(
          [standardCoding((t) => t.field === 'antibody' && t.target === a.target), h(`antibody-${a.target}`)],
          `anti-${a.target}`,
        ),
        {
          ...antibodyValue(a),
          ...(a.titre ? { valueString: a.titre } : {}),
          ...(a.method ? { method: { text: a.method } } : {}),
        },
        a.date,
        'laboratory',
      ),
    );
}
