/**
 * The simulation's calendar: simulated time is hours since 00:00 UTC of an
 * epoch date (the day updates are announced). Converting scenario dates to
 * hours, hours back to days, and counting business days all happen here.
 */

const MS_PER_HOUR = 3_600_000;

const DATE_TIME = /^(\d{4})-(\d{2})-(\d{2})(?:T(\d{2}):(\d{2})Z)?$/;

/** Milliseconds since 1970 of a `YYYY-MM-DD` or `YYYY-MM-DDTHH:MMZ` UTC text (already validated). */
function utcMillis(text: string): number {
  const m = DATE_TIME.exec(text);
  if (!m) throw new RangeError(`not a UTC date or time: ${text}`);
  return Date.UTC(+m[1], +m[2] - 1, +m[3], m[4] ? +m[4] : 0, m[5] ? +m[5] : 0);
}

/** Hours from 00:00 UTC of `epochDate` to `text` (a date or UTC date-time). */
export function hoursSinceEpoch(epochDate: string, text: string): number {
  return (utcMillis(text) - utcMillis(epochDate)) / MS_PER_HOUR;
}

/** The day (0 = epoch date) that contains hour `t`. */
export function dayOf(t: number): number {
  return Math.floor(t / 24);
}

/** Day of the week of hour `t`, 0 = Sunday ... 6 = Saturday. */
export function weekdayOf(epochDate: string, t: number): number {
  const epochWeekday = new Date(utcMillis(epochDate)).getUTCDay();
  return (((epochWeekday + dayOf(t)) % 7) + 7) % 7;
}

/**
 * The same time of day `businessDays` working days (Monday to Friday) after
 * hour `t`: the post-incident report is published five business days after
 * resolution.
 */
export function addBusinessDays(epochDate: string, t: number, businessDays: number): number {
  let weekday = weekdayOf(epochDate, t);
  let result = t;
  let left = businessDays;
  while (left > 0) {
    result += 24;
    weekday = (weekday + 1) % 7;
    if (weekday !== 0 && weekday !== 6) left--;
  }
  return result;
}

/** Hour at which a window opening at `localHour` local time on `day` opens, in a region `utcOffsetHours` from UTC. */
export function localTimeToHour(day: number, localHour: number, utcOffsetHours: number): number {
  return day * 24 + localHour - utcOffsetHours;
}
