import { describe, expect, it } from 'vitest';
import { GATE_COLUMNS, gateRows } from '../../sim/report/gateRows.js';
import { makeResult } from '../support/makeResult.js';

describe('gateRows', () => {
  const result = makeResult();
  // A halt on 3 failures of the last 20 at hour 250 (2025-03-11T10:00Z) with the bad build out, and its resume 12.5 hours later.
  result.gates = [
    { time: 250, scope: 'south', signal: 'failures', value: 3, threshold: 3, decision: 'halt', defectActive: true, updatesSeen: 41 },
    { time: 262.5, scope: 'south', signal: 'fix', value: NaN, threshold: NaN, decision: 'resume', defectActive: false, updatesSeen: 41 },
  ];
  const rows = gateRows(result);

  it('has the documented columns', () => {
    for (const row of rows) expect(Object.keys(row)).toEqual([...GATE_COLUMNS]);
  });

  it('adds each wave let go after its bake, in time order among the gates\u2019 rows', () => {
    const baked = makeResult();
    baked.gates = result.gates;
    baked.bakeHours = 48;
    // Wave "main" held from hour 200 to 270: the halt at 250 made its bake start again at the resume (262.5).
    baked.bakes = [{ wave: 'main', from: 200, to: 270 }];
    expect(gateRows(baked).map((r) => [r.time_utc, r.scope, r.signal, r.decision, r.value, r.threshold])).toEqual([
      ['2025-03-11T10:00Z', 'south', 'failures', 'halt', 3, 3],
      ['2025-03-11T22:30Z', 'south', 'fix', 'resume', '', ''],
      ['2025-03-12T06:00Z', 'main', 'bake', 'release', 70, 48],
    ]);
  });

  it('gives each change of state with its signal, threshold and whether the bad build was out', () => {
    expect(rows).toEqual([
      { time_utc: '2025-03-11T10:00Z', scope: 'south', signal: 'failures', value: 3, threshold: 3, decision: 'halt', defect_active: 1, updates_seen: 41 },
      { time_utc: '2025-03-11T22:30Z', scope: 'south', signal: 'fix', value: '', threshold: '', decision: 'resume', defect_active: 0, updates_seen: 41 },
    ]);
  });
});
