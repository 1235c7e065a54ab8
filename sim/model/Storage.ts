/**
 * Storage, as it is and as reported: every instance's database grows by the
 * scenario's daily rate, and while an instance is between Queued and the end
 * of its Database Upgrade its storage is left out of Total Storage Used
 * (seed 000's storage omission), so reported storage dips during waves while
 * actual storage does not.
 */
import { DOUBLE_ZERO } from '../engine/index.js';
import type { HourlySeries } from './SimulationResult.js';
import type { WaveContext } from './WaveContext.js';

export class Storage {
  private readonly ctx: WaveContext;
  private readonly dailyGrowth: number;
  private readonly regionBase: Float64Array;
  private readonly totalBase: number;
  /** Storage of the instances left out of Total Storage Used now, at their size on day 0. */
  private omittedBase = DOUBLE_ZERO;

  constructor(ctx: WaveContext) {
    this.ctx = ctx;
    const { fleet, n, s } = ctx;
    this.dailyGrowth = s.fleet?.storageGrowthPerDay ?? 0;
    this.regionBase = new Float64Array(s.regions.length);
    let total = 0;
    for (let i = 0; i < n; i++) {
      this.regionBase[fleet.instanceRegion[i]] += fleet.instanceStorageGb[i];
      total += fleet.instanceStorageGb[i];
    }
    this.totalBase = total;
  }

  /** The last hour `growth` was asked for, and its factor (NaN until the first call sets it; a double from the start, see DOUBLE_ZERO): each update start asks twice at the same hour. */
  private grownAt = NaN;
  private grownBy = NaN;

  /** Growth factor of every instance's storage at hour t. */
  private growth(t: number): number {
    if (t !== this.grownAt) {
      this.grownAt = t;
      this.grownBy = this.dailyGrowth > 0 ? Math.pow(1 + this.dailyGrowth, t / 24) : 1;
    }
    return this.grownBy;
  }

  /** A region's actual storage at hour t, GB. */
  regionGb(region: number, t: number): number {
    return this.regionBase[region] * this.growth(t);
  }

  /** Instance i enters Queued: its storage leaves Total Storage Used. */
  omit(i: number): void {
    this.omittedBase += this.ctx.fleet.instanceStorageGb[i];
  }

  /** Instance i's update ended (or never started): its storage counts again. */
  include(i: number): void {
    this.omittedBase -= this.ctx.fleet.instanceStorageGb[i];
  }

  /** Records actual and reported Total Storage Used at the end of hour `k`. */
  sampleHour(y: HourlySeries, k: number): void {
    const g = this.growth(this.ctx.sim.now);
    y.actualStorageGb[k] = this.totalBase * g;
    y.reportedStorageGb[k] = (this.totalBase - this.omittedBase) * g;
  }
}
