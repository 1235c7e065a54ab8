import { describe, expect, it } from 'vitest';
import { toCsv } from '../../sim/report/toCsv.js';
import { parseCsv } from '../support/parseCsv.js';

describe('toCsv', () => {
  it('writes a header line and one line per row, each ending in "\\n"', () => {
    expect(toCsv(['a', 'b'], [{ a: 1, b: 'x' }, { a: 2.5, b: '' }])).toBe('a,b\n1,x\n2.5,\n');
  });

  it('writes only the header when there are no rows', () => {
    expect(toCsv(['a', 'b'], [])).toBe('a,b\n');
  });

  it('orders cells by the columns and leaves missing cells empty', () => {
    expect(toCsv(['b', 'a', 'c'], [{ a: 1, b: 2 }])).toBe('b,a,c\n2,1,\n');
  });

  it('quotes commas, quotes and line breaks', () => {
    const text = toCsv(['name'], [{ name: 'a,"b"' }, { name: 'two\nlines' }]);
    expect(text).toBe('name\n"a,""b"""\n"two\nlines"\n');
    expect(parseCsv(text)).toEqual([['name'], ['a,"b"'], ['two\nlines']]);
  });

  it('quotes a carriage return anywhere in a field, as RFC 4180 asks', () => {
    expect(toCsv(['v'], [{ v: 'a\rb' }, { v: 'x\r' }])).toBe('v\n"a\rb"\n"x\r"\n');
  });

  it.each(['=HYPERLINK("http://evil","x")', '+1+1', '-1+1', '@SUM(A1)', '\tx', '\rx', ' =1+1', '\u00a0=1+1', '\n\n+1', '\u0001@SUM(A1)', '\r\n-1'])(
    'neutralises text a spreadsheet would run as a formula: %j',
    (text) => {
      const [, [cell]] = parseCsv(toCsv(['v'], [{ v: text }]));
      expect(cell).toBe(`'${text}`);
    },
  );

  it('neutralises formulas in the header too', () => {
    expect(parseCsv(toCsv(['=cmd'], []))[0]).toEqual(["'=cmd"]);
  });

  it('keeps negative numbers as numbers', () => {
    expect(toCsv(['v'], [{ v: -3.5 }])).toBe('v\n-3.5\n');
  });

  it('writes NaN and infinities as empty cells', () => {
    expect(toCsv(['a', 'b', 'c'], [{ a: NaN, b: Infinity, c: 0 }])).toBe('a,b,c\n,,0\n');
  });

  it('gives the same bytes however many rows are batched together', () => {
    const rows = Array.from({ length: 10_000 }, (_, i) => ({ i, t: i % 7 === 0 ? '=x' : `r${i}` }));
    const text = toCsv(['i', 't'], rows);
    const expected = ['i,t', ...rows.map((r) => `${r.i},${r.t === '=x' ? "'=x" : r.t}`)].join('\n') + '\n';
    expect(text).toBe(expected);
  });
});
