import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { hoursSinceEpoch } from '../sim/model/calendar.js';
import { waveWindows } from '../sim/model/waveWindows.js';
import { parseScenario } from '../sim/scenario/index.js';

const baseline = parseScenario(readFileSync(new URL('../scenarios/baseline.json', import.meta.url), 'utf8'));
const hour = (date: string) => hoursSinceEpoch(baseline.release.announce, date);

describe('the waves\u2019 windows in simulation hours', () => {
  const waves = waveWindows(baseline);

  it('lists every wave of the scenario, in its order, with its name and regions', () => {
    expect(waves.map((w) => w.name)).toEqual(baseline.waves.map((w) => w.name));
    expect(waves[0].regions).toEqual(['OCE']);
    expect(waves[2].regions).toEqual(['OCE', 'APJ', 'EUR', 'NAM']);
  });

  it('starts a wave at the first local midnight of its start date, in its easternmost region', () => {
    // Wave 1 is OCE's alone (UTC+10): 1 April starts there at 14:00 UTC on 31 March.
    expect(waves[0].start).toBe(hour('2027-04-01') - 10);
    // Wave 3 spans UTC+10 to UTC−5: OCE's midnight comes first.
    expect(waves[2].start).toBe(hour('2027-04-22') - 10);
  });

  it('ends a wave at the last local midnight after its end date, in its westernmost region', () => {
    expect(waves[0].end).toBe(hour('2027-04-08') - 10);
    // NAM (UTC−5) ends 12 May last, at 05:00 UTC on 13 May.
    expect(waves[2].end).toBe(hour('2027-05-13') + 5);
  });

  it('gives a wave without a region list every region of the scenario', () => {
    const open = waveWindows({ ...baseline, waves: [{ ...baseline.waves[0], regions: undefined }] });
    expect(open[0].regions).toEqual(['NAM', 'EUR', 'APJ', 'OCE']);
    expect(open[0].end).toBe(hour('2027-04-08') + 5);
  });
});
