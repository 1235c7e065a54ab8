import { describe, expect, it } from 'vitest';
import { readFieldValue, showFieldValue } from '../../viz/app/fieldValue.js';

describe('fieldValue', () => {
  it('reads a number field as a number', () => {
    expect(readFieldValue('number', '48')).toBe(48);
    expect(readFieldValue('number', ' 0.25 ')).toBe(0.25);
    expect(readFieldValue('number', '-3')).toBe(-3);
    expect(readFieldValue('number', '1e3')).toBe(1000);
  });

  it('keeps text that is not a number as text, so validation says "must be a number"', () => {
    expect(readFieldValue('number', '12 slots')).toBe('12 slots');
    expect(readFieldValue('number', '1,000')).toBe('1,000');
  });

  it('removes an emptied number or list field (undefined), so validation says "is required" or uses the default', () => {
    expect(readFieldValue('number', '  ')).toBeUndefined();
    expect(readFieldValue('list', ' , ')).toBeUndefined();
  });

  it('reads a list field as its comma-separated items, trimmed', () => {
    expect(readFieldValue('list', 'OCE, APJ,EUR ')).toEqual(['OCE', 'APJ', 'EUR']);
  });

  it('keeps text, dates and choices as typed, an empty text included', () => {
    expect(readFieldValue('text', '')).toBe('');
    expect(readFieldValue('date', '2027-02-30')).toBe('2027-02-30');
    expect(readFieldValue('choice', 'major')).toBe('major');
    expect(readFieldValue('boolean', false)).toBe(false);
  });

  it('shows what the scenario holds, a wrong value included', () => {
    expect(showFieldValue('number', 48)).toBe('48');
    expect(showFieldValue('number', '48')).toBe('48');
    expect(showFieldValue('number', undefined)).toBe('');
    expect(showFieldValue('list', ['OCE', 'APJ'])).toBe('OCE, APJ');
    expect(showFieldValue('text', { a: 1 })).toBe('{"a":1}');
    expect(showFieldValue('boolean', true)).toBe(true);
    expect(showFieldValue('boolean', undefined)).toBe(false);
  });

  it('reads back what it shows', () => {
    for (const [kind, value] of [
      ['number', 0.125],
      ['list', ['NAM', 'EUR']],
      ['date', '2027-04-01'],
      ['text', 'Wave 1: pilot'],
    ] as const) {
      expect(readFieldValue(kind, showFieldValue(kind, value))).toEqual(value);
    }
  });
});

describe('percent fields', () => {
  it('show the file’s fraction as a percent and read a typed percent back as that fraction, without float noise', () => {
    expect(showFieldValue('percent', 0.07)).toBe('7');
    expect(readFieldValue('percent', '7')).toBe(0.07);
    expect(showFieldValue('percent', 0.995)).toBe('99.5');
    expect(readFieldValue('percent', ' 99.5 ')).toBe(0.995);
    for (const fraction of [0.07, 0.15, 0.3, 0.6, 0.98, 0.99, 0.1 + 0.2]) expect(readFieldValue('percent', showFieldValue('percent', fraction))).toBe(fraction);
  });

  it('keep what is not a percent as typed, so validation names the problem; empty removes the value', () => {
    expect(readFieldValue('percent', '7 %')).toBe('7 %');
    expect(readFieldValue('percent', ' ')).toBeUndefined();
    expect(showFieldValue('percent', 'high')).toBe('high');
  });
});
