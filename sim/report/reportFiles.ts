/**
 * The six CSV reports of one run, as named files: what the command line
 * streams into its output folder and what the app offers for download. Each
 * file is a source of chunks, built row by row when read, so a report of
 * millions of instances is never held as one string.
 */
import type { SimulationResult } from '../model/SimulationResult.js';
import type { ReportRow } from './ReportRow.js';
import { COMMUNICATION_COLUMNS, communicationRows } from './communicationRows.js';
import { csvChunks } from './csvChunks.js';
import { GATE_COLUMNS, gateRows } from './gateRows.js';
import { INCIDENT_COLUMNS, incidentRows } from './incidentRows.js';
import { instanceCsvChunks } from './instanceRows.js';
import { SUMMARY_COLUMNS, summaryRows } from './summaryRows.js';
import { timeseriesColumns, timeseriesRows } from './timeseriesRows.js';

/** A small report file: its name and its CSV text (a batch study's, held whole). */
export interface ReportFile {
  name: string;
  text: string;
}

/** A piece of a report: CSV text, or the same as UTF-8 bytes (the instance report, written straight into bytes). */
export type ReportChunk = string | Uint8Array;

/** A report file as chunks of CSV, produced afresh on each call of `chunks`; each chunk ends at a line's end. */
export interface ReportStream {
  name: string;
  chunks(): Iterable<ReportChunk>;
}

/**
 * summary.csv, timeseries.csv, instances.csv, communications.csv,
 * incidents.csv and gates.csv, in that order. `summary` is the run's
 * summary rows when the caller has them already: on a large fleet they take
 * a second to compute.
 */
export function reportFiles(result: SimulationResult, summary?: readonly ReportRow[]): ReportStream[] {
  return [
    { name: 'summary.csv', chunks: () => csvChunks(SUMMARY_COLUMNS, summary ?? summaryRows(result)) },
    { name: 'timeseries.csv', chunks: () => csvChunks(timeseriesColumns(result), timeseriesRows(result)) },
    { name: 'instances.csv', chunks: () => instanceCsvChunks(result) },
    { name: 'communications.csv', chunks: () => csvChunks(COMMUNICATION_COLUMNS, communicationRows(result)) },
    { name: 'incidents.csv', chunks: () => csvChunks(INCIDENT_COLUMNS, incidentRows(result)) },
    { name: 'gates.csv', chunks: () => csvChunks(GATE_COLUMNS, gateRows(result)) },
  ];
}
