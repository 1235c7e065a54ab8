/**
 * One CSV field as the reports write it: the escaping rule every report
 * shares, like the one stamp a clerk puts on every form. RFC 4180 with "\n"
 * line ends: text holding a comma, a quote, a line feed or a carriage return
 * anywhere is quoted, with `""` for a quote (a bare CR splits the record for
 * readers such as Python's csv). Text a spreadsheet would run as a formula
 * gets a leading `'`. Numbers stay numbers, so a negative number is not
 * escaped; CSV has no NaN or infinity, so a number that is not finite is
 * empty.
 *
 * These are the rules the reports were first written with through
 * csv-stringify (`cast` for the formula guard, `quoted_match: /\r/`); a test
 * holds this function to csv-stringify on hostile text. Written by hand
 * because csv-stringify's per-field machinery took a quarter of a large
 * run's time.
 */
import type { Cell } from './ReportRow.js';

/**
 * Text a spreadsheet runs as a formula: `=`, `+`, `-` or `@` after any
 * leading whitespace or control characters (spreadsheets skip them before
 * reading a formula), or a cell that starts with a tab or carriage return
 * (OWASP's list).
 */
const FORMULA = /^[\s\p{Cc}]*[=+\-@]|^[\t\r]/u;

/** Characters that make a field quoted. */
const NEEDS_QUOTES = /[",\n\r]/;

/** Whether `text` (not empty) starts like a formula; an ASCII letter or digit first rules it out without the regex. */
function startsLikeFormula(text: string): boolean {
  const c = text.charCodeAt(0);
  const lower = c | 0x20;
  if ((c >= 0x30 && c <= 0x39) || (lower >= 0x61 && lower <= 0x7a)) return false;
  return FORMULA.test(text);
}

/** Text as one CSV field: guarded against formulas, then quoted if it must be. */
export function csvText(text: string): string {
  if (text === '') return '';
  const guarded = startsLikeFormula(text) ? `'${text}` : text;
  return NEEDS_QUOTES.test(guarded) ? `"${guarded.replaceAll('"', '""')}"` : guarded;
}

/** One cell as a CSV field: a number as JavaScript writes it (empty unless finite), text by `csvText`. */
export function csvField(cell: Cell): string {
  if (typeof cell === 'number') return Number.isFinite(cell) ? String(cell) : '';
  return csvText(cell);
}
