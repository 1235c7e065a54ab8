/**
 * The names of the CSV reports a run offers, in the order `reportFiles` writes
 * them. Known before any run, so the app can show one download button per
 * report from the start; a test holds this list to `reportFiles`.
 */

/** summary.csv, timeseries.csv, instances.csv, communications.csv, incidents.csv. */
export const REPORT_FILE_NAMES = ['summary.csv', 'timeseries.csv', 'instances.csv', 'communications.csv', 'incidents.csv', 'gates.csv'] as const;

/** The file name of one CSV report. */
export type ReportFileName = (typeof REPORT_FILE_NAMES)[number];
