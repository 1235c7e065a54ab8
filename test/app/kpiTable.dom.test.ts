// @vitest-environment jsdom
import { describe, expect, it } from 'vitest';
import { formatKpi, KPI_CATALOGUE, KPI_GROUPS, summaryRows } from '../../sim/report/index.js';
import type { ReportRow } from '../../sim/report/ReportRow.js';
import { kpiGroups } from '../../viz/app/kpiTable.js';
import { makeResult } from '../support/makeResult.js';

const REGIONS: [string, string] = ['<b>North</b>', 'South & East'];

/** The figure summary.csv holds for `kpi` in `scope`. */
function valueOf(rows: readonly ReportRow[], kpi: string, scope: string) {
  return rows.find((row) => row.kpi === kpi && row.scope === scope)!.value;
}

describe('kpiGroups', () => {
  const rows = summaryRows(makeResult({ regions: REGIONS }));
  const groups = kpiGroups(rows, { idPrefix: 'test' });

  it('shows the five groups in order, each KPI in the group the catalogue gives it', () => {
    expect([...groups.querySelectorAll('[data-kpi-group]')].map((g) => g.getAttribute('data-kpi-group'))).toEqual([...KPI_GROUPS]);
    for (const row of groups.querySelectorAll('tr[data-kpi]')) {
      expect(row.closest('[data-kpi-group]')!.getAttribute('data-kpi-group')).toBe(KPI_CATALOGUE[row.getAttribute('data-kpi')!].group);
    }
  });

  it('writes each fleet figure in its format under its plain name, with its definition as the name’s description', () => {
    for (const row of groups.querySelectorAll<HTMLTableRowElement>('tr[data-kpi][data-scope="fleet"]')) {
      const kpi = row.dataset.kpi!;
      const name = row.querySelector('.kpi-name')!;
      expect(name.textContent).toBe(KPI_CATALOGUE[kpi].name);
      expect(name.getAttribute('tabindex'), 'reachable by keyboard').toBe('0');
      expect(groups.querySelector(`#${name.getAttribute('aria-describedby')}`)!.textContent).toBe(KPI_CATALOGUE[kpi].definition);
      expect(row.querySelector('td')!.textContent).toBe(formatKpi(valueOf(rows, kpi, 'fleet'), KPI_CATALOGUE[kpi]));
    }
  });

  it('puts each region’s figures in one table per group, a row per region, and region names stay text', () => {
    const outcome = groups.querySelector('[data-kpi-group="Outcome"] .kpi-scope-table')!;
    expect([...outcome.querySelectorAll('tbody tr')].map((tr) => tr.querySelector('th')!.textContent)).toEqual(REGIONS);
    expect(outcome.querySelector('b'), 'a region name is never parsed as HTML').toBeNull();
    const cell = [...outcome.querySelectorAll<HTMLTableRowElement>('tbody tr')].find((tr) => tr.dataset.scope === REGIONS[1])!.querySelector('td[data-kpi="share_on_n_at_window_end"]')!;
    expect(cell.textContent).toBe(formatKpi(valueOf(rows, 'share_on_n_at_window_end', REGIONS[1]), KPI_CATALOGUE.share_on_n_at_window_end));
    const capacityColumns = [...groups.querySelectorAll('[data-kpi-group="Capacity"] .kpi-scope-table thead .kpi-name')].map((th) => th.textContent);
    expect(capacityColumns).toEqual(['Update slots', 'Peak slots in use', 'Peak slot use']);
  });

  it('leaves out what the verdict above says: the targets, whether each is met, the bottleneck', () => {
    const stated = Object.keys(KPI_CATALOGUE).filter((kpi) => KPI_CATALOGUE[kpi].statedByVerdict);
    expect(stated.sort()).toEqual(['bottleneck', 'meets_target_on_time_share', 'meets_target_share_on_n', 'target_on_time_share', 'target_share_on_n']);
    for (const kpi of stated) expect(groups.querySelector(`tr[data-kpi="${kpi}"]`), kpi).toBeNull();
  });

  it('leaves out the health gates’ and bad build’s figures from a run with neither', () => {
    expect(groups.querySelector('tr[data-kpi="defect_detection_delay"]')).toBeNull();
    const halted = rows.map((row) => (row.kpi === 'gate_halts' ? { ...row, value: 2 } : row));
    const shown = kpiGroups(halted, { idPrefix: 'test' });
    expect(shown.querySelector('tr[data-kpi="defect_detection_delay"] td')!.textContent).toBe('never caught');
  });

  it('shows only the KPIs asked for, and no group left empty', () => {
    const some = kpiGroups(rows, { idPrefix: 'test', only: new Set(['on_time_share', 'fallbacks']) });
    expect([...some.querySelectorAll('[data-kpi-group]')].map((g) => g.getAttribute('data-kpi-group'))).toEqual(['Outcome', 'Capacity']);
    expect([...some.querySelectorAll('tr[data-kpi]')].map((tr) => tr.getAttribute('data-kpi'))).toEqual(['on_time_share', 'fallbacks']);
  });

  it('counts the messages of every type under Communications', () => {
    const total = rows.filter((row) => row.kpi === 'messages').reduce((sum, row) => sum + Number(row.value), 0);
    expect(groups.querySelector('[data-kpi-group="Communications"] summary')!.textContent).toBe(`${formatKpi(total, KPI_CATALOGUE.messages)} messages of 15 types`);
  });
});
