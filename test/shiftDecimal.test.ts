import { describe, expect, it } from 'vitest';
import { fractionFromPercent, percentText, shiftDecimal } from '../sim/scenario/shiftDecimal.js';

describe('shiftDecimal', () => {
  it('moves the decimal point on the digits, as a person would write the result', () => {
    expect(shiftDecimal('0.07', 2)).toBe('7');
    expect(shiftDecimal('12.5', -2)).toBe('0.125');
    expect(shiftDecimal('7', -2)).toBe('0.07');
    expect(shiftDecimal('1e-7', 2)).toBe('0.00001');
    expect(shiftDecimal('1.5e-2', 2)).toBe('1.5');
    expect(shiftDecimal('-0.5', 2)).toBe('-50');
    expect(shiftDecimal('.5', 2)).toBe('50');
    expect(shiftDecimal('0.000', 2)).toBe('0');
  });

  it('refuses text that is not a decimal number', () => {
    for (const text of ['', 'abc', '7 %', '1,5', '.', 'e3']) expect(shiftDecimal(text, 2), text).toBeNull();
  });
});

describe('percent fields', () => {
  it('show a fraction as its percent without float noise (0.07 is 7, not 7.000000000000001)', () => {
    expect(0.07 * 100).not.toBe(7);
    expect(percentText(0.07)).toBe('7');
    expect(percentText(0.995)).toBe('99.5');
    expect(percentText(0.123456789)).toBe('12.3456789');
    expect(percentText(1)).toBe('100');
    expect(percentText(0)).toBe('0');
  });

  it('read a typed percent back as the fraction a file would hold (7 is 0.07 exactly)', () => {
    expect(fractionFromPercent('7')).toBe(0.07);
    expect(fractionFromPercent(' 99.5 ')).toBe(0.995);
    expect(fractionFromPercent('0.01')).toBe(0.0001);
    expect(fractionFromPercent('7 %')).toBeNull();
  });

  it('round-trip every fraction exactly: fraction → percent text → the same fraction', () => {
    const fractions = [0.07, 0.1, 0.2, 0.3, 0.35, 0.6, 0.98, 0.99, 0.999, 1 / 3, 2 / 3, 1e-9, 0.123456789];
    for (let i = 1; i < 1000; i++) fractions.push(i / 1000, i / 997);
    for (const f of fractions) expect(fractionFromPercent(percentText(f)), String(f)).toBe(f);
  });
});
