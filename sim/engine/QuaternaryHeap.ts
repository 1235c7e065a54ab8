/**
 * A plain priority queue of entries (key, sequence, slot), smallest key
 * first and, for equal keys, smallest sequence first: one tier of KeyedHeap.
 * Like a card index kept in drawers of four, so that finding the next card
 * opens few drawers.
 *
 * Each node has four children instead of two: half the levels of a binary
 * heap, and the four keys compared at a level sit next to each other in
 * memory. Keys and sequences are stored inline, so a comparison reads no
 * other array.
 */
import { grownCopy } from './grownCopy.js';

export class QuaternaryHeap {
  /** Entry keys by heap position; position 0 is the smallest entry. */
  key: Float64Array;
  /** Tie-break sequence by heap position: for equal keys the smaller comes first. */
  seq: Float64Array;
  /** The owner's slot of each entry by heap position. */
  slot: Int32Array;
  /** Entries held. */
  size = 0;

  constructor(initialCapacity: number) {
    const n = Math.max(16, initialCapacity);
    this.key = new Float64Array(n);
    this.seq = new Float64Array(n);
    this.slot = new Int32Array(n);
  }

  /** Adds an entry; `seq` must be unique so that the order is total. */
  push(key: number, seq: number, slot: number): void {
    if (this.size === this.key.length) this.grow();
    const keys = this.key;
    const seqs = this.seq;
    const slots = this.slot;
    let i = this.size++;
    // Moves parents down into the hole until the entry's place is found.
    while (i > 0) {
      const parent = (i - 1) >> 2;
      const pk = keys[parent];
      if (pk < key || (pk === key && seqs[parent] < seq)) break;
      keys[i] = pk;
      seqs[i] = seqs[parent];
      slots[i] = slots[parent];
      i = parent;
    }
    keys[i] = key;
    seqs[i] = seq;
    slots[i] = slot;
  }

  /** Removes the smallest entry (read it at position 0 first); the heap must not be empty. */
  pop(): void {
    const n = --this.size;
    if (n > 0) this.placeFrom(0, n);
  }

  /**
   * Puts the entry now at position `from` (the last one, or one being
   * re-placed) into the hole at `i` and sifts it down among the first `n`.
   */
  private placeFrom(i: number, from: number): void {
    const keys = this.key;
    const seqs = this.seq;
    const slots = this.slot;
    const n = this.size;
    const key = keys[from];
    const seq = seqs[from];
    const slot = slots[from];
    for (;;) {
      const first = 4 * i + 1;
      if (first >= n) break;
      // The smallest of up to four children.
      let child = first;
      let ck = keys[first];
      const end = first + 4 < n ? first + 4 : n;
      for (let c = first + 1; c < end; c++) {
        const k = keys[c];
        if (k < ck || (k === ck && seqs[c] < seqs[child])) {
          child = c;
          ck = k;
        }
      }
      if (key < ck || (key === ck && seq < seqs[child])) break;
      keys[i] = ck;
      seqs[i] = seqs[child];
      slots[i] = slots[child];
      i = child;
    }
    keys[i] = key;
    seqs[i] = seq;
    slots[i] = slot;
  }

  /** Keeps only the entries whose slot passes `keep`, then restores heap order in linear time. */
  retain(keep: (slot: number) => boolean): void {
    const keys = this.key;
    const seqs = this.seq;
    const slots = this.slot;
    let n = 0;
    for (let i = 0; i < this.size; i++) {
      if (!keep(slots[i])) continue;
      keys[n] = keys[i];
      seqs[n] = seqs[i];
      slots[n] = slots[i];
      n++;
    }
    this.size = n;
    // Floyd's construction: sift down every parent, last first.
    for (let i = (n - 2) >> 2; i >= 0; i--) this.placeFrom(i, i);
  }

  private grow(): void {
    const n = this.key.length * 2;
    this.key = grownCopy(this.key, n);
    this.seq = grownCopy(this.seq, n);
    this.slot = grownCopy(this.slot, n);
  }
}
