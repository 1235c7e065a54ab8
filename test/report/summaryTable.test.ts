import { describe, expect, it } from 'vitest';
import { summaryRows } from '../../sim/report/summaryRows.js';
import { summaryTable } from '../../sim/report/summaryTable.js';
import { makeResult } from '../support/makeResult.js';

describe('summaryTable', () => {
  const lines = summaryTable(summaryRows(makeResult())).trimEnd().split('\n');

  it('starts with a header of kpi, scope, value and unit', () => {
    expect(lines[0].split(/\s+/)).toEqual(['kpi', 'scope', 'value', 'unit']);
  });

  it('shows the main KPIs, not every summary row', () => {
    expect(lines.some((l) => l.startsWith('share_on_n_at_window_end '))).toBe(true);
    expect(lines.some((l) => l.startsWith('messages '))).toBe(false);
  });

  it('shows per-region KPIs once per region', () => {
    expect(lines.filter((l) => l.startsWith('peak_slot_use_share ')).map((l) => l.split(/\s+/)[1])).toEqual(['north', 'south']);
  });

  it('right-aligns values under the "value" header', () => {
    const end = lines[0].indexOf('value') + 'value'.length;
    for (const line of lines.slice(1)) {
      expect(line[end - 1], line).not.toBe(' ');
      expect(line[end], line).toBe(' ');
    }
  });

  it('writes "n/a" where a KPI has no value', () => {
    expect(lines.find((l) => l.startsWith('days_to_90_percent_on_n '))).toMatch(/\bn\/a\b/);
  });

  it('replaces control characters in region names', () => {
    const table = summaryTable(summaryRows(makeResult({ regions: ['north\u001b[2J', 'south'] })));
    expect(table).not.toContain('\u001b');
    expect(table).toContain('north?[2J');
  });
});
