import { describe, expect, it } from 'vitest';
import { loadSavedScenario, saveScenario } from '../../viz/app/persistence.js';

/** A Storage in memory; `capacity` characters at most, like a browser's quota. */
function memoryStorage(capacity = Infinity): Storage {
  const items = new Map<string, string>();
  return {
    get length() {
      return items.size;
    },
    clear: () => items.clear(),
    getItem: (key) => items.get(key) ?? null,
    key: (index) => [...items.keys()][index] ?? null,
    removeItem: (key) => void items.delete(key),
    setItem: (key, value) => {
      if (value.length > capacity) throw new DOMException('quota exceeded', 'QuotaExceededError');
      items.set(key, value);
    },
  };
}

describe('persistence', () => {
  it('gives back the scenario kept last', () => {
    const storage = memoryStorage();
    expect(saveScenario(storage, { text: '{"name":"a"}', bundled: null })).toBe(true);
    expect(saveScenario(storage, { text: '{"name":"b"}', bundled: 'baseline' })).toBe(true);
    expect(loadSavedScenario(storage)).toEqual({ text: '{"name":"b"}', bundled: 'baseline' });
  });

  it('finds nothing in an empty storage or in what another version left there', () => {
    const storage = memoryStorage();
    expect(loadSavedScenario(storage)).toBeNull();
    storage.setItem('wavesim.scenario', 'not json');
    expect(loadSavedScenario(storage)).toBeNull();
    storage.setItem('wavesim.scenario', '{"text": 3}');
    expect(loadSavedScenario(storage)).toBeNull();
  });

  it('says so when the storage refuses a scenario too large for it', () => {
    expect(saveScenario(memoryStorage(10), { text: 'x'.repeat(100), bundled: null })).toBe(false);
  });
});
