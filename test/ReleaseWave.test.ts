/**
 * The domain's rules (shared domain write-up), checked over every instance of
 * a run through its audit trail. Each expectation here is a number or rule
 * from the write-up, not a number the model produced before.
 */
import { beforeAll, describe, expect, it } from 'vitest';
import { simulateRelease } from '../sim/model/simulateRelease.js';
import {
  CHANNELS,
  MESSAGE_TYPES,
  OUTCOME_IMPORT_REFUSED,
  OUTCOME_UPDATED,
  PRODUCTION,
  SANDBOX,
  VERSION_N,
  VERSION_N1,
  VERSION_N2,
  type SimulationResult,
} from '../sim/model/SimulationResult.js';
import type { TraceEvent } from '../sim/model/TraceEvent.js';
import type { Scenario } from '../sim/scenario/scenarioSchema.js';
import { CHANNELS_BY_MESSAGE } from './support/invariants/RunFacts.js';
import { smallScenario } from './support/smallScenario.js';

type StageEvent = Extract<TraceEvent, { type: 'stage' }>;
type MessageEvent = Extract<TraceEvent, { type: 'message' }>;

interface Run {
  scenario: Scenario;
  result: SimulationResult;
  trace: TraceEvent[];
  stages: StageEvent[];
  messages: MessageEvent[];
}

function run(scenario: Scenario): Run {
  const trace: TraceEvent[] = [];
  const result = simulateRelease(scenario, { trace: (e) => trace.push(e) });
  return {
    scenario,
    result,
    trace,
    stages: trace.filter((e): e is StageEvent => e.type === 'stage'),
    messages: trace.filter((e): e is MessageEvent => e.type === 'message'),
  };
}

const DAY = 24;
const EPS = 1e-9;

let base: Run;
let approachTwo: Run;

beforeAll(() => {
  base = run(smallScenario());
  approachTwo = run(smallScenario((s) => (s.sandboxFirst = { approach: 'two', sandboxLeadDays: 10, stepGapDays: 5 })));
});

describe('communications', () => {
  it('sends reminders exactly 90, 30, 15 and 7 days before the update, never earlier than 90 days', () => {
    const reminders = base.messages.filter((m) => m.message.startsWith('reminder'));
    expect(reminders.length).toBeGreaterThan(1000);
    for (const m of reminders) {
      const days = Number(m.message.slice('reminder'.length));
      expect([90, 30, 15, 7]).toContain(days);
      expect(m.dueAt - m.time).toBeCloseTo(days * DAY, 9);
      expect(m.dueAt - m.time).toBeLessThanOrEqual(90 * DAY + EPS);
      expect(m.time).toBeGreaterThanOrEqual(0);
    }
    // The first window opens 90 days after the announcement, so the 90-day reminder is sent for early updates.
    expect(reminders.some((m) => m.message === 'reminder90')).toBe(true);
  });

  it('carries each message on the channels of the communication table', () => {
    // The table in the domain write-up (seed 000), typed in the tests independently of the model's copy.
    const table = Object.fromEntries(Object.entries(CHANNELS_BY_MESSAGE).filter(([type]) => !/^(incident|maintenance|import)/.test(type)));
    for (const [type, channels] of Object.entries(table)) {
      const row = base.result.messages[MESSAGE_TYPES.indexOf(type as never)];
      const sent = base.messages.filter((m) => m.message === type).length;
      expect(sent, type).toBeGreaterThan(0);
      CHANNELS.forEach((channel, c) => expect(row[c], `${type} on ${channel}`).toBe(channels.includes(channel) ? sent : 0));
    }
  });

  it('tells online admins when an update starts and succeeds, and an import\u2019s admins when it is done', () => {
    const onPrem = (i: number) => base.result.tenants.deployment[base.result.instances.tenant[i]] === 1;
    const count = (type: string) => base.messages.filter((m) => m.message === type).length;
    const stages = (stage: string, imports: boolean) => base.stages.filter((s) => s.stage === stage && onPrem(s.instance) === imports).length;
    expect(count('updateInProgress')).toBe(stages('Backup', false));
    expect(count('updateSuccessful')).toBe(stages('Updated', false));
    expect(count('importCompleted')).toBe(stages('Updated', true));
    expect(count('importCompleted')).toBe(base.result.counters.imports);
    expect(count('updateSuccessful') + count('importCompleted')).toBe(base.result.counters.updatesCompleted);
  });
});

describe('the 12-hour window', () => {
  it('runs no update outside its 12-hour window', () => {
    const inWindow = base.stages.filter((s) => ['Backup', 'Restore', 'DatabaseUpgrade', 'Updated', 'Failed', 'Aborted'].includes(s.stage));
    expect(inWindow.length).toBeGreaterThan(2000);
    for (const s of inWindow) {
      expect(s.windowClose - s.windowOpen).toBe(12);
      expect(s.time).toBeGreaterThanOrEqual(s.windowOpen - EPS);
      expect(s.time).toBeLessThanOrEqual(s.windowClose + EPS);
    }
  });

  it('opens every window at the local start hour of its region', () => {
    const offsets = base.scenario.regions.map((r) => r.utcOffsetHours);
    for (const s of base.stages.filter((x) => x.stage === 'Queued')) {
      const local = (((s.windowOpen + offsets[s.region]) % 24) + 24) % 24;
      expect(local).toBeCloseTo(base.scenario.updateWindow.localStartHour, 9);
      expect(s.time).toBe(s.windowOpen);
    }
  });

  it('goes through Queued, Backup, Restore and Database Upgrade in that order', () => {
    const order = ['Queued', 'Backup', 'Restore', 'DatabaseUpgrade'];
    const last = new Map<number, string>();
    for (const s of base.stages) {
      const prev = last.get(s.instance);
      const at = order.indexOf(s.stage);
      if (at > 0) expect(prev, `instance ${s.instance} entered ${s.stage}`).toBe(order[at - 1]);
      if (s.stage === 'Updated' || s.stage === 'Failed') expect(prev).toBe('DatabaseUpgrade');
      last.set(s.instance, s.stage);
    }
  });

  it('falls back to a later date inside the window, with its own email, or else misses the window', () => {
    const overruns = base.stages.filter((s) => s.stage === 'NotStarted' || s.stage === 'Aborted');
    expect(overruns.length).toBeGreaterThan(0);
    const emails = base.messages.filter((m) => m.message === 'fallback');
    let fellBack = 0;
    for (const f of overruns) {
      const next = base.stages.find((s) => s.instance === f.instance && s.time >= f.time && (s.stage === 'Queued' || s.stage === 'MissedWindow'));
      const email = emails.find((m) => m.instance === f.instance && m.time === f.time);
      if (next?.stage === 'MissedWindow') expect(email, `no fallback email for instance ${f.instance}, which missed the window`).toBeUndefined();
      else {
        expect(email, `fallback email for instance ${f.instance}`).toBeDefined();
        fellBack++;
      }
      if (next?.stage === 'Queued') expect(next.windowOpen).toBeGreaterThan(f.windowOpen);
    }
    expect(base.result.counters.fallbacks).toBe(fellBack);
    expect(emails.length).toBe(fellBack);
  });
});

describe('approval and reschedule', () => {
  it('runs mandatory updates without approval and never an optional one that was not approved', () => {
    const queued = base.stages.filter((s) => s.stage === 'Queued');
    const unapproved = queued.filter((s) => !s.approved);
    expect(unapproved.length).toBeGreaterThan(0);
    for (const s of unapproved) {
      const onPrem = base.result.tenants.deployment[base.result.instances.tenant[s.instance]] === 1;
      expect(s.mandatory || onPrem, `instance ${s.instance} ran unapproved`).toBe(true);
    }
    const notApproved = base.stages.filter((s) => s.stage === 'NotApproved');
    expect(notApproved.length).toBeGreaterThan(0);
    for (const s of notApproved) expect(s.mandatory || s.approved).toBe(false);
  });

  it('makes n-2 always mandatory and n-1 mandatory from the day after its support end', () => {
    const supportEnd = base.result.supportEndHour;
    for (const s of base.stages.filter((x) => x.stage === 'Queued' && !x.approved)) {
      if (s.version === VERSION_N1) expect(s.time).toBeGreaterThanOrEqual(supportEnd);
    }
    expect(base.stages.some((s) => s.stage === 'Queued' && !s.approved && s.version === VERSION_N2)).toBe(true);
    expect(base.stages.some((s) => s.stage === 'Queued' && !s.approved && s.version === VERSION_N1)).toBe(true);
  });

  it('books an unapproved n-1 update as mandatory after support end, at least 7 days ahead, with the reminders that fit', () => {
    const { result, scenario } = base;
    const offsets = scenario.regions.map((r) => r.utcOffsetHours);
    const localDay = (t: number, region: number) => Math.floor((t + offsets[region]) / DAY);
    let booked = 0;
    for (const na of base.stages.filter((s) => s.stage === 'NotApproved' && s.version === VERSION_N1)) {
      const next = base.messages.find((m) => m.instance === na.instance && m.time === na.time && m.message === 'updateScheduled');
      if (!next) continue;
      booked++;
      expect(localDay(next.dueAt, na.region)).toBeGreaterThan(result.lastSupportedDay);
      expect(next.dueAt - na.time).toBeGreaterThan(7 * DAY);
      const movedByAdmin = base.trace.some((e) => e.type === 'reschedule' && e.instance === na.instance && e.from === next.dueAt);
      const reminder7 = base.messages.find((m) => m.instance === na.instance && m.message === 'reminder7' && m.dueAt === next.dueAt);
      if (!movedByAdmin) expect(reminder7, `7-day reminder for instance ${na.instance}`).toBeDefined();
      const queued = base.stages.find((s) => s.instance === na.instance && s.stage === 'Queued' && s.windowOpen === next.dueAt);
      if (queued && !queued.approved) expect(queued.mandatory).toBe(true);
    }
    expect(booked).toBeGreaterThan(10);
  });

  it('reschedules only before the update starts', () => {
    const reschedules = base.trace.filter((e): e is Extract<TraceEvent, { type: 'reschedule' }> => e.type === 'reschedule');
    expect(reschedules.length).toBeGreaterThan(100);
    for (const r of reschedules) expect(r.time).toBeLessThan(r.from);
  });

  it('approves a production update only after its sandboxes passed, unless its admin chose the date', () => {
    const { result } = base;
    const version = Uint8Array.from(result.instances.fromVersion);
    const rescheduledAt = new Map<number, number>();
    let checked = 0;
    for (const e of base.trace) {
      if (e.type === 'stage' && e.stage === 'Updated') version[e.instance] = e.version;
      if (e.type === 'reschedule') rescheduledAt.set(e.instance, e.time);
      if (e.type !== 'message' || e.message !== 'scheduleConfirmed' || result.instances.kind[e.instance] !== PRODUCTION) continue;
      // A reschedule approves the dates the admin picked, sandboxes done or not.
      if (rescheduledAt.get(e.instance) === e.time) continue;
      const tenant = result.instances.tenant[e.instance];
      const target = base.stages.find((s) => s.instance === e.instance && s.time >= e.time && s.stage === 'Queued')?.target ?? VERSION_N;
      for (let j = e.instance + 1; j < result.instances.count && result.instances.tenant[j] === tenant; j++) {
        expect(version[j], `sandbox ${j} of tenant ${tenant}`).toBeLessThanOrEqual(target);
        checked++;
      }
    }
    expect(checked).toBeGreaterThan(20);
  });
});

describe('recommended approaches', () => {
  function stepsFromN2(r: Run, kind: number): number[] {
    const { instances } = r.result;
    const steps: number[] = [];
    for (let i = 0; i < instances.count; i++) {
      if (instances.kind[i] === kind && instances.fromVersion[i] === VERSION_N2 && instances.outcome[i] === OUTCOME_UPDATED) steps.push(instances.stepsCompleted[i]);
    }
    expect(steps.length).toBeGreaterThan(10);
    return steps;
  }

  it('approach one: production goes from n-2 straight to n, its sandbox steps through n-1', () => {
    expect(new Set(stepsFromN2(base, PRODUCTION))).toEqual(new Set([1]));
    expect(new Set(stepsFromN2(base, SANDBOX))).toEqual(new Set([2]));
  });

  it('approach two: production and sandbox both step through n-1', () => {
    expect(new Set(stepsFromN2(approachTwo, PRODUCTION))).toEqual(new Set([2]));
    expect(new Set(stepsFromN2(approachTwo, SANDBOX))).toEqual(new Set([2]));
  });
});

describe('capacity', () => {
  it('never runs more updates at once in a region than it has update slots, and uses them all at peak', () => {
    const running = new Map<number, number>();
    const peak = new Map<number, number>();
    for (const s of base.stages) {
      const delta = s.stage === 'Backup' ? 1 : ['Updated', 'Failed', 'Aborted'].includes(s.stage) ? -1 : 0;
      if (!delta) continue;
      const now = (running.get(s.region) ?? 0) + delta;
      running.set(s.region, now);
      peak.set(s.region, Math.max(peak.get(s.region) ?? 0, now));
    }
    base.scenario.regions.forEach((r, k) => {
      expect(peak.get(k)).toBe(r.updateSlots);
      expect(base.result.peakSlotUse[k]).toBe(r.updateSlots);
      for (let h = 0; h < base.result.hourly.hours; h++) expect(base.result.hourly.slotUse[k][h]).toBeLessThanOrEqual(r.updateSlots);
    });
  });

  it('pauses a region for a major incident: no update starts there while it lasts', () => {
    const major = base.result.incidents.find((i) => i.kind === 'major')!;
    const region = base.scenario.regions.findIndex((r) => r.name === major.region);
    const starts = base.stages.filter((s) => s.stage === 'Backup' && s.region === region && s.time > major.start && s.time < major.end);
    expect(starts).toEqual([]);
    expect(major.updatesDisplaced).toBeGreaterThan(0);
  });
});

describe('storage', () => {
  it('omits an instance from Total Storage Used exactly from Queued until its upgrade completes', () => {
    const { result } = base;
    const omitted = new Set<number>();
    let gb = 0;
    let k = 0;
    const check = (hour: number) => {
      for (; k < hour; k++) expect(result.hourly.actualStorageGb[k] - result.hourly.reportedStorageGb[k]).toBeCloseTo(gb, 6);
    };
    let sawGap = false;
    // The events that move storage, in time order (Restore and DatabaseUpgrade are traced when planned).
    for (const s of base.stages.filter((x) => ['Queued', 'Updated', 'Failed', 'Aborted', 'NotStarted'].includes(x.stage))) {
      check(Math.floor(s.time));
      if (s.stage === 'Queued') {
        omitted.add(s.instance);
        gb += result.instances.storageGb[s.instance];
        sawGap = true;
      } else if (['Updated', 'Failed', 'Aborted', 'NotStarted'].includes(s.stage) && omitted.delete(s.instance)) {
        gb -= result.instances.storageGb[s.instance];
      }
    }
    check(result.hourly.hours);
    expect(sawGap).toBe(true);
  });

  it('counts no backup against storage: actual Total Storage Used is the instances\' storage', () => {
    const total = base.result.instances.storageGb.reduce((a, b) => a + b, 0);
    expect(base.result.hourly.actualStorageGb[0]).toBeCloseTo(total, 6);
    expect(base.result.hourly.actualStorageGb[base.result.hourly.hours - 1]).toBeCloseTo(total, 6);
  });
});

describe('backups and restores', () => {
  it('restores to sandboxes only', () => {
    const restores = base.trace.filter((e) => e.type === 'restore');
    expect(restores.length).toBeGreaterThan(50);
    for (const r of restores) expect(base.result.instances.kind[r.instance]).toBe(SANDBOX);
  });

  it('backs up every instance once a day: a day of system backup demand adds up to the fleet storage', () => {
    const { hourly } = base.result;
    const system = hourly.backupDemand[0];
    const day = 60;
    let gb = 0;
    for (let h = day * 24; h < day * 24 + 24; h++) gb += system[h];
    expect(gb).toBeCloseTo(hourly.actualStorageGb[day * 24], 3);
  });
});

describe('on-premises organizations', () => {
  it('imports organizations on 8.2 or later and refuses older ones', () => {
    const { tenants, instances } = base.result;
    let refused = 0;
    let imported = 0;
    for (let i = 0; i < instances.count; i++) {
      const v = tenants.onPremisesVersion[instances.tenant[i]];
      if (!v) continue;
      const [major, minor] = v.split('.').map(Number);
      const importable = major > 8 || (major === 8 && minor >= 2);
      if (importable) {
        expect(instances.outcome[i]).not.toBe(OUTCOME_IMPORT_REFUSED);
        if (instances.outcome[i] === OUTCOME_UPDATED) imported++;
      } else {
        expect(instances.outcome[i]).toBe(OUTCOME_IMPORT_REFUSED);
        expect(base.stages.some((s) => s.instance === i && s.stage === 'Queued')).toBe(false);
        refused++;
      }
    }
    expect(refused).toBeGreaterThan(0);
    expect(imported).toBeGreaterThan(0);
    expect(base.result.counters.importsRefused).toBe(refused);
  });

  it('keeps imports out of the online cycle: no reminders, no admin answers, their own messages', () => {
    const onPrem = (i: number) => base.result.tenants.deployment[base.result.instances.tenant[i]] === 1;
    const online = ['updateScheduled', 'reminder90', 'reminder30', 'reminder15', 'reminder7', 'scheduleConfirmed', 'updateInProgress', 'updateSuccessful', 'updateRescheduled'];
    const toImports = base.messages.filter((m) => onPrem(m.instance));
    expect(toImports.some((m) => m.message === 'importScheduled')).toBe(true);
    for (const m of toImports) expect(online, `instance ${m.instance} got ${m.message}`).not.toContain(m.message);
    for (const m of base.messages.filter((x) => !onPrem(x.instance))) expect(m.message.startsWith('import')).toBe(false);
    const reschedules = base.trace.filter((e) => e.type === 'reschedule' && onPrem(e.instance));
    expect(reschedules).toEqual([]);
  });

  it('backs up an organization before importing it', () => {
    const onPrem = (i: number) => base.result.tenants.deployment[base.result.instances.tenant[i]] === 1;
    const updated = base.stages.filter((s) => s.stage === 'Updated' && onPrem(s.instance));
    expect(updated.length).toBeGreaterThan(0);
    for (const u of updated) {
      const backup = base.stages.find((s) => s.instance === u.instance && s.stage === 'Backup' && s.windowOpen === u.windowOpen);
      expect(backup).toBeDefined();
    }
  });
});
