import { describe, expect, it } from 'vitest';
import { randomStream } from '../sim/engine/index.js';
import { buildFleet } from '../sim/model/buildFleet.js';
import { fleetInDayOrder } from '../sim/model/fleetInDayOrder.js';
import { planWaves } from '../sim/model/planWaves.js';
import { smallScenario } from './support/smallScenario.js';

describe('the fleet in the order of its pre-scheduled days', () => {
  const scenario = smallScenario((s) => {
    s.fleet!.tenants = 3000;
    s.fleet!.onPremises = { share: 0.1, versions: { '8.1': 1, '9.0': 1 } };
  });
  const generated = buildFleet(scenario, randomStream(5, 'fleet'));
  const plan = planWaves(scenario, generated, randomStream(5, 'wavePlan'));
  const { fleet, plan: ordered } = fleetInDayOrder(generated, plan);
  const byId = new Map(generated.tenants.id.map((id, t) => [id, t]));
  const from = (k: number) => byId.get(fleet.tenants.id[k])!;

  it('holds every tenant once, by day, ties in their generated order', () => {
    expect([...fleet.tenants.id].sort()).toEqual([...generated.tenants.id].sort());
    for (let k = 1; k < fleet.tenants.count; k++) {
      const [a, b] = [ordered.day[k - 1], ordered.day[k]];
      expect(a < b || (a === b && from(k - 1) < from(k)), `tenants ${k - 1} and ${k}`).toBe(true);
    }
  });

  it('keeps each tenant’s attributes, wave and day', () => {
    const g = generated.tenants;
    const t = fleet.tenants;
    for (let k = 0; k < t.count; k++) {
      const was = from(k);
      expect([t.region[k], t.admin[k], t.complexity[k], t.deployment[k], t.onPremisesVersion[k], t.extraRecipients[k], ordered.day[k], ordered.wave[k]]).toEqual([
        g.region[was], g.admin[was], g.complexity[was], g.deployment[was], g.onPremisesVersion[was], g.extraRecipients[was], plan.day[was], plan.wave[was],
      ]);
    }
  });

  it('lays each tenant’s instances out together, production first, as they were', () => {
    expect(fleet.instanceCount).toBe(generated.instanceCount);
    expect(fleet.firstInstance[fleet.tenants.count]).toBe(fleet.instanceCount);
    for (let k = 0; k < fleet.tenants.count; k++) {
      const was = from(k);
      const size = fleet.firstInstance[k + 1] - fleet.firstInstance[k];
      expect(size).toBe(generated.firstInstance[was + 1] - generated.firstInstance[was]);
      for (let j = 0; j < size; j++) {
        const i = fleet.firstInstance[k] + j;
        const w = generated.firstInstance[was] + j;
        expect(fleet.instanceTenant[i]).toBe(k);
        expect([fleet.instanceKind[i], fleet.instanceRegion[i], fleet.instanceVersion[i], fleet.instanceStorageGb[i]]).toEqual([
          generated.instanceKind[w], generated.instanceRegion[w], generated.instanceVersion[w], generated.instanceStorageGb[w],
        ]);
      }
    }
  });
});
