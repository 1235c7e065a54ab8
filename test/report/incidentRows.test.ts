import { describe, expect, it } from 'vitest';
import { INCIDENT_COLUMNS, incidentRows } from '../../sim/report/incidentRows.js';
import { makeResult } from '../support/makeResult.js';

describe('incidentRows', () => {
  const rows = incidentRows(makeResult());

  it('has the documented columns', () => {
    expect(INCIDENT_COLUMNS).toEqual([
      'kind', 'region', 'start_utc', 'end_utc', 'notice_utc', 'post_incident_report_utc', 'pause_updates',
      'slowdown', 'failure_multiplier', 'updates_displaced', 'admins_notified',
    ]);
    for (const row of rows) expect(Object.keys(row)).toEqual([...INCIDENT_COLUMNS]);
  });

  it('gives one row per incident with times, flags as 1/0 and factors', () => {
    expect(rows[0]).toEqual({
      kind: 'major',
      region: 'south',
      start_utc: '2025-03-11T10:30Z',
      end_utc: '2025-03-11T14:00Z',
      notice_utc: '2025-03-11T10:30Z',
      post_incident_report_utc: '2025-03-18T14:00Z',
      pause_updates: 1,
      slowdown: 1.5,
      failure_multiplier: 2,
      updates_displaced: 3,
      admins_notified: 2,
    });
    expect(rows[1]).toMatchObject({ region: '*', pause_updates: 0, notice_utc: '2025-03-08T12:00Z' });
  });

  it('leaves times that never happened empty', () => {
    expect(rows[1]).toMatchObject({ start_utc: '2025-03-13T12:00Z', end_utc: '', post_incident_report_utc: '' });
  });
});
