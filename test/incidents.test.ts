/**
 * Incidents and maintenance (seed 001): a post-incident report five business
 * days after a major incident only; planned maintenance announced ahead with
 * its own notice, not with incident emails.
 */
import { describe, expect, it } from 'vitest';
import { MESSAGE_TYPES } from '../sim/model/SimulationResult.js';
import { simulateRelease } from '../sim/model/simulateRelease.js';
import { smallScenario } from './support/smallScenario.js';

const DAY = 24;
const sent = (messages: number[][], type: (typeof MESSAGE_TYPES)[number]) => messages[MESSAGE_TYPES.indexOf(type)].reduce((a, b) => a + b, 0);

describe('incidents', () => {
  const result = simulateRelease(smallScenario());

  it('publishes a post-incident report five business days after a major incident, and for no other kind', () => {
    const kinds = new Set(result.incidents.map((i) => i.kind));
    expect(kinds).toEqual(new Set(['major', 'plannedMaintenance', 'unplanned']));
    for (const incident of result.incidents) {
      if (incident.kind !== 'major') {
        expect(incident.postIncidentReportAt, incident.kind).toBeNaN();
        continue;
      }
      // 2027-01-01 (the epoch) is a Friday: count weekdays by hand from the resolution.
      const gap = incident.postIncidentReportAt - incident.end;
      expect(gap % DAY).toBe(0);
      let weekdays = 0;
      for (let d = 1; d <= gap / DAY; d++) {
        const weekday = (5 + Math.floor((incident.end + d * DAY) / DAY)) % 7;
        if (weekday !== 0 && weekday !== 6) weekdays++;
      }
      expect(weekdays).toBe(5);
    }
  });

  it('announces planned maintenance maintenanceNoticeDays ahead with its own message, without incident emails', () => {
    const onlyMaintenance = smallScenario((s) => {
      s.incidents = { maintenanceNoticeDays: 9, scheduled: [{ kind: 'plannedMaintenance', region: 'EUR', start: '2027-04-24T02:00Z', durationHours: 4, affectedShare: 1 }] };
    });
    const run = simulateRelease(onlyMaintenance);
    const [maintenance] = run.incidents;
    expect(maintenance.start - maintenance.noticeAt).toBe(9 * DAY);
    const eurTenants = run.tenants.region.filter((r) => r === 1).length;
    expect(maintenance.adminsNotified).toBe(eurTenants);
    expect(run.messages[MESSAGE_TYPES.indexOf('maintenanceScheduled')]).toEqual([0, eurTenants, eurTenants]);
    expect(sent(run.messages, 'incidentStarted')).toBe(0);
    expect(sent(run.messages, 'incidentResolved')).toBe(0);
  });

  it('emails the admins affected at the start and at the resolution of unplanned and major incidents', () => {
    const told = result.incidents.filter((i) => i.kind !== 'plannedMaintenance').reduce((a, i) => a + i.adminsNotified, 0);
    expect(told).toBeGreaterThan(0);
    expect(result.messages[MESSAGE_TYPES.indexOf('incidentStarted')][1]).toBe(told);
    expect(result.messages[MESSAGE_TYPES.indexOf('incidentResolved')][1]).toBe(told);
  });
});
