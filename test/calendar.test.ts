import { describe, expect, it } from 'vitest';
import { addBusinessDays, dayOf, hoursSinceEpoch, localTimeToHour, weekdayOf } from '../sim/model/calendar.js';

// 2027-01-01 is a Friday.
const EPOCH = '2027-01-01';

describe('calendar', () => {
  it('counts hours from 00:00 UTC of the epoch date, across month and year ends', () => {
    expect(hoursSinceEpoch(EPOCH, '2027-01-02')).toBe(24);
    expect(hoursSinceEpoch(EPOCH, '2027-03-01')).toBe((31 + 28) * 24);
    expect(hoursSinceEpoch(EPOCH, '2028-03-01')).toBe((365 + 31 + 29) * 24);
    expect(hoursSinceEpoch(EPOCH, '2027-01-01T08:30Z')).toBe(8.5);
    expect(hoursSinceEpoch(EPOCH, '2026-12-31')).toBe(-24);
  });

  it('names the weekday of an hour', () => {
    expect(weekdayOf(EPOCH, 0)).toBe(5);
    expect(weekdayOf(EPOCH, 24 * 2 + 3)).toBe(0);
    expect(weekdayOf(EPOCH, -1)).toBe(4);
  });

  it('publishes the post-incident report five business days after resolution', () => {
    // Resolved Friday 14:00 -> the next Friday 14:00.
    expect(addBusinessDays(EPOCH, 14, 5)).toBe(7 * 24 + 14);
    // Resolved Saturday -> Friday after (Mon..Fri are the five).
    expect(addBusinessDays(EPOCH, 24 + 10, 5)).toBe(7 * 24 + 10);
    // Resolved Wednesday (Jan 6) -> Wednesday Jan 13.
    expect(addBusinessDays(EPOCH, 5 * 24, 5)).toBe(12 * 24);
    expect(weekdayOf(EPOCH, addBusinessDays(EPOCH, 5 * 24, 5))).toBe(3);
  });

  it('opens a window at the local hour, whatever the region\'s offset', () => {
    expect(localTimeToHour(10, 20, 1)).toBe(10 * 24 + 19);
    expect(localTimeToHour(10, 20, -5)).toBe(11 * 24 + 1);
    expect(localTimeToHour(10, 20, 5.5)).toBe(10 * 24 + 14.5);
    expect(dayOf(localTimeToHour(10, 20, -5) - 5)).toBe(10);
  });
});
