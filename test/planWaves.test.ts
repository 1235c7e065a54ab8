import { describe, expect, it } from 'vitest';
import { randomStream } from '../sim/engine/index.js';
import { buildFleet } from '../sim/model/buildFleet.js';
import { dayOf, hoursSinceEpoch } from '../sim/model/calendar.js';
import { planWaves } from '../sim/model/planWaves.js';
import { smallScenario } from './support/smallScenario.js';

describe('the wave plan', () => {
  const scenario = smallScenario((s) => (s.fleet!.tenants = 6000));
  const fleet = buildFleet(scenario, randomStream(5, 'fleet'));
  const days = planWaves(scenario, fleet, randomStream(5, 'wavePlan')).day;
  const day = (d: string) => dayOf(hoursSinceEpoch(scenario.release.announce, d));

  it('pre-schedules every tenant to a day inside the release window', () => {
    for (const d of days) {
      expect(d).toBeGreaterThanOrEqual(day(scenario.release.windowStart));
      expect(d).toBeLessThanOrEqual(day(scenario.release.windowEnd));
    }
  });

  it('keeps a region out of the waves that do not list it', () => {
    // The first wave (Apr 1-20) lists IND only; NAM's earliest day is the main wave's start.
    const nam = Array.from(days).filter((_, t) => fleet.tenants.region[t] === 0);
    expect(Math.min(...nam)).toBeGreaterThanOrEqual(day('2027-04-10'));
  });

  it('schedules a wave\'s regions in the listed order', () => {
    // In the main wave (Apr 10 - May 25), EUR is listed before NAM: every EUR day in it comes before every NAM day.
    const inMain = (t: number) => days[t] >= day('2027-04-10') && days[t] < day('2027-05-20');
    const eur = Array.from(days).filter((_, t) => fleet.tenants.region[t] === 1 && inMain(t));
    const namLate = Array.from(days).filter((_, t) => fleet.tenants.region[t] === 0 && inMain(t));
    expect(Math.max(...eur)).toBeLessThanOrEqual(Math.min(...namLate) + 1);
  });

  it('gives waves their shares of the fleet', () => {
    const twoWaves = smallScenario((s) => {
      s.fleet!.tenants = 8000;
      s.waves = [
        { name: 'april', start: '2027-04-01', end: '2027-04-30', share: 1 },
        { name: 'later', start: '2027-05-01', end: '2027-06-30', share: 3 },
      ];
    });
    const f = buildFleet(twoWaves, randomStream(6, 'fleet'));
    const d = planWaves(twoWaves, f, randomStream(6, 'wavePlan')).day;
    const april = Array.from(d).filter((x) => x <= day('2027-04-30')).length / d.length;
    // Binomial sd at n = 8,000 and p = 0.25 is under 0.005: 0.02 is four sd.
    expect(Math.abs(april - 0.25)).toBeLessThan(0.02);
  });
});
