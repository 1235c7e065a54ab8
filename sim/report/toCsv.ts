/**
 * A whole CSV file as one string, for reports that are small (a batch
 * study's, a download in the browser): the chunks of `csvChunks` joined, so
 * the bytes are those the command line streams to disk.
 */
import { csvChunks } from './csvChunks.js';
import type { ReportRow } from './ReportRow.js';

/** The CSV text of `rows` under a header of `columns` (see `csvChunks` for the format). */
export function toCsv(columns: readonly string[], rows: Iterable<ReportRow>): string {
  let text = '';
  for (const chunk of csvChunks(columns, rows)) text += chunk;
  return text;
}
