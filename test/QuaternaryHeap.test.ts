import { expect, test } from 'vitest';
import { QuaternaryHeap } from '../sim/engine/QuaternaryHeap.js';
import { randomStream } from '../sim/engine/randomStream.js';

/** Pops every entry; returns [key, seq, slot] in the order they came out. */
function drain(heap: QuaternaryHeap): [number, number, number][] {
  const out: [number, number, number][] = [];
  while (heap.size > 0) {
    out.push([heap.key[0], heap.seq[0], heap.slot[0]]);
    heap.pop();
  }
  return out;
}

const byKeyThenSeq = (a: [number, number, number], b: [number, number, number]) => a[0] - b[0] || a[1] - b[1];

test('entries come out by key, and by sequence where keys are equal, past the initial capacity', () => {
  const rng = randomStream(1, 'quaternary/order');
  const heap = new QuaternaryHeap(16);
  const entries: [number, number, number][] = Array.from({ length: 5000 }, (_, i) => [Math.floor(rng() * 50), i, i * 2]);
  for (const [key, seq, slot] of entries) heap.push(key, seq, slot);
  expect(drain(heap)).toEqual([...entries].sort(byKeyThenSeq));
});

test('retain drops the entries it is told to and leaves the rest in order', () => {
  const rng = randomStream(2, 'quaternary/retain');
  const heap = new QuaternaryHeap(16);
  const entries: [number, number, number][] = Array.from({ length: 3000 }, (_, i) => [rng(), i, i]);
  for (const [key, seq, slot] of entries) heap.push(key, seq, slot);
  heap.retain((slot) => slot % 3 !== 0);
  expect(drain(heap)).toEqual(entries.filter(([, , slot]) => slot % 3 !== 0).sort(byKeyThenSeq));
});
