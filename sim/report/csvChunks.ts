/**
 * CSV text from report rows, a batch of lines at a time: the one writer
 * behind every report, so the command line (which streams the chunks to
 * disk) and the browser (which joins them for a download) write the same
 * bytes.
 *
 * The format is RFC 4180 with "\n" line ends: a field is quoted when it holds
 * a comma, a quote, a line feed or a carriage return anywhere (a bare CR
 * splits the record for readers such as Python's csv). Text a spreadsheet
 * would run as a formula gets a leading `'`.
 *
 * `csv-stringify/browser/esm/sync` is an ES module that brings its own
 * `Buffer` shim, so it runs in a web worker and in Node alike (the plain
 * `csv-stringify/sync` needs Node's `Buffer`): one import serves both.
 */
import { stringify, type Options } from 'csv-stringify/browser/esm/sync';
import type { Cell, ReportRow } from './ReportRow.js';

/**
 * Text a spreadsheet runs as a formula: `=`, `+`, `-` or `@` after any
 * leading whitespace or control characters (spreadsheets skip them before
 * reading a formula), or a cell that starts with a tab or carriage return
 * (OWASP's list).
 */
const FORMULA = /^[\s\p{Cc}]*[=+\-@]|^[\t\r]/u;

/** The one set of options for every report. */
const OPTIONS: Options = {
  record_delimiter: 'unix',
  // csv-stringify quotes delimiters, quotes and the record delimiter ("\n"); a CR must be quoted too.
  quoted_match: /\r/,
  cast: {
    string: (value) => (FORMULA.test(value) ? `'${value}` : value),
    // CSV has no NaN or infinity: a number that is not finite has no value. Numbers stay numbers, so a negative number is not escaped.
    number: (value) => (Number.isFinite(value) ? String(value) : ''),
  },
};

/**
 * Records are stringified a batch at a time: the instance report can hold
 * millions of rows, and no report should be held as one string. Each
 * record's line depends on that record alone, so batching changes no byte.
 */
const BATCH = 4096;

/**
 * The lines of a CSV file in chunks: a header line of `columns`, then one
 * line per row with the cells in column order (a cell missing from a row is
 * empty). Headers are escaped like any text: region names become column keys.
 */
export function* csvChunks(columns: readonly string[], rows: Iterable<ReportRow>): Generator<string> {
  let batch: Cell[][] = [[...columns]];
  for (const row of rows) {
    batch.push(columns.map((c) => row[c] ?? ''));
    if (batch.length === BATCH) {
      yield stringify(batch, OPTIONS);
      batch = [];
    }
  }
  if (batch.length > 0) yield stringify(batch, OPTIONS);
}
