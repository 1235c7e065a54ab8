/**
 * Daily system backups, in aggregate: every instance is backed up once a day
 * during a nightly window in its region's local time, spread evenly over that
 * window; modelling them per instance would add a million events to a large
 * fleet for a load that is, to the backup system, a steady nightly stream.
 */

/** Hour of the UTC day at which a region's nightly window opens. */
function windowStartUtc(localHour: number, utcOffsetHours: number): number {
  return (((localHour - utcOffsetHours) % 24) + 24) % 24;
}

/**
 * Mean system backup demand (GB/h) over [t0, t1) for a region holding
 * `storageGb`, whose nightly window opens at `localHour` and lasts
 * `windowHours`. Overlapping windows (longer than a day) add up.
 */
export function systemBackupDemand(storageGb: number, localHour: number, utcOffsetHours: number, windowHours: number, t0: number, t1: number): number {
  const start = windowStartUtc(localHour, utcOffsetHours);
  const rate = storageGb / windowHours;
  let covered = 0;
  const firstDay = Math.floor((t0 - start - windowHours) / 24);
  const lastDay = Math.floor((t1 - start) / 24);
  for (let d = firstDay; d <= lastDay; d++) {
    const a = start + 24 * d;
    const overlap = Math.min(t1, a + windowHours) - Math.max(t0, a);
    if (overlap > 0) covered += overlap;
  }
  return t1 > t0 ? (rate * covered) / (t1 - t0) : 0;
}

/** System backup demand (GB/h) at the instant `t`. */
export function systemBackupDemandAt(storageGb: number, localHour: number, utcOffsetHours: number, windowHours: number, t: number): number {
  const start = windowStartUtc(localHour, utcOffsetHours);
  const sinceOpen = (((t - start) % 24) + 24) % 24;
  // Windows longer than a day overlap: count every one still open at t.
  let open = 0;
  for (let back = sinceOpen; back < windowHours; back += 24) open++;
  return (storageGb / windowHours) * open;
}
