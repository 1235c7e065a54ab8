import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { EXIT_BAD_INPUT, EXIT_CANCELLED } from '../../../sim/cli/main.js';
import { BASELINE, emptyFolder, INVALID, interruptedWavesim, mainCapturingStderr, TINY, wavesim } from './support/wavesim.js';

describe('wavesim replicate', () => {
  it('writes the same bytes on 1 worker and on 2 (results aggregated in replication order)', () => {
    const cwd = emptyFolder();
    const one = wavesim(['replicate', TINY, '--replications', '6', '--workers', '1', '--out', 'one', '--quiet'], cwd);
    const two = wavesim(['replicate', TINY, '--replications', '6', '--workers', '2', '--out', 'two', '--quiet'], cwd);
    expect([one.status, one.stderr, two.status, two.stderr]).toEqual([0, '', 0, '']);
    for (const name of ['replications.csv', 'timeseries-bands.csv']) {
      expect(readFileSync(join(cwd, 'two', name), 'utf8'), name).toBe(readFileSync(join(cwd, 'one', name), 'utf8'));
    }
  });

  it('writes replications.csv and timeseries-bands.csv with their documented headers, and prints the main KPIs', () => {
    const { status, stdout, stderr, cwd } = wavesim(['replicate', TINY, '--replications', '3', '--seed', '5']);
    expect([status, stderr]).toEqual([0, '']);
    const folder = join(cwd, 'out', 'tiny-3-tenants-2-regions');
    expect(readdirSync(folder).sort()).toEqual(['replications.csv', 'timeseries-bands.csv']);
    const replications = readFileSync(join(folder, 'replications.csv'), 'utf8').split('\n');
    expect(replications[0]).toBe('kpi,scope,unit,n,mean,sd,ci95_low,ci95_high,p5,p50,p95');
    expect(replications).toContain(replications.find((line) => line.startsWith('on_time_share,fleet,%,3,')));
    const series = ['share_on_n', 'completions', 'in_progress', 'queued', 'slot_use_north', 'slot_use_south_east', 'backup_demand_total_gb_per_hour', 'reported_storage_gb', 'actual_storage_gb'];
    expect(readFileSync(join(folder, 'timeseries-bands.csv'), 'utf8').split('\n')[0]).toBe(['hour', 'time_utc', ...series.flatMap((s) => [`${s}_mean`, `${s}_p5`, `${s}_p95`])].join(','));
    expect(stdout).toMatch(/^Replicating "Tiny: 3 tenants, 2 regions": 3 replications under seed 5 on up to \d+ workers?$/m);
    expect(stdout).toMatch(/^on_time_share +fleet +[\d.]+ +\[[\d.]+, [\d.]+\]/m);
    // Each mean says how many runs it covers, and the table says what its intervals are.
    expect(stdout).toMatch(/^on_time_share +fleet .* 3 of 3$/m);
    expect(stdout).toMatch(/95% CI: of the mean .* p5 to p95: where 90 % of single runs fell/);
    // The chance of meeting each target: the share of the 3 runs whose verdict met it, in replications.csv's mean of meets_target_*.
    for (const [kpi, words] of [['meets_target_share_on_n', 'the share-on-n target'], ['meets_target_on_time_share', 'the on-time target']]) {
      const mean = Number(replications.find((line) => line.startsWith(`${kpi},fleet,`))!.split(',')[4]);
      const met = Math.round(mean * 3);
      expect(stdout).toContain(`Chance of meeting ${words} (`);
      expect(stdout).toMatch(new RegExp(`^Chance of meeting ${words} \\([\\d.]+ % [^)]*\\): ${Math.round((100 * met) / 3)} %, met in ${met} of 3 runs\\.$`, 'm'));
    }
    expect(stdout).toMatch(/Wrote replications\.csv, timeseries-bands\.csv to out\/tiny-3-tenants-2-regions/);
  });

  it('stops every worker on Ctrl-C, exits 130 and writes nothing', async () => {
    // 200 runs of the baseline would take a minute: Ctrl-C comes once the workers are busy with the first ones.
    const { status, stderr, cwd } = await interruptedWavesim(['replicate', BASELINE, '--replications', '200', '--workers', '2', '--out', 'reports'], /^Replicating/, 1500);
    expect(status).toBe(EXIT_CANCELLED);
    expect(stderr).toMatch(/cancelled: nothing was written/);
    expect(existsSync(join(cwd, 'reports'))).toBe(false);
  });
});

describe('wavesim replicate, bad input exits 2 and writes nothing', () => {
  it.each([
    ['one replication', ['--replications', '1'], /replications must be a whole number from 2/],
    ['replications that are not a number', ['--replications', 'ten'], /replications must be a whole number from 2/],
    ['no workers', ['--workers', '0'], /workers must be a whole number from 1/],
    ['a fractional seed', ['--seed', '1.5'], /seed must be a whole number/],
  ])('for %s', async (_, options, message) => {
    const out = join(emptyFolder(), 'reports');
    const { code, stderr } = await mainCapturingStderr(['replicate', TINY, ...options, '--out', out]);
    expect(code).toBe(EXIT_BAD_INPUT);
    expect(stderr).toMatch(message);
    expect(existsSync(out)).toBe(false);
  });

  it('for an invalid scenario, listing its issues', async () => {
    const out = join(emptyFolder(), 'reports');
    const { code, stderr } = await mainCapturingStderr(['replicate', INVALID, '--out', out]);
    expect(code).toBe(EXIT_BAD_INPUT);
    expect(stderr.split('\n')).toContain('regions[0].updateSlots: must be a positive integer');
    expect(existsSync(out)).toBe(false);
  });
});

describe('wavesim replicate --help', () => {
  it('says what --workers does and what it defaults to', () => {
    const { status, stdout } = wavesim(['replicate', '--help']);
    expect(status).toBe(0);
    const help = stdout.replace(/\s+/g, ' ');
    expect(help).toMatch(/--workers <n> worker threads that run the replications side by side: exactly n\. Default: start one and add more, up to one per core that other programs leave idle \(measured while the first runs; \d+ cores? here\), only while the runs left are long enough to pay for a new worker's warm-up: a handful of runs stays on one worker\. The reports do not depend on it/);
  });
});
