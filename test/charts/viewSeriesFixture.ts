/**
 * A hand-made ViewSeries small enough to check chart summaries and marks by
 * hand: five days from 26 February 2027 (so days cross a month end), two
 * regions (one with a name that looks like markup), a handful of updates.
 */
import { BACKUP_KINDS, CHANNELS, MESSAGE_TYPES } from '../../sim/model/SimulationResult.js';
import type { ViewSeries } from '../../sim/report/viewSeries.js';

const HOURS = 120;

/** A series of `HOURS` hours, `fill` everywhere except at the hours in `at`. */
function series(at: Record<number, number>, fill = 0): Float64Array {
  const s = new Float64Array(HOURS).fill(fill);
  for (const [h, v] of Object.entries(at)) s[+h] = v;
  return s;
}

/** The fixture; `change` edits a fresh copy. */
export function viewSeriesFixture(change: (v: ViewSeries) => void = () => {}): ViewSeries {
  const starts = new Float64Array(48);
  // Starts at hours 30 (2), 31 (1), 50 (2) and 70 (1); the heatmap begins on day 1 (hour 24).
  starts[6] = 2;
  starts[7] = 1;
  starts[26] = 2;
  starts[46] = 1;
  const actual = series({});
  for (let h = 0; h < HOURS; h++) actual[h] = 1000 + h;
  const reported = actual.slice();
  reported[50] -= 40;
  reported[70] -= 10;
  const v: ViewSeries = {
    scenarioName: 'Fixture <script>',
    seed: 7,
    epochDate: '2027-02-26',
    windowStartHour: 24,
    windowEndHour: 96,
    supportEndHour: 48,
    hours: HOURS,
    regions: ['North', 'South & <East>'],
    regionSlots: [2, 1],
    instances: 10,
    completionsByRegion: [series({ 30: 2, 31: 1, 50: 3 }), series({ 70: 4 })],
    shareMilestones: [
      { share: 0.5, hour: 51 },
      { share: 0.9, hour: 75 },
      { share: 0.99, hour: null },
    ],
    slotUse: [series({ 30: 2, 31: 1, 50: 2 }), series({ 70: 1 })],
    slotCapacity: [series({}, 2), series({ 60: 0, 61: 0 }, 1)],
    queued: series({ 30: 3, 50: 1 }),
    meanWaitHours: series({ 30: 1.5, 31: 0.5, 50: 3, 70: 0 }, NaN),
    shareOnN: series({}),
    split: { alreadyCurrent: 1, approved: 5, mandatory: 3, rescheduled: 2, neverApproved: 1 },
    versionsAtSupportEnd: [3, 5, 2],
    outOfPolicyAtWindowEnd: 1,
    reportedStorageGb: reported,
    actualStorageGb: actual,
    backupKinds: BACKUP_KINDS,
    backupDemand: [series({}, 100), series({}), series({ 30: 50 }), series({ 31: 20 })],
    backupCapacity: series({}, 120),
    // 2,000 GB of system backups held throughout; on-demand ones 300 GB from hour 30.
    // A major incident in North over hours 60–66, and North halted by a gate over hours 80–90.
    spans: [
      { kind: 'incident', start: 60, end: 66, label: 'major incident in North' },
      { kind: 'halt', start: 80, end: 90, label: 'North halted (failures)' },
    ],
    // Two waves: North alone over days 1–2, then both regions over days 3–4 (UTC dates: the fixture's regions have no offset).
    waveSpans: [
      { name: 'Wave 1: pilot', regions: ['North'], start: 24, end: 72 },
      { name: 'Wave 2: everyone else', regions: ['North', 'South & <East>'], start: 72, end: 120 },
    ],
    retainedSystemBackupGb: series({}, 2000),
    retainedOnDemandBackupGb: series(Object.fromEntries(Array.from({ length: 90 }, (_, k) => [30 + k, 300]))),
    heatmap: { firstDay: 1, days: 2, starts },
    messages: MESSAGE_TYPES.flatMap((type) => CHANNELS.map((channel) => ({ type, channel, count: 0 }))),
  };
  for (let h = 0; h < HOURS; h++) v.shareOnN[h] = h < 30 ? 0.1 : h < 50 ? 0.3 : h < 74 ? 0.6 : 0.9;
  const count = (type: string, channel: string, n: number) => (v.messages.find((m) => m.type === type && m.channel === channel)!.count = n);
  count('updateScheduled', 'inProductAlert', 5);
  count('updateScheduled', 'email', 5);
  count('updateScheduled', 'adminCenter', 5);
  count('reminder90', 'email', 4);
  count('reminder90', 'adminCenter', 4);
  count('fallback', 'email', 1);
  count('updateSuccessful', 'email', 6);
  count('updateSuccessful', 'adminCenter', 6);
  change(v);
  return v;
}
