import { describe, expect, it } from 'vitest';
import { levelOutcome } from '../../sim/plan/levelOutcome.js';
import { parseTargets } from '../../sim/plan/parseTarget.js';
import { fakeReplications, fleetKpis } from './support/fakeReplication.js';

describe('levelOutcome', () => {
  const level = { level: 1.5, capacity: [6, 3] };
  // On time 99.5 in every run (lower bound 99.5); on n 97 (lower bound 97).
  const results = fakeReplications(fleetKpis('on_time_share:%', 'share_on_n_at_window_end:%'), [{ values: [99.5, 97] }, { values: [99.5, 97] }]);

  it('meets when every target does', () => {
    const outcome = levelOutcome(level, results, parseTargets(['on-time>=0.99', 'on-n>=0.96']), 0.95);
    expect(outcome.level).toBe(level);
    expect(outcome.targets.map((t) => t.meets)).toEqual([true, true]);
    expect(outcome.meets).toBe(true);
  });

  it('does not meet when one target falls short', () => {
    const outcome = levelOutcome(level, results, parseTargets(['on-time>=0.99', 'on-n>=0.98']), 0.95);
    expect(outcome.targets.map((t) => t.meets)).toEqual([true, false]);
    expect(outcome.meets).toBe(false);
  });
});
