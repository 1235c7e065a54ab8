/**
 * A whole number with its thousands grouped, "1,000,000", as
 * `toLocaleString('en-US')` writes it. Built by hand because the first call
 * of toLocaleString loads the locale's data: 15–20 ms of every command's
 * start, paid by the schema's messages before anything ran.
 */

/** `n` rounded to a whole number, thousands grouped with commas. */
export function groupedWhole(n: number): string {
  const whole = Math.round(n);
  if (!Number.isSafeInteger(whole)) return whole.toLocaleString('en-US');
  const digits = String(Math.abs(whole));
  let text = digits.slice(0, digits.length % 3 || 3);
  for (let k = text.length; k < digits.length; k += 3) text += `,${digits.slice(k, k + 3)}`;
  return whole < 0 ? `-${text}` : text;
}
