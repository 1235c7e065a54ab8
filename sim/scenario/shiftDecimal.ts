/**
 * Moving a number's decimal point, on its digits rather than by arithmetic:
 * a fraction shown as a percent, and a typed percent read back as a
 * fraction. Multiplying by 100 in floating point turns 0.07 into
 * 7.000000000000001; moving the point in the text gives 7, and reading
 * "7" back as 7e-2 gives exactly the double that 0.07 is, so a value goes
 * through the form and back without a trace.
 */

/** A decimal number as text: sign, optional point, optional exponent. */
const DECIMAL = /^([-+]?)(\d*)(?:\.(\d*))?(?:e([-+]?\d+))?$/i;

/**
 * The plain decimal text of `text` × 10^`places` (places may be negative),
 * such as shiftDecimal("0.07", 2) = "7" and shiftDecimal("12.5", -2) =
 * "0.125"; null when `text` is not a decimal number.
 */
export function shiftDecimal(text: string, places: number): string | null {
  const m = DECIMAL.exec(text.trim());
  if (!m || (m[2] === '' && (m[3] ?? '') === '')) return null;
  const [, sign, whole, fraction = '', exponent = '0'] = m;
  const digits = `${whole}${fraction}`;
  // Where the point falls in `digits` once shifted: may be before the first digit or past the last.
  const point = whole.length + Number(exponent) + places;
  // An absurd exponent would ask for millions of zeros: leave such a number to Number's own notation.
  if (Math.abs(point) > 400) return String(Number(`${sign}${digits}e${point - digits.length}`));
  const padded = point <= 0 ? `${'0'.repeat(1 - point)}${digits}` : point > digits.length ? digits.padEnd(point, '0') : digits;
  const at = Math.max(point, 1);
  const intPart = padded.slice(0, at).replace(/^0+(?=\d)/, '');
  const fracPart = padded.slice(at).replace(/0+$/, '');
  const body = fracPart === '' ? intPart : `${intPart}.${fracPart}`;
  return /^[0.]*$/.test(body) ? '0' : `${sign === '-' ? '-' : ''}${body}`;
}

/** A fraction as the percent a field shows: 0.07 is "7", 0.125 is "12.5". */
export function percentText(fraction: number): string {
  return shiftDecimal(String(fraction), 2) ?? String(fraction * 100);
}

/** The fraction a typed percent stands for ("7" is 0.07), or null when the text is not a number. */
export function fractionFromPercent(text: string): number | null {
  const shifted = shiftDecimal(text, -2);
  return shifted === null ? null : Number(shifted);
}
