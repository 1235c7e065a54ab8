import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { simulateRelease } from '../../sim/model/simulateRelease.js';
import { summaryRows } from '../../sim/report/summaryRows.js';
import { bottleneckOf, waveVerdict } from '../../sim/report/waveVerdict.js';
import { parseScenario } from '../../sim/scenario/index.js';
import { makeResult } from '../support/makeResult.js';

describe('waveVerdict', () => {
  it('checks the share on n and the on-time share against their targets, with the gap in points', () => {
    // 7 of 10 instances on n (70 %) against 98 %; on time: 1 − 3 overruns ÷ (5 started + 2 not started) = 57.1 % against 99 %.
    const v = waveVerdict(makeResult(), { shareOnN: 0.98, onTimeShare: 0.99 });
    expect(v.shareOnN).toEqual({ percent: 70, targetPercent: 98, met: false });
    expect(v.onTime.percent).toBeCloseTo(400 / 7, 9);
    expect(v.onTime.met).toBe(false);
    expect(v.lines[0]).toBe('The wave misses both targets.');
    expect(v.lines[1]).toBe('Share on n when the window closes: 70.0 % against a target of 98.0 %, 28.0 points short; 3 instances out of policy.');
    expect(v.lines[3]).toBe("On n from the window's start: 50 % after 2.1 days, 90 % never, 99 % never.");
  });

  it('names the one target it misses', () => {
    expect(waveVerdict(makeResult(), { shareOnN: 0.7, onTimeShare: 0.99 }).lines[0]).toBe('The wave misses its on-time target.');
    expect(waveVerdict(makeResult(), { shareOnN: 0.98, onTimeShare: 0.5 }).lines[0]).toBe('The wave misses its share-on-n target.');
  });

  it('meets a target exactly at its minimum, and says so without a gap', () => {
    const v = waveVerdict(makeResult(), { shareOnN: 0.7, onTimeShare: 0.5 });
    expect(v.shareOnN.met).toBe(true);
    expect(v.lines[0]).toBe('The wave meets its targets.');
    expect(v.lines[1]).toBe('Share on n when the window closes: 70.0 % against a target of 70.0 %; 3 instances out of policy.');
  });

  it('names the factor that held back the most updates', () => {
    // Hand-made run: 3 updates displaced by the major incident, 1 not approved, 1 import refused, 1 update stopped while backup was over capacity.
    expect(bottleneckOf(makeResult()).factor).toBe('incidents');
    const fewerDisplaced = makeResult();
    fewerDisplaced.incidents[0].updatesDisplaced = 0;
    // Now 2 updates could not get a slot: slots lead.
    expect(bottleneckOf(fewerDisplaced)).toEqual({ factor: 'slots', sentence: 'update slots: 2 updates could not get a slot by their latest start and fell back or missed the window' });
  });

  it('tight-capacity misses both targets and names the update slots; summary.csv carries the same verdict', () => {
    const scenario = parseScenario(readFileSync('scenarios/tight-capacity.json', 'utf8'));
    const result = simulateRelease(scenario);
    const v = waveVerdict(result, scenario.targets);
    expect([v.shareOnN.met, v.onTime.met, v.bottleneck]).toEqual([false, false, 'slots']);
    const row = (kpi: string) => summaryRows(result).find((r) => r.kpi === kpi)!.value;
    expect([row('meets_target_share_on_n'), row('meets_target_on_time_share'), row('bottleneck')]).toEqual([0, 0, 'slots']);
    expect([row('target_share_on_n'), row('target_on_time_share')]).toEqual([98, 99]);
  });
});
