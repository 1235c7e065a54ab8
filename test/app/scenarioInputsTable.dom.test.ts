// @vitest-environment jsdom
import { describe, expect, it } from 'vitest';
import { plainDate, scenarioInputsTable } from '../../viz/app/scenarioInputsTable.js';
import { smallScenario } from '../support/smallScenario.js';

/** The text of each cell of the table `name`'s body, row by row. */
function cells(table: HTMLElement, name: string): string[][] {
  return [...table.querySelectorAll(`[data-inputs="${name}"] tbody tr`)].map((row) => [...row.children].map((cell) => cell.textContent ?? ''));
}

describe('scenarioInputsTable', () => {
  it('writes dates in words, the year once per range', () => {
    expect(plainDate('2027-04-01')).toBe('1 Apr 2027');
    expect(plainDate('2027-12-31T23:00Z')).toBe('31 Dec 2027');
    const table = scenarioInputsTable(smallScenario(), 1234);
    expect(cells(table, 'scenario')).toEqual([
      ['Fleet', '400 tenants, 1,234 instances'],
      ['Window', '1 Apr – 30 Jun 2027; n-1 supported until 31 May 2027'],
      ['Targets', '98.0 % on n at window end; 99.0 % of updates on time'],
    ]);
  });

  it('gives each region its normalised share, slots and backup throughput', () => {
    expect(cells(scenarioInputsTable(smallScenario(), 1), 'regions')).toEqual([
      ['NAM', '50 %', '3', '600'],
      ['EUR', '33 %', '2', '400'],
      ['IND', '17 %', '1', '150'],
    ]);
  });

  it('gives each wave its dates within the window’s year, its weight as a percent, and "all" when it takes every region', () => {
    expect(cells(scenarioInputsTable(smallScenario(), 1), 'waves')).toEqual([
      ['first', '1–20 Apr', '17 %', 'IND'],
      ['main', '10 Apr – 25 May', '50 %', 'all'],
      ['last', '20 May – 20 Jun', '33 %', 'all'],
    ]);
  });

  it('sets names from the scenario as text, never as markup', () => {
    const region = '<img src=x onerror=alert(1)>';
    const scenario = smallScenario((s) => {
      // Renamed wherever the scenario names the region, so it stays valid.
      Object.assign(s, JSON.parse(JSON.stringify(s).replaceAll('"IND"', JSON.stringify(region))));
      s.waves[0].name = '<b>pilot</b>';
    });
    const table = scenarioInputsTable(scenario, 1);
    expect(table.querySelector('img, b')).toBeNull();
    expect(cells(table, 'waves')[0]).toEqual(['<b>pilot</b>', '1–20 Apr', '17 %', region]);
    expect(cells(table, 'regions')[2][0]).toBe(region);
  });
});
