/**
 * The fleet renumbered in the order its tenants are pre-scheduled: by the
 * day of their production update, ties in their original order. Tenants keep
 * their ids, attributes and wave plan; only where they sit in the arrays
 * changes. Like shelving a warehouse in picking order: the instances whose
 * windows open, queue and update together then sit side by side in every
 * per-instance array, so that a day's events read memory that is already in
 * the processor's cache instead of one scattered line per instance and
 * array, which is what a large fleet's run spent most of its time waiting on.
 */
import { emptyFleet, type Fleet } from './buildFleet.js';
import type { WavePlan } from './planWaves.js';
import type { TenantRecords } from './SimulationResult.js';

/** `fleet` and its `plan` with tenant k of the result being tenant order[k] of the input. */
export function fleetInDayOrder(fleet: Fleet, plan: WavePlan): { fleet: Fleet; plan: WavePlan } {
  const n = fleet.tenants.count;
  const order = stableOrderByDay(plan.day);
  const from = fleet.tenants;
  const tenants: TenantRecords = {
    count: n,
    id: Array.from(order, (t) => from.id[t]),
    region: from.region.map((_, k) => from.region[order[k]]),
    admin: from.admin.map((_, k) => from.admin[order[k]]),
    complexity: from.complexity.map((_, k) => from.complexity[order[k]]),
    deployment: from.deployment.map((_, k) => from.deployment[order[k]]),
    onPremisesVersion: Array.from(order, (t) => from.onPremisesVersion[t]),
    extraRecipients: from.extraRecipients.map((_, k) => from.extraRecipients[order[k]]),
  };
  const firstInstance = new Int32Array(n + 1);
  for (let k = 0; k < n; k++) firstInstance[k + 1] = firstInstance[k] + fleet.firstInstance[order[k] + 1] - fleet.firstInstance[order[k]];
  const ordered = emptyFleet(tenants, firstInstance);
  let i = 0;
  for (let k = 0; k < n; k++) {
    const t = order[k];
    for (let j = fleet.firstInstance[t]; j < fleet.firstInstance[t + 1]; j++, i++) {
      ordered.instanceTenant[i] = k;
      ordered.instanceKind[i] = fleet.instanceKind[j];
      ordered.instanceRegion[i] = fleet.instanceRegion[j];
      ordered.instanceVersion[i] = fleet.instanceVersion[j];
      ordered.instanceStorageGb[i] = fleet.instanceStorageGb[j];
    }
  }
  return {
    fleet: ordered,
    plan: { day: Int32Array.from(order, (t) => plan.day[t]), wave: Int32Array.from(order, (t) => plan.wave[t]) },
  };
}

/** Tenant numbers sorted by day, ties in their order: a counting sort, since a run spans a few hundred days at most. */
function stableOrderByDay(day: Int32Array): Int32Array {
  let first = Infinity;
  let last = -Infinity;
  for (const d of day) {
    if (d < first) first = d;
    if (d > last) last = d;
  }
  const order = new Int32Array(day.length);
  if (day.length === 0) return order;
  const start = new Int32Array(last - first + 2);
  for (const d of day) start[d - first + 1]++;
  for (let k = 1; k < start.length; k++) start[k] += start[k - 1];
  for (let t = 0; t < day.length; t++) order[start[day[t] - first]++] = t;
  return order;
}
