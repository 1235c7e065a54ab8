/**
 * What the Replications tab shows of a batch of one scenario: every KPI with
 * its interval and percentiles, the hourly series as bands, and the two
 * reports `wavesim replicate` writes, built from the same results in the
 * same order so the files match the command line's byte for byte.
 */
import { kpiDescriptions, replicationFiles, type KpiDescription, type ReplicationResult } from '../../sim/plan/index.js';
import type { ReportFile } from '../../sim/report/reportFiles.js';
import { bandSet, type BandSet } from './bandSet.js';

export interface ReplicationStudy {
  scenarioName: string;
  /** The seed the replication seeds derive from. */
  seed: number;
  replications: number;
  kpis: KpiDescription[];
  bands: BandSet;
  /** replications.csv and timeseries-bands.csv. */
  files: ReportFile[];
}

/** The study of `results`: R replications of `scenarioName` under `seed`, in replication order. */
export function replicationStudy(scenarioName: string, seed: number, results: readonly ReplicationResult[]): ReplicationStudy {
  const kpis = kpiDescriptions(results);
  const bands = bandSet(scenarioName, results);
  // The files from the same figures: merging a hundred runs' hours is the costly part, done once.
  return { scenarioName, seed, replications: results.length, kpis, bands, files: replicationFiles(results, kpis, bands.hourly) };
}
