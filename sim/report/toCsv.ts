/**
 * CSV text from report rows, the same bytes in Node and in the browser.
 *
 * `csv-stringify/browser/esm/sync` is an ES module that brings its own
 * `Buffer` shim, so it runs in a web worker and in Node alike (the plain
 * `csv-stringify/sync` needs Node's `Buffer`): one import serves both.
 */
import { stringify, type Options } from 'csv-stringify/browser/esm/sync';
import type { Cell, ReportRow } from './ReportRow.js';

const OPTIONS: Options = {
  escape_formulas: true,
  record_delimiter: 'unix',
  // CSV has no NaN or infinity: a number that is not finite has no value.
  cast: { number: (value) => (Number.isFinite(value) ? String(value) : '') },
};

/**
 * Records are stringified a batch at a time: the instance report can hold
 * millions of rows, and only the finished text should be held in full.
 * Each record's line depends on that record alone, so batching changes no byte.
 */
const BATCH = 4096;

/**
 * A header line of `columns`, then one line per row with the cells in column
 * order (a cell missing from a row is empty). Lines end in "\n" on every
 * platform; fields with a comma, quote or line break are quoted. Text that a
 * spreadsheet would run as a formula (starting with `=`, `+`, `-`, `@`, tab
 * or carriage return) gets a leading `'`, in the header too: tenant ids and
 * region names are user text. Numbers stay numbers, so a negative number is
 * not escaped.
 */
export function toCsv(columns: readonly string[], rows: Iterable<ReportRow>): string {
  const parts: string[] = [];
  let batch: Cell[][] = [[...columns]];
  for (const row of rows) {
    batch.push(columns.map((c) => row[c] ?? ''));
    if (batch.length === BATCH) {
      parts.push(stringify(batch, OPTIONS));
      batch = [];
    }
  }
  if (batch.length > 0) parts.push(stringify(batch, OPTIONS));
  return parts.join('');
}
