/**
 * How a form field shows a scenario value and reads it back. Fields show
 * exactly what the file holds, even a wrong value, so the message beside a
 * field always talks about what the user sees; and they read back what the
 * user typed without correcting it, so the scenario's own rules judge it.
 * A percent field shows the file's fraction as a percent and reads a typed
 * percent back as the fraction, exactly (0.07 is 7, and 7 is 0.07).
 */
import { fractionFromPercent, percentText } from '../../sim/scenario/shiftDecimal.js';

/** What a field edits: free text, a number, a fraction typed as a percent, a date, a date or UTC time, a comma-separated list, yes/no, or one of a few words. */
export type FieldKind = 'text' | 'longText' | 'number' | 'percent' | 'date' | 'dateTime' | 'list' | 'boolean' | 'choice';

const NUMBER = /^[-+]?(\d+\.?\d*|\.\d+)(e[-+]?\d+)?$/i;

/** The text a field of `kind` shows for `value` (for `boolean`, whether the box is ticked). */
export function showFieldValue(kind: FieldKind, value: unknown): string | boolean {
  if (kind === 'boolean') return value === true;
  if (value === undefined || value === null) return '';
  if (kind === 'list' && Array.isArray(value)) return value.join(', ');
  if (kind === 'percent' && typeof value === 'number') return percentText(value);
  return typeof value === 'string' ? value : JSON.stringify(value);
}

/**
 * The scenario value for what a field of `kind` holds: undefined removes the
 * field (an empty number or list). Text that is not a number stays text in a
 * number field, so that validation says "must be a number".
 */
export function readFieldValue(kind: FieldKind, raw: string | boolean): unknown {
  if (kind === 'boolean') return raw === true;
  const text = String(raw);
  switch (kind) {
    case 'number': {
      const trimmed = text.trim();
      if (trimmed === '') return undefined;
      return NUMBER.test(trimmed) ? Number(trimmed) : text;
    }
    case 'percent': {
      const trimmed = text.trim();
      if (trimmed === '') return undefined;
      return (NUMBER.test(trimmed) ? fractionFromPercent(trimmed) : null) ?? text;
    }
    case 'list': {
      const items = text
        .split(',')
        .map((item) => item.trim())
        .filter((item) => item !== '');
      return items.length === 0 ? undefined : items;
    }
    default:
      return text;
  }
}
