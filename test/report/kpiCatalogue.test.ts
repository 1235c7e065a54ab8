import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { MESSAGE_TYPES } from '../../sim/model/SimulationResult.js';
import { FLEET, KPI_CATALOGUE, KPI_GROUPS, summaryRows } from '../../sim/report/index.js';
import { makeResult } from '../support/makeResult.js';

const README = readFileSync(join(import.meta.dirname, '../../README.md'), 'utf8');

/** The README's section on the planner's KPIs: from its heading to the next section of the same level. */
function kpiSection(): string {
  const start = README.indexOf('### The KPIs in the planner');
  expect(start, 'the README has a section on the planner’s KPIs').toBeGreaterThan(0);
  const end = README.indexOf('\n### ', start + 1);
  return README.slice(start, end < 0 ? undefined : end);
}

/** The README table row of `kpi` in that section, split into its cells. */
function readmeRow(section: string, kpi: string): string[] | undefined {
  const line = section.split('\n').find((l) => l.startsWith('|') && l.includes(`| \`${kpi}\` |`));
  return line?.split('|').slice(1, -1).map((cell) => cell.trim());
}

describe('KPI_CATALOGUE', () => {
  const rows = summaryRows(makeResult({ regions: ['North', 'South'] }));

  it('has an entry for every KPI of summary.csv, so a new KPI without a definition fails', () => {
    const missing = [...new Set(rows.map((row) => String(row.kpi)))].filter((kpi) => !Object.hasOwn(KPI_CATALOGUE, kpi));
    expect(missing).toEqual([]);
  });

  it('lists no KPI that summary.csv does not write', () => {
    const written = new Set(rows.map((row) => String(row.kpi)));
    expect(Object.keys(KPI_CATALOGUE).filter((kpi) => !written.has(kpi))).toEqual([]);
  });

  it('gives each KPI the scopes summary.csv writes it in', () => {
    for (const [kpi, entry] of Object.entries(KPI_CATALOGUE)) {
      const scopes = rows.filter((row) => row.kpi === kpi).map((row) => String(row.scope));
      const expected = { fleet: [FLEET], region: ['North', 'South'], 'fleet and region': [FLEET, 'North', 'South'], 'message type': [...MESSAGE_TYPES] }[entry.scope];
      expect(scopes, kpi).toEqual(expected);
    }
  });

  it('puts every KPI in one of the five groups, each group holding at least one', () => {
    for (const group of KPI_GROUPS) expect(Object.values(KPI_CATALOGUE).some((entry) => entry.group === group), group).toBe(true);
    for (const entry of Object.values(KPI_CATALOGUE)) expect(KPI_GROUPS).toContain(entry.group);
  });

  it('names each KPI in plain words, not its snake_case id, and defines it in a sentence', () => {
    for (const [kpi, entry] of Object.entries(KPI_CATALOGUE)) {
      expect(entry.name, kpi).not.toMatch(/_/);
      expect(entry.definition, kpi).toMatch(/^[A-Z0-9].{15,}\.$/);
    }
    expect(new Set(Object.values(KPI_CATALOGUE).map((entry) => entry.name)).size, 'names are unique').toBe(Object.keys(KPI_CATALOGUE).length);
  });

  it('is written into the README: every KPI under its group, with its plain name, scope and definition', () => {
    const section = kpiSection();
    for (const [kpi, entry] of Object.entries(KPI_CATALOGUE)) {
      const row = readmeRow(section, kpi);
      expect(row, `README row of ${kpi}`).toBeDefined();
      const [name, , scope, , definition] = row!;
      expect({ name, scope, definition }, kpi).toEqual({ name: entry.name, scope: entry.scope, definition: entry.definition });
      const groupHeading = section.lastIndexOf('\n#### ', section.indexOf(`| \`${kpi}\` |`));
      expect(section.slice(groupHeading + 6, section.indexOf('\n', groupHeading + 1)), kpi).toBe(entry.group);
    }
  });
});
