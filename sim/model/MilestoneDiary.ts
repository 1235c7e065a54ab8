/**
 * Each instance's one pending milestone (a reminder its admin acts on, or its
 * window opening), kept out of the kernel's diary until its day comes, like a
 * desk calendar whose pages are torn off each morning: most of a fleet's
 * milestones are weeks away, and keeping them out of the heap keeps it
 * shallow. A bucket entry is (instance, generation); clearing a bucketed
 * milestone bumps the instance's generation, leaving a stale entry behind.
 */
import type { EventKind, Simulation } from '../engine/index.js';
import { NONE } from './WaveContext.js';

/** A milestone waiting in its day's bucket, not yet in the diary. */
const BUCKETED = -2;

export class MilestoneDiary {
  private readonly sim: Simulation;
  /** The milestone's kernel handle, BUCKETED, or NONE. */
  private readonly event: Float64Array;
  private readonly at: Float64Array;
  private readonly generation: Uint32Array;
  private readonly buckets: number[][] = [];
  private releasedDay = 0;
  private readonly MILESTONE: EventKind;
  private readonly DAY: EventKind;

  /** `onMilestone(i)` runs when instance i's milestone comes. */
  constructor(sim: Simulation, n: number, onMilestone: (i: number) => void) {
    this.sim = sim;
    this.event = new Float64Array(n).fill(NONE);
    this.at = new Float64Array(n);
    this.generation = new Uint32Array(n);
    this.MILESTONE = sim.defineEvent((i) => {
      this.event[i] = NONE;
      onMilestone(i);
    });
    this.DAY = sim.defineEvent((d) => this.releaseDay(d));
  }

  /** Schedules each day's release of its bucketed milestones up to `horizonHours`, before anything else due at midnight. */
  planDays(horizonHours: number): void {
    for (let d = 1; d * 24 < horizonHours; d++) this.sim.scheduleAt(this.DAY, d * 24, d);
  }

  /** Whether instance i has a milestone pending. */
  isPending(i: number): boolean {
    return this.event[i] !== NONE;
  }

  /** Sets instance i's milestone at hour `t` (none may be pending). */
  set(i: number, t: number): void {
    const day = Math.floor(t / 24);
    if (day <= this.releasedDay) {
      this.event[i] = this.sim.scheduleAt(this.MILESTONE, t, i);
      return;
    }
    this.event[i] = BUCKETED;
    this.at[i] = t;
    (this.buckets[day] ??= []).push(i, this.generation[i]);
  }

  /** Drops instance i's pending milestone, if any. */
  clear(i: number): void {
    const handle = this.event[i];
    if (handle === BUCKETED) this.generation[i]++;
    else if (handle !== NONE) this.sim.cancel(handle);
    this.event[i] = NONE;
  }

  /** Day d begins: its bucketed milestones enter the diary. */
  private releaseDay(d: number): void {
    this.releasedDay = d;
    const bucket = this.buckets[d];
    if (!bucket) return;
    for (let k = 0; k < bucket.length; k += 2) {
      const i = bucket[k];
      if (this.event[i] === BUCKETED && this.generation[i] === bucket[k + 1]) {
        this.event[i] = this.sim.scheduleAt(this.MILESTONE, this.at[i], i);
      }
    }
    this.buckets[d] = [];
  }
}
