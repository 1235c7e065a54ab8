import { describe, expect, it } from 'vitest';
import { progressSteps } from '../../sim/api/progressSteps.js';

describe('progressSteps', () => {
  it('passes a report only when progress enters a new step, and always the end', () => {
    const seen: number[] = [];
    const report = progressSteps((done) => seen.push(done), 10);
    for (let day = 1; day <= 180; day++) report(day / 180);
    expect(seen).toHaveLength(10);
    expect(seen.at(-1)).toBe(1);
    for (let k = 0; k < seen.length; k++) expect(Math.floor(seen[k] * 10)).toBe(k + 1);
  });
});
