import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { EXIT_BAD_INPUT } from '../../../sim/cli/main.js';
import { parseCsv } from '../../support/parseCsv.js';
import { emptyFolder, mainCapturingStderr, TINY, wavesim } from './support/wavesim.js';

describe('wavesim sensitivity', () => {
  it('writes sensitivity.csv: per KPI, every input with its range, sorted by swing', () => {
    const { status, stdout, stderr, cwd } = wavesim(['sensitivity', TINY, '--replications', '2', '--vary', 'slots=0.5:3', '--out', 'sens']);
    expect([status, stderr]).toEqual([0, '']);
    const [header, ...rows] = parseCsv(readFileSync(join(cwd, 'sens', 'sensitivity.csv'), 'utf8').trimEnd());
    expect(header).toEqual(['kpi', 'unit', 'input', 'low_factor', 'high_factor', 'base_mean', 'low_mean', 'high_mean', 'swing', 'difference_ci95_low', 'difference_ci95_high', 'not_reached']);
    const cell = (row: string[], column: string) => row[header.indexOf(column)];
    for (const kpi of ['on_time_share', 'days_to_99_percent_on_n']) {
      const own = rows.filter((row) => cell(row, 'kpi') === kpi);
      expect(own.map((row) => cell(row, 'input')).sort()).toEqual(['approval', 'backup', 'duration', 'failures', 'reschedule', 'slots']);
      const swings = own.map((row) => Number(cell(row, 'swing')));
      expect(swings).toEqual([...swings].sort((a, b) => b - a));
    }
    expect(rows.find((row) => cell(row, 'input') === 'slots')!.slice(3, 5)).toEqual(['0.5', '3']);
    expect(rows.find((row) => cell(row, 'input') === 'approval')!.slice(3, 5)).toEqual(['0.8', '1.2']);
    expect(stdout).toMatch(/^Sensitivity of "Tiny: 3 tenants, 2 regions": 13 settings × 2 replications/m);
  });

  it.each([
    ['an unknown input', ['--vary', 'speed=0.5:2'], /unknown input "speed"/],
    ['a range that goes down', ['--vary', 'slots=2:1'], /low below high/],
    ['an input varied twice', ['--vary', 'slots=0.5:2', '--vary', 'slots=0.9:1.1'], /varied twice/],
  ])('exits 2 for %s, and writes nothing', async (_, options, message) => {
    const out = join(emptyFolder(), 'sens');
    const { code, stderr } = await mainCapturingStderr(['sensitivity', TINY, ...options, '--out', out]);
    expect(code).toBe(EXIT_BAD_INPUT);
    expect(stderr).toMatch(message);
    expect(existsSync(out)).toBe(false);
  });
});
