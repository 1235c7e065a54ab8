/**
 * The two reports of a batch of replications of one scenario, as named text
 * files: what `wavesim replicate` writes and what the app offers.
 */
import type { ReportFile } from '../report/reportFiles.js';
import { toCsv } from '../report/toCsv.js';
import { bandColumns, bandRows } from './bandRows.js';
import { kpiDescriptions, type KpiDescription } from './kpiDescriptions.js';
import { REPLICATION_COLUMNS, replicationRows } from './replicationRows.js';
import type { ReplicationResult } from './ReplicationResult.js';
import { seriesBands, type SeriesBands } from './seriesBands.js';

/**
 * replications.csv and timeseries-bands.csv from `results`, given in
 * replication order; `kpis` and `bands` are the results' own, passed by a
 * caller that has them already (merging the runs' hours costs the most).
 */
export function replicationFiles(
  results: readonly ReplicationResult[],
  kpis: readonly KpiDescription[] = kpiDescriptions(results),
  bands: SeriesBands = seriesBands(results),
): ReportFile[] {
  return [
    { name: 'replications.csv', text: toCsv(REPLICATION_COLUMNS, replicationRows(kpis)) },
    { name: 'timeseries-bands.csv', text: toCsv(bandColumns(bands), bandRows(bands)) },
  ];
}
