/**
 * CSV text from report rows, a batch of lines at a time: the one writer
 * behind every report, so the command line (which streams the chunks to
 * disk) and the browser (which joins them for a download) write the same
 * bytes. Each field is written by `csvField`, which holds the escaping
 * rules; a line ends in "\n".
 */
import { csvField } from './csvField.js';
import type { Cell, ReportRow } from './ReportRow.js';

/**
 * Lines are joined a batch at a time: the instance report can hold millions
 * of rows, and no report should be held as one string. Each line depends on
 * its row alone, so batching changes no byte.
 */
const BATCH = 4096;

/** A number as csvField writes it; text as it is, already a CSV field. */
const preparedField = (cell: Cell) => (typeof cell === 'number' ? csvField(cell) : cell);

/**
 * The lines of a CSV file in chunks: a header line of `columns`, then one
 * line per row of cells in column order. A row may be the same array refilled
 * for each line: it is written before the next is asked for. Headers are
 * escaped like any text: region names become column keys.
 *
 * With `textIsCsv`, the rows' text cells are taken as CSV fields already:
 * user text escaped by `csvText` where the row was made, and words and times
 * of the reports' own that need no escaping (a test holds them to csvField).
 * A report of millions of rows then tests only what a user wrote.
 *
 * Lines and chunks are joined with `join`, which builds one flat string,
 * rather than with `+=`, whose string of a chunk's many small pieces must be
 * flattened again, piece by piece, when it is encoded for the disk.
 */
export function* csvCellChunks(columns: readonly string[], rows: Iterable<readonly Cell[]>, textIsCsv = false): Generator<string> {
  const field = textIsCsv ? preparedField : csvField;
  const fields: string[] = new Array<string>(columns.length).fill('');
  const line = (cells: readonly Cell[]) => {
    for (let k = 0; k < fields.length; k++) fields[k] = field(cells[k]);
    return `${fields.join(',')}\n`;
  };
  let lines: string[] = [columns.map(csvField).join(',') + '\n'];
  for (const cells of rows) {
    lines.push(line(cells));
    if (lines.length === BATCH) {
      yield lines.join('');
      lines = [];
    }
  }
  if (lines.length > 0) yield lines.join('');
}

/** The lines of a CSV file in chunks, from rows keyed by column name (a cell missing from a row is empty). */
export function csvChunks(columns: readonly string[], rows: Iterable<ReportRow>): Generator<string> {
  return csvCellChunks(columns, mapRows(columns, rows));
}

function* mapRows(columns: readonly string[], rows: Iterable<ReportRow>): Generator<Cell[]> {
  for (const row of rows) yield columns.map((c) => row[c] ?? '');
}
