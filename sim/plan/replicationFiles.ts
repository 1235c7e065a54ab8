/**
 * The two reports of a batch of replications of one scenario, as named text
 * files: what `wavesim replicate` writes and what the app offers.
 */
import type { ReportFile } from '../report/reportFiles.js';
import { toCsv } from '../report/toCsv.js';
import { bandColumns, bandRows } from './bandRows.js';
import { kpiDescriptions } from './kpiDescriptions.js';
import { REPLICATION_COLUMNS, replicationRows } from './replicationRows.js';
import type { ReplicationResult } from './ReplicationResult.js';
import { seriesBands } from './seriesBands.js';

/** replications.csv and timeseries-bands.csv from `results`, given in replication order. */
export function replicationFiles(results: readonly ReplicationResult[]): ReportFile[] {
  const bands = seriesBands(results);
  return [
    { name: 'replications.csv', text: toCsv(REPLICATION_COLUMNS, replicationRows(kpiDescriptions(results))) },
    { name: 'timeseries-bands.csv', text: toCsv(bandColumns(bands), bandRows(bands)) },
  ];
}
