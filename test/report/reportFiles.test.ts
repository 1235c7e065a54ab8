import { describe, expect, it } from 'vitest';
import { reportFiles } from '../../sim/report/reportFiles.js';
import { reportTexts } from '../support/reportTexts.js';
import { makeResult } from '../support/makeResult.js';
import { parseCsv } from '../support/parseCsv.js';

function file(name: string, result = makeResult()) {
  const found = reportTexts(result).find((f) => f.name === name);
  if (!found) throw new Error(`no ${name}`);
  return parseCsv(found.text);
}

describe('reportFiles', () => {
  it('lists the six reports in order', () => {
    expect(reportFiles(makeResult()).map((f) => f.name)).toEqual([
      'summary.csv',
      'timeseries.csv',
      'instances.csv',
      'communications.csv',
      'incidents.csv',
      'gates.csv',
    ]);
  });

  it('writes each file with its documented header and one line per row', () => {
    expect(file('summary.csv')[0]).toEqual(['kpi', 'scope', 'value', 'unit']);
    expect(file('timeseries.csv')).toHaveLength(1 + 4);
    expect(file('instances.csv')).toHaveLength(1 + 10);
    expect(file('communications.csv')[0]).toEqual(['message_type', 'channel', 'messages', 'recipients']);
    expect(file('incidents.csv')).toHaveLength(1 + 2);
    // No gates in the hand-made run: the header alone.
    expect(file('gates.csv')).toEqual([['time_utc', 'scope', 'signal', 'value', 'threshold', 'decision', 'defect_active', 'updates_seen']]);
  });

  it('ends every line with "\\n", never "\\r\\n"', () => {
    for (const f of reportTexts(makeResult())) {
      expect(f.text.endsWith('\n')).toBe(true);
      expect(f.text).not.toContain('\r\n');
    }
  });

  it('neutralises tenant ids that start like formulas', () => {
    const result = makeResult({ tenantIds: ['=HYPERLINK("http://x","y")', '+T2', '-T3', '@T4', 'T5'] });
    const rows = file('instances.csv', result).slice(1);
    expect(rows[0].slice(0, 2)).toEqual(['\'=HYPERLINK("http://x","y")', '\'=HYPERLINK("http://x","y")/production']);
    expect(rows[3][0]).toBe("'+T2");
    expect(rows[5][0]).toBe("'-T3");
    expect(rows[7][0]).toBe("'@T4");
    expect(rows[8][0]).toBe('T5');
  });

  it('neutralises region names that start like formulas, in every file', () => {
    const result = makeResult({ regions: ['=1+1', '@SUM(A1)'] });
    const summary = file('summary.csv', result);
    expect(summary.filter((r) => r[0] === 'peak_slot_use').map((r) => r[1])).toEqual(["'=1+1", "'@SUM(A1)"]);
    expect(file('instances.csv', result)[1][3]).toBe("'=1+1");
    expect(file('incidents.csv', result)[1][1]).toBe("'@SUM(A1)");
    for (const cell of file('timeseries.csv', result)[0]) expect(cell).toMatch(/^[a-z0-9_]+$/);
  });

  it('leaves NaN times empty in the CSV', () => {
    const alreadyCurrent = file('instances.csv')[3];
    expect(alreadyCurrent[1]).toBe('T00001/sandbox-2');
    expect(alreadyCurrent.slice(8, 17)).toEqual(Array(9).fill(''));
  });

  it('gives the same bytes on every call', () => {
    expect(reportTexts(makeResult())).toEqual(reportTexts(makeResult()));
  });
});
