/**
 * An update's stages, planned when its slot is granted: how long Backup,
 * Restore and Database Upgrade take for this instance now, given its size,
 * its customization complexity, the backup system's load and any incident
 * slowing its region. The copy stages' load is booked on the backup system.
 */
import { triangular } from '../engine/index.js';
import type { Backups } from './Backups.js';
import type { WaveContext } from './WaveContext.js';

/** When each stage of an update started at `now` ends, hours since the epoch. */
export interface StageEnds {
  backupEnd: number;
  restoreEnd: number;
  upgradeEnd: number;
}

/** Draws the stage ends of instance i's update starting `now`, stretched by an incident's `slowdown`. */
export function planStages(c: WaveContext, backups: Backups, i: number, now: number, slowdown: number): StageEnds {
  const region = c.fleet.instanceRegion[i];
  const d = c.s.durations;
  const rng = c.regionRng[region].durations;
  const size = c.fleet.instanceStorageGb[i];
  const close = c.windowClose[i];
  const complexity = c.complexityOf[i];
  const others = backups.regionDemandNow(region);
  const backupRate = backups.rate(region, d.backupGbPerHour, others);
  const restoreRate = backups.rate(region, d.restoreGbPerHour, others);
  const backupEnd = now + slowdown * (triangular(rng, d.backupOverheadHours.min, d.backupOverheadHours.mode, d.backupOverheadHours.max) + size / backupRate);
  const restoreEnd = backupEnd + slowdown * (triangular(rng, d.restoreOverheadHours.min, d.restoreOverheadHours.mode, d.restoreOverheadHours.max) + size / restoreRate);
  const upgradeEnd =
    restoreEnd + slowdown * c.upgradeFactorByComplexity[complexity] * triangular(rng, d.databaseUpgradeHours.min, d.databaseUpgradeHours.mode, d.databaseUpgradeHours.max);
  backups.addUpdateLoad(region, d.backupGbPerHour, now, Math.min(backupEnd, close));
  backups.addUpdateLoad(region, d.restoreGbPerHour, backupEnd, Math.min(restoreEnd, close));
  return { backupEnd, restoreEnd, upgradeEnd };
}
