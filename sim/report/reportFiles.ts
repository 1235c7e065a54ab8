/**
 * The six CSV reports of one run, as named text files: what the command
 * line writes into its output folder and what the app offers for download.
 */
import type { SimulationResult } from '../model/SimulationResult.js';
import { COMMUNICATION_COLUMNS, communicationRows } from './communicationRows.js';
import { GATE_COLUMNS, gateRows } from './gateRows.js';
import { INCIDENT_COLUMNS, incidentRows } from './incidentRows.js';
import { INSTANCE_COLUMNS, instanceRows } from './instanceRows.js';
import { SUMMARY_COLUMNS, summaryRows } from './summaryRows.js';
import { timeseriesColumns, timeseriesRows } from './timeseriesRows.js';
import { toCsv } from './toCsv.js';

/** A report file: its name and its CSV text. */
export interface ReportFile {
  name: string;
  text: string;
}

/** summary.csv, timeseries.csv, instances.csv, communications.csv, incidents.csv and gates.csv, in that order. */
export function reportFiles(result: SimulationResult): ReportFile[] {
  return [
    { name: 'summary.csv', text: toCsv(SUMMARY_COLUMNS, summaryRows(result)) },
    { name: 'timeseries.csv', text: toCsv(timeseriesColumns(result), timeseriesRows(result)) },
    { name: 'instances.csv', text: toCsv(INSTANCE_COLUMNS, instanceRows(result)) },
    { name: 'communications.csv', text: toCsv(COMMUNICATION_COLUMNS, communicationRows(result)) },
    { name: 'incidents.csv', text: toCsv(INCIDENT_COLUMNS, incidentRows(result)) },
    { name: 'gates.csv', text: toCsv(GATE_COLUMNS, gateRows(result)) },
  ];
}
