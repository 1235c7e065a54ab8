/**
 * The incident report: each planned maintenance, unplanned or major incident,
 * what it did to the wave in its region and who was told.
 */
import type { SimulationResult } from '../model/SimulationResult.js';
import { utcFormatter } from './formatUtc.js';
import type { ReportRow } from './ReportRow.js';
import { DECIMALS, round } from './round.js';

/** Columns of incidents.csv. */
export const INCIDENT_COLUMNS = [
  'kind',
  'region',
  'start_utc',
  'end_utc',
  'notice_utc',
  'post_incident_report_utc',
  'pause_updates',
  'slowdown',
  'failure_multiplier',
  'updates_displaced',
  'admins_notified',
] as const;

/** One row per incident, in result order; `pause_updates` is 1 or 0, `region` is "*" for all regions. */
export function incidentRows(result: SimulationResult): ReportRow[] {
  const time = utcFormatter(result.epochDate);
  return result.incidents.map((incident) => ({
    kind: incident.kind,
    region: incident.region,
    start_utc: time(incident.start),
    end_utc: time(incident.end),
    notice_utc: time(incident.noticeAt),
    post_incident_report_utc: time(incident.postIncidentReportAt),
    pause_updates: incident.pauseUpdates ? 1 : 0,
    slowdown: round(incident.slowdown, DECIMALS.factor),
    failure_multiplier: round(incident.failureMultiplier, DECIMALS.factor),
    updates_displaced: incident.updatesDisplaced,
    admins_notified: incident.adminsNotified,
  }));
}
