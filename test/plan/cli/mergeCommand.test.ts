/**
 * Sharded batches (`--shard K/N`) merged by `wavesim merge` give the very
 * bytes of the unsharded command, for every batch command that can shard.
 */
import { readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { emptyFolder, TINY, wavesim } from './support/wavesim.js';

/** A folder holding tiny.json (a.json), a variant with one more update slot in its first region (b.json), and tiny-bad-build.json (g.json). */
function scenarios(): string {
  const cwd = emptyFolder();
  const tiny = readFileSync(TINY, 'utf8');
  writeFileSync(join(cwd, 'a.json'), tiny);
  const b = JSON.parse(tiny) as { regions: { updateSlots: number }[] };
  b.regions[0].updateSlots += 1;
  writeFileSync(join(cwd, 'b.json'), JSON.stringify(b));
  writeFileSync(join(cwd, 'g.json'), readFileSync(new URL('../../fixtures/tiny-bad-build.json', import.meta.url), 'utf8'));
  return cwd;
}

/** Every report in `folder`, by name. */
function reports(folder: string): Record<string, string> {
  return Object.fromEntries(readdirSync(folder).sort().map((name) => [name, readFileSync(join(folder, name), 'utf8')]));
}

const COMMANDS: [string, string[]][] = [
  ['replicate', ['replicate', 'a.json', '--replications', '5']],
  ['compare', ['compare', 'a.json', 'b.json', '--replications', '3']],
  ['sensitivity', ['sensitivity', 'a.json', '--replications', '2', '--vary', 'slots=0.5:1.5']],
  ['gates', ['gates', 'g.json', '--threshold', '1:3:1', '--replications', '2', '--max-exposure', '100']],
];

describe('wavesim merge', () => {
  describe.each(COMMANDS)('of %s shards', (_, command) => {
    it.each([1, 3, 4])('writes the same bytes as the unsharded command from %i shards', (count) => {
      const cwd = scenarios();
      expect(wavesim([...command, '--out', 'whole', '--quiet'], cwd).status).toBe(0);
      const folders = Array.from({ length: count }, (_, k) => `shard${k + 1}`);
      for (const [k, folder] of folders.entries()) {
        const shard = wavesim([...command, '--shard', `${k + 1}/${count}`, '--out', folder, '--quiet'], cwd);
        expect([shard.status, shard.stderr]).toEqual([0, '']);
        expect(readdirSync(join(cwd, folder))).toEqual([`shard-${k + 1}-of-${count}.json`]);
      }
      const merged = wavesim(['merge', ...folders.reverse(), '--out', 'merged', '--quiet'], cwd);
      expect([merged.status, merged.stderr]).toEqual([0, '']);
      const whole = reports(join(cwd, 'whole'));
      expect(Object.keys(whole).length).toBeGreaterThan(0);
      expect(reports(join(cwd, 'merged'))).toEqual(whole);
    });
  });

  it('exits 2 naming the shard that is missing, and writes nothing', () => {
    const cwd = scenarios();
    for (const k of [1, 3]) wavesim(['replicate', 'a.json', '--replications', '4', '--shard', `${k}/3`, '--out', `s${k}`, '--quiet'], cwd);
    const { status, stderr } = wavesim(['merge', 's1', 's3', '--out', 'merged'], cwd);
    expect(status).toBe(2);
    expect(stderr).toMatch(/shard 2 of 3 missing/);
    expect(readdirSync(cwd)).not.toContain('merged');
  });

  it('exits 2 for shards of two different batches', () => {
    const cwd = scenarios();
    wavesim(['replicate', 'a.json', '--replications', '4', '--shard', '1/2', '--out', 's1', '--quiet'], cwd);
    wavesim(['replicate', 'a.json', '--replications', '4', '--seed', '9', '--shard', '2/2', '--out', 's2', '--quiet'], cwd);
    const { status, stderr } = wavesim(['merge', 's1', 's2', '--out', 'merged'], cwd);
    expect(status).toBe(2);
    expect(stderr).toMatch(/is a shard of another batch/);
  });

  it('exits 2 when a scenario file changed after the shards ran', () => {
    const cwd = scenarios();
    wavesim(['replicate', 'a.json', '--replications', '4', '--shard', '1/1', '--out', 's1', '--quiet'], cwd);
    writeFileSync(join(cwd, 'a.json'), readFileSync(join(cwd, 'b.json')));
    const { status, stderr } = wavesim(['merge', 's1', '--out', 'merged'], cwd);
    expect(status).toBe(2);
    expect(stderr).toMatch(/a scenario file has changed since/);
  });
});
