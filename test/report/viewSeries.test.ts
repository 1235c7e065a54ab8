import { describe, expect, it } from 'vitest';
import { simulateRelease } from '../../sim/model/simulateRelease.js';
import { timeSpans, viewSeries } from '../../sim/report/viewSeries.js';
import { makeResult } from '../support/makeResult.js';
import { smallScenario } from '../support/smallScenario.js';

describe('viewSeries', () => {
  const hand = viewSeries(makeResult());

  it('averages the Queued wait over the updates started in each hour, none where none started', () => {
    // Starts 2, 1, 1, 0 with wait sums 1, 2, 3, 0.
    expect(Array.from(hand.meanWaitHours.slice(0, 3))).toEqual([0.5, 2, 3]);
    expect(hand.meanWaitHours[3]).toBeNaN();
  });

  it('marks the first hour at whose end a share of the fleet is on n', () => {
    // Share on n 0.2, 0.3, 0.5, 0.7 at the ends of hours 1..4.
    expect(hand.shareMilestones).toEqual([
      { share: 0.5, hour: 3 },
      { share: 0.9, hour: null },
      { share: 0.99, hour: null },
    ]);
  });

  it('lays update starts out by day and hour of day', () => {
    expect(hand.heatmap.firstDay).toBe(0);
    expect(hand.heatmap.days).toBe(1);
    expect(Array.from(hand.heatmap.starts.slice(0, 4))).toEqual([2, 1, 1, 0]);
  });

  it('lists every message type and channel', () => {
    // 10 of the communication table, 2 incident emails, the maintenance notice and 2 import messages, on 3 channels.
    expect(hand.messages).toHaveLength(15 * 3);
  });

  it('adds up, on a real run: regions\' completions to the fleet\'s, heatmap starts to the updates started', () => {
    const result = simulateRelease(smallScenario());
    const v = viewSeries(result);
    for (let h = 0; h < v.hours; h++) {
      expect(v.completionsByRegion.reduce((a, s) => a + s[h], 0)).toBe(result.hourly.completions[h]);
    }
    expect(v.heatmap.starts.reduce((a, b) => a + b, 0)).toBe(result.queueWaitsHours.length);
    const total = result.messages.flat().reduce((a, b) => a + b, 0);
    expect(v.messages.reduce((a, m) => a + m.count, 0)).toBe(total);
    expect(v.versionsAtSupportEnd!.reduce((a, b) => a + b, 0)).toBe(result.instances.count);
  });
});

describe('timeSpans', () => {
  it('gives the time charts every wave of a real run, named, in order, inside the run', () => {
    const scenario = smallScenario();
    const v = viewSeries(simulateRelease(scenario));
    expect(v.waveSpans.map((w) => w.name)).toEqual(scenario.waves.map((w) => w.name));
    for (const wave of v.waveSpans) {
      expect(wave.end).toBeGreaterThan(wave.start);
      expect(wave.start).toBeGreaterThanOrEqual(0);
      expect(wave.end).toBeLessThanOrEqual(v.hours);
    }
  });

  it('shades incidents, halts (to the run\u2019s end when never resumed) and bakes, in start order', () => {
    const result = makeResult();
    result.gates = [
      { time: 260, scope: 'north', signal: 'failures', value: 3, threshold: 3, decision: 'halt', defectActive: true, updatesSeen: 9 },
      { time: 270, scope: 'north', signal: 'fix', value: NaN, threshold: NaN, decision: 'resume', defectActive: false, updatesSeen: 9 },
      { time: 400, scope: '*', signal: 'overruns', value: 4, threshold: 4, decision: 'halt', defectActive: false, updatesSeen: 30 },
    ];
    result.bakes = [{ wave: 'main', from: 240, to: 300 }];
    expect(timeSpans(result)).toEqual([
      { kind: 'bake', start: 240, end: 300, label: 'wave "main" held for its bake' },
      // The major incident in south; the planned maintenance has no end and is left out.
      { kind: 'incident', start: 250.5, end: 254, label: 'major incident in south' },
      { kind: 'halt', start: 260, end: 270, label: 'north halted (failures)' },
      { kind: 'halt', start: 400, end: 480, label: 'fleet halted (overruns)' },
    ]);
  });
});
