/**
 * Checks of capacity and storage: no region runs more updates at once than
 * its update slots, and an instance's storage is left out of Total Storage
 * Used exactly from Queued until its Database Upgrade ends (seed 000).
 */
import type { TraceEvent } from '../../../sim/model/TraceEvent.js';
import { Violations, type CheckFactory } from './Check.js';

export const slotsNeverExceeded: CheckFactory = (facts) => {
  const v = new Violations();
  const slots = facts.scenario.regions.map((r) => r.updateSlots);
  const running = slots.map(() => 0);
  return {
    rule: 'never runs more updates at once in a region than it has update slots',
    trace(e: TraceEvent) {
      if (e.type !== 'stage') return;
      if (e.stage === 'Backup') {
        running[e.region]++;
        v.expect(running[e.region] <= slots[e.region], () => `region ${e.region}: ${running[e.region]} updates at hour ${e.time}, ${slots[e.region]} slots`);
      } else if (e.stage === 'Updated' || e.stage === 'Failed' || e.stage === 'Aborted') running[e.region]--;
    },
    rows({ summary }) {
      for (const row of summary.filter((r) => r.kpi === 'peak_slot_use')) {
        const limit = summary.find((r) => r.kpi === 'update_slots' && r.scope === row.scope)!.value;
        v.expect(Number(row.value) <= Number(limit), () => `${row.scope}: peak slot use ${row.value} over ${limit} slots`);
      }
    },
    violations: () => v.list(),
  };
};

export const haltsRespected: CheckFactory = (facts) => {
  const v = new Violations();
  const names = facts.scenario.regions.map((r) => r.name);
  const halted = new Uint8Array(names.length);
  return {
    rule: 'starts no update in a scope a health gate has halted',
    trace(e: TraceEvent) {
      if (e.type === 'gate') {
        for (let r = 0; r < names.length; r++) if (e.scope === '*' || e.scope === names[r]) halted[r] = e.decision === 'halt' ? 1 : 0;
      } else if (e.type === 'stage' && e.stage === 'Backup') {
        v.expect(!halted[e.region], () => `instance ${e.instance}: started at hour ${e.time} in ${names[e.region]}, halted then`);
      }
    },
    violations: () => v.list(),
  };
};

export const storageOmission: CheckFactory = (facts) => {
  const v = new Violations();
  const { instanceStorageGb } = facts.fleet;
  const queuedAt = new Float64Array(facts.instances).fill(NaN);
  /** Change of the omitted storage (day-0 GB) seen first at the end of hour h. */
  const delta = new Map<number, number>();
  const add = (t: number, gb: number) => {
    const h = Math.floor(t) + 1;
    delta.set(h, (delta.get(h) ?? 0) + gb);
  };
  return {
    rule: 'omits an instance from Total Storage Used exactly from Queued until its Database Upgrade ends',
    trace(e: TraceEvent) {
      if (e.type !== 'stage') return;
      const i = e.instance;
      if (e.stage === 'Queued') {
        queuedAt[i] = e.time;
        add(e.time, instanceStorageGb[i]);
      } else if (e.stage === 'Updated' || e.stage === 'Failed' || e.stage === 'Aborted' || e.stage === 'NotStarted') {
        v.expect(!Number.isNaN(queuedAt[i]), () => `instance ${i}: ${e.stage} without Queued`);
        queuedAt[i] = NaN;
        add(e.time, -instanceStorageGb[i]);
      }
    },
    rows({ result, timeseries }) {
      const { hourly } = result;
      let base = 0;
      for (let i = 0; i < facts.instances; i++) base += instanceStorageGb[i];
      let omitted = 0;
      for (let k = 0; k < hourly.hours; k++) {
        // Sample k is taken at the end of hour k, at time k + 1.
        omitted += delta.get(k + 1) ?? 0;
        const growth = hourly.actualStorageGb[k] / base;
        const gap = hourly.actualStorageGb[k] - hourly.reportedStorageGb[k];
        v.expect(Math.abs(gap - omitted * growth) <= 1e-6 * hourly.actualStorageGb[k], () => `hour ${k}: reported storage ${gap} GB below actual, ${omitted * growth} GB queued or updating`);
        const row = timeseries[k];
        v.expect(Math.abs(Number(row.actual_storage_gb) - Number(row.reported_storage_gb) - gap) <= 0.1 + 1e-9, () => `timeseries.csv hour ${k}: ${row.actual_storage_gb} − ${row.reported_storage_gb} is not the gap ${gap}`);
      }
    },
    violations: () => v.list(),
  };
};
