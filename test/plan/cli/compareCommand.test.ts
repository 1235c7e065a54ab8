import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { EXIT_BAD_INPUT } from '../../../sim/cli/main.js';
import { parseCsv } from '../../support/parseCsv.js';
import { emptyFolder, mainCapturingStderr, TINY, wavesim } from './support/wavesim.js';

describe('wavesim compare', () => {
  it('writes compare.csv: each scenario per KPI, later ones with their paired difference to the first', () => {
    const cwd = emptyFolder();
    const more = JSON.parse(readFileSync(TINY, 'utf8'));
    more.name = 'Tiny, more slots';
    more.regions[0].updateSlots = 3;
    writeFileSync(join(cwd, 'more.json'), JSON.stringify(more));
    const { status, stdout, stderr } = wavesim(['compare', TINY, 'more.json', '--replications', '3', '--out', 'cmp'], cwd);
    expect([status, stderr]).toEqual([0, '']);
    const [header, ...rows] = parseCsv(readFileSync(join(cwd, 'cmp', 'compare.csv'), 'utf8').trimEnd());
    expect(header).toEqual(['kpi', 'scope', 'unit', 'scenario', 'file', 'n', 'mean', 'ci95_low', 'ci95_high', 'diff_n', 'diff_mean', 'diff_ci95_low', 'diff_ci95_high', 'significant']);
    const cell = (row: string[], column: string) => row[header.indexOf(column)];
    const slots = rows.filter((row) => cell(row, 'kpi') === 'update_slots' && cell(row, 'scope') === 'North');
    expect(slots.map((row) => [cell(row, 'scenario'), cell(row, 'mean'), cell(row, 'diff_mean'), cell(row, 'significant')])).toEqual([
      ['Tiny: 3 tenants, 2 regions', '1', '', ''],
      // Two slots more in every replication: a difference with no noise, significant.
      ['Tiny, more slots', '3', '2', '1'],
    ]);
    expect(stdout).toMatch(/^Comparing 2 scenarios: 3 replications each under seed 7/m);
    expect(stdout).toMatch(/^share_on_n_at_window_end +fleet +more\.json/m);
  });

  it('exits 2 for a single scenario, and writes nothing', async () => {
    const out = join(emptyFolder(), 'cmp');
    const { code, stderr } = await mainCapturingStderr(['compare', TINY, '--out', out]);
    expect(code).toBe(EXIT_BAD_INPUT);
    expect(stderr).toMatch(/compare needs at least two scenario files/);
    expect(existsSync(out)).toBe(false);
  });
});
