/**
 * The reference for the kernel bench: the plainest fast future-event list, a
 * binary heap whose time, tie-break sequence, kind and argument sit side by
 * side in typed arrays. It has no handles and no cancellation, so it marks
 * the speed a kernel built on one binary heap can reach ("the limit").
 */
export class BareHeap {
  private key: Float64Array;
  private seq: Float64Array;
  private kind: Int32Array;
  private arg: Float64Array;
  private count = 0;
  private nextSeq = 0;
  /** Time, kind and argument of the record `pop` removed last. */
  topKey = 0;
  topKind = 0;
  topArg = 0;

  constructor(capacity: number) {
    this.key = new Float64Array(capacity);
    this.seq = new Float64Array(capacity);
    this.kind = new Int32Array(capacity);
    this.arg = new Float64Array(capacity);
  }

  /** Records held. */
  get size(): number {
    return this.count;
  }

  /** Adds a record; the caller sized the heap, so it never grows. */
  push(key: number, kind: number, arg: number): void {
    const { key: keys, seq: seqs, kind: kinds, arg: args } = this;
    const seq = this.nextSeq++;
    let i = this.count++;
    while (i > 0) {
      const parent = (i - 1) >> 1;
      const pk = keys[parent];
      if (pk < key || (pk === key && seqs[parent] < seq)) break;
      keys[i] = pk;
      seqs[i] = seqs[parent];
      kinds[i] = kinds[parent];
      args[i] = args[parent];
      i = parent;
    }
    keys[i] = key;
    seqs[i] = seq;
    kinds[i] = kind;
    args[i] = arg;
  }

  /** Removes the earliest record into topKey/topKind/topArg; false when empty. */
  pop(): boolean {
    if (this.count === 0) return false;
    const { key: keys, seq: seqs, kind: kinds, arg: args } = this;
    this.topKey = keys[0];
    this.topKind = kinds[0];
    this.topArg = args[0];
    const n = --this.count;
    const key = keys[n];
    const seq = seqs[n];
    let i = 0;
    for (;;) {
      let child = 2 * i + 1;
      if (child >= n) break;
      const right = child + 1;
      if (right < n && (keys[right] < keys[child] || (keys[right] === keys[child] && seqs[right] < seqs[child]))) child = right;
      const ck = keys[child];
      if (key < ck || (key === ck && seq < seqs[child])) break;
      keys[i] = ck;
      seqs[i] = seqs[child];
      kinds[i] = kinds[child];
      args[i] = args[child];
      i = child;
    }
    keys[i] = key;
    seqs[i] = seq;
    kinds[i] = kinds[n];
    args[i] = args[n];
    return true;
  }
}
