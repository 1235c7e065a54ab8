import { expect, test } from 'vitest';
import { KeyedHeap } from '../sim/engine/KeyedHeap.js';
import { randomStream } from '../sim/engine/randomStream.js';

/** Pops every record; returns [key, tag, val] in the order they came out. */
function drain(heap: KeyedHeap): [number, number, number][] {
  const out: [number, number, number][] = [];
  for (let slot = heap.popSlot(); slot >= 0; slot = heap.popSlot()) out.push([heap.keyOf(slot), heap.tagOf(slot), heap.valOf(slot)]);
  return out;
}

test('records come out in ascending key order', () => {
  const rng = randomStream(1, 'heap/keys');
  const heap = new KeyedHeap();
  const keys = Array.from({ length: 500 }, () => Math.floor(rng() * 100));
  keys.forEach((key, i) => heap.push(key, i, key * 10));
  const out = drain(heap);
  expect(out.map(([key]) => key)).toEqual([...keys].sort((a, b) => a - b));
  for (const [key, , val] of out) expect(val).toBe(key * 10);
});

test('records with equal keys come out in insertion order', () => {
  const heap = new KeyedHeap();
  // Interleaved keys so that equal keys are separated by sifting.
  for (let i = 0; i < 300; i++) heap.push(i % 3, i, 0);
  const out = drain(heap);
  for (let i = 1; i < out.length; i++) {
    const [prevKey, prevTag] = out[i - 1];
    const [key, tag] = out[i];
    expect(key > prevKey || (key === prevKey && tag > prevTag)).toBe(true);
  }
});

test('peekSlot shows the smallest record without removing it', () => {
  const heap = new KeyedHeap();
  heap.push(5, 1, 0);
  heap.push(2, 2, 0);
  const slot = heap.peekSlot();
  expect(heap.keyOf(slot)).toBe(2);
  expect(heap.tagOf(slot)).toBe(2);
  expect(heap.size).toBe(2);
});

test('an empty heap has size 0 and peekSlot and popSlot give -1', () => {
  const heap = new KeyedHeap();
  expect(heap.size).toBe(0);
  expect(heap.peekSlot()).toBe(-1);
  expect(heap.popSlot()).toBe(-1);
});

test('a popped slot can still be read until the next push', () => {
  const heap = new KeyedHeap();
  heap.push(3, 7, 1.5);
  const slot = heap.popSlot();
  expect([heap.keyOf(slot), heap.tagOf(slot), heap.valOf(slot)]).toEqual([3, 7, 1.5]);
});

test('a record removed by its handle never comes out, and the others keep their order', () => {
  const rng = randomStream(1, 'heap/remove');
  const heap = new KeyedHeap();
  const handles = Array.from({ length: 200 }, (_, i) => heap.push(Math.floor(rng() * 20), i, 0));
  const removed = new Set<number>();
  for (let i = 0; i < 200; i += 3) {
    expect(heap.remove(handles[i])).toBe(true);
    removed.add(i);
  }
  expect(heap.size).toBe(200 - removed.size);
  const out = drain(heap);
  expect(out.some(([, tag]) => removed.has(tag))).toBe(false);
  for (let i = 1; i < out.length; i++) {
    const [prevKey, prevTag] = out[i - 1];
    const [key, tag] = out[i];
    expect(key > prevKey || (key === prevKey && tag > prevTag)).toBe(true);
  }
});

test('removing the same handle twice fails the second time', () => {
  const heap = new KeyedHeap();
  const handle = heap.push(1, 0, 0);
  expect(heap.remove(handle)).toBe(true);
  expect(heap.remove(handle)).toBe(false);
  expect(heap.size).toBe(0);
});

test('the handle of a popped record no longer removes anything', () => {
  const heap = new KeyedHeap();
  const handle = heap.push(1, 0, 0);
  heap.push(2, 1, 0);
  heap.popSlot();
  expect(heap.remove(handle)).toBe(false);
  expect(heap.size).toBe(1);
});

test('a stale handle whose slot was reused fails and leaves the new record in place', () => {
  const heap = new KeyedHeap();
  const stale = heap.push(1, 0, 0);
  heap.popSlot();
  const fresh = heap.push(4, 1, 0);
  expect(fresh).not.toBe(stale);
  expect(heap.remove(stale)).toBe(false);
  expect(heap.size).toBe(1);
  expect(heap.remove(fresh)).toBe(true);
});

test('handles that were never issued are refused', () => {
  const heap = new KeyedHeap();
  heap.push(1, 0, 0);
  for (const bogus of [-1, 999, 0.5, Number.NaN]) expect(heap.remove(bogus)).toBe(false);
  expect(heap.size).toBe(1);
});

test('grows past its initial capacity and keeps order and handles', () => {
  const heap = new KeyedHeap(16);
  const n = 10_000;
  // Descending keys make every push sift to the top.
  const handles = Array.from({ length: n }, (_, i) => heap.push(n - i, i, 0));
  expect(heap.size).toBe(n);
  expect(heap.remove(handles[0])).toBe(true);
  const out = drain(heap);
  expect(out).toHaveLength(n - 1);
  expect(out.map(([key]) => key)).toEqual(Array.from({ length: n - 1 }, (_, i) => i + 1));
});

test('removing from the middle keeps the heap ordered (sift up and sift down)', () => {
  const rng = randomStream(2, 'heap/middle');
  const heap = new KeyedHeap();
  const live = new Map<number, number>();
  for (let round = 0; round < 2000; round++) {
    const key = rng();
    live.set(heap.push(key, 0, key), key);
    if (rng() < 0.4) {
      const handles = [...live.keys()];
      const handle = handles[Math.floor(rng() * handles.length)];
      expect(heap.remove(handle)).toBe(true);
      live.delete(handle);
    }
  }
  expect(drain(heap).map(([key]) => key)).toEqual([...live.values()].sort((a, b) => a - b));
});
