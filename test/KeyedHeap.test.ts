import { expect, test } from 'vitest';
import { KeyedHeap, SLOT_LIMIT } from '../sim/engine/KeyedHeap.js';
import { randomStream } from '../sim/engine/randomStream.js';

/** Pops every record; returns [key, tag, val] in the order they came out. */
function drain(heap: KeyedHeap): [number, number, number][] {
  const out: [number, number, number][] = [];
  while (heap.size > 0) {
    const key = heap.peekKey();
    const slot = heap.popSlot();
    out.push([key, heap.tagOf(slot), heap.valOf(slot)]);
  }
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

test('peekKey shows the smallest key without removing it', () => {
  const heap = new KeyedHeap();
  heap.push(5, 1, 0);
  heap.push(2, 2, 0);
  expect(heap.peekKey()).toBe(2);
  expect(heap.size).toBe(2);
  expect(heap.tagOf(heap.popSlot())).toBe(2);
});

test('an empty heap has size 0, peekKey gives Infinity and popSlot -1', () => {
  const heap = new KeyedHeap();
  expect(heap.size).toBe(0);
  expect(heap.peekKey()).toBe(Infinity);
  expect(heap.popSlot()).toBe(-1);
});

test('a popped slot can still be read until the next push', () => {
  const heap = new KeyedHeap();
  heap.push(3, 7, 1.5);
  const slot = heap.popSlot();
  expect([heap.tagOf(slot), heap.valOf(slot)]).toEqual([7, 1.5]);
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

test('interleaved pushes, removals and pops at keys of every scale give the order of one sorted list', () => {
  // Keys from 1e-6 to 1e12 apart and many ties exercise the boundary between the near and far tiers.
  const rng = randomStream(3, 'heap/tiers');
  const heap = new KeyedHeap(16);
  const live = new Map<number, [number, number]>();
  let now = 0;
  let seq = 0;
  const popped: [number, number][] = [];
  const expected: [number, number][] = [];
  for (let round = 0; round < 30_000; round++) {
    const r = rng();
    if (r < 0.45) {
      const scale = [0, 1e-6, 1, 24, 1e4, 1e12][Math.floor(rng() * 6)];
      const key = now + Math.floor(rng() * 4) * scale;
      live.set(heap.push(key, seq, key), [key, seq]);
      seq++;
    } else if (r < 0.6 && live.size > 0) {
      const handles = [...live.keys()];
      const handle = handles[Math.floor(rng() * handles.length)];
      expect(heap.remove(handle)).toBe(true);
      live.delete(handle);
    } else if (live.size > 0) {
      const next = [...live.entries()].reduce((a, b) => (b[1][0] < a[1][0] || (b[1][0] === a[1][0] && b[1][1] < a[1][1]) ? b : a));
      live.delete(next[0]);
      expected.push(next[1]);
      expect(heap.peekKey()).toBe(next[1][0]);
      const slot = heap.popSlot();
      popped.push([heap.valOf(slot), heap.tagOf(slot)]);
      now = next[1][0];
    }
    expect(heap.size).toBe(live.size);
  }
  expect(popped).toEqual(expected);
});

test('removing most records sweeps them out and keeps every handle of the rest working', () => {
  const heap = new KeyedHeap(16);
  const n = 20_000;
  const handles = Array.from({ length: n }, (_, i) => heap.push(i % 97, i, 0));
  for (let i = 0; i < n; i++) if (i % 10 !== 0) expect(heap.remove(handles[i])).toBe(true);
  for (let i = 0; i < n; i += 20) expect(heap.remove(handles[i])).toBe(true);
  const out = drain(heap);
  const kept = Array.from({ length: n }, (_, i) => i).filter((i) => i % 10 === 0 && i % 20 !== 0);
  expect(out.map(([, tag]) => tag)).toEqual([...kept].sort((a, b) => a % 97 - (b % 97) || a - b));
  for (let i = 0; i < n; i++) expect(heap.remove(handles[i])).toBe(false);
});

test('a capacity above the limit is refused', () => {
  expect(() => new KeyedHeap(SLOT_LIMIT + 1)).toThrow(RangeError);
});

test('handles stay unique, and each removes its own record, with just over 2^22 records held', () => {
  const n = 2 ** 22 + 1;
  const heap = new KeyedHeap(n);
  const handles = new Float64Array(n);
  for (let i = 0; i < n; i++) handles[i] = heap.push(i, i, 0);
  expect(heap.size).toBe(n);
  const sorted = handles.slice().sort();
  for (let i = 1; i < n; i++) if (sorted[i] === sorted[i - 1]) expect.fail(`handle ${sorted[i]} was issued twice`);
  // The records a 2^22-slot packing would confuse: the first and the one past 2^22.
  expect(heap.remove(handles[n - 1])).toBe(true);
  expect(heap.remove(handles[n - 1])).toBe(false);
  expect(heap.size).toBe(n - 1);
  expect(heap.tagOf(heap.popSlot())).toBe(0);
  expect(heap.remove(handles[0])).toBe(false);
  expect(heap.remove(handles[1])).toBe(true);
  expect(heap.tagOf(heap.popSlot())).toBe(2);
  // New records reuse the freed slots under handles no held record has.
  const fresh = heap.push(-1, -7, 0);
  expect(handles.includes(fresh)).toBe(false);
  expect(heap.remove(handles[3])).toBe(true);
  expect(heap.tagOf(heap.popSlot())).toBe(-7);
  expect(heap.tagOf(heap.popSlot())).toBe(4);
});
