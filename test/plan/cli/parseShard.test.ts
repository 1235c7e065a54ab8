import { describe, expect, it } from 'vitest';
import { parseShard, shardSlice } from '../../../sim/cli/parseShard.js';

describe('parseShard', () => {
  it('reads K/N', () => {
    expect(parseShard('2/4')).toEqual({ index: 2, count: 4 });
    expect(parseShard('1/1')).toEqual({ index: 1, count: 1 });
  });

  it.each(['0/3', '4/3', '1/0', '1', '1/2/3', 'a/b', '-1/2', '1.5/3'])('refuses %s', (text) => {
    expect(() => parseShard(text)).toThrow(/K\/N/);
  });
});

describe('shardSlice', () => {
  it('cuts the jobs into N contiguous slices that cover each job once, sizes differing by at most one', () => {
    for (const total of [0, 1, 5, 7, 100]) {
      for (const count of [1, 3, 4, 8]) {
        const slices = Array.from({ length: count }, (_, k) => shardSlice({ index: k + 1, count }, total));
        expect(slices[0].from).toBe(0);
        expect(slices[count - 1].to).toBe(total);
        for (let k = 1; k < count; k++) expect(slices[k].from).toBe(slices[k - 1].to);
        const sizes = slices.map((s) => s.to - s.from);
        expect(Math.max(...sizes) - Math.min(...sizes)).toBeLessThanOrEqual(1);
      }
    }
  });
});
