import { describe, expect, it } from 'vitest';
import { MAX_WORKERS, workerCount } from '../../viz/app/workerCount.js';

describe('workerCount', () => {
  it('uses one worker per core the browser reports', () => {
    expect(workerCount('', 8)).toBe(8);
  });

  it('takes the page address\u2019s workers parameter instead, as the benchmarks ask for 1 and 2', () => {
    expect(workerCount('?workers=1', 8)).toBe(1);
    expect(workerCount('?scenario=x&workers=2', 8)).toBe(2);
  });

  it('falls back to one worker when the core count is unknown, and never starts none or too many', () => {
    expect(workerCount('', 0)).toBe(1);
    expect(workerCount('?workers=0', 4)).toBe(1);
    expect(workerCount('?workers=abc', 4)).toBe(4);
    expect(workerCount('?workers=999', 4)).toBe(MAX_WORKERS);
  });
});
