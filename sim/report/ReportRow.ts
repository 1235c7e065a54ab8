/**
 * A report row: one line of a CSV file or one datum of a chart, keyed by
 * column name. Cells are numbers (kept as numbers, so spreadsheets can sum
 * them) or text; "" stands for "never happened" or "no data".
 */

/** One cell: a number, or text ("" when there is no value). */
export type Cell = number | string;

/** One row, keyed by column name. */
export type ReportRow = Record<string, Cell>;
