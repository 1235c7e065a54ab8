/**
 * Retention (seed 003): system and on-demand backups are kept retentionDays
 * (3 by default), the backup system holds them, and a restore can only use a
 * backup still kept.
 */
import { describe, expect, it } from 'vitest';
import { simulateRelease } from '../sim/model/simulateRelease.js';
import type { TraceEvent } from '../sim/model/TraceEvent.js';
import { smallScenario } from './support/smallScenario.js';

type Restore = Extract<TraceEvent, { type: 'restore' | 'restoreRefused' }>;

function run(retentionDays: number) {
  const scenario = smallScenario((s) => (s.backups = { ...s.backups, retentionDays, adminRestoresPerSandboxPerMonth: 2 }));
  const restores: Restore[] = [];
  const result = simulateRelease(scenario, { trace: (e) => (e.type === 'restore' || e.type === 'restoreRefused') && restores.push(e) });
  let storage = 0;
  for (let i = 0; i < result.instances.count; i++) storage += result.instances.storageGb[i];
  return { result, restores, storage };
}

describe('backup retention', () => {
  const three = run(3);
  const thirty = run(30);

  it('holds retentionDays nightly copies of every instance in system backups', () => {
    // The fixture's storage does not grow, so any retentionDays-long span holds exactly that many nightly copies.
    for (const { result, storage } of [three, thirty]) {
      const days = result === three.result ? 3 : 30;
      for (let h = 0; h < result.hourly.hours; h += 7) expect(result.hourly.retainedSystemBackupGb[h]).toBeCloseTo(days * storage, 3);
    }
  });

  it('holds an on-demand backup for retentionDays, then lets it go (the last 72 hours\u2019 backups, no older)', () => {
    const { hourly } = three.result;
    const onDemand = hourly.backupDemand[1];
    for (let h = 0; h < hourly.hours; h += 5) {
      let taken = 0;
      for (let k = Math.max(0, h - 72 + 1); k <= h; k++) taken += onDemand[k];
      expect(hourly.retainedOnDemandBackupGb[h]).toBeCloseTo(taken, 6);
    }
    expect(Math.max(...hourly.retainedOnDemandBackupGb)).toBeGreaterThan(0);
  });

  it('restores only from a backup still retained, and refuses older ones', () => {
    for (const { restores } of [three, thirty]) expect(restores.length).toBeGreaterThan(100);
    for (const r of three.restores) {
      const age = r.time - r.pointAt;
      if (r.type === 'restore') expect(age).toBeLessThanOrEqual(3 * 24);
      else expect(age).toBeGreaterThan(3 * 24);
    }
    // Admins ask for backups up to 4 days old: some are gone after 3 days, none after 30.
    expect(three.result.counters.restoresRefused).toBeGreaterThan(0);
    expect(three.result.counters.restoresRefused).toBe(three.restores.filter((r) => r.type === 'restoreRefused').length);
    expect(thirty.result.counters.restoresRefused).toBe(0);
  });

  it('changes what the run reports when retention changes', () => {
    expect(thirty.result.counters.restores).toBeGreaterThan(three.result.counters.restores);
    expect(Math.max(...thirty.result.hourly.retainedOnDemandBackupGb)).toBeGreaterThan(Math.max(...three.result.hourly.retainedOnDemandBackupGb));
  });
});
