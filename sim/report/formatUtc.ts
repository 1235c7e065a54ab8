/**
 * Report times: hours since 00:00 UTC of the result's epoch date, written as
 * `YYYY-MM-DDTHH:MMZ` to the minute. NaN ("never happened") is "".
 *
 * The text is built from whole numbers (days to a civil date, then hour and
 * minute), not through Date: an instance report formats millions of times,
 * and each hour's `YYYY-MM-DDTHH:` is built once and shared.
 */

const EPOCH_DATE = /^(\d{4})-(\d{2})-(\d{2})$/;

/** "00" to "59" followed by "Z": the minute part of every time. */
const MINUTE_SUFFIX = Array.from({ length: 60 }, (_, m) => `${String(m).padStart(2, '0')}Z`);

const pad2 = (x: number) => (x < 10 ? `0${x}` : String(x));

/** Days since 1970-01-01 of a proleptic Gregorian date (Hinnant's days_from_civil). */
function daysFromCivil(year: number, month: number, day: number): number {
  const y = month <= 2 ? year - 1 : year;
  const era = Math.floor(y / 400);
  const yearOfEra = y - era * 400;
  const dayOfYear = Math.floor((153 * (month + (month > 2 ? -3 : 9)) + 2) / 5) + day - 1;
  const dayOfEra = yearOfEra * 365 + Math.floor(yearOfEra / 4) - Math.floor(yearOfEra / 100) + dayOfYear;
  return era * 146097 + dayOfEra - 719468;
}

/** `YYYY-MM-DD` of a day count since 1970-01-01 (Hinnant's civil_from_days). */
function civilText(days: number): string {
  const z = days + 719468;
  const era = Math.floor(z / 146097);
  const dayOfEra = z - era * 146097;
  const yearOfEra = Math.floor((dayOfEra - Math.floor(dayOfEra / 1460) + Math.floor(dayOfEra / 36524) - Math.floor(dayOfEra / 146096)) / 365);
  const dayOfYear = dayOfEra - (365 * yearOfEra + Math.floor(yearOfEra / 4) - Math.floor(yearOfEra / 100));
  const mp = Math.floor((5 * dayOfYear + 2) / 153);
  const day = dayOfYear - Math.floor((153 * mp + 2) / 5) + 1;
  const month = mp < 10 ? mp + 3 : mp - 9;
  const year = yearOfEra + era * 400 + (month <= 2 ? 1 : 0);
  return `${String(year).padStart(4, '0')}-${pad2(month)}-${pad2(day)}`;
}

/** Hours whose texts are cached in a flat array: about seven years from the epoch, more than any run spans. */
export const CACHED_HOURS = 65_536;

/**
 * A formatter for many times against one epoch date. A run spans months: a
 * few thousand distinct hours, and each minute's text is built once and
 * kept, so the millions of times of an instance report make no new strings.
 */
export function utcFormatter(epochDate: string): (hours: number) => string {
  const m = EPOCH_DATE.exec(epochDate);
  if (!m) throw new RangeError(`epoch date must be written YYYY-MM-DD, got "${epochDate}"`);
  const epochDay = daysFromCivil(+m[1], +m[2], +m[3]);
  const prefixOf = (hour: number) => {
    const day = Math.floor(hour / 24);
    return `${civilText(epochDay + day)}T${pad2(hour - day * 24)}:`;
  };
  /** Per cached hour, its 60 minutes' texts, filled as they are asked for. */
  const byHour: (string[] | undefined)[] = new Array(CACHED_HOURS);
  return (hours) => {
    if (!Number.isFinite(hours)) return '';
    // Round to the minute first, so 23:59.7 becomes 00:00 of the next day rather than 23:60.
    const minutes = Math.round(hours * 60);
    const hour = Math.floor(minutes / 60);
    const minute = minutes - hour * 60;
    if (!(hour >= 0 && hour < CACHED_HOURS)) return prefixOf(hour) + MINUTE_SUFFIX[minute];
    let texts = byHour[hour];
    if (texts === undefined) texts = byHour[hour] = new Array<string>(60).fill('');
    let text = texts[minute];
    if (text === '') text = texts[minute] = prefixOf(hour) + MINUTE_SUFFIX[minute];
    return text;
  };
}

/** Writes `hours` after 00:00 UTC of `epochDate` as `YYYY-MM-DDTHH:MMZ`; "" for NaN. */
export function formatUtc(epochDate: string, hours: number): string {
  return utcFormatter(epochDate)(hours);
}
