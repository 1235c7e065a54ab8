import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { EXIT_BAD_INPUT } from '../../../sim/cli/main.js';
import { emptyFolder, mainCapturingStderr, TINY, wavesim } from './support/wavesim.js';

describe('wavesim plan', () => {
  it('writes plan.csv (each region\u2019s evaluated levels, its recommendation, the fleet) and prints the table and the recommendation', () => {
    const { status, stdout, stderr, cwd } = wavesim(['plan', TINY, '--target', 'on-time>=0.5', '--levels', '0.5:2:0.5', '--replications', '3', '--out', 'plan']);
    expect([status, stderr]).toEqual([0, '']);
    const lines = readFileSync(join(cwd, 'plan', 'plan.csv'), 'utf8').trimEnd().split('\n');
    expect(lines[0]).toBe(
      'status,region,level,slots,step,replications,confidence,on_time_target,on_time_mean,on_time_lower_bound,on_time_ci95_low,on_time_ci95_high,on_time_meets,meets_all',
    );
    const statuses = lines.slice(1).map((line) => line.split(',').slice(0, 2).join(','));
    expect(statuses.filter((s) => s.startsWith('evaluated,')).length).toBeGreaterThanOrEqual(2);
    expect(statuses.slice(-3)).toEqual([
      expect.stringMatching(/^(recommended|no_level_meets_targets),North$/),
      expect.stringMatching(/^(recommended|no_level_meets_targets),South-East$/),
      'fleet_at_recommendation,fleet',
    ]);
    expect(stdout).toMatch(/^Planning update slots for "Tiny: 3 tenants, 2 regions": on-time>=50% with 95% confidence; 3 replications per batch/m);
    expect(stdout).toMatch(/^region +level +update slots +on-time mean +lower 95% +meets$/m);
    expect(stdout).toMatch(/^Set update slots North \d \(×[\d.]+\), South-East \d \(×[\d.]+\); now North 1, South-East 1\.$/m);
    // The recommendation as a table: a row per region and one for the fleet, with each target's lower bound and margin.
    expect(stdout).toMatch(/^region +update slots now +recommended +on-time share: lower 95 % bound +margin to its target$/m);
    expect(stdout).toMatch(/^North +1 +(\d \(×[\d.]+\)|none up to \d \(×[\d.]+\)) +[\d.]+ % +[+−][\d.]+ points: (meets|short of) 50 %$/m);
    expect(stdout).toMatch(/^fleet \(every region as above\) +2 +\d +[\d.]+ % +[+−][\d.]+ points: (meets|short of) 50 %$/m);
    // Tiny has one slot per region: ×0.5 and ×1 both give 1 slot, ×1.5 and ×2 both 2, so each region's ladder has two rungs.
    expect(stdout).toMatch(/all regions together in \d batches of 3 replications.*: \d+ runs, where trying every level would take 6\./);
  });
});

describe('wavesim plan, bad input exits 2 with a clear message and writes nothing', () => {
  it.each([
    ['an unknown target', ['--target', 'ontime>=0.99'], /unknown target "ontime"/],
    ['a target the shell cut at ">"', ['--target', 'on-time'], /needs a minimum.*quotes/],
    ['a maximum instead of a minimum', ['--target', 'on-n<=0.98'], /targets are minimums/],
    ['a minimum above 100 %', ['--target', 'on-time>=99'], /share from 0 to 1/],
    ['a target given twice', ['--target', 'on-time>=0.99', '--target', 'on-time>=0.9'], /targeted twice/],
    ['an unknown capacity', ['--capacity', 'cpu'], /Allowed choices are slots, backup/],
    ['a confidence of 1', ['--confidence', '1'], /confidence must be a number above 0\.5 and below 1/],
    ['levels going down', ['--levels', '2:1:0.1'], /from:to:step/],
    // A billion levels once crashed V8 building the ladder (exit 133).
    ['more levels than anyone reads', ['--levels', '0.01:100:0.0001'], /at most 1000 levels/],
    ['a level above ×100', ['--levels', '1:1000000:1000'], /to <= 100/],
  ])('for %s', async (_, options, message) => {
    const out = join(emptyFolder(), 'plan');
    const { code, stderr } = await mainCapturingStderr(['plan', TINY, ...options, '--out', out]);
    expect(code).toBe(EXIT_BAD_INPUT);
    expect(stderr).toMatch(message);
    expect(existsSync(out)).toBe(false);
  });
});
