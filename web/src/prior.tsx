/**
 * The pre-test probability of cancer that the probability model starts from (issue 10 §3): the case page
 * holds the user's choice and sends it as `?prior=` with every assessment; the probability view edits it.
 * The choice belongs to the view, not to the case: it is not saved with the case.
 * @module
 */
import { createContext } from 'preact';
import { useContext, useEffect, useState } from 'preact/hooks';
import { pct } from 'heliotrope/wording';

/** The user's pre-test probability (null: the model's default) and how to change it. */
export interface PriorChoice {
  value: number | null;
  set: (value: number | null) => void;
}

/** Provided by the case page; absent elsewhere (the control is then not shown). */
export const PriorContext = createContext<PriorChoice | null>(null);

/**
 * The editable pre-test probability, in percent within the model's range; says which one the result used.
 * @param used - the pre-test probability the shown result used
 * @param source - whether it was the default or the user's
 * @param range - the range the model accepts
 */
export function PriorControl({
  used,
  source,
  range,
}: {
  used: number;
  source: 'default' | 'user';
  range: { min: number; max: number };
}) {
  const choice = useContext(PriorContext);
  const [text, setText] = useState(() => String(Math.round(used * 1000) / 10));
  useEffect(() => setText(String(Math.round(used * 1000) / 10)), [used]);
  if (!choice) return null;
  const min = range.min * 100;
  const max = range.max * 100;
  const n = Number(text);
  const valid = text.trim() !== '' && Number.isFinite(n) && n >= min && n <= max;
  return (
    <form
      class="prior no-print"
      data-testid="prior-control"
      onSubmit={(e) => {
        e.preventDefault();
        if (valid) choice.set(n / 100);
      }}
    >
      <label for="prior-input">Pre-test probability (%)</label>{' '}
      <input
        id="prior-input"
        type="number"
        inputMode="decimal"
        min={min}
        max={max}
        step="0.5"
        value={text}
        aria-invalid={!valid}
        aria-describedby="prior-help"
        onInput={(e) => setText((e.target as HTMLInputElement).value)}
      />{' '}
      <button type="submit" disabled={!valid}>
        Apply
      </button>{' '}
      {choice.value !== null ? (
        <button type="button" onClick={() => choice.set(null)}>
          Use the default
        </button>
      ) : null}
      <p id="prior-help" class="small muted">
        {valid
          ? `Between ${min} and ${max} %. This result used ${pct(used)} (${source === 'user' ? 'your choice' : 'the default for adult DM'}); the choice is not saved with the case.`
          : `Enter a value between ${min} and ${max} %.`}
      </p>
    </form>
  );
}
