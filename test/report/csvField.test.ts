/**
 * The escaping rule against its source of truth: csv-stringify with the
 * options the reports were first written with (its `cast` for the formula
 * guard, `quoted_match: /\r/`). Every field csv-stringify writes from hostile
 * text and odd numbers, csvField must write alike.
 */
import { stringify, type Options } from 'csv-stringify/browser/esm/sync';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { csvField } from '../../sim/report/csvField.js';
import type { Cell } from '../../sim/report/ReportRow.js';

const FORMULA = /^[\s\p{Cc}]*[=+\-@]|^[\t\r]/u;

/** The reports' original csv-stringify options. */
const ORIGINAL: Options = {
  record_delimiter: 'unix',
  quoted_match: /\r/,
  cast: {
    string: (value) => (FORMULA.test(value) ? `'${value}` : value),
    number: (value) => (Number.isFinite(value) ? String(value) : ''),
  },
};

/** csv-stringify's field for one cell (its one-record line without the "\n"). */
const truth = (cell: Cell) => stringify([[cell]], ORIGINAL).slice(0, -1);

/** Characters that matter to the rules, and some that do not. */
const PIECES = ['=', '+', '-', '@', ',', '"', '\n', '\r', '\t', ' ', '\u00a0', '\u0001', '\u3000', '\uFF1D', "'", 'a', 'Z', '7', 'é', '🚀', '/', '.'];

describe('csvField', () => {
  it.each([
    '',
    'plain',
    'T00001',
    '=HYPERLINK("http://evil","x")',
    '+1+1',
    '-1+1',
    '@SUM(A1)',
    '\tx',
    '\rx',
    ' =1+1',
    '\u00a0=1+1',
    '\n\n+1',
    '\u0001@SUM(A1)',
    '\r\n-1',
    'a,"b"',
    'two\nlines',
    'a\rb',
    '-',
    "'",
    '2027-04-01T20:00Z',
  ])('writes %j as csv-stringify did', (text) => {
    expect(csvField(text)).toBe(truth(text));
  });

  it.each([0, -0, 1, -3.5, 0.1 + 0.2, 1e21, -1e-7, 123456789.123, NaN, Infinity, -Infinity])('writes the number %d as csv-stringify did', (x) => {
    expect(csvField(x)).toBe(truth(x));
  });

  it('writes any text built from the characters that matter as csv-stringify did', () => {
    const text = fc.array(fc.constantFrom(...PIECES), { maxLength: 12 }).map((parts) => parts.join(''));
    fc.assert(fc.property(text, (t) => csvField(t) === truth(t)), { numRuns: 5000 });
  });

  it('writes any string and any double as csv-stringify did', () => {
    fc.assert(fc.property(fc.string({ unit: 'binary' }), (t) => csvField(t) === truth(t)), { numRuns: 3000 });
    fc.assert(fc.property(fc.double(), (x) => csvField(x) === truth(x)), { numRuns: 3000 });
  });
});
