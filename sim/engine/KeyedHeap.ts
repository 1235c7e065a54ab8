/**
 * A priority queue of small records, ordered by a numeric key and, for equal
 * keys, by insertion order. Like a ticket roll at a deli counter that also
 * lets urgent customers in first: the future-event list and every resource's
 * waiting line are one of these.
 *
 * Records live in typed arrays (no object per record, so no garbage in the hot
 * loop) and any record can be removed by its handle, which cancelled events
 * and reneging customers need.
 */

/** Largest number of records held at once; handles pack a slot below it. */
const SLOT_LIMIT = 2 ** 22;

/**
 * A handle is generation × SLOT_LIMIT + slot, the generation counting the
 * slot's reuses modulo 2^31, so handles stay exact integers below 2^53 however
 * many records pass through (a global sequence number in their place loses
 * precision after 2^31 pushes). A stale handle could pass for a live one only
 * after 2^31 reuses of the same slot.
 */
const GENERATION_MASK = 2 ** 31 - 1;

/** Identifies one record for removal; stays valid only while it is held. */
export type HeapHandle = number;

export class KeyedHeap {
  private key: Float64Array;
  private seq: Float64Array;
  private val: Float64Array;
  private tag: Int32Array;
  private pos: Int32Array;
  private generation: Int32Array;
  private heap: Int32Array;
  private freeSlots: Int32Array;
  private freeCount = 0;
  private used = 0;
  private count = 0;
  private nextSeq = 1;

  constructor(initialCapacity = 1024) {
    const n = Math.max(16, initialCapacity);
    this.key = new Float64Array(n);
    this.seq = new Float64Array(n);
    this.val = new Float64Array(n);
    this.tag = new Int32Array(n);
    this.pos = new Int32Array(n).fill(-1);
    this.generation = new Int32Array(n);
    this.heap = new Int32Array(n);
    this.freeSlots = new Int32Array(n);
  }

  /** Number of records held. */
  get size(): number {
    return this.count;
  }

  /** Adds a record; returns its handle. */
  push(key: number, tag: number, val: number): HeapHandle {
    const slot = this.allocate();
    const seq = this.nextSeq++;
    this.key[slot] = key;
    this.seq[slot] = seq;
    this.tag[slot] = tag;
    this.val[slot] = val;
    const i = this.count++;
    this.heap[i] = slot;
    this.pos[slot] = i;
    this.siftUp(i);
    return this.generation[slot] * SLOT_LIMIT + slot;
  }

  /** Slot of the smallest record, or -1 when empty; read it with keyOf/tagOf/valOf before the next change. */
  peekSlot(): number {
    return this.count > 0 ? this.heap[0] : -1;
  }

  keyOf(slot: number): number {
    return this.key[slot];
  }

  tagOf(slot: number): number {
    return this.tag[slot];
  }

  valOf(slot: number): number {
    return this.val[slot];
  }

  /** Removes the smallest record; returns its slot (valid to read until the next push) or -1. */
  popSlot(): number {
    if (this.count === 0) return -1;
    const slot = this.heap[0];
    this.removeAt(0);
    return slot;
  }

  /** Removes the record with this handle; false if it is no longer held. */
  remove(handle: HeapHandle): boolean {
    const slot = handle % SLOT_LIMIT;
    if (!(slot >= 0 && slot < this.used) || this.pos[slot] < 0 || this.generation[slot] * SLOT_LIMIT + slot !== handle) return false;
    this.removeAt(this.pos[slot]);
    return true;
  }

  private removeAt(i: number): void {
    const slot = this.heap[i];
    this.pos[slot] = -1;
    this.generation[slot] = (this.generation[slot] + 1) & GENERATION_MASK;
    this.freeSlots[this.freeCount++] = slot;
    const last = --this.count;
    if (i === last) return;
    const moved = this.heap[last];
    this.heap[i] = moved;
    this.pos[moved] = i;
    if (i > 0 && this.less(moved, this.heap[(i - 1) >> 1])) this.siftUp(i);
    else this.siftDown(i);
  }

  private less(a: number, b: number): boolean {
    const ka = this.key[a];
    const kb = this.key[b];
    return ka < kb || (ka === kb && this.seq[a] < this.seq[b]);
  }

  private siftUp(i: number): void {
    const heap = this.heap;
    const slot = heap[i];
    while (i > 0) {
      const parent = (i - 1) >> 1;
      const p = heap[parent];
      if (!this.less(slot, p)) break;
      heap[i] = p;
      this.pos[p] = i;
      i = parent;
    }
    heap[i] = slot;
    this.pos[slot] = i;
  }

  private siftDown(i: number): void {
    const heap = this.heap;
    const n = this.count;
    const slot = heap[i];
    for (;;) {
      let child = 2 * i + 1;
      if (child >= n) break;
      if (child + 1 < n && this.less(heap[child + 1], heap[child])) child++;
      const c = heap[child];
      if (!this.less(c, slot)) break;
      heap[i] = c;
      this.pos[c] = i;
      i = child;
    }
    heap[i] = slot;
    this.pos[slot] = i;
  }

  private allocate(): number {
    if (this.freeCount > 0) return this.freeSlots[--this.freeCount];
    if (this.used === this.key.length) this.grow();
    return this.used++;
  }

  private grow(): void {
    const n = this.key.length * 2;
    if (n > SLOT_LIMIT) throw new RangeError(`KeyedHeap: more than ${SLOT_LIMIT} records held at once`);
    const growF = (a: Float64Array) => {
      const b = new Float64Array(n);
      b.set(a);
      return b;
    };
    const growI = (a: Int32Array, fill = 0) => {
      const b = new Int32Array(n).fill(fill);
      b.set(a);
      return b;
    };
    this.key = growF(this.key);
    this.seq = growF(this.seq);
    this.val = growF(this.val);
    this.tag = growI(this.tag);
    this.pos = growI(this.pos, -1);
    this.generation = growI(this.generation);
    this.heap = growI(this.heap);
    this.freeSlots = growI(this.freeSlots);
  }
}
