/**
 * Each instance's one pending milestone of a kind (a reminder its admin acts
 * on or its window opening; the admin's on-demand backup before it), kept
 * out of the kernel's diary until its day comes, like a
 * desk calendar whose pages are torn off each morning: most of a fleet's
 * milestones are weeks away, and keeping them out of the heap keeps it
 * shallow. A bucket entry is (instance, stamp, time), the stamp unique to
 * that `set`; the instance's slot holds the stamp of its pending entry, so
 * clearing it leaves a stale entry behind that no longer matches.
 *
 * When its day begins, a bucket's entries are grouped by hour, and each
 * hour's group enters the diary as one event that reaches its milestones
 * still pending, in bucket order. Windows open at the same local hour across a region, so a day's
 * thousands of milestones fall on a few hours: a handful of events instead
 * of a heap push and pop each. The order is the one separate events would
 * have had: they would have entered the diary one after another in bucket
 * order, with nothing in between, so at their hour they too ran together.
 * Entries carry their time, so a day's release reads nothing of the
 * instances: on a fleet of a million, each per-instance read there was a
 * cache miss. A stale entry is dropped when its group comes.
 */
import { DOUBLE_ZERO, type EventKind, type Simulation } from '../engine/index.js';
import { NONE } from './WaveContext.js';

/** `event[i]` of a milestone waiting in a bucket or a released group: LISTED - stamp (kernel handles are 0 or more, NONE is -1). */
const LISTED = -2;
/** Distinct times in a day up to which a day's release finds a time's group by scanning. */
const SCANNED_TIMES = 16;

export class MilestoneDiary {
  private readonly sim: Simulation;
  /** The milestone's kernel handle, LISTED - its entry's stamp, or NONE. */
  private readonly event: Float64Array;
  /** Stamps given so far: each listed `set` takes the next. */
  private stamps = 0;
  /** Per day, not yet released: (instance, stamp, time) triples. */
  private readonly buckets: number[][] = [];
  /** Released groups not yet run, by id: (instance, stamp) pairs. */
  private readonly groups: (number[] | undefined)[] = [];
  private releasedDay = DOUBLE_ZERO;
  /** Milestones reached inside groups, less the group events: what the kernel's count misses. */
  private uncounted = 0;
  private readonly onMilestone: (i: number) => void;
  private readonly MILESTONE: EventKind;
  private readonly GROUP: EventKind;
  private readonly DAY: EventKind;

  /** `onMilestone(i)` runs when instance i's milestone comes. */
  constructor(sim: Simulation, n: number, onMilestone: (i: number) => void) {
    this.sim = sim;
    this.event = new Float64Array(n).fill(NONE);
    this.onMilestone = onMilestone;
    this.MILESTONE = sim.defineEvent((i) => {
      this.event[i] = NONE;
      onMilestone(i);
    });
    this.GROUP = sim.defineEvent((id) => this.reachGroup(id));
    this.DAY = sim.defineEvent((d) => this.releaseDay(d));
  }

  /** Schedules each day's release of its bucketed milestones up to `horizonHours`, before anything else due at midnight. */
  planDays(horizonHours: number): void {
    for (let d = 1; d * 24 < horizonHours; d++) this.sim.scheduleAt(this.DAY, d * 24, d);
  }

  /** What to add to the kernel's count of events for each milestone reached to count as one, alone or in its hour's group. */
  get eventsUncounted(): number {
    return this.uncounted;
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
    const stamp = this.stamps++;
    this.event[i] = LISTED - stamp;
    (this.buckets[day] ??= []).push(i, stamp, t);
  }

  /** Drops instance i's pending milestone, if any; a listed one's entry goes stale. */
  clear(i: number): void {
    const handle = this.event[i];
    if (handle >= 0) this.sim.cancel(handle);
    this.event[i] = NONE;
  }

  /** Day d begins: its bucket's entries enter the diary, one event per hour they fall on. */
  private releaseDay(d: number): void {
    this.releasedDay = d;
    const bucket = this.buckets[d];
    if (!bucket) return;
    this.buckets[d] = [];
    // A day's milestones mostly fall on a few distinct times (the regions' window hours and the reminders
    // before them): a short list found by a scan, the last one first, costs less than hashing each time.
    // Past SCANNED_TIMES (many regions at different offsets) an index takes over.
    const times: number[] = [];
    const lists: number[][] = [];
    let index: Map<number, number> | undefined;
    let last = -1;
    for (let k = 0; k < bucket.length; k += 3) {
      const t = bucket[k + 2];
      let g = last >= 0 && times[last] === t ? last : index ? (index.get(t) ?? -1) : times.indexOf(t);
      if (g < 0) {
        g = times.length;
        times.push(t);
        lists.push([]);
        if (index) index.set(t, g);
        else if (times.length > SCANNED_TIMES) index = new Map(times.map((time, k) => [time, k]));
      }
      lists[g].push(bucket[k], bucket[k + 1]);
      last = g;
    }
    for (let g = 0; g < times.length; g++) {
      this.sim.scheduleAt(this.GROUP, times[g], this.groups.length);
      this.groups.push(lists[g]);
    }
  }

  /** An hour's group comes: each of its milestones still pending is reached, in bucket order. */
  private reachGroup(id: number): void {
    const group = this.groups[id]!;
    this.groups[id] = undefined;
    this.uncounted--;
    for (let k = 0; k < group.length; k += 2) {
      const i = group[k];
      if (this.event[i] !== LISTED - group[k + 1]) continue;
      this.event[i] = NONE;
      this.uncounted++;
      this.onMilestone(i);
    }
  }
}
