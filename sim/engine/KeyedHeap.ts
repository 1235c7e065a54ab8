/**
 * A priority queue of small records, ordered by a numeric key and, for equal
 * keys, by insertion order. Like a ticket roll at a deli counter that also
 * lets urgent customers in first: the future-event list and every resource's
 * waiting line are one of these.
 *
 * Records live in typed arrays (no object per record, so no garbage in the hot
 * loop) and any record can be removed by its handle, which cancelled events
 * and reneging customers need.
 *
 * Two tiers, like a desk tray and a filing cabinet: records keyed below a
 * boundary go to a small `near` heap, the rest to the `far` one. Only when the
 * near heap runs dry does the boundary move on and the next records move from
 * far to near. A diary holding a million far-future events then costs the
 * events due soon a few levels of a small heap, not twenty of a big one. The
 * order is the same as one heap's: every near record comes before every far
 * one, and within a tier (key, sequence) orders them.
 *
 * Removal is lazy: a removed record is only marked, and it is dropped when it
 * reaches the top (or when dead records outnumber live ones), so removing
 * moves nothing.
 */
import { grownCopy } from './grownCopy.js';
import { QuaternaryHeap } from './QuaternaryHeap.js';

/**
 * Largest number of records held at once (removed ones included until they
 * are dropped): 2^25, over 33 million, far beyond what the 2 GB a run may
 * use can hold; a request beyond it is refused, never aliased.
 */
export const SLOT_LIMIT = 2 ** 25;

/**
 * A handle is generation × SLOT_LIMIT + slot, the generation counting the
 * slot's reuses modulo 2^28, so handles stay exact integers below 2^53
 * however many records pass through. Handles of records held at once are
 * always distinct; a stale handle could pass for a live one only after 2^28
 * reuses of the same slot.
 */
const GENERATION_MASK = 2 ** 28 - 1;

/** Dead records tolerated beyond the live ones before they are swept out. */
const SWEEP_SLACK = 1024;

/** Identifies one record for removal; stays valid only while it is held. */
export type HeapHandle = number;

export class KeyedHeap {
  private tag: Int32Array;
  private val: Float64Array;
  private generation: Int32Array;
  /** 1 while a slot's record is held and not removed. */
  private live: Uint8Array;
  private freeSlots: Int32Array;
  private freeCount = 0;
  private used = 0;
  private count = 0;
  /** Removed records still sitting in a tier. */
  private dead = 0;
  private nextSeq = 0;
  private readonly near: QuaternaryHeap;
  private readonly far: QuaternaryHeap;
  /** Records keyed below this go near; at or above it, far. */
  private boundary = -Infinity;
  /** How far past the earliest far key the boundary moves; grows when too many records pass through far. */
  private width = 1;
  /** Records popped from near since the boundary last moved. */
  private poppedSinceRefill = 0;
  /** Key of the record the last pop removed. */
  poppedKey = NaN;

  constructor(initialCapacity = 1024) {
    if (!(initialCapacity <= SLOT_LIMIT)) throw new RangeError(`KeyedHeap: capacity ${initialCapacity} is above the limit of ${SLOT_LIMIT} records`);
    const n = Math.max(16, initialCapacity);
    this.tag = new Int32Array(n);
    this.val = new Float64Array(n);
    this.generation = new Int32Array(n);
    this.live = new Uint8Array(n);
    this.freeSlots = new Int32Array(n);
    this.near = new QuaternaryHeap(Math.min(n, 1024));
    this.far = new QuaternaryHeap(n);
  }

  /** Number of records held. */
  get size(): number {
    return this.count;
  }

  /** Adds a record; returns its handle. */
  push(key: number, tag: number, val: number): HeapHandle {
    const slot = this.freeCount > 0 ? this.freeSlots[--this.freeCount] : this.allocate();
    this.tag[slot] = tag;
    this.val[slot] = val;
    this.live[slot] = 1;
    this.count++;
    const seq = this.nextSeq++;
    if (key < this.boundary) this.near.push(key, seq, slot);
    else this.far.push(key, seq, slot);
    return this.generation[slot] * SLOT_LIMIT + slot;
  }

  /** Key of the smallest record, or Infinity when empty. */
  peekKey(): number {
    return this.settleTop() ? this.near.key[0] : Infinity;
  }

  /** Removes the smallest record; returns its slot (read it with tagOf/valOf before the next push) or -1. */
  popSlot(): number {
    return this.popSlotUntil(Infinity);
  }

  /**
   * Removes the smallest record if its key is at most `until`; returns its
   * slot (its key is then `poppedKey`), or -1 when there is no such record.
   * One call per event: the simulation's loop looks and takes at once.
   */
  popSlotUntil(until: number): number {
    if (!this.settleTop()) return -1;
    const near = this.near;
    const key = near.key[0];
    if (key > until) return -1;
    const slot = near.slot[0];
    near.pop();
    this.poppedKey = key;
    this.poppedSinceRefill++;
    this.live[slot] = 0;
    this.count--;
    this.free(slot);
    return slot;
  }

  /** The tag of the record in `slot` (an event's kind, a customer's id). */
  tagOf(slot: number): number {
    return this.tag[slot];
  }

  /** The value of the record in `slot` (an event's argument, when a customer joined the line). */
  valOf(slot: number): number {
    return this.val[slot];
  }

  /** Removes the record with this handle; false if it is no longer held. */
  remove(handle: HeapHandle): boolean {
    const slot = handle % SLOT_LIMIT;
    if (!(slot >= 0 && slot < this.used) || this.live[slot] === 0 || this.generation[slot] * SLOT_LIMIT + slot !== handle) return false;
    this.live[slot] = 0;
    this.count--;
    this.dead++;
    if (this.dead > this.count + SWEEP_SLACK) this.sweep();
    return true;
  }

  /** Brings a live record to the top of near; false when none is held. */
  private settleTop(): boolean {
    const near = this.near;
    for (;;) {
      if (near.size === 0 && !this.refill()) return false;
      const slot = near.slot[0];
      if (this.live[slot] === 1) return true;
      near.pop();
      this.dropDead(slot);
    }
  }

  /**
   * Moves the boundary past the earliest far record and brings every far
   * record below it near; false when far holds nothing either. When as many
   * records came through far as ran since the last move, near covered too
   * short a span, so the next one covers twice as much.
   */
  private refill(): boolean {
    const far = this.far;
    const near = this.near;
    // Dead records at the top of far are dropped, not moved: the boundary follows the earliest live one.
    while (far.size > 0 && this.live[far.slot[0]] === 0) {
      const slot = far.slot[0];
      far.pop();
      this.dropDead(slot);
    }
    if (far.size === 0) return false;
    // The earliest record always moves, so that the boundary moves on even where key + width rounds to key.
    const boundary = far.key[0] + this.width;
    let moved = 0;
    do {
      const slot = far.slot[0];
      if (this.live[slot] === 1) {
        near.push(far.key[0], far.seq[0], slot);
        moved++;
      }
      far.pop();
      if (this.live[slot] === 0) this.dropDead(slot);
    } while (far.size > 0 && far.key[0] < boundary);
    this.boundary = boundary;
    if (moved * 8 > this.poppedSinceRefill) this.width *= 2;
    this.poppedSinceRefill = 0;
    return true;
  }

  private dropDead(slot: number): void {
    this.dead--;
    this.free(slot);
  }

  /** Drops every removed record from both tiers, so that they hold no more dead than live. */
  private sweep(): void {
    const keep = (slot: number) => {
      if (this.live[slot] === 1) return true;
      this.free(slot);
      return false;
    };
    this.near.retain(keep);
    this.far.retain(keep);
    this.dead = 0;
  }

  /** Gives a slot back; its generation moves on, so its old handle no longer matches. */
  private free(slot: number): void {
    this.generation[slot] = (this.generation[slot] + 1) & GENERATION_MASK;
    this.freeSlots[this.freeCount++] = slot;
  }

  /** A never-used slot, growing the arrays (or sweeping the dead) when all are taken. */
  private allocate(): number {
    if (this.used === this.tag.length) {
      if (this.dead > 0) {
        this.sweep();
        return this.freeSlots[--this.freeCount];
      }
      this.grow();
    }
    return this.used++;
  }

  private grow(): void {
    if (this.tag.length >= SLOT_LIMIT) throw new RangeError(`KeyedHeap: more than ${SLOT_LIMIT} records held at once`);
    const n = Math.min(this.tag.length * 2, SLOT_LIMIT);
    this.tag = grownCopy(this.tag, n);
    this.val = grownCopy(this.val, n);
    this.generation = grownCopy(this.generation, n);
    this.live = grownCopy(this.live, n);
    this.freeSlots = grownCopy(this.freeSlots, n);
  }
}
