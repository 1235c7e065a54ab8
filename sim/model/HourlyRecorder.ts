/**
 * The hourly series that the charts and timeseries.csv show: at the end of
 * every simulated hour, each process writes its figures for that hour, like
 * a control room's hourly log.
 */
import { packedArray, stableShape, type EventKind } from '../engine/index.js';
import { BACKUP_KINDS, type HourlySeries } from './SimulationResult.js';
import type { WaveContext } from './WaveContext.js';
import type { WaveProcesses } from './WaveProcesses.js';

export class HourlyRecorder {
  private readonly ctx: WaveContext;
  private readonly p: WaveProcesses;
  readonly series: HourlySeries;
  private readonly HOUR: EventKind;

  constructor(ctx: WaveContext, processes: WaveProcesses) {
    this.ctx = ctx;
    this.p = processes;
    this.series = newHourlySeries(Math.ceil(ctx.horizonHours), ctx.s.regions.length);
    this.HOUR = ctx.sim.defineEvent((h) => this.sample(h));
  }

  /** Puts every hour's sample in the diary; called first, so that a sample runs before anything else due at the same hour. */
  plan(): void {
    for (let h = 1; h <= this.series.hours; h++) this.ctx.sim.scheduleAt(this.HOUR, h, h);
  }

  /** Records hour h - 1 at the end of it. */
  private sample(h: number): void {
    const y = this.series;
    const k = h - 1;
    this.p.updates.sampleHour(y, k);
    this.p.backups.sampleHour(y, k);
    this.p.storage.sampleHour(y, k);
    y.shareOnN[k] = this.ctx.n > 0 ? this.ctx.onN / this.ctx.n : 1;
  }
}

/** Zeroed hourly series of `hours` hours for `regions` regions. */
function newHourlySeries(hours: number, regions: number): HourlySeries {
  const series = () => new Float64Array(hours);
  return stableShape({
    hours,
    completions: series(),
    completionsByRegion: packedArray(regions, series),
    starts: series(),
    queueWaitSum: series(),
    inProgress: series(),
    queued: series(),
    slotUse: packedArray(regions, series),
    slotCapacity: packedArray(regions, series),
    backupDemand: packedArray(BACKUP_KINDS.length, series),
    backupCapacity: series(),
    reportedStorageGb: series(),
    actualStorageGb: series(),
    retainedSystemBackupGb: series(),
    retainedOnDemandBackupGb: series(),
    shareOnN: series(),
  });
}
