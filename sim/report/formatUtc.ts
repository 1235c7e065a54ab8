/**
 * Report times: hours since 00:00 UTC of the result's epoch date, written as
 * `YYYY-MM-DDTHH:MMZ` to the minute. NaN ("never happened") is "".
 */

const EPOCH_DATE = /^(\d{4})-(\d{2})-(\d{2})$/;

/**
 * A formatter for many times against one epoch date. Instance reports format
 * millions of times that fall on a few hundred thousand distinct minutes at
 * most (a run spans months), so each minute's text is built once and shared.
 */
export function utcFormatter(epochDate: string): (hours: number) => string {
  const m = EPOCH_DATE.exec(epochDate);
  if (!m) throw new RangeError(`epoch date must be written YYYY-MM-DD, got "${epochDate}"`);
  const epochMs = Date.UTC(+m[1], +m[2] - 1, +m[3]);
  const byMinute = new Map<number, string>();
  return (hours) => {
    if (!Number.isFinite(hours)) return '';
    // Round to the minute first, so 23:59.7 becomes 00:00 of the next day rather than 23:60.
    const minutes = Math.round(hours * 60);
    let text = byMinute.get(minutes);
    if (text === undefined) {
      text = `${new Date(epochMs + minutes * 60_000).toISOString().slice(0, 16)}Z`;
      byMinute.set(minutes, text);
    }
    return text;
  };
}

/** Writes `hours` after 00:00 UTC of `epochDate` as `YYYY-MM-DDTHH:MMZ`; "" for NaN. */
export function formatUtc(epochDate: string, hours: number): string {
  return utcFormatter(epochDate)(hours);
}
