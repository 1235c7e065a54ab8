import { describe, expect, it } from 'vitest';
import { randomStream } from '../sim/engine/index.js';
import { buildFleet, canImport } from '../sim/model/buildFleet.js';
import { ON_PREMISES, PRODUCTION, SANDBOX, VERSION_N1, VERSION_N2 } from '../sim/model/SimulationResult.js';
import { smallScenario } from './support/smallScenario.js';

describe('the fleet', () => {
  it('imports on-premises organizations from 8.2 on', () => {
    expect(canImport('8.2')).toBe(true);
    expect(canImport('9.0')).toBe(true);
    expect(canImport('8.10')).toBe(true);
    expect(canImport('8.1')).toBe(false);
    expect(canImport('7.9')).toBe(false);
  });

  it('gives each tenant one production instance first, then its sandboxes, in its region', () => {
    const fleet = buildFleet(smallScenario(), randomStream(1, 'fleet'));
    for (let t = 0; t < fleet.tenants.count; t++) {
      const first = fleet.firstInstance[t];
      expect(fleet.instanceKind[first]).toBe(PRODUCTION);
      for (let i = first; i < fleet.firstInstance[t + 1]; i++) {
        expect(fleet.instanceTenant[i]).toBe(t);
        expect(fleet.instanceRegion[i]).toBe(fleet.tenants.region[t]);
        if (i > first) expect(fleet.instanceKind[i]).toBe(SANDBOX);
      }
    }
  });

  it('draws regions, versions and sandboxes in the scenario\'s proportions', () => {
    const scenario = smallScenario((s) => (s.fleet!.tenants = 20_000));
    const fleet = buildFleet(scenario, randomStream(2, 'fleet'));
    const n = fleet.tenants.count;
    const share = (pred: (t: number) => boolean) => Array.from({ length: n }, (_, t) => t).filter(pred).length / n;
    // Shares 3:2:1; a binomial share's sd at n = 20,000 is below 0.004, so 0.015 is about four sd.
    expect(share((t) => fleet.tenants.region[t] === 0)).toBeCloseTo(3 / 6, 1);
    expect(Math.abs(share((t) => fleet.tenants.region[t] === 2) - 1 / 6)).toBeLessThan(0.015);
    const online = (t: number) => fleet.tenants.deployment[t] !== ON_PREMISES;
    const onlineShare = share(online);
    expect(Math.abs(onlineShare - 0.9)).toBeLessThan(0.015);
    expect(Math.abs(share((t) => online(t) && fleet.instanceVersion[fleet.firstInstance[t]] === VERSION_N2) / onlineShare - 0.35)).toBeLessThan(0.015);
    const sandboxes = (t: number) => fleet.firstInstance[t + 1] - fleet.firstInstance[t] - 1;
    expect(Math.abs(share((t) => online(t) && sandboxes(t) === 2) / onlineShare - 0.2)).toBeLessThan(0.015);
    // Sandboxes hold half their production's storage.
    const t0 = Array.from({ length: n }, (_, t) => t).find((t) => sandboxes(t) > 0)!;
    expect(fleet.instanceStorageGb[fleet.firstInstance[t0] + 1]).toBeCloseTo(fleet.instanceStorageGb[fleet.firstInstance[t0]] * 0.5, 9);
  });

  it('places on-premises organizations below 8.2 on n-2 and the rest on n-1, without sandboxes', () => {
    const fleet = buildFleet(smallScenario(), randomStream(3, 'fleet'));
    let seen = 0;
    for (let t = 0; t < fleet.tenants.count; t++) {
      if (fleet.tenants.deployment[t] !== ON_PREMISES) continue;
      seen++;
      expect(fleet.firstInstance[t + 1] - fleet.firstInstance[t]).toBe(1);
      expect(fleet.instanceVersion[fleet.firstInstance[t]]).toBe(canImport(fleet.tenants.onPremisesVersion[t]) ? VERSION_N1 : VERSION_N2);
    }
    expect(seen).toBeGreaterThan(10);
  });

  it('takes an explicit tenant list as it is', () => {
    const scenario = smallScenario((s) => {
      delete s.fleet;
      s.tenants = [
        { id: 'acme', region: 'EUR', version: 'n-2', sandboxes: 2, storageGb: 40 },
        { id: 'globex', region: 'NAM', version: 'n-1', storageGb: 12, onPremisesVersion: '8.1' },
      ];
    });
    const fleet = buildFleet(scenario, randomStream(4, 'fleet'));
    expect(fleet.tenants.id).toEqual(['acme', 'globex']);
    expect(fleet.instanceCount).toBe(4);
    expect(Array.from(fleet.instanceRegion)).toEqual([1, 1, 1, 0]);
    expect(fleet.instanceVersion[3]).toBe(VERSION_N2);
  });
});
