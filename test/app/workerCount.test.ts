import { describe, expect, it } from 'vitest';
import { MAX_WORKERS, workerCount } from '../../viz/app/workerCount.js';

describe('workerCount', () => {
  it('grows up to one worker per core the browser reports when the address asks for no number', () => {
    expect(workerCount('', 8)).toEqual({ count: 8, grow: true });
  });

  it('takes the page address\u2019s workers parameter instead, as a fixed number, as the benchmarks ask for 1 and 2', () => {
    expect(workerCount('?workers=1', 8)).toEqual({ count: 1, grow: false });
    expect(workerCount('?scenario=x&workers=2', 8)).toEqual({ count: 2, grow: false });
  });

  it('falls back to one worker when the core count is unknown, and never starts none or too many', () => {
    expect(workerCount('', 0)).toEqual({ count: 1, grow: true });
    expect(workerCount('?workers=0', 4)).toEqual({ count: 1, grow: false });
    expect(workerCount('?workers=abc', 4)).toEqual({ count: 4, grow: true });
    expect(workerCount('?workers=999', 4)).toEqual({ count: MAX_WORKERS, grow: false });
  });
});
