/**
 * A number as readers see it: thousands grouped, a fixed count of decimals,
 * in English whatever the machine's locale, so figures read the same
 * everywhere and in the tests; a tiny negative that rounds to zero is "0".
 */
const formats = new Map<number, Intl.NumberFormat>();

/** `value` rounded to `decimals` places, thousands grouped: 10482.24 → "10,482.2" at one decimal. */
export function groupedNumber(value: number, decimals: number): string {
  let format = formats.get(decimals);
  if (!format) {
    format = new Intl.NumberFormat('en-US', { minimumFractionDigits: decimals, maximumFractionDigits: decimals });
    formats.set(decimals, format);
  }
  // Rounded first and 0 added, so a tiny negative is written "0", not "-0".
  const scale = 10 ** decimals;
  return format.format(Math.round(value * scale) / scale + 0);
}
