/**
 * Bake time between waves (safe deployment): no update of a wave starts
 * until the previous wave's first updates have run `bakeHours` without a
 * halt, like letting a first batch of bread cool before baking the next. An
 * update whose window opens while its wave is still held waits in Queued, as
 * in a halt: it starts if the wave is let go within its latest start, and
 * falls back otherwise. A halt during a bake starts the bake again once the
 * gate resumes.
 */
import { packedArray, type EventKind } from '../engine/index.js';
import { hoursSinceEpoch } from './calendar.js';
import type { BakeRecord } from './SimulationResult.js';
import type { WaveContext } from './WaveContext.js';
import type { WaveProcesses } from './WaveProcesses.js';

export class WaveBake {
  private readonly ctx: WaveContext;
  private readonly p: WaveProcesses;
  private readonly hours: number;
  /** Each tenant's wave. */
  private tenantWave: Int32Array = new Int32Array(0);
  /** Per wave: whether its updates may start. */
  private readonly released: Uint8Array;
  /** Per wave: when the bake after it began (NaN: not yet), and when it is due to end (NaN: over). */
  private readonly bakeBegan: Float64Array;
  private readonly bakeDue: Float64Array;
  /** Per wave: instances queued while it was held, waiting for its release. */
  private readonly held: number[][];
  readonly records: BakeRecord[] = [];
  private readonly BAKE_START: EventKind;
  private readonly BAKE_DONE: EventKind;

  constructor(ctx: WaveContext, processes: WaveProcesses) {
    this.ctx = ctx;
    this.p = processes;
    this.hours = ctx.s.gates?.bakeHours ?? 0;
    const waves = ctx.s.waves.length;
    this.released = new Uint8Array(waves).fill(this.hours > 0 ? 0 : 1);
    this.released[0] = 1;
    this.bakeBegan = new Float64Array(waves).fill(NaN);
    this.bakeDue = new Float64Array(waves).fill(NaN);
    this.held = packedArray(waves, (): number[] => []);
    this.BAKE_START = ctx.sim.defineEvent((w) => this.startBake(w));
    this.BAKE_DONE = ctx.sim.defineEvent((w) => this.endBake(w));
  }

  /** Learns each tenant's wave; a wave whose updates never start begins its bake after its last day all the same. */
  plan(tenantWave: Int32Array): void {
    this.tenantWave = tenantWave;
    if (this.hours <= 0) return;
    const epoch = this.ctx.s.release.announce;
    this.ctx.s.waves.forEach((w, k) => {
      const after = hoursSinceEpoch(epoch, w.end) + 24;
      if (k < this.ctx.s.waves.length - 1 && after < this.ctx.horizonHours) this.ctx.sim.scheduleAt(this.BAKE_START, after, k);
    });
  }

  /** Whether instance i's wave may start updates now. */
  mayStart(i: number): boolean {
    // Without bakes every wave goes from the start: no need to look up the instance's tenant and wave, a cache miss each on a large fleet.
    return this.hours <= 0 || this.released[this.tenantWave[this.ctx.fleet.instanceTenant[i]]] === 1;
  }

  /** Instance i is queued while its wave is held: it starts when the wave is let go (if still queued then). */
  hold(i: number): void {
    this.held[this.tenantWave[this.ctx.fleet.instanceTenant[i]]].push(i);
  }

  /** An update of instance i started: the first of its wave starts the bake before the next wave. */
  noteStarted(i: number): void {
    if (this.hours > 0) this.startBake(this.tenantWave[this.ctx.fleet.instanceTenant[i]]);
  }

  private startBake(w: number): void {
    if (!Number.isNaN(this.bakeBegan[w]) || w + 1 >= this.released.length) return;
    this.bakeBegan[w] = this.ctx.sim.now;
    this.bakeFrom(w);
  }

  /** (Re)starts wave w's bake now: it ends `bakeHours` later, unless a halt comes first. */
  private bakeFrom(w: number): void {
    this.bakeDue[w] = this.ctx.sim.now + this.hours;
    this.ctx.sim.scheduleAt(this.BAKE_DONE, this.bakeDue[w], w);
  }

  /** The gates resumed every scope: each bake still under way starts again from now. */
  noteResumed(): void {
    for (let w = 0; w + 1 < this.released.length; w++) if (!this.released[w + 1] && !Number.isNaN(this.bakeDue[w])) this.bakeFrom(w);
  }

  /** The bake after wave w is over: the next wave goes, unless a gate halts now (its resume bakes again). */
  private endBake(w: number): void {
    const now = this.ctx.sim.now;
    // A restarted bake left its earlier end in the diary: only the latest counts.
    if (now !== this.bakeDue[w] || this.p.gates.anyHalted) return;
    this.bakeDue[w] = NaN;
    this.records.push({ wave: this.ctx.s.waves[w + 1].name, from: this.bakeBegan[w], to: now });
    this.release(w + 1);
  }

  private release(w: number): void {
    this.released[w] = 1;
    const waiting = this.held[w];
    this.held[w] = [];
    for (const i of waiting) this.p.updates.releaseHeld(i);
  }
}
