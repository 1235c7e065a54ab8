import { describe, expect, it } from 'vitest';
import { PROGRESS_PER_SECOND, pacedProgress } from '../../viz/app/pacedProgress.js';

describe('pacedProgress', () => {
  it('shows the first report at once and then at most PROGRESS_PER_SECOND reports a second, dropping the ones between', () => {
    let now = 0;
    const shown: { done: number; at: number }[] = [];
    const report = pacedProgress((done) => shown.push({ done, at: now }), () => now);
    const gap = 1000 / PROGRESS_PER_SECOND;
    // Fifty reports over half a second, as a baseline run sends them.
    for (let k = 1; k <= 50; k++) {
      now = k * 10;
      report(k / 50);
    }
    expect(shown[0]).toEqual({ done: 1 / 50, at: 10 });
    expect(shown).toHaveLength(500 / gap);
    for (let i = 1; i < shown.length; i++) expect(shown[i].at - shown[i - 1].at).toBeGreaterThanOrEqual(gap);
  });
});
