import { describe, expect, it } from 'vitest';
import { Store } from '../../viz/app/store.js';

describe('Store', () => {
  it('tells every subscriber the new state and the one before', () => {
    const store = new Store({ a: 1, b: 'x' });
    const seen: [number, number][] = [];
    store.subscribe((state, previous) => seen.push([state.a, previous.a]));
    store.set({ a: 2 });
    store.set({ a: 3 });
    expect(seen).toEqual([
      [2, 1],
      [3, 2],
    ]);
    expect(store.get()).toEqual({ a: 3, b: 'x' });
  });

  it('a change made by a subscriber reaches every subscriber once, after the change that caused it', () => {
    const store = new Store({ text: 'a', checked: false });
    const first: string[] = [];
    const last: string[] = [];
    store.subscribe((state, previous) => first.push(`${previous.text}/${previous.checked} -> ${state.text}/${state.checked}`));
    store.subscribe((state, previous) => {
      if (state.text !== previous.text) store.set({ checked: true });
    });
    store.subscribe((state, previous) => last.push(`${previous.text}/${previous.checked} -> ${state.text}/${state.checked}`));
    store.set({ text: 'b' });
    const expected = ['a/false -> b/false', 'b/false -> b/true'];
    expect(first).toEqual(expected);
    expect(last).toEqual(expected);
  });

  it('stops telling a subscriber that unsubscribed', () => {
    const store = new Store({ a: 1 });
    let calls = 0;
    const stop = store.subscribe(() => calls++);
    store.set({ a: 2 });
    stop();
    store.set({ a: 3 });
    expect(calls).toBe(1);
  });
});
