/**
 * The report layer: pure functions from a SimulationResult to rows, and from
 * rows to CSV text. No Node built-ins and no DOM, so the command line, the
 * app's web worker and the tests share every byte.
 */
export type { Cell, ReportRow } from './ReportRow.js';
export { DECIMALS, round } from './round.js';
export { formatUtc, utcFormatter } from './formatUtc.js';
export { regionColumnKeys } from './regionColumnKeys.js';
export { windowEndStatus, type WindowEndStatus } from './windowEndStatus.js';
export { daysToShareOnN } from './daysToShareOnN.js';
export { onTimeShare } from './onTimeShare.js';
export { bottleneckOf, waveVerdict, type Bottleneck, type TargetCheck, type WaveVerdict } from './waveVerdict.js';
export { FLEET, SUMMARY_COLUMNS, summaryRows } from './summaryRows.js';
export { timeseriesColumns, timeseriesRows } from './timeseriesRows.js';
export { INSTANCE_COLUMNS, instanceRows } from './instanceRows.js';
export { COMMUNICATION_COLUMNS, communicationRows } from './communicationRows.js';
export { INCIDENT_COLUMNS, incidentRows } from './incidentRows.js';
export { csvChunks } from './csvChunks.js';
export { toCsv } from './toCsv.js';
export { streamBytes } from './streamBytes.js';
export { reportFiles, type ReportChunk, type ReportFile, type ReportStream } from './reportFiles.js';
export { MAIN_KPIS, summaryTable } from './summaryTable.js';
export { viewSeries, type ViewSeries, type ComplianceSplit } from './viewSeries.js';
export { KPI_CATALOGUE, KPI_GROUPS, type KpiEntry, type KpiFormat, type KpiGroup, type KpiScope } from './kpiCatalogue.js';
export { formatKpi } from './formatKpi.js';
export { messageTypeLabel } from './messageTypeLabel.js';
