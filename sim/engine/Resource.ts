/**
 * A resource with a limited number of identical units and a waiting line, like
 * the fuel pumps of a petrol station. Customers are numbers (entity ids); the
 * owner is told through `onGrant` when a queued customer gets a unit.
 *
 * The line is first come, first served, or ordered by a priority (lower
 * first, ties first come). Waiting customers may leave (renege), and capacity
 * may change over time (a maintenance blackout sets it to zero).
 */
import { KeyedHeap, type HeapHandle } from './KeyedHeap.js';
import type { Simulation } from './Simulation.js';
import { Tally } from './Tally.js';
import { TimeWeighted } from './TimeWeighted.js';

/** Called when a queued customer is granted a unit; `waited` is the time it spent in line. */
export type GrantHandler = (entity: number, waited: number) => void;

/** Returned by `request` when the unit was granted at once. */
export const GRANTED = -1;

export class Resource {
  private readonly sim: Simulation;
  private readonly line = new KeyedHeap(64);
  private readonly onGrant: GrantHandler;
  private units: number;
  private inUse = 0;
  /** Units in use over time. */
  readonly busy: TimeWeighted;
  /** Capacity over time (it can change). */
  readonly capacityLevel: TimeWeighted;
  /** Customers waiting over time. */
  readonly queue: TimeWeighted;
  /** Time each granted customer spent waiting, including zero waits. */
  readonly waits: Tally;

  constructor(sim: Simulation, capacity: number, onGrant: GrantHandler, keepWaits = false) {
    if (!(Number.isInteger(capacity) && capacity >= 0)) throw new RangeError(`Resource: capacity must be a whole number >= 0, got ${capacity}`);
    this.sim = sim;
    this.units = capacity;
    this.onGrant = onGrant;
    this.busy = new TimeWeighted(sim.now, 0);
    this.capacityLevel = new TimeWeighted(sim.now, capacity);
    this.queue = new TimeWeighted(sim.now, 0);
    this.waits = new Tally(keepWaits);
  }

  get capacity(): number {
    return this.units;
  }

  get inService(): number {
    return this.inUse;
  }

  get queueLength(): number {
    return this.line.size;
  }

  /**
   * Asks for one unit. Returns GRANTED when a unit was free and nobody was
   * waiting (the caller goes on at once; `onGrant` is not called), otherwise a
   * ticket for `withdraw`; `onGrant` is called when the unit comes.
   */
  request(entity: number, priority = 0): HeapHandle | typeof GRANTED {
    const now = this.sim.now;
    if (this.inUse < this.units && this.line.size === 0) {
      this.inUse++;
      this.busy.set(this.inUse, now);
      this.waits.add(0);
      return GRANTED;
    }
    const ticket = this.line.push(priority, entity, now);
    this.queue.set(this.line.size, now);
    return ticket;
  }

  /** Takes a waiting customer out of line; false if it was already granted or gone. */
  withdraw(ticket: HeapHandle): boolean {
    if (!this.line.remove(ticket)) return false;
    this.queue.set(this.line.size, this.sim.now);
    return true;
  }

  /** Gives back one unit; the next customer in line, if any, gets it. */
  release(): void {
    if (this.inUse <= 0) throw new Error('Resource.release: no unit is in use');
    this.inUse--;
    this.busy.set(this.inUse, this.sim.now);
    this.serveLine();
  }

  /** Changes the number of units; units in use above a lowered capacity finish their work. */
  setCapacity(capacity: number): void {
    if (!(Number.isInteger(capacity) && capacity >= 0)) throw new RangeError(`Resource.setCapacity: capacity must be a whole number >= 0, got ${capacity}`);
    this.units = capacity;
    this.capacityLevel.set(capacity, this.sim.now);
    this.serveLine();
  }

  private serveLine(): void {
    const now = this.sim.now;
    while (this.inUse < this.units && this.line.size > 0) {
      const slot = this.line.popSlot();
      const entity = this.line.tagOf(slot);
      const waited = now - this.line.valOf(slot);
      this.inUse++;
      this.busy.set(this.inUse, now);
      this.queue.set(this.line.size, now);
      this.waits.add(waited);
      this.onGrant(entity, waited);
    }
  }
}
