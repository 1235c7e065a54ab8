import { describe, expect, it } from 'vitest';
import { LINE_COLORS, lineColor } from '../../viz/charts/toolkit/palette.js';

/** WCAG relative luminance of a `#rrggbb` colour. */
function luminance(hex: string): number {
  const [r, g, b] = [1, 3, 5].map((i) => parseInt(hex.slice(i, i + 2), 16) / 255).map((c) => (c <= 0.03928 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4));
  return 0.2126 * r + 0.7152 * g + 0.0722 * b;
}

/** WCAG contrast ratio of two colours. */
const contrast = (a: string, b: string) => {
  const [hi, lo] = [luminance(a), luminance(b)].sort((x, y) => y - x);
  return (hi + 0.05) / (lo + 0.05);
};

describe('line colours', () => {
  it('gives the first two compared scenarios colours that differ in lightness, not only in hue', () => {
    // Orange beside red (the old pair) is 1.52:1; dark blue beside light orange is 2.30:1, a step a reader sees without hue.
    expect(contrast(lineColor(0), lineColor(1))).toBeGreaterThan(2);
  });

  it('repeats after the palette runs out, and has no two equal colours', () => {
    expect(new Set(LINE_COLORS).size).toBe(LINE_COLORS.length);
    expect(lineColor(LINE_COLORS.length)).toBe(lineColor(0));
  });
});
