/**
 * Checks of incidents (seed 001): a post-incident report five business days
 * after a major incident only; planned maintenance announced ahead.
 */
import { Violations, type CheckFactory } from './Check.js';
import { reportHours } from './RunRows.js';

/** The same clock time `days` business days (Monday to Friday) after `utc`, a report time. */
function businessDaysAfter(utc: string, days: number): string {
  const t = new Date(utc.replace('Z', ':00Z'));
  let left = days;
  while (left > 0) {
    t.setUTCDate(t.getUTCDate() + 1);
    if (t.getUTCDay() !== 0 && t.getUTCDay() !== 6) left--;
  }
  return `${t.toISOString().slice(0, 16)}Z`;
}

export const incidentNotices: CheckFactory = (facts) => {
  const v = new Violations();
  const noticeHours = facts.scenario.incidents.maintenanceNoticeDays * 24;
  return {
    rule: 'reports major incidents five business days after resolution, and announces planned maintenance ahead',
    rows({ incidents, result }) {
      for (const row of incidents) {
        const what = () => `${row.kind} in ${row.region} from ${row.start_utc}: notice ${row.notice_utc}, report ${row.post_incident_report_utc}`;
        if (row.kind === 'major') v.expect(row.post_incident_report_utc === businessDaysAfter(row.end_utc, 5), what);
        else v.expect(row.post_incident_report_utc === '', what);
        const start = reportHours(result.epochDate, row.start_utc);
        const notice = reportHours(result.epochDate, row.notice_utc);
        const expected = Math.max(0, row.kind === 'plannedMaintenance' ? start - noticeHours : start);
        v.expect(Math.abs(notice - expected) < 1 / 60, what);
      }
    },
    violations: () => v.list(),
  };
};
