import { describe, expect, it } from 'vitest';
import { timeScale } from '../../viz/charts/toolkit/timeScale.js';
import { placeWaves, waveNameVariants, wavesAt } from '../../viz/charts/toolkit/waveBands.js';

const waves = [
  { name: 'Wave 1: pilot', regions: ['OCE'], start: 0, end: 100 },
  { name: 'Wave 2: Asia-Pacific', regions: ['OCE', 'APJ'], start: 100, end: 400 },
  { name: 'Bulk', regions: ['NAM'], start: 400, end: 1000 },
];

describe('wave bands', () => {
  it('offers a wave\u2019s name, the part before its colon, then its number', () => {
    expect(waveNameVariants('Wave 1: pilot', 0)).toEqual(['Wave 1: pilot', 'Wave 1', '1']);
    expect(waveNameVariants('Bulk', 2)).toEqual(['Bulk', '3']);
  });

  it('names each wave with the longest wording that fits inside its stretch', () => {
    // 1 px an hour: every name fits; at 0.3 px an hour wave 1 is 30 px wide and wave 2 90 px.
    const x = timeScale('2027-04-01', [0, 1000], [0, 1000]);
    expect(placeWaves(waves, x).map((w) => w.label)).toEqual(['Wave 1: pilot', 'Wave 2: Asia-Pacific', 'Bulk']);
    const narrow = timeScale('2027-04-01', [0, 1000], [0, 300]);
    expect(placeWaves(waves, narrow).map((w) => w.label)).toEqual(['1', 'Wave 2', 'Bulk']);
    const tiny = timeScale('2027-04-01', [0, 1000], [0, 60]);
    expect(placeWaves(waves, tiny).map((w) => w.label)).toEqual([null, '2', 'Bulk']);
  });

  it('ends a wave\u2019s name before the next wave begins, where waves in different time zones overlap', () => {
    const x = timeScale('2027-04-01', [0, 400], [0, 400]);
    const overlapping = [waves[0], { ...waves[1], start: 90 }];
    expect(placeWaves(overlapping, x).map((w) => w.label)).toEqual(['Wave 1', 'Wave 2: Asia-Pacific']);
  });

  it('shows only the waves inside the zoom, cut to it', () => {
    const x = timeScale('2027-04-01', [150, 350], [0, 200]);
    const placed = placeWaves(waves, x);
    expect(placed.map((w) => [w.index, w.left, w.right])).toEqual([[1, 0, 200]]);
  });

  it('tells which waves run at an hour', () => {
    expect(wavesAt(waves, 100)).toEqual(['Wave 2: Asia-Pacific']);
    expect(wavesAt([...waves, { name: 'Late', regions: [], start: 350, end: 500 }], 380)).toEqual(['Wave 2: Asia-Pacific', 'Late']);
    expect(wavesAt(waves, 1000)).toEqual([]);
  });
});
