/**
 * The few settings a batch study asks for (replications, factors, minimums)
 * as labelled text fields, and reading them back: a value that is not a
 * number in range comes back as a message naming the field, never as NaN.
 */
import { h } from './dom.js';

/** A number a field must hold. */
export interface NumberRule {
  min: number;
  max: number;
  /** Whole numbers only. */
  whole?: boolean;
}

/** A labelled field holding `value`; `name` is its `name` attribute, the test hook. */
export function numberField(label: string, name: string, value: number, attributes: Record<string, string> = {}): HTMLLabelElement {
  return h('label', { class: 'study-field' }, h('span', {}, label), h('input', { type: 'text', inputmode: 'decimal', name, value: String(value), size: 5, ...attributes }));
}

/** The text of `field` as a number within `rule`, or a message saying what `label` must hold. */
export function readNumber(text: string, label: string, rule: NumberRule): number | string {
  const trimmed = text.trim();
  const value = Number(trimmed);
  const ok = trimmed !== '' && Number.isFinite(value) && value >= rule.min && value <= rule.max && (!rule.whole || Number.isInteger(value));
  if (ok) return value;
  return `${label} must be ${rule.whole ? 'a whole number' : 'a number'} from ${rule.min} to ${rule.max}.`;
}

/** The replications a study may ask for: at least two (one run shows no spread), as on the command line. */
export const REPLICATIONS_RULE: NumberRule = { min: 2, max: 100_000, whole: true };
